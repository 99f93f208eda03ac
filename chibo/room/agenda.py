"""The agenda of a cell meeting in its usual order, as the chair's console walks it.

The order follows the steps of a regular meeting (HD 12/2018, HD 42: opening, roll call,
last month's results, this month's tasks, the thematic part, discussion, conclusion, vote)
and the cell's own practice of scoring the meeting and adopting the minutes in the room."""

from __future__ import annotations

OPENING = "opening"
ROLL_CALL = "roll_call"
LAST_MONTH = "last_month"
THIS_MONTH = "this_month"
THEMATIC = "thematic"
DISCUSSION = "discussion"
CONCLUSION = "conclusion"
VOTE = "vote"
SCORE = "score"
MINUTES = "minutes"

ITEMS: list[tuple[str, str]] = [
    (OPENING, "Khai mạc, tuyên bố lý do"),
    (ROLL_CALL, "Điểm danh, tình hình đảng phí"),
    (LAST_MONTH, "Kết quả thực hiện nhiệm vụ tháng trước"),
    (THIS_MONTH, "Nhiệm vụ tháng này"),
    (THEMATIC, "Sinh hoạt chuyên đề"),
    (DISCUSSION, "Thảo luận"),
    (CONCLUSION, "Kết luận của chủ trì"),
    (VOTE, "Biểu quyết"),
    (SCORE, "Chấm điểm chất lượng buổi sinh hoạt"),
    (MINUTES, "Thông qua biên bản"),
]
KEYS = [key for key, _ in ITEMS]
LABELS = dict(ITEMS)
# Items whose screen shows the meeting's document (the draft sent to members), paged.
DOCUMENT_ITEMS = frozenset({THIS_MONTH, THEMATIC, DISCUSSION})
# How much of a document one projector page holds (characters; paragraphs are never split
# unless one alone is longer).
PAGE_CHARS = 650


def index(key: str) -> int:
    return KEYS.index(key) if key in KEYS else 0


def pages(text: str, size: int = PAGE_CHARS) -> list[str]:
    """The text cut into pages at paragraph breaks (a long paragraph alone is cut at words)."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    out: list[str] = []
    current = ""
    for para in paragraphs:
        while len(para) > size:
            cut = para.rfind(" ", 0, size)
            cut = cut if cut > size // 2 else size
            if current:
                out.append(current)
                current = ""
            out.append(para[:cut].strip())
            para = para[cut:].strip()
        if current and len(current) + len(para) + 2 > size:
            out.append(current)
            current = ""
        current = f"{current}\n\n{para}" if current else para
    if current:
        out.append(current)
    return out or [""]
