"""The plan's identity: committee, cell, number, place and date, title, year, legal bases,
signer, recipients."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from chibo.lib.vietnamese import fold

from . import shapes
from .names import (
    Mention,
    as_the_text_writes,
    best,
    case_name,
    cell_mentions,
    committee_mentions,
    committee_words,
    spell_fields,
)
from .people import looks_like_name
from .schema import ParsedPlan
from .text import Line, _split_bullet, heading_level, is_caps

_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_LETTERED = re.compile(r"^[A-ZĐ]\s*[.)]\s+\S")
_NUMBER = re.compile(r"^Số\s*:?\s*(\S*?)\s*-\s*([A-ZĐ]{1,6})\s*/", re.IGNORECASE)


def read_header(lines: list[Line], plan: ParsedPlan) -> int:
    """Fill the plan's identity from its opening lines; returns the index where the body starts."""
    lines = [_unquoted(line) for line in lines]
    body = next(
        (
            i
            for i, line in enumerate(lines)
            if not line.is_table
            and (
                heading_level(line.text) in (0, 1)
                or (_LETTERED.match(line.text) and is_caps(line.text))  # "A. MỤC TIÊU, CHỈ TIÊU"
            )
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
                opens_body(line)
                or (i > 0 and fold(line.text).strip(" .:") == "sau" and _ends_nhu(lines[i - 1]))
                or line.folded.startswith("can cu")
                or (line.text.endswith(":") and len(line.text) > 40)
            )
        ]
        body = opening[-1] + 1 if opening else body
    if body == len(lines):  # nor such a sentence: a message, rows pasted from a spreadsheet
        body = shapes.body_start(lines) or body
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
    _closing(lines, plan)
    # The names read the opening lines in reading order, a header table column by column (its
    # left column holds the committee and the cell, a long name wrapped onto the next line).
    first_lines = [_shown_in_capitals(line) for line in _cell_lines(lines[: min(body, 40)])]
    plan.committee_name = _committee_name(lines, first_lines)
    plan.cell_name = _cell_name(lines, first_lines, body, plan.committee_name)
    return body


def opens_body(line: Line) -> bool:
    """Is the line the sentence that opens the body: '… như sau:' (its colon or a full stop),
    '… cụ thể:' only with its colon ('… có kết luận, giao việc cụ thể.' ends a sentence)."""
    if line.is_table:
        return False
    folded = line.folded.rstrip(" .:")
    return folded.endswith("nhu sau") or (
        folded.endswith("cu the") and line.text.rstrip().endswith(":")
    )


def _ends_nhu(line: Line) -> bool:
    """Does the line end '… như', its sentence wrapped before 'sau:' ('… năm 2026 như' over
    'Sau:', a scan's line read as a paragraph of its own)?"""
    return not line.is_table and line.folded.rstrip().endswith(" nhu")


def _unquoted(line: Line) -> Line:
    """A line of a plan quoted in an e-mail reply ("> KẾ HOẠCH", ">> Căn cứ …") without its
    quotation marks; a line that is only marks stays as it is (the lines keep their places)."""
    if line.is_table or not line.text.startswith(">"):
        return line
    text = line.text.lstrip("> ").strip()
    if not text:
        return line
    bullet, text = _split_bullet(text)
    return Line(text, bullet or line.bullet, list_item=line.list_item, tabbed=line.tabbed)


# First words of a header line: the committee, the cell, the Party.
_HEADER_WORDS = ("dang bo ", "dang uy ", "chi bo ", "chi uy ", "dang cong san")


def _shown_in_capitals(line: Line) -> Line:
    """A header line typed in lower case throughout ("đảng bộ sở tài chính") is one the page
    shows in capitals by its font's All caps option: it is read as the capitals it shows."""
    text = line.text
    if (
        line.is_table
        or not any(c.isalpha() for c in text)
        or any(c.isupper() for c in text)
        or len(text.split()) > 10  # a heading's line, not a sentence
        or not fold(text).startswith(_HEADER_WORDS)
    ):
        return line
    return Line(text.upper(), line.bullet)


def _identity(head: list[Line], plan: ParsedPlan) -> None:
    for line in head:
        number = _NUMBER.match(line.text)
        if number and not plan.type_code:
            code = number.group(2)
            # As written ("CTr" for a chương trình, "KH", "NQ"); a code typed small in capitals.
            plan.type_code = code if code[:1].isupper() else code.upper()
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


# The words an opening sentence begins with, after a title line a hard-wrapped text (a scan, a
# PDF) has joined it to: "Sinh hoạt chuyên đề năm 2025 Thực hiện Nghị quyết …".
_OPENING = re.compile(
    r"(?<=[\w)]) (?=(?:Thực hiện|Căn cứ|Nhằm|Để|Theo|Trên cơ sở)\s)"
    r"|(?<=[\d)]) (?=(?:Chi bộ|Chi ủy|Chi uỷ|Ban Chi)\s)"  # "… năm 2025 Chi bộ thôn …"
)


def _before_opening(text: str) -> str:
    """A title line without the opening sentence joined to it, if one was."""
    match = _OPENING.search(text)
    return text[: match.start()] if match and match.start() >= 12 else text


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
            if parts and following.folded.startswith(
                ("thuc hien ", "nham ", "chi uy ", "ban chi ")
            ):
                break  # the opening sentence under a title in capitals ("Thực hiện …")
            if heading_level(following.text) is not None or _DATE.search(following.text):
                break
            parts.append(_before_opening(following.text))
            if not is_caps(following.text):
                break
        plan.title = " ".join(parts)
        break
    year = re.search(r"năm\s+(\d{4})", plan.title, re.IGNORECASE)
    if year:
        plan.year = int(year.group(1))
    elif plan.date:
        plan.year = int(plan.date[:4])
        plan.warnings.append(
            f"Tên kế hoạch không ghi năm; đã lấy năm {plan.year} theo ngày ký. Hãy kiểm tra."
        )


# First words of the document's kind and title, below the header ("KẾ HOẠCH", "NGHỊ QUYẾT" …).
_TITLE_WORDS = (
    "ke hoach", "chuong trinh", "nghi quyet", "bao cao", "de an", "thong bao", "huong dan",
)  # fmt: skip


def _below(head: list[Line], i: int) -> str:
    """The line under head[i] in its column: a scan read across a two-column header puts the right
    column's "ĐẢNG CỘNG SẢN VIỆT NAM" or date between a name and its wrapped end ("ĐẢNG BỘ BỘ PHẬN
    TRƯỜNG TRUNG" / "ĐẢNG CỘNG SẢN VIỆT NAM" / "CẤP VHNT")."""
    for line in head[i + 1 : i + 3]:
        if line.folded.startswith("dang cong san") or (
            _DATE.search(line.text) and len(line.text) < 60
        ):
            continue
        return line.text
    return ""


def _header_committee(head: list[Line]) -> tuple[str, Mention] | None:
    """The committee the header names: of the committee lines above the cell's line (a header
    may name the province's or district's committee too, "ĐẢNG BỘ HUYỆN …" / "ĐẢNG BỘ XÃ …" /
    "CHI BỘ …"), the last, the cell's own superior; None when the header names none."""
    found: tuple[str, Mention] | None = None
    for i, line in enumerate(head):
        folded = " ".join(line.folded.split())
        if folded.startswith(_TITLE_WORDS) or re.match(r"^(?:chi bo|cb)\b", folded):
            break  # the title, or the cell's own line: the committees above it are read
        following = _below(head, i)
        mentions = committee_mentions(line.text, 3, following)
        if mentions and (mentions[0][1].caps or folded.startswith("dang ")):
            found = mentions[0]
    return found


def _committee_name(lines: list[Line], head: list[Line]) -> str:
    """The superior committee: the header's "ĐẢNG BỘ XÃ …" (or, without one, the one the plan
    names most, in its opening, its body or its recipients), written as the text writes the same
    name in mixed case, else cased by names.case_name; the header says whether it is the "Đảng
    bộ" or the "Đảng ủy", elsewhere the text as it writes it."""
    texts = [t for line in lines for t in _texts(line)]
    in_head: list[tuple[str, Mention]] = []
    for i, line in enumerate(head):
        following = _below(head, i)
        in_head += committee_mentions(line.text, 3, following)
    heading = _header_committee(head)
    found = in_head + [m for t in texts for m in committee_mentions(t, 1)]
    if not found:
        return ""
    kind, chosen = heading or max(
        found, key=lambda km: (sum(m.weight for _, m in found if m.key == km[1].key), km[1].weight)
    )
    same = [(k, m) for k, m in found if m.key == chosen.key and not m.caps]
    if same:
        counts = Counter(" ".join(m.words) for _, m in same)
        written_kind, written = max(
            same, key=lambda km: (not km[1].abbreviated, counts[" ".join(km[1].words)])
        )
        # As the text writes it, the noun of a unit small ("phường Thạch Bàn") unless a number
        # names the unit ("Đảng ủy Phường 6").
        numbered = len(written.words) > 1 and written.words[1][:1].isdigit()
        words = list(written.words) if numbered else committee_words(written.words)
        kind = kind if heading else written_kind
    else:
        # Written only in capitals: cased as names of organisations are, an initialism of its
        # fields spelled out (its full name; "TRƯỜNG TRUNG CẤP VHNT").
        words = committee_words(as_the_text_writes(spell_fields(case_name(chosen.words)), texts))
    return f"{kind} {' '.join(words)}"


def _cell_found(lines: list[Line], head: list[Line], body: int, committee: bool) -> list[Mention]:
    """The mentions of the cell ("Chi bộ …"), or of its committee ("Chi ủy …"), in the header,
    the title, the opening, the body and the signature."""
    found: list[Mention] = []
    zone, weight = "header", 4
    for i, line in enumerate(head):
        if zone == "header" and line.folded.startswith(_TITLE_WORDS):
            zone, weight = "title", 3
        elif zone == "title" and not is_caps(line.text) and head[i - 1].folded != "ke hoach":
            zone, weight = "opening", 2
        following = _below(head, i)
        basis, own = _basis_split(line.text)
        for m in cell_mentions(basis, weight, "", zone, committee=committee):
            m.quoted = True
            found.append(m)
        found += cell_mentions(own, weight, following, zone, committee=committee)
    start = max(body, len(lines) - 25)
    for line in lines[min(body, 40) : start]:
        for text in _texts(line):
            found += cell_mentions(text, 1, zone="body", committee=committee)
    tail = _cell_lines(lines[start:])
    for i, line in enumerate(tail):
        signed = re.match(r"^(?:T\s*/\s*M|TM)\.?\s", line.text)
        following = _signature_below(tail, i) if signed else ""
        found += cell_mentions(
            line.text,
            3 if signed else 1,
            following,
            "signature" if signed else "body",
            committee=committee,
        )
    return found


# The cell's own clause after a legal basis on its line: "Căn cứ …, Chi ủy Chi bộ … lên kế hoạch".
_OWN_CLAUSE = re.compile(r"[,;]\s+(?=(?:Chi ủy|Chi uỷ|Chi bộ|Ban Chi|Ban chi|Ban chấp hành)\s)")


def _basis_split(text: str) -> tuple[str, str]:
    """A line that begins with a legal basis ("Căn cứ Quyết định … thành lập Chi bộ …") quotes
    another document's title; the clause after it in which the cell speaks is its own."""
    if not fold(text).startswith("can cu"):
        return "", text
    clauses = list(_OWN_CLAUSE.finditer(text))
    if not clauses:
        return text, ""
    return text[: clauses[-1].start()], text[clauses[-1].end() :]


def _cell_name(lines: list[Line], head: list[Line], body: int, committee: str = "") -> str:
    """Every mention of the cell, weighed by where it stands, reconciled (see names.py). A plan
    that never writes "Chi bộ …" with a name may still name its committee ("Chi ủy thôn Tân
    Yên xây dựng …", "T/M CHI ỦY THÔN TÂN YÊN"): the committee of a cell bears its name."""
    found = _cell_found(lines, head, body, committee=False) or _cell_found(
        lines, head, body, committee=True
    )
    found = [_without_place(m, committee) for m in found]
    chosen = best(found)
    if chosen is None:
        return ""
    words = list(chosen.words)
    if chosen.caps:
        texts = [t for line in lines for t in _texts(line)]
        words = as_the_text_writes(case_name(words), texts)
    elif words[0] == "trường" and not any(m.caps and m.key == chosen.key for m in found):
        # Two conventions meet here. A plan that also heads itself in capitals ("CHI BỘ TRƯỜNG
        # THCS BÌNH HÀN") and writes "Chi bộ trường THCS Bình Hàn" in its sentences is taken as its
        # sentences write it (the corpus's rule: the name as the running text writes it); a plan
        # that names itself only in a sentence gets a school's kind capitalised, by the rule
        # names.case_name cites ("Chi bộ Trường Mầm non Hoa Mai", the seeds' truth).
        words[0] = "Trường"
    return "Chi bộ " + " ".join(words)


_UNIT_NOUNS = ("xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "thanh pho", "tinh")


def _without_place(mention: Mention, committee: str) -> Mention:
    """A cell's name followed by a dash and the proper name of the commune or ward whose committee
    the plan names ("Chi bộ số 12 - Xuân La" under "Đảng bộ phường Xuân La") says where the cell
    is: the name ends before the dash."""
    place = fold(committee).split()[2:]
    for size in (2, 1):
        if " ".join(place[:size]) in _UNIT_NOUNS:
            place = place[size:]
            break
    else:
        return mention
    words = mention.words
    for k, word in enumerate(words[1:], start=1):
        if word in ("-", "–", "—") and [fold(w) for w in words[k + 1 :]] == place:
            return Mention(words[:k], mention.weight, mention.caps, mention.zone, mention.quoted)
    return mention


def _signature_below(tail: list[Line], i: int) -> str:
    """The line under the signature's "T/M CHI BỘ …" in its column: the next line, or the line
    after it when the next is the recipients' column beside it (a scan read across the two
    columns: "Nơi nhận: … T/M CHI BỘ TRƯỜNG MẦM NON" / "- Đảng ủy xã … HOA SEN")."""
    near = tail[i + 1 : i + 3]
    for line in near:
        if is_caps(line.text) and not line.bullet:
            return line.text
    return near[0].text if near else ""


def _texts(line: Line) -> list[str]:
    if not line.is_table:
        return [line.text]
    return [part for row in line.rows for cell in row for part in cell.split("\n") if part.strip()]


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
