"""`chibo feedback_daily [--date YYYY-MM-DD]`: the portal's daily reminders and auto-closing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone


class Command(BaseCommand):
    help = "Nhắc hạn trả lời góp ý của phụ huynh và đóng các góp ý đã hết hạn mở lại."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--date", type=str, help="Ngày chạy, dạng YYYY-MM-DD (mặc định hôm nay)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        from chibo.feedback.reminders import run_daily

        try:
            day = (
                dt.date.fromisoformat(options["date"]) if options["date"] else timezone.localdate()
            )
        except ValueError as error:
            raise CommandError("Ngày không hợp lệ (cần dạng YYYY-MM-DD).") from error
        made = run_daily(day)
        self.stdout.write(f"Đã gửi {made} thông báo nhắc hạn góp ý.")
