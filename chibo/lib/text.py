"""Text typed or sent by users: C0 control characters are refused everywhere, with one message.

Tab, line feed and carriage return are ordinary text; every other C0 character (and DEL) is
invisible, breaks Excel exports and documents, and is never typed on purpose. The same
validator serves Django forms (added to every CharField by chibo.core) and the API (JSON
bodies, checked before the operation runs).
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


def has_control_characters(value: str) -> bool:
    return bool(CONTROL_CHARACTERS.search(value))


def validate_no_control_characters(value: Any) -> None:
    """A Django validator: ValidationError with the Vietnamese message."""
    if isinstance(value, str) and has_control_characters(value):
        raise ValidationError(MESSAGE, code="control_characters")


def control_character_paths(data: Any, path: tuple[str, ...] = ()) -> list[str]:
    """Dotted paths of every string (key or value) in decoded JSON that holds one."""
    found: list[str] = []
    if isinstance(data, str):
        if has_control_characters(data):
            found.append(".".join(path))
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str) and has_control_characters(key):
                found.append(".".join((*path, key)))
            found += control_character_paths(value, (*path, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += control_character_paths(value, (*path, str(index)))
    return found


def strip_control_characters(value: str) -> str:
    return CONTROL_CHARACTERS.sub("", value)
