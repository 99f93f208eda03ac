"""From a read document to a ParsedPlan: identity, kind, topics or targets, warnings."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter

from chibo.lib.vietnamese import fold, roman

from . import prose, shapes
from .decoys import real_topics, without_decoys
from .header import opens_body, read_header
from .people import name_from_plan, parse_people
from .reader import ReadResult
from .schema import ParsedPlan, ParsedTopic
from .structure import (
    cell_line_tables,
    complete,
    references,
    schedule_moves,
    structure_mentions,
    tab_tables,
)
from .targets import targets_in
from .text import Line, heading_level, is_caps, lines_of
from .times import flag_months_outside, inferred_quarter, quarter_of_month, quarters_by_order
from .topics import apart_people, mentions_in, merge

logger = logging.getLogger(__name__)


def parse_plan(read: ReadResult) -> ParsedPlan:
    plan = ParsedPlan(warnings=list(read.warnings))
    lines = lines_of(read)
    body = read_header(lines, plan)
    sections = _sections(lines)
    end = _web_footer(lines, body)
    kept = [*range(body), *_without_signature(range(body, end), lines)]
    lines, sections = [lines[i] for i in kept], [sections[i] for i in kept]
    lines = [_this_cells_rows(line, plan.cell_name) for line in lines]
    # A table of cards ('QUÝ 1 – THÁNG 2' over a topic and its presenter in each cell), in the
    # body, is read as the paragraphs it shows.
    cards = [shapes.time_cards(line) if i >= body else [line] for i, line in enumerate(lines)]
    sections = [section for parts, section in zip(cards, sections, strict=True) for _ in parts]
    lines = [part for parts in cards for part in parts]
    if read.source == "scan":
        lines = [_run_together(line) for line in lines]
    as_read = lines  # the targets' reader takes the tables as read
    lines = [shapes.time_group_columns(line) for line in lines]  # '6 tháng đầu năm' | '6 tháng …'
    lines = [shapes.header_over_band(line) for line in lines]  # 'THÁNG 4/2024' across, on top
    lines = [shapes.title_rows(line) for line in lines]  # a title merged across over its fields
    lines = [shapes.sub_heading_row(line) for line in lines]  # 'Thời gian' over 'Quý' | 'Tháng'
    lines = [shapes.label_rows(line) for line in lines]  # a row a field: 'Chuyên đề' | 'Thời gian'
    lines = [shapes.topic_rows(line) for line in lines]  # topics among a table's other work
    thematic_title = "chuyen de" in fold(plan.title) or _thematic_subject(lines[:body])
    # Paragraphs aligned in columns by tabs are read as the table they show.
    start = _topics_start(lines, body)
    body_lines, body_sections = tab_tables(lines[start:], sections[start:])
    # A web table pasted as text, one cell per line, is read as the table it was.
    body_lines, body_sections = cell_line_tables(body_lines, body_sections)
    # A title over labelled lines of its time and people ('Thời gian: …', 'Phụ trách: …').
    body_lines = shapes.titles_over_fields(body_lines, body_sections, thematic_title)
    # Regular meetings, last year's topics, guests and a cell's points are no topics or people.
    body_lines, body_sections = without_decoys(body_lines, body_sections, plan.year)
    topics = merge(mentions_in(body_lines, body_sections, thematic=thematic_title))
    topics = real_topics(_by_structure(topics, body_lines, body_sections, thematic_title))
    topics = _without_shells(topics)  # '1. Chuyên đề 1 (Quý I):' over its quoted title
    # '… 4 chuyên đề: quý I chuyên đề về “…”; …', in the body or, in an article told in the
    # third person (no body the header's reader can find), anywhere.
    # The sentence that opens the body may be what leads them in ('… vào các tháng sau:').
    opening = [lines[start - 1]] if 0 < start <= len(lines) else []
    topics = prose.more_told(topics, [*opening, *body_lines] if body < len(lines) else lines)
    about = thematic_title or any("chuyen de" in line.folded for line in lines)
    topics = topics or prose.time_items(body_lines, about)  # '1/ Tháng 3 (quý 1):' over a title
    shapes.bracketed_times(topics)  # '… (Thực hiện trong tháng 3/2020)'
    flag_months_outside(topics)  # 'Quý III (tháng 10)', whichever reader set the two
    if read.source == "scan":
        _scanned_quarters(topics)
    quarters_by_order(topics)  # Quý I · (no time) · Quý III: the untimed one is Quý II, marked
    _name_offices(topics, lines)
    targets = targets_in(as_read[body:], sentences=_sets_targets(plan))
    plan.kind = "thematic" if thematic_title or (topics and not targets) else "activity"
    if plan.kind == "thematic":
        plan.topics = topics
        _common_form(lines[body:], plan)
        _check_topics(plan)
        plan.targets = targets  # a thematic plan may set targets of its own
    else:
        plan.targets = targets
        plan.topics = topics
        _check_activity(plan, lines)
    if not plan.cell_name:
        plan.warnings.append("Không tìm thấy tên chi bộ trong văn bản; hãy chọn chi bộ khi lưu.")
    return plan


def _without_shells(topics: list[ParsedTopic]) -> list[ParsedTopic]:
    """A numbered heading that only names its quarter ('1. Chuyên đề 1 (Quý I):') read as a topic
    of its own, with no title, month or people, right over the topic it heads (its quoted title
    on the next line): the heading gives that topic its quarter and number and is dropped."""
    kept: list[ParsedTopic] = []
    for index, topic in enumerate(topics):
        after = topics[index + 1] if index + 1 < len(topics) else None
        shell = not (topic.title or topic.content or topic.presenters or topic.month)
        heads = after is not None and after.title and after.number is None
        if shell and heads and after and after.quarter in (None, topic.quarter):
            after.quarter = after.quarter or topic.quarter
            after.number = topic.number
            continue
        kept.append(topic)
    return kept


# The kind of a document other than a plan ("THÔNG BÁO", "CHƯƠNG TRÌNH", "NGHỊ QUYẾT"), on a line
# of its own above its subject ("Lịch sinh hoạt chuyên đề năm 2016").
_KIND_LINE = re.compile(r"^(?:thong bao|chuong trinh(?: cong tac| hanh dong)?|lich|ke hoach)$")


_KIND_TITLE = re.compile(r"^\W*(?:thong bao|chuong trinh|lich)\b.{0,40}\bsinh hoat chuyen de\b")


def _thematic_subject(head: list[Line]) -> bool:
    """Does the document's subject, the line under its kind, say it is about the topics
    ('THÔNG BÁO' / 'Phân công chuẩn bị sinh hoạt chuyên đề năm 2023')? A plan's title is
    read by header.py; a notice's or a programme's subject only here."""
    for i, line in enumerate(head[:-1]):
        folded = " ".join(line.folded.split()).strip(" .:")
        if not line.is_table and is_caps(line.text) and _KIND_TITLE.match(folded):
            return True  # "THÔNG BÁO LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM 2025" on one line
        if line.is_table or not _KIND_LINE.match(folded):
            continue
        subject = head[i + 1]
        return (
            not subject.is_table
            and len(subject.text.split()) <= 16
            and "chuyen de" in subject.folded
            and not subject.folded.startswith(("can cu", "thuc hien", "nham"))
        )
    return False


def _topics_start(lines: list[Line], body: int) -> int:
    """Where the topics may begin: the body, or, when the header's reader took a list of
    assignments for the opening ('1. Đồng chí A – Bí thư:' ending with a colon), right after the
    sentence that opens the body ('… như sau:')."""
    for i in range(body):
        line = lines[i]
        if opens_body(line):
            skipped = lines[i + 1 : body]
            if any(not s.is_table and _PERSON_HEAD.match(s.text) for s in skipped):
                return i + 1
            # '… như sau:' then the table of topics, then a note ending '… thông báo cụ thể.'
            # that the header's reader took for the opening: the table is the body's.
            if (
                line.text.rstrip().endswith(":")
                and any(s.is_table and len(s.rows) >= 3 for s in skipped)
                and not any(not s.is_table and s.folded.startswith("can cu") for s in skipped)
            ):
                return i + 1
            return body
    return body


_PERSON_HEAD = re.compile(r"^\d{1,2}\s*[.)]\s*(?:đồng chí|đ\s*/\s*c)\s+\S.*:$", re.IGNORECASE)


# A web page's list of other posts under the plan it shows ("Các tin khác", "Tin liên quan").
_OTHER_POSTS = re.compile(
    r"^(?:cac |nhung )?(?:tin|bai viet|bai|thong bao)(?: khac| lien quan| cung chuyen muc)\b"
    r"|^xem them\b"
)


def _web_footer(lines: list[Line], body: int) -> int:
    """Where the plan a web page shows ends: at its list of other posts, whose headlines
    ('Sinh hoạt chuyên đề quý II/2025: Tên (20/05/2025)') are no topics of this plan."""
    for i in range(body, len(lines)):
        line = lines[i]
        if (
            not line.is_table
            and len(line.text) < 40
            and _OTHER_POSTS.match(line.folded.strip(" :."))
        ):
            return i
    return len(lines)


def _by_structure(
    topics: list[ParsedTopic], lines: list[Line], sections: list[str], thematic: bool
) -> list[ParsedTopic]:
    """The topics completed by the plan's structure (structure.py). That reader only adds to
    what the labelled lines gave: should it fail on a shape nobody foresaw, those stay."""
    try:
        topics = complete(list(topics), structure_mentions(lines, sections, thematic))
        references(topics, lines)
        schedule_moves(topics, lines)
        topics = [t for t in topics if not _REGULAR_MEETING.search(t.title)]
    except Exception:  # noqa: BLE001 - an unforeseen shape must not cost the whole import
        logger.exception("Plan parser: the structure reader failed; labelled topics kept")
    return topics


# "Tổng kết năm học (sinh hoạt thường kỳ)": a row that says it is the regular meeting, in a
# table of topics, is no topic.
_REGULAR_MEETING = re.compile(
    r"\([^()]*\bsinh\s+hoạt\s+(?:chi\s+bộ\s+)?(?:thường|định)\s+kỳ\b[^()]*\)\s*$", re.IGNORECASE
)


# (quarter read, quarter written) when strokes of the roman numeral were lost: I for II, III or
# IV, II for III.
_STROKES_LOST = {(1, 2), (1, 3), (1, 4), (2, 3)}


def _this_cells_rows(line: Line, cell: str) -> Line:
    """A committee's table of topics for all its cells ('Chi bộ' | 'Thời gian' | 'Nội dung'),
    sent to one of them: only the rows of the cell the plan is for are its topics. Rows of a
    column that names several cells are kept when they name this one (or no cell), without that
    column."""
    if not line.is_table or not cell or len(line.rows) < 3:
        return line
    want = fold(cell)
    for column in range(len(line.rows[0])):
        values = [fold(row[column]).strip() if column < len(row) else "" for row in line.rows[1:]]
        named = [v for v in values if v.startswith("chi bo ")]
        if len(set(named)) < 2 or len(named) < len(values) // 2 or want not in named:
            continue
        rows = [line.rows[0]] + [
            row for row, value in zip(line.rows[1:], values, strict=True)
            if not value.startswith("chi bo ") or value == want
        ]  # fmt: skip
        # The cell's column then says nothing more (and is no title): it goes.
        rows = [row[:column] + row[column + 1 :] for row in rows]
        return dataclasses.replace(line, rows=rows)
    return line


def _run_together(line: Line) -> Line:
    """A scan's table whose grid lost the rules between some rows: the cell of those rows holds
    their texts run together, repeated in each of them. A cell of people so repeated that names
    someone twice is such a cell ('A (…) B (…) C (…) C (…) D (…)' over three rows): whose the
    people are is lost, so the rows get none from it (the plan's check asks for them)."""
    if not line.is_table or len(line.rows) < 3:
        return line
    written = line.rows
    rows = [list(row) for row in written]
    for n in range(2, len(written)):
        for j, cell in enumerate(written[n]):
            if not cell.strip() or j >= len(written[n - 1]) or written[n - 1][j] != cell:
                continue
            names = [fold(p.name) for p in parse_people(apart_people(cell)) if p.name]
            if len(names) > len(set(names)):
                rows[n - 1][j] = rows[n][j] = ""
    return dataclasses.replace(line, rows=rows)


def _name_offices(topics: list[ParsedTopic], lines: list[Line]) -> None:
    """Preparers the plan gives only by office ("đ/c Phó Bí thư Chi bộ chuẩn bị") or by their
    given name ("đ/c Hường") are named from what it writes elsewhere (people.name_from_plan)."""
    name_from_plan(topics, lines)


def _scanned_quarters(topics: list[ParsedTopic]) -> None:
    """On a scan a roman quarter loses strokes ('Q.II' read 'Q.I', 'IV' read 'V'), a month in
    digits does not: where the two disagree, the month's quarter is the one written. A lost
    stroke leaves two topics claiming one quarter and another quarter with none; a topic
    whose quarter no other topic claims, while another topic is held in its month's quarter
    ('Quý II (tháng 7)' between 'Quý I' and 'Quý III (tháng 9)'), wrote the conflict itself:
    it is kept as written and flagged."""
    read = Counter(topic.quarter for topic in topics)
    for topic in topics:
        if topic.month is None or topic.quarter is None:
            continue
        by_month = quarter_of_month(topic.month)
        if (topic.quarter, by_month) not in _STROKES_LOST:
            continue  # a quarter no lost stroke explains is kept as written
        if read[topic.quarter] == 1 and read[by_month] > 0:
            continue  # its quarter is its own and the month's is another's: as written
        topic.quarter = by_month
        topic.alternatives.pop("quarter", None)
        topic.conflicts = [c for c in topic.conflicts if "không thuộc Quý" not in c]


def _sets_targets(plan: ParsedPlan) -> bool:
    """Is the document of a kind that sets the year's targets (an activity plan, a work programme,
    a resolution on the year's tasks), so that a sentence striving for a measure outside a section
    of targets is read as one? A thematic plan's sentences are not."""
    title = fold(plan.title)
    if "chuyen de" in title:
        return False
    kinds = ("hoat dong", "cong tac", "nhiem vu", "phuong huong", "nghi quyet")
    return plan.type_code.upper() in ("NQ", "CTR") or any(kind in title for kind in kinds)


_SIGN_FOR = re.compile(r"^(?:t\.?/?\s?m|k\.?/?\s?t)\.?\s+(?:chi bo|chi uy|dang uy|ban |bi thu)")
_SIGN_ROLE = re.compile(
    r"^(?:pho )?bi thu$|^chi uy vien$|^\(?(?:da ky|ky,? ghi ro ho ten|ky ten)[^)]*\)?$"
)

_ANNEX = re.compile(r"^(?:phu luc|kem theo|danh sach|lich )")


def _without_signature(indexes: range, lines: list[Line]) -> list[int]:
    """The body's lines less the signature block ('T/M CHI BỘ', 'BÍ THƯ', the signer's name):
    the signer is not a presenter of the last topic above it."""
    kept: list[int] = []
    skipping = 0  # lines of the block still to look at
    for i in indexes:
        line = lines[i]
        folded = " ".join(line.folded.split()).strip(" .:")
        if not line.is_table and _SIGN_FOR.match(folded):
            skipping = 4
            continue
        if skipping and not line.is_table and _ANNEX.match(folded):
            skipping = 0  # 'PHỤ LỤC' after the signature opens the annex, it is no signer
        if skipping and not line.is_table:
            skipping -= 1
            words = line.text.split()
            if not folded or _SIGN_ROLE.match(folded):
                continue
            skipping = 0  # the block ends at the signer's name, or at any other line
            if 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words):
                continue
        kept.append(i)
    return kept


def _sections(lines: list[Line]) -> list[str]:
    """For each line, the roman-numeral section it belongs to ('III. TỔ CHỨC THỰC HIỆN')."""
    current = ""
    out: list[str] = []
    for line in lines:
        if not line.is_table and heading_level(line.text) in (0, 1):
            current = line.text
        out.append(current)
    return out


def _common_form(lines: list[Line], plan: ParsedPlan) -> None:
    """'Hình thức chung: …' written once for every topic."""
    for line in lines:
        match = re.match(r"^hình thức(?: sinh hoạt)? chung\s*:\s*(.+)$", line.text, re.IGNORECASE)
        if match:
            for topic in plan.topics:
                topic.form = topic.form or match.group(1).strip(" .;")
            return


def _check_topics(plan: ParsedPlan) -> None:
    if not plan.topics:
        plan.warnings.append(
            "Không tìm thấy chuyên đề nào trong kế hoạch; hãy nhập các chuyên đề bằng tay."
        )
        return
    for number, topic in enumerate(plan.topics, start=1):
        name = f"Chuyên đề {number}" + (f" “{topic.title[:60]}”" if topic.title else "")
        if not topic.title:
            plan.warnings.append(f"{name} chưa có tên (chủ đề).")
        if topic.quarter is None:
            plan.warnings.append(f"{name} chưa ghi quý hay tháng tổ chức.")
        elif "quarter" in topic.inferred:
            plan.warnings.append(
                f"{name} không ghi thời gian; "
                + inferred_quarter(topic.quarter, topic.inferred["quarter"])
            )
        if not topic.presenters:
            plan.warnings.append(f"{name} chưa ghi người thực hiện.")
        plan.warnings.extend(f"{name}: {conflict}" for conflict in topic.conflicts)
    missing = [q for q in (1, 2, 3, 4) if q not in {t.quarter for t in plan.topics}]
    if missing and len(missing) < 4:
        plan.warnings.append(
            "Kế hoạch chưa có chuyên đề cho "
            + ", ".join(f"Quý {roman(q)}" for q in missing)
            + " (mỗi quý sinh hoạt chuyên đề ít nhất một lần)."
        )


def _check_activity(plan: ParsedPlan, lines: list[Line]) -> None:
    if not plan.targets:
        plan.warnings.append("Không tìm thấy mục chỉ tiêu nào trong kế hoạch.")
    mentioned = next(
        (
            line.text
            for line in lines
            if "sinh hoat chuyen de" in line.folded and "moi quy" in line.folded
        ),
        "",
    )
    if mentioned and not plan.topics:
        plan.warnings.append(
            "Kế hoạch có nêu việc sinh hoạt chuyên đề (“"
            + mentioned[:120]
            + "”) nhưng không liệt kê chuyên đề cụ thể; hãy lập kế hoạch sinh hoạt chuyên đề riêng."
        )
