"""The plan's identity: committee, cell, number, place and date, title, year, legal bases,
signer, recipients."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from chibo.lib.vietnamese import fold

from .people import looks_like_name
from .schema import ParsedPlan
from .text import Line, heading_level, is_caps

_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_NUMBER = re.compile(r"^Số\s*:?\s*(\S*?)\s*-\s*([A-ZĐ]{1,6})\s*/", re.IGNORECASE)
_ADMIN = r"(xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|khối)"
_COMMITTEE = re.compile(rf"Đảng\s+(ủy|uỷ|bộ)\s+{_ADMIN}\s+(.+)", re.IGNORECASE)
_CELL = re.compile(r"Chi bộ\s+(.+)")
# Lower-case words a school's name may contain: "Trường Mầm non Yên Hoà", "Tiểu học".
_NAME_WORDS = {"non", "học", "sở", "thông", "cơ", "trung", "phổ", "cấp", "lập", "thục", "tư"}
_SMALL = {"ủy", "uỷ", "bộ", "xã", "phường", "huyện", "quận", "tỉnh", "trấn", "phố"}
# A residential cell is named after its village: "Chi bộ thôn Đông Sơn", "Chi bộ làng Krông".
_PLACES = ("làng", "thôn", "xóm", "bản", "ấp", "buôn", "tổ dân phố", "khu phố", "khu dân cư")
_SMALL |= {"làng", "thôn", "xóm", "bản", "ấp", "buôn"}


def _title_case(caps: str) -> str:
    """'ĐẢNG ỦY XÃ VĨNH PHONG' → 'Đảng ủy xã Vĩnh Phong'; abbreviations (TH, THCS) stay."""
    words = caps.split()
    out: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        pair = {"thành": ("phố",), "thị": ("trấn", "xã")}.get(lower)
        if (
            i > 0
            and (lower in _SMALL or pair and following in pair)
            or i > 0
            and lower in ("non", "học")
            and out[-1].lower() in ("mầm", "tiểu", "trung")
            # "Trung học cơ sở", "Trung học phổ thông": the kind of school, not its name
            or i > 1
            and (lower, out[-1].lower())
            in (("cơ", "học"), ("sở", "cơ"), ("phổ", "học"), ("thông", "phổ"))
            or i > 1
            and lower == "số"
            and following.isdigit()  # "Tiểu học số 2"
        ):
            out.append(lower)
        elif i > 1 and not any(fold(c) in "aeiouy" for c in lower):
            out.append(word)  # no vowel: an abbreviation such as TH, THCS, MN
        else:
            out.append(lower[:1].upper() + lower[1:])
    return " ".join(out)


def _proper_words(text: str, extra: set[str] | None = None) -> str:
    """Leading words of a proper name: capitalised words, digits and the allowed small words."""
    words: list[str] = []
    for word in text.split():
        if word[0] in '(“"':  # "(18 đảng viên)" follows the name, it is not part of it
            break
        bare = word.strip(',.;:()“”"')
        if not bare or bare != word.rstrip(',.;:)”"'):
            if bare and (bare[0].isupper() or bare.isdigit()):
                words.append(bare)
            break
        if bare[0].isupper() or bare.isdigit() or (extra and bare in extra):
            words.append(bare)
        else:
            break
    while words and extra and words[-1] in extra:
        words.pop()
    return " ".join(words)


def _committee_from(text: str) -> str:
    match = _COMMITTEE.search(text)
    if not match:
        return ""
    name = _proper_words(match.group(3))
    if not name or is_caps(name):
        return ""
    return f"Đảng {match.group(1).lower()} {match.group(2).lower()} {name}"


def _cell_from(text: str) -> str:
    match = _CELL.search(text)
    if not match:
        return ""
    rest = match.group(1)
    if rest.lower().startswith("trường "):
        name = _proper_words(rest[7:], _NAME_WORDS)
        return f"Chi bộ Trường {name}" if len(name.split()) >= 2 else ""
    place = next((p for p in _PLACES if rest.startswith(p + " ")), "")
    if place:
        name = _proper_words(rest[len(place) + 1 :])
        return f"Chi bộ {place} {name}" if name else ""
    name = _proper_words(rest)
    numbered = bool(re.fullmatch(r"\d{1,3}", name.split()[0])) if name else False  # "Chi bộ 4"
    if (len(name.split()) < 2 and not numbered) or fold(name.split()[0] if name else "") in {
        "nha",
        "dang",
    }:
        return ""
    return f"Chi bộ {name}"


def read_header(lines: list[Line], plan: ParsedPlan) -> int:
    """Fill the plan's identity from its opening lines; returns the index where the body starts."""
    body = next(
        (
            i
            for i, line in enumerate(lines)
            if heading_level(line.text) in (0, 1) and not line.is_table
        ),
        len(lines),
    )
    if body == len(lines):  # no numbered sections: the body follows the "… như sau:" sentence
        # The sentence that opens the body ("… như sau:", "… cụ thể:") or the last legal basis.
        opening = [
            i
            for i, line in enumerate(lines[:40])
            if not line.is_table
            and (
                line.folded.rstrip(" .:").endswith(("nhu sau", "cu the"))
                or line.folded.startswith("can cu")
                or (line.text.endswith(":") and len(line.text) > 40)
            )
        ]
        body = opening[-1] + 1 if opening else body
    head = [line for line in lines[: min(body, 40)] if not line.is_table]
    for line in lines[: min(body, 40)]:  # a two-column header table is read as its cells
        if line.is_table:
            head.extend(
                Line(part.strip())
                for row in line.rows
                for cell in row
                for part in cell.split("\n")
                if part.strip()
            )
    _identity(head, plan)
    _title(lines[:body], plan)
    plan.legal_bases = [
        line.text.rstrip(" ;,") for line in lines[:body] if line.folded.startswith("can cu")
    ]
    _mentions(lines, plan)
    _closing(lines, plan)
    return body


def _identity(head: list[Line], plan: ParsedPlan) -> None:
    for line in head:
        folded = line.folded
        if not plan.committee_name and folded.startswith(
            ("dang uy ", "dang bo ", "ban chap hanh dang bo")
        ):
            plan.committee_name = _title_case(line.text) if is_caps(line.text) else line.text
        elif not plan.cell_name and folded.startswith("chi bo ") and is_caps(line.text):
            text = line.text
            following = head[head.index(line) + 1] if head.index(line) + 1 < len(head) else None
            if (  # a long name wrapped onto the next line: "CHI BỘ TRƯỜNG TRUNG HỌC CƠ SỞ / TÂN LẬP"
                following is not None
                and is_caps(following.text)
                and len(following.text.split()) <= 4
                and not following.folded.startswith(("dang ", "so", "ke hoach", "chuong trinh"))
            ):
                text = f"{text} {following.text}"
            plan.cell_name = _title_case(text)
        number = _NUMBER.match(line.text)
        if number and not plan.type_code:
            plan.type_code = number.group(2).upper()
            if number.group(1).isdigit():
                plan.number = int(number.group(1))
            else:
                plan.warnings.append(
                    f"Số kế hoạch “{number.group(1) or '…'}” chưa phải là một số; hãy ghi số khi lưu."
                )
        date = _DATE.search(line.text)
        if date and plan.date is None:
            day, month, year = (int(g) for g in date.groups())
            try:
                plan.date = dt.date(year, month, day).isoformat()
            except ValueError:
                plan.warnings.append(f"Ngày ghi trên kế hoạch không có thật: “{date.group(0)}”.")
            plan.place = _place_before(line.text[: date.start()])


def _place_before(text: str) -> str:
    words: list[str] = []
    for word in reversed(text.rstrip(" ,").split()):
        if word[0].isupper() and not is_caps(word) or word.isdigit() and not words:
            words.insert(0, word)
        else:
            break
        if len(words) == 4:
            break
    return " ".join(words)


def _title(lines: list[Line], plan: ParsedPlan) -> None:
    for i, line in enumerate(lines):
        if not line.folded.startswith("ke hoach"):
            continue
        first = line.text[len("KẾ HOẠCH") :].strip() if is_caps(line.text[:8]) else ""
        if line.folded != "ke hoach" and not first:
            continue
        parts = [first] if first else []
        for following in lines[i + 1 : i + 4]:
            if following.is_table or following.folded.startswith(
                ("can cu", "chi bo ", "so:", "so ")
            ):
                break
            if heading_level(following.text) is not None or _DATE.search(following.text):
                break
            parts.append(following.text)
            if not is_caps(following.text):
                break
        plan.title = " ".join(parts)
        cell = lines[i + 1 + len(parts)] if i + 1 + len(parts) < len(lines) else None
        if cell is not None and not plan.cell_name and not cell.is_table:
            plan.cell_name = _cell_from(cell.text) if cell.folded.startswith("chi bo ") else ""
        break
    year = re.search(r"năm\s+(\d{4})", plan.title, re.IGNORECASE)
    if year:
        plan.year = int(year.group(1))
    elif plan.date:
        plan.year = int(plan.date[:4])
        plan.warnings.append(
            f"Tên kế hoạch không ghi năm; đã lấy năm {plan.year} theo ngày ký. Hãy kiểm tra."
        )


def _mentions(lines: list[Line], plan: ParsedPlan) -> None:
    """Prefer the names as the body writes them ('Chi bộ Trường Tiểu học Vĩnh Phong 4')."""
    texts = [line.text for line in lines if not line.is_table]
    cells = Counter(
        c for t in texts for c in (_cell_from(m.group(0)) for m in _CELL.finditer(t)) if c
    )
    committees = Counter(c for t in texts for c in [_committee_from(t)] if c)
    header_cell = fold(plan.cell_name)
    if cells:
        best = [c for c, _ in cells.most_common()]
        # The header's "CHI BỘ TRƯỜNG TH VĨNH PHONG 4" and the body's full name share the end.
        same = [
            c
            for c in best
            if not header_cell
            or fold(c).split()[-2:] == header_cell.split()[-2:]
            or fold(c).startswith(header_cell + " ")  # the header's name cut short
        ]
        if same:  # the most written; between as many, the full name over an abbreviation
            plan.cell_name = max(same, key=lambda c: (cells[c], len(c)))
    if not plan.committee_name and committees:
        plan.committee_name = committees.most_common(1)[0][0]
    elif plan.committee_name:
        for name in committees:
            if fold(name) == fold(plan.committee_name):
                plan.committee_name = name
                break


def _cell_lines(tail: list[Line]) -> list[Line]:
    """The closing zone with its tables opened up: Word plans usually put "Nơi nhận" and the
    signature side by side in a borderless table; each column is read top to bottom."""
    from .text import _split_bullet

    out: list[Line] = []
    for line in tail:
        if not line.is_table:
            out.append(line)
            continue
        width = max(len(row) for row in line.rows)
        for column in range(width):
            for row in line.rows:
                if column < len(row):
                    for raw in row[column].split("\n"):
                        bullet, text = _split_bullet(raw.strip())
                        if text.strip(" .,;:-_=*"):
                            out.append(Line(text, bullet))
    return out


def _closing(lines: list[Line], plan: ParsedPlan) -> None:
    tail = _cell_lines(lines[-25:])
    for line in tail if not plan.cell_name else []:  # "T/M CHI BỘ TRƯỜNG TIỂU HỌC SỐ 2 …"
        signed = re.match(r"^(?:T\s*/\s*M|TM)\.?\s+(CHI BỘ\s+\S.*)$", line.text)
        if signed and is_caps(signed.group(1)) and len(signed.group(1).split()) > 2:
            plan.cell_name = _title_case(signed.group(1))
            break
    for line in reversed(tail):
        if not line.is_table and looks_like_name(line.text):
            plan.signer_name = line.text
            break
    for i, line in enumerate(tail):
        if line.folded.startswith("noi nhan"):
            for following in tail[i + 1 :]:
                if not following.bullet:
                    if is_caps(following.text) or following.folded.startswith(("t/m", "tm")):
                        continue
                    break
                plan.recipients.append(following.text.rstrip(" ;."))
            break
    for line in lines:
        days = re.search(
            r"trước\s+(?:ngày|buổi|khi)\s+sinh\s+hoạt\s+(?:ít nhất\s+)?(\d{1,2})\s+ngày", line.text
        ) or re.search(r"trước\s+(?:ít nhất\s+)?(\d{1,2})\s+ngày", line.text)
        if days and "sinh hoạt" in line.text:
            plan.days_before_distribution = int(days.group(1))
            break
