import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from chibo.demo.bench import measure


class Command(BaseCommand):
    help = "Đo thời gian phản hồi và số truy vấn SQL của các trang chính (dùng bởi make bench)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, required=True)
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument("--size", required=True)
        parser.add_argument("--out", required=True)
        parser.add_argument("--only", default="", help="only the pages whose path contains this")

    def handle(self, *args: Any, **options: Any) -> None:
        result = measure(seed=options["seed"], host=options["host"], port=options["port"], runs=options["runs"],
                         size=options["size"], only=options["only"])  # fmt: skip
        Path(options["out"]).write_text(json.dumps(result, ensure_ascii=False, indent=2))
        for page in result["pages"]:
            self.stdout.write(
                f"{page['median_ms']:>8} {page['p95_ms']:>8} {page['queries']:>4}  {page['name']}"
            )
