"""Vietnamese text helpers: dates as documents write them, name order, collation, folding."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from unidecode import unidecode

# The Vietnamese alphabet in dictionary order (đ after d; ă, â after a; ...).
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# Tone marks sort after the bare letter: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_BASE_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve (ă), circumflex (â ê ô), horn (ơ ư)
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def fold(text: str) -> str:
    """Lower-case text without diacritics, đ folded to d: 'Đặng Huệ' -> 'dang hue'."""
    return " ".join(unidecode(unicodedata.normalize("NFC", text or "")).lower().split())


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle, given) from a Vietnamese full name written family-first."""
    words = full_name.split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def given_name(full_name: str) -> str:
    return split_name(full_name)[2]


def _letter_codes(word: str) -> tuple[str, str]:
    """Primary (letters) and secondary (tones) codes of one word, as [0-9a-z] strings."""
    primary: list[str] = []
    tones: list[str] = []
    for char in unicodedata.normalize("NFC", word.lower()):
        decomposed = unicodedata.normalize("NFD", char)
        base = decomposed[0]
        tone = 0
        kept = base
        for mark in decomposed[1:]:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark in _BASE_MARKS:
                kept += mark
        letter = unicodedata.normalize("NFC", kept)
        if letter in _ALPHABET:
            index = _ALPHABET.index(letter) + 12
        elif letter.isdigit():
            index = int(letter) + 2
        else:
            continue
        primary.append(_DIGITS[index // 36] + _DIGITS[index % 36])
        tones.append(str(tone))
    return "".join(primary), "".join(tones)


def sort_key(full_name: str) -> str:
    """A key that sorts names the Vietnamese way: given name, then middle, then family.

    Letters follow the Vietnamese alphabet, tones break ties. The key uses only the
    characters 0-9 and a-z, so any database collation orders it the same way.
    """
    family, middle, given = split_name(full_name)
    primary: list[str] = []
    secondary: list[str] = []
    for part in (given, middle, family):
        codes = [_letter_codes(word) for word in part.split()]
        # "01" separates words of one part, "00" the parts, so an absent middle name
        # sorts before any middle name.
        primary.append("01".join(c[0] for c in codes))
        secondary.append("0".join(c[1] for c in codes))
    return "00".join(primary) + "0000" + "00".join(secondary)


def format_date(value: dt.date | None, place: str = "") -> str:
    """'Yên Mô, ngày 05 tháng 01 năm 2026' (HD 36: leading zeros on day and month)."""
    if value is None:
        return ""
    text = f"ngày {value.day:02d} tháng {value.month:02d} năm {value.year}"
    return f"{place}, {text}" if place else text


def short_date(value: dt.date | None) -> str:
    """05/01/2026."""
    return value.strftime("%d/%m/%Y") if value else ""


ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def roman(number: int) -> str:
    return ROMAN[number] if 0 < number < len(ROMAN) else str(number)


def person_name(user: Any) -> str:
    """A login's name in Vietnamese order, family name first: "Trần Văn Minh" (Django's
    get_full_name puts the given name first: "Văn Minh Trần"); the username when unnamed."""
    if user is None:
        return ""
    name = f"{getattr(user, 'last_name', '')} {getattr(user, 'first_name', '')}".strip()
    return name or user.get_username()
