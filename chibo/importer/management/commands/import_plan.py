"""`chibo import-plan FILE [FILE …] [--json]`: read a plan file and show what would be imported.

Several files are the photos of one plan's pages (JPEG/PNG), read in the order given.

Touches no database: it only reads the file and prints the parsed plan.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chibo.importer.parser import parse_plan
from chibo.importer.reader import ImportReadError, read_document, read_photos
from chibo.lib.vietnamese import roman


class Command(BaseCommand):
    help = "Đọc kế hoạch từ tệp .docx, .pdf hoặc .txt và in ra những gì nhập được (không ghi CSDL)."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "file",
            nargs="+",
            help="tệp kế hoạch (.docx, .doc, .odt, .pdf, .txt, ảnh); nhiều ảnh là các trang của một kế hoạch",
        )
        parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            files = options["file"]
            if len(files) == 1:
                plan = parse_plan(read_document(files[0]))
            else:
                photos = []
                for name in files:
                    try:
                        photos.append(Path(name).read_bytes())
                    except OSError as error:
                        raise ImportReadError(f"Không mở được tệp “{name}”.") from error
                plan = parse_plan(read_photos(photos))
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
