"""`chibo meeting-summary --check | --rebuild`: the per-cell counts behind the committee
dashboards (chibo.meetings.summary), compared with or recomputed from the records."""

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chibo.meetings.summary import differences, rebuild


class Command(BaseCommand):
    help = (
        "Số liệu tổng hợp của bảng giám sát (theo chi bộ, năm và quý; nhiệm vụ theo hạn): "
        "--check so với số tính lại từ hồ sơ, --rebuild tính lại toàn bộ."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rebuild", action="store_true", help="tính lại toàn bộ từ hồ sơ")
        parser.add_argument(
            "--check", action="store_true", help="so sánh với số tính lại (mặc định)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["rebuild"]:
            started = time.perf_counter()
            years, tasks = rebuild()
            self.stdout.write(
                f"Đã tính lại: {years} dòng chi bộ × năm, {tasks} dòng nhiệm vụ theo hạn "
                f"({time.perf_counter() - started:.1f} giây)."
            )
        if options["check"] or not options["rebuild"]:
            found = differences()
            if found:
                raise CommandError(
                    "Số liệu tổng hợp khác số tính lại từ hồ sơ:\n" + "\n".join(found)
                    + "\nChạy `chibo meeting-summary --rebuild` để tính lại."
                )  # fmt: skip
            self.stdout.write("Số liệu tổng hợp khớp với số tính lại từ hồ sơ.")
