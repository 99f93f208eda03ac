"""`chibo restore FILE`: rebuild the database and stored files from `chibo backup`, then check
every file and every issued document's SHA-256. CHIBO_DATA_DIR (and DATABASE_URL) choose
where: restoring into another folder builds a working copy without touching the live data."""

from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from chibo.core.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Khôi phục từ bản sao lưu của `chibo backup` và kiểm tra mã băm mọi tệp, mọi văn bản."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--force", action="store_true", help="ghi đè dữ liệu đang có")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["file"].exists():
            raise CommandError(f"Không có tệp {options['file']}.")
        try:
            report = restore_backup(options["file"], force=options["force"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        for problem in report.problems:
            self.stderr.write(problem)
        if report.problems:
            raise CommandError(f"Khôi phục xong nhưng có {len(report.problems)} chỗ không khớp.")
        call_command("audit-verify", stdout=self.stdout)
        self.stdout.write(
            f"Đã khôi phục {report.tables} bảng, {report.rows} dòng, {report.files} tệp; "
            f"{report.documents} văn bản khớp mã băm SHA-256."
        )
