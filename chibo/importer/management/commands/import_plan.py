"""`chibo import-plan FILE [--json]`: read a plan file and show what would be imported.

Touches no database: it only reads the file and prints the parsed plan.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chibo.importer.parser import parse_plan
from chibo.importer.reader import ImportReadError, read_document
from chibo.lib.vietnamese import roman


class Command(BaseCommand):
    help = "Đọc kế hoạch từ tệp .docx, .pdf hoặc .txt và in ra những gì nhập được (không ghi CSDL)."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="tệp kế hoạch (.docx, .pdf, .txt)")
        parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            plan = parse_plan(read_document(options["file"]))
        except ImportReadError as error:
            raise CommandError(str(error)) from error
        if options["json"]:
            self.stdout.write(json.dumps(plan.to_dict(), ensure_ascii=False, indent=2))
            return
        kind = "Kế hoạch sinh hoạt chuyên đề" if plan.kind == "thematic" else "Kế hoạch hoạt động"
        self.stdout.write(f"{kind} năm {plan.year or '?'}: {plan.title}")
        self.stdout.write(
            f"{plan.cell_name or '(chưa rõ chi bộ)'} — {plan.committee_name or '(chưa rõ Đảng ủy)'}"
        )
        for number, topic in enumerate(plan.topics, start=1):
            when = f"Quý {roman(topic.quarter)}" if topic.quarter else "chưa rõ quý"
            when += f", tháng {topic.month}" if topic.month else ""
            people = (
                ", ".join(p.name or p.role_note for p in topic.presenters)
                or "chưa rõ người thực hiện"
            )
            self.stdout.write(f"  {number}. {topic.title} ({when}; {people})")
        for target in plan.targets:
            self.stdout.write(f"  - [{target.kind}] {target.text}")
        for warning in plan.warnings:
            self.stdout.write(self.style.WARNING(f"Lưu ý: {warning}"))
