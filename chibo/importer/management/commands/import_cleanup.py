"""`chibo import-cleanup [--days N] [--dry-run] [--enqueue]`: old plan imports cleaned up.

An import left pending for CHIBO_IMPORT_KEEP_DAYS days (default 30) is discarded with its
page images; the page images of a confirmed import whose plan was deleted are deleted. Each
change is audited. With --enqueue it starts the daily cleanup in the task worker instead
(chibo/importer/tasks.py).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Hủy các lần nhập kế hoạch để quá lâu chưa xác nhận (kèm ảnh trang), xóa ảnh trang của "
        "kế hoạch đã bị xóa; hoặc khởi động việc dọn hằng ngày trong tiến trình nền."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=None,
                            help="Số ngày giữ lần nhập chưa xác nhận (mặc định CHIBO_IMPORT_KEEP_DAYS).")  # fmt: skip
        parser.add_argument("--dry-run", action="store_true",
                            help="Chỉ liệt kê, không hủy gì.")  # fmt: skip
        parser.add_argument("--enqueue", action="store_true",
                            help="Đưa việc dọn hằng ngày vào hàng đợi của db_worker rồi thoát.")  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        from chibo.importer.services import cleanup_imports, stale_imports
        from chibo.importer.tasks import schedule_cleanup

        days = options["days"]
        if days is not None and days < 1:
            raise CommandError("--days phải là số ngày từ 1 trở lên.")
        if options["enqueue"]:
            queued = schedule_cleanup()
            self.stdout.write("Đã đưa việc dọn bản nhập kế hoạch hằng ngày vào hàng đợi."
                              if queued else "Việc dọn bản nhập hằng ngày đã có trong hàng đợi.")  # fmt: skip
            return
        keep = settings.CHIBO_IMPORT_KEEP_DAYS if days is None else days
        if options["dry_run"]:
            stale = stale_imports(days=keep)
            for batch in stale:
                self.stdout.write(f"- {batch.cell.name}: {batch.filename} "
                                  f"(tải lên {batch.created_at:%d/%m/%Y})")  # fmt: skip
            self.stdout.write(f"Sẽ hủy {len(stale)} lần nhập chưa xác nhận quá {keep} ngày.")
            return
        done = cleanup_imports(days=keep)
        self.stdout.write(
            f"Đã hủy {done['expired']} lần nhập chưa xác nhận quá {keep} ngày (kèm ảnh trang); "
            f"đã xóa {done['pages_dropped']} ảnh trang của kế hoạch đã bị xóa."
        )
