from typing import Any

from django.core.management.base import BaseCommand

from chibo.demo.oversight import load_oversight_demo


class Command(BaseCommand):
    help = "Thêm ba chi bộ trình diễn dưới Đảng ủy xã Yên Mô để cán bộ danguy xem bảng giám sát (chạy sau chibo demo)."

    def handle(self, *args: Any, **options: Any) -> None:
        cells = load_oversight_demo()
        self.stdout.write(f"Đã thêm {len(cells)} chi bộ trình diễn cho bảng giám sát.")
