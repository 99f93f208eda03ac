"""`chibo audit-verify`: check the audit log's hash chain; exit 1 at the first broken row."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from chibo.audit.verify import verify


class Command(BaseCommand):
    help = "Kiểm tra chuỗi băm của nhật ký thay đổi; báo mục đầu tiên bị sửa, xóa hoặc chèn."

    def handle(self, *args: Any, **options: Any) -> None:
        verdict = verify()
        if verdict.ok:
            self.stdout.write(f"Nhật ký toàn vẹn: {verdict.checked} mục, chuỗi băm khớp.")
            return
        where = f"mục số {verdict.broken_id}" if verdict.broken_id else "cuối nhật ký"
        raise CommandError(
            f"Nhật ký bị can thiệp tại {where}: {verdict.reason} "
            f"({verdict.checked} mục trước đó vẫn khớp)."
        )
