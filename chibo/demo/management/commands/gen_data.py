import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from chibo.demo.gendata import generate


class Command(BaseCommand):
    help = "Sinh dữ liệu giả lập quy mô tỉnh để đo hiệu năng (chạy lại với --seed khác để thêm)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--cells", type=int, default=100)
        parser.add_argument("--members-per-cell", type=int, default=25)
        parser.add_argument("--years", type=int, default=1)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        result = generate(cells=options["cells"], members_per_cell=options["members_per_cell"],
                          years=options["years"], seed=options["seed"])  # fmt: skip
        self.stdout.write(
            f"Đã tạo {result.committees} Đảng ủy, {result.cells} chi bộ, {result.members} đảng viên "
            f"trong {time.perf_counter() - started:.1f} giây."
        )
