"""Tone marks put back on words an OCR misread ("phố thông" → "phổ thông", "hoc sinh" → "học sinh").

A blurred scan or a phone photo loses the small marks of Vietnamese: Tesseract reads another
syllable with the same letters. For each word of an OCR line, every syllable the app's own
Vietnamese text writes with the same letters (diacritics ignored) is a candidate, and the one
most often written next to the word's neighbours wins (`data/vi_bigrams.txt`, built by
`scripts/build_ocr_lexicon.py` from the app's source, templates and docs, never from the plans
the importer is tested on). A word is changed only when a candidate is seen beside its neighbours
more often than the word as read; names (a capitalised word beside another) are left alone.
Only text read by OCR goes through here; a Word or PDF text is never changed.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from pathlib import Path

from chibo.lib.vietnamese import fold

DATA = Path(__file__).resolve().parent / "data" / "vi_bigrams.txt"
_TOKEN = re.compile(r"^([^\w]*)([^\W\d_]+)([^\w]*)$")
# Letters Tesseract gives for a blurred one ("dunø" for "dung").
_LOOKALIKE = str.maketrans({"ø": "g", "Ø": "G"})


@functools.cache
def _model() -> tuple[dict[tuple[str, str], int], dict[str, set[str]]]:
    pairs: dict[tuple[str, str], int] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        first, second, count = line.split()
        pairs[first, second] = int(count)
        forms[fold(first)].add(first)
        forms[fold(second)].add(second)
    return pairs, dict(forms)


# What a given name is written after ("đồng chí Hường", "đ/c Vi", "cô Diễm").
_AFTER_HONORIFIC = re.compile(
    r"(?:\bđồng\s+chí|\bđ\s*/\s*c|\b(?:cô|thầy|anh|chị))\W*$", re.IGNORECASE
)


def _support(pairs: dict[tuple[str, str], int], before: str, word: str, after: str) -> int:
    return pairs.get((before, word), 0) + pairs.get((word, after), 0)


def _shaped(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def correct_line(line: str) -> str:
    """The line with each misread word replaced by the form its neighbours call for."""
    pairs, forms = _model()
    tokens = line.split(" ")
    written = list(tokens)  # as read, for what comes before a word
    parts = [_TOKEN.match(token) for token in tokens]
    words = [m.group(2).translate(_LOOKALIKE) if m else "" for m in parts]
    for i, match in enumerate(parts):
        if not match:
            continue
        word = words[i]
        previous = parts[i - 1] if i else None
        before = words[i - 1].lower() if previous and not previous.group(3) else ""
        after = words[i + 1].lower() if i + 1 < len(words) and not match.group(3) else ""
        capitalised = [w[:1].isupper() for w in (words[i - 1] if i else "", word,
                                                  words[i + 1] if i + 1 < len(words) else "")]  # fmt: skip
        if capitalised[1] and (capitalised[0] or capitalised[2]):
            continue  # a name or a heading in capitals: not a word of the lexicon
        if capitalised[1] and _AFTER_HONORIFIC.search(" ".join(written[max(0, i - 2) : i])):
            continue  # "đồng chí Hường", "đ/c Diễm": a given name, not a word to put right
        lower = word.lower()
        candidates = forms.get(fold(lower), set())
        best = max(sorted(candidates), key=lambda c: _support(pairs, before, c, after), default="")
        if best and _support(pairs, before, best, after) > _support(pairs, before, lower, after):
            words[i] = _shaped(best, word)
        elif word == match.group(2) or lower not in candidates:
            continue  # keep the word as read; a look-alike letter is put right only into a word
        tokens[i] = match.group(1) + words[i] + match.group(3)
    # A full stop followed by a small letter is a comma the blur turned into a dot.
    return re.sub(r"(?<=\w)\.(?= [a-zđà-ỹ])", ",", " ".join(tokens))
