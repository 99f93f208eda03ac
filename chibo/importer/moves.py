"""A meeting moved to another time, read in one place (round 11 of issue 17).

Plans say a topic's meeting is moved in many places: in a bracket after its title ("Tên (lùi
sang quý 3 do trẻ nghỉ học)"), in its time field ("Thời gian: lùi sang kỳ sinh hoạt tháng Giêng
năm 2022"), in a note beside its row ("Chuyển sang tháng 8/2025", "Do trùng lịch, dời đến tháng
10"), or in a sentence outside the topics naming it by its time or number ("Chi ủy thống nhất
lùi chuyên đề quý II sang tháng 6/2025"). Such a sentence is no topic itself.

`find_move` reads all of them the same way: the verb (lùi, chuyển, dời, hoãn), what is moved
(nothing, or the meeting named by its time or number), and the text of the time it goes to,
after "sang", "đến", "tới", "vào" or "xuống". What that time is, is left to the caller's reader
of times; `moved_month` reads the one month a note moves a row's meeting to.
"""

from __future__ import annotations

import dataclasses
import re

from chibo.lib.vietnamese import fold

# The verb of a move, not "chuyển đổi" (convert), "chuyển biến", "chuyển giao", "chuyển dịch",
# "chuyển hóa", "chuyển động"; then what is moved; then the word that leads to the new time.
MOVE = re.compile(
    r"\b(?:lùi|chuyển(?!\s+(?:đổi|biến|giao|dịch|hóa|hoá|động|mình|tiếp|công\s+tác)\b)|dời|hoãn)\b"
    r"(?P<what>[^;.“”\"]{0,60}?)\b(?:sang|đến|tới|vào|xuống)\s+(?=\S)",
    re.IGNORECASE,
)
# What a sentence moves when it is a note, not a topic: a meeting or a topic named by its time.
_MEETING = re.compile(
    r"^\s*(?:lại\s+)?(?:thời\s+gian\s+)?(?:sinh\s+hoạt\s+)?"
    r"(?:chuyên\s+đề|kỳ\s+sinh\s+hoạt|buổi\s+sinh\s+hoạt|kỳ\s+họp)\b",
    re.IGNORECASE,
)
# The month a note moves a meeting to: "tháng 8/2025", "kỳ sinh hoạt tháng 10".
_TO_MONTH = re.compile(
    r"^(?:kỳ\s+(?:sinh\s+hoạt\s+|họp\s+)?)?tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4}))?\b",
    re.IGNORECASE,
)


@dataclasses.dataclass
class Move:
    what: str  # what is moved: "" or "chuyên đề quý II"
    to: str  # the text from the new time on: "tháng 6/2025 do trùng lịch"
    start: int  # where the move begins in the text read


def find_move(text: str) -> Move | None:
    """The first move in text: 'lùi sang quý 3', 'chuyển chuyên đề quý II sang tháng 6'."""
    match = MOVE.search(text)
    if match is None:
        return None
    return Move(what=match.group("what").strip(), to=text[match.end() :], start=match.start())


def moving_note(text: str) -> bool:
    """A sentence that moves a meeting named by its time ('Chi ủy thống nhất lùi chuyên đề quý II
    sang tháng 6/2025', 'hoãn kỳ sinh hoạt tháng 9 đến tháng 10'): no topic of its own."""
    move = find_move(text)
    return move is not None and bool(_MEETING.match(move.what))


def moved_month(text: str) -> tuple[int, str | None] | None:
    """The month (and year) a note moves a meeting to, when it says one right after its
    verb: 'Chuyển sang tháng 8/2025' → (8, '2025'), 'lùi đến kỳ sinh hoạt tháng 10' → (10, None)."""
    move = find_move(text)
    if move is None or fold(move.what) not in ("", "lai"):
        return None
    month = _TO_MONTH.match(move.to)
    if month is None or not 1 <= int(month.group(1)) <= 12:
        return None
    return int(month.group(1)), month.group(2)
