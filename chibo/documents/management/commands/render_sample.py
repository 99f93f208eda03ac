"""Write the sample documents (seed 000's plan, its draft, a minutes) as DOCX to look at:
`chibo render_sample` then `scripts/render_png.sh var/renders/plan.docx var/renders`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from chibo.documents.party import format_number, render_docx
from chibo.documents.sample import sample_minutes, sample_plan


class Command(BaseCommand):
    help = "Ghi các văn bản mẫu (kế hoạch chuyên đề mẫu, bản dự thảo, biên bản) ra tệp DOCX."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--outdir", default=str(Path(settings.BASE_DIR) / "var" / "renders"))

    def handle(self, *args: Any, outdir: str, **options: Any) -> None:
        out = Path(outdir)
        out.mkdir(parents=True, exist_ok=True)
        samples = {
            "plan": sample_plan(),
            "draft": sample_plan(draft=True, number=format_number(None, "KH")),
            "minutes": sample_minutes(),
        }
        for name, doc in samples.items():
            path = out / f"{name}.docx"
            path.write_bytes(render_docx(doc))
            self.stdout.write(str(path))
