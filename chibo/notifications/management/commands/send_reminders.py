"""`chibo send-reminders [--date YYYY-MM-DD] [--enqueue]`: the daily reminder digests.

Without options it sends today's digests now (cron can run it daily). With --enqueue it starts
the self-renewing daily tick in the task worker instead (see chibo/notifications/tasks.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chibo.lib.vietnamese import short_date


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"Ngày không hợp lệ: {value!r} (cần dạng YYYY-MM-DD).") from error


class Command(BaseCommand):
    help = "Gửi bản nhắc việc hằng ngày (mỗi người một bản), hoặc khởi động lịch nhắc trong tiến trình nền."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--date", type=str, help="Ngày nhắc, dạng YYYY-MM-DD (mặc định hôm nay)."
        )
        parser.add_argument("--enqueue", action="store_true",
                            help="Đưa việc nhắc hằng ngày vào hàng đợi của db_worker rồi thoát.")  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        from chibo.feedback.reminders import run_daily
        from chibo.notifications.reminders import send_digests
        from chibo.notifications.tasks import schedule_tick

        if options["enqueue"]:
            if options["date"]:
                raise CommandError("--enqueue luôn nhắc theo ngày hiện tại; bỏ --date.")
            queued = schedule_tick()
            self.stdout.write("Đã đưa việc nhắc hằng ngày vào hàng đợi." if queued
                              else "Việc nhắc hằng ngày đã có trong hàng đợi.")  # fmt: skip
            return
        day = _date(options["date"]) if options["date"] else timezone.localdate()
        count = send_digests(day)
        self.stdout.write(f"Đã gửi {count} bản nhắc việc ngày {short_date(day)}.")
        told = run_daily(day)  # the parents' portal: due dates of the schools' staff
        if told:
            self.stdout.write(f"Đã gửi {told} thông báo nhắc hạn trả lời góp ý của phụ huynh.")
