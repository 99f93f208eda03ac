"""Text typed or sent by users: C0 control characters and texts beyond a sane length are refused
everywhere, each with one message.

Tab, line feed and carriage return are ordinary text; every other C0 character (and DEL) is
invisible, breaks Excel exports and documents, and is never typed on purpose. The same
validator serves Django forms (added to every CharField by chibo.core) and the API (JSON
bodies, checked before the operation runs).

The length bound is the product's own, not a regulation: a free text (a comment, a minutes
section, a conclusion) may hold about 30 printed pages; a field with its own ``max_length``
keeps it. A 3 MB comment once made the reading page of a meeting 3 MB for every member.
"""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MESSAGE = (
    "Nội dung có ký tự điều khiển không nhìn thấy được (thường do dán từ phần mềm khác). "
    "Hãy xóa ký tự đó, gõ lại rồi gửi lại."
)


LONGEST_TEXT = 60_000  # characters, about 30 printed pages
TOO_LONG = (
    f"Nội dung dài quá {LONGEST_TEXT:,} ký tự (khoảng 30 trang giấy). ".replace(",", ".")
    + "Hãy rút gọn, hoặc đính kèm văn bản thành tệp."
)


def has_control_characters(value: str) -> bool:
    return bool(CONTROL_CHARACTERS.search(value))


def validate_no_control_characters(value: Any) -> None:
    """A Django validator: ValidationError with the Vietnamese message."""
    if isinstance(value, str) and has_control_characters(value):
        raise ValidationError(MESSAGE, code="control_characters")


def validate_length(value: Any) -> None:
    """A Django validator for free text without a ``max_length`` of its own."""
    if isinstance(value, str) and len(value) > LONGEST_TEXT:
        raise ValidationError(TOO_LONG, code="too_long")


def text_problem(value: str) -> str | None:
    """The message for a text that must be refused, or None."""
    if has_control_characters(value):
        return MESSAGE
    if len(value) > LONGEST_TEXT:
        return TOO_LONG
    return None


def text_problems(data: Any, path: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(dotted path, message) of every string (key or value) in decoded JSON to refuse."""
    found: list[tuple[str, str]] = []
    if isinstance(data, str):
        problem = text_problem(data)
        if problem:
            found.append((".".join(path), problem))
    elif isinstance(data, dict):
        for key, value in data.items():
            problem = text_problem(key) if isinstance(key, str) else None
            if problem:
                found.append((".".join((*path, key)), problem))
            found += text_problems(value, (*path, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += text_problems(value, (*path, str(index)))
    return found


def control_character_paths(data: Any) -> list[str]:
    """Dotted paths of every string (key or value) in decoded JSON that holds one."""
    return [path for path, problem in text_problems(data) if problem == MESSAGE]


def strip_control_characters(value: str) -> str:
    return CONTROL_CHARACTERS.sub("", value)
