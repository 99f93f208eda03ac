"""A tiny iCalendar (RFC 5545) writer: just what the calendar feed needs.

- Lines end with CRLF and are folded at 75 octets (§3.1): a continuation line starts with one
  space, which counts toward its 75; a UTF-8 character is never cut in two.
- TEXT values escape backslash, semicolon, comma and newlines (§3.3.11).
- Times are written in UTC with a trailing Z (§3.3.5, form #2), so no VTIMEZONE is needed.
"""

from __future__ import annotations

import datetime as dt

MAX_OCTETS = 75


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold one content line into physical lines of at most 75 octets, joined by CRLF."""
    parts: list[str] = []
    current, size, limit = "", 0, MAX_OCTETS
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, MAX_OCTETS - 1  # the leading space takes one octet
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def date(value: dt.date) -> str:
    return value.strftime("%Y%m%d")


class Calendar:
    """Collects content lines; `text()` gives the folded calendar with CRLF line ends."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, name: str, content: str, **params: str) -> None:
        head = name + "".join(f";{key.replace('_', '-').upper()}={v}" for key, v in params.items())
        self.lines.append(f"{head}:{content}")

    def add_text(self, name: str, content: str) -> None:
        self.add(name, escape_text(content))

    def begin(self, component: str) -> None:
        self.add("BEGIN", component)

    def end(self, component: str) -> None:
        self.add("END", component)

    def text(self) -> str:
        return "".join(fold(line) + "\r\n" for line in self.lines)
