import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from chibo.demo.bench import report


class Command(BaseCommand):
    help = "Gộp kết quả đo của các cỡ dữ liệu vào bench/results.json và bench/RESULTS.md."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("inputs", nargs="+")
        parser.add_argument("--pg-version", default="")
        parser.add_argument("--note", action="append", default=[])
        parser.add_argument("--bench-dir", default="bench")

    def handle(self, *args: Any, **options: Any) -> None:
        sizes = [json.loads(Path(p).read_text()) for p in options["inputs"] if Path(p).exists()]
        result = report(sizes, pg_version=options["pg_version"], notes=options["note"],
                        bench_dir=Path(options["bench_dir"]))  # fmt: skip
        self.stdout.write(json.dumps(result["targets"], ensure_ascii=False))
