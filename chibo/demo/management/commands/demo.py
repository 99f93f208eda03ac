from typing import Any

from django.core.management.base import BaseCommand

from chibo.demo.load import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Nạp dữ liệu trình diễn (chạy lại nhiều lần không tạo trùng)."

    def handle(self, *args: Any, **options: Any) -> None:
        logins = load_demo()
        self.stdout.write(self.style.SUCCESS("Đã nạp dữ liệu trình diễn."))
        self.stdout.write(f"Tài khoản trình diễn (mật khẩu chung: {DEMO_PASSWORD}):")
        for username, description in logins:
            self.stdout.write(f"  {username:<10} {description}")
