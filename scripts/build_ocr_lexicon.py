"""Build chibo/importer/data/vi_bigrams.txt: Vietnamese syllable pairs the app itself writes.

The OCR of a blurred scan drops or changes tone marks ("phố thông", "chuấn bị"); the importer
puts back the form of a word that this list says is usual next to its neighbours ("phổ thông").
The pairs are counted in the app's own Vietnamese text (source, templates, docs), never in the
importer's tests: the public-plan corpus and the seeds stay out, so nothing is learnt from the
plans the importer is scored on.

Usage: python3 scripts/build_ocr_lexicon.py
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "chibo" / "importer" / "data" / "vi_bigrams.txt"
# Letters with a Vietnamese mark: a line without one is code or English, not counted.
_MARKED = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_WORD = re.compile(r"[^\W\d_]+")


def sources() -> list[Path]:
    files: list[Path] = []
    for pattern in ("chibo/**/*.py", "chibo/**/*.html", "chibo/**/*.txt", "docs/**/*.md"):
        for path in ROOT.glob(pattern):
            parts = set(path.relative_to(ROOT).parts)
            if parts & {"tests", "migrations", "data"}:
                continue
            if path.name in ("ocr.py", "spelling.py"):  # they quote OCR slips ("phố thông")
                continue
            files.append(path)
    return sorted(files)


def main() -> None:
    pairs: Counter[tuple[str, str]] = Counter()
    for path in sources():
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
            line = unicodedata.normalize("NFC", line).lower()
            if not _MARKED.search(line):
                continue
            for segment in re.split(r"[^\w\s]|\d|_", line):
                words = _WORD.findall(segment)
                pairs.update(zip(words, words[1:], strict=False))
    OUT.parent.mkdir(exist_ok=True)
    lines = [f"{a} {b} {n}" for (a, b), n in sorted(pairs.items()) if _MARKED.search(a + b)]
    OUT.write_text(
        "# Vietnamese syllable pairs and their counts, from scripts/build_ocr_lexicon.py\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(lines)} pairs written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
