"""Ways plans write the time of a topic, read in round 12 (issue 17): a quarter with a leading
zero or a spaced "Q" ("quý 03", "Q 2"), a month short with a space ("th 03-2025", "T 3"), the part
of a day before a date ("sáng 20/3"), months or quarters next to each other across a quarter's
edge ("tháng 6 – 7/2025", "Quý II – III": the plan leaves the time open, no month and no
quarter), two months each with its year, and a time cell torn by a photo's OCR. Each with a near
miss. Every text is made up here, as plans type them.
"""

from __future__ import annotations

import io

import docx
import pytest

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.topics import _is_time_only, parse_time

HEAD = """\
ĐẢNG BỘ XÃ TÂN HÒA
CHI BỘ ẤP BẮC
Số 03-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hòa, ngày 10 tháng 01 năm 2025
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
Chi bộ ấp Bắc xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:
"""


def _plan(text: str):
    return parse_plan(read_document((HEAD + text).encode("utf-8"), "kehoach.txt"))


def _docx_plan(blocks: list[str | list[list[str]]]):
    document = docx.Document()
    for line in HEAD.splitlines():
        document.add_paragraph(line)
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=0, cols=len(block[0]))
        for row in block:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    out = io.BytesIO()
    document.save(out)
    return parse_plan(read_document(out.getvalue(), "kehoach.docx"))


def _times(plan) -> list[tuple[int | None, int | None]]:
    return [(t.quarter, t.month) for t in plan.topics]


def _written(plan) -> list[tuple[int | None, int | None]]:
    """The times the file writes: a quarter inferred from the topics' order (round 14,
    times.quarters_by_order) is left out."""
    return [(None if "quarter" in t.inferred else t.quarter, t.month) for t in plan.topics]


@pytest.mark.parametrize(
    ("text", "quarters", "months"),
    [
        ("quý 03", [3], []),
        ("Quý 02/2025", [2], []),
        ("Q 2", [2], []),
        ("Q II/2025", [2], []),
        ("th 03-2025", [], [3]),
        ("Th 3", [], [3]),
        ("T 3/2025", [], [3]),
        ("sáng 20/3", [], [3]),
        ("chiều ngày 5/9/2025", [], [9]),
        ("sáng thứ Bảy 22/3", [], [3]),
        ("Q2 – ngày 20/5", [2], [5]),  # the quarter's numeral is no first day of a range
        ("Quý II – T5", [2], [5]),
        ("5/2025 (QII)", [2], [5]),
        ("Tháng 3 (Quý I)", [1], [3]),
        ("Tuần 2 tháng 3", [], [3]),
        ("đầu tháng 4", [], [4]),
        ("cuối quý III", [3], []),
        ("Tháng 07, 08/2024", [3], []),
        ("dự kiến 20/3", [], [3]),
        ("vào 20/3/2025", [], [3]),
        ("T5 ngày 20/3", [], [3]),  # "T5" is Thursday here, not May
        ("CN (23/3)", [], [3]),
        ("Qúy II", [2], []),
        ("QUY III", [3], []),
        ("Quý1", [1], []),
        ("Thang 3/2025", [], [3]),
        ("tháng 4 & 5", [2], []),
        # near misses: a day of every month is no time; "T3/2025" is March; a scale, a rule
        ("ngày 15 hằng tháng", [], []),
        ("T3/2025", [], [3]),
        ("chấm theo thang 10 điểm", [], []),
        ("quy chế 2", [], []),
    ],
)
def test_quarters_and_months_written_short(text, quarters, months):
    time = parse_time(text)
    assert (time.quarters, time.months) == (quarters, months)


def test_a_spaced_short_month_is_read_only_where_a_time_ends():
    assert parse_time("Xây dựng nhà T 3 tầng").months == []
    assert parse_time("quý 05").quarters == []  # no fifth quarter


@pytest.mark.parametrize(
    "text",
    [
        "tháng 6 – 7/2025",
        "Tháng 6 – Tháng 7/2025",
        "tháng 06 - 07/2025",
        "T6 – T7/2025",
        "tháng 3 – 4/2025",
        "Tháng 12/2024 - 01/2025",
        "tháng 6/2025 – tháng 7/2025",
        "Quý II – III",
        "Quý II–III/2025",
        "quý 2 đến quý 3",
    ],
)
def test_a_span_across_a_quarters_edge_leaves_the_time_open(text):
    time = parse_time(text)
    assert (time.quarters, time.months) == ([], [])
    assert _is_time_only(text)  # still a time cell, not a title


@pytest.mark.parametrize(
    ("text", "quarters", "months"),
    [
        # near misses: spans within one quarter are that quarter, far apart quarters are two
        ("tháng 10 – 11/2025", [4], []),
        ("Tháng 01/2025 - 03/2025", [1], []),
        ("Quý I - 2025", [1], []),
        ("Quý II - IV", [2], []),
        ("tháng 3, tháng 9", [], [3, 9]),
        ("Tháng 6, 8/2025", [], [6, 8]),  # a list of months apart names both: kept, flagged
    ],
)
def test_spans_that_say_a_time(text, quarters, months):
    time = parse_time(text)
    assert (time.quarters, time.months) == (quarters, months)


@pytest.mark.parametrize(
    ("text", "quarters", "months"),
    [
        ("Tuần 9 (31/10 – 05/11/2022)", [4], []),  # days of two months: their quarter
        ("28/6 - 3/7/2025", [], [7]),  # of two quarters: its last day's month, as before
        # near misses: days of one month are in it; three months are a quarter
        ("Tuần 15 (12 – 17/12/2022)", [], [12]),
        ("14/4 – 25/4/2025", [], [4]),
        ("Từ 01/01 đến 31/3/2021", [1], []),
    ],
)
def test_a_day_range_over_two_months_gives_no_month(text, quarters, months):
    time = parse_time(text)
    assert (time.quarters, time.months) == (quarters, months)


@pytest.mark.parametrize(
    ("text", "quarters", "months"),
    [
        ("Q1(13)", [1], [3]),
        ("Quý I. (13)", [1], [3]),
        ("Q3 (18)", [3], [8]),
        ("T8-9/2026", [3], []),
        # near misses: a month in the bracket, a number whose digit is outside the quarter
        ("Quý I (12)", [1], []),
        ("Quý II (13)", [2], []),
    ],
)
def test_a_scans_t_read_as_one_after_a_quarter(text, quarters, months):
    time = parse_time(text)
    assert (time.quarters, time.months) == (quarters, months)


def test_a_time_cell_torn_by_ocr():
    assert (parse_time("áng 3 (quý Thá 1)").quarters, parse_time("áng 3 (quý Thá 1)").months) == (
        [1],
        [3],
    )
    # near miss: "áng" as a word in a title, not opening a time
    assert parse_time("Một áng văn 3 trang").months == []


def test_a_table_of_times_written_in_unusual_forms():
    plan = _docx_plan(
        [
            "II. NỘI DUNG, THỜI GIAN",
            [
                ["TT", "Thời gian", "Chuyên đề", "Người thực hiện"],
                ["1", "quý 01 (th 02-2025)", "Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn",
                 "Đ/c Đỗ Văn Khải – Bí thư Chi bộ"],
                ["2", "Q 2 – sáng 20/5", "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ",
                 "Đ/c Mai Thị Hạnh – Chi hội trưởng Phụ nữ"],
                ["3", "tháng 6 – 7/2025", "Phòng, chống lụt bão, giữ an toàn đê điều trong mùa mưa",
                 "Đ/c Trần Văn Long – Trưởng ấp"],
                ["4", "T 11/2025", "Kiểm điểm việc học tập và làm theo Bác của đảng viên",
                 "Đ/c Đỗ Văn Khải"],
            ],
        ]
    )  # fmt: skip
    assert _written(plan) == [(1, 2), (2, 5), (None, None), (4, 11)]


FORM_NAMES_THE_MEETING = """\
II. NỘI DUNG CÁC CHUYÊN ĐỀ
1. Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng
- Thời gian: Quý I.
- Hình thức: ghép với kỳ sinh hoạt thường kỳ tháng 3, tại nhà văn hóa ấp.
- Người thực hiện: đ/c Đỗ Văn Khải – Bí thư Chi bộ.
2. Phát triển vườn cây ăn trái, giảm nghèo bền vững
- Thời gian: Quý III.
- Hình thức: sinh hoạt riêng tại vườn, ngày cụ thể Chi ủy thông báo sau.
- Người thực hiện: đ/c Mai Thị Hạnh.
"""


def test_a_form_joining_a_regular_meeting_gives_its_month():
    # near miss: a form that names no meeting's month leaves the month open
    assert _times(_plan(FORM_NAMES_THE_MEETING)) == [(1, 3), (3, None)]


ONE_PARAGRAPH_OF_QUARTERS = (
    "II. NỘI DUNG\n"
    "Mỗi quý Chi bộ sinh hoạt một chuyên đề, lồng ghép với kỳ sinh hoạt thường kỳ: "
    "Quý I: “Phát triển kinh tế hộ: cà phê, hồ tiêu xen cây ăn trái”, đ/c Đỗ Văn Khải (Bí thư "
    "Chi bộ) chuẩn bị; Quý II: “Giữ gìn vệ sinh môi trường, phân loại rác tại hộ”, đ/c Mai Thị "
    "Hạnh (Chi hội trưởng Phụ nữ) chuẩn bị; Quý III (tháng 10): “Phòng, chống lụt bão, giữ an "
    "toàn đê điều”, đ/c Trần Văn Long (Trưởng ấp) chuẩn bị; Quý IV (tháng 12): “Kiểm điểm việc "
    "học tập và làm theo Bác”, đ/c Đỗ Văn Khải chuẩn bị.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "- Chi ủy đôn đốc việc chuẩn bị.\n"
)


def test_a_month_outside_its_quarter_is_flagged_whichever_reader_set_it():
    plan = _plan(ONE_PARAGRAPH_OF_QUARTERS)
    assert _times(plan) == [(1, None), (2, None), (3, 10), (4, 12)]
    assert any("Tháng 10 không thuộc Quý III" in c for c in plan.topics[2].conflicts)
    assert not any(
        "không thuộc" in c for t in plan.topics[:2] + plan.topics[3:] for c in t.conflicts
    )


def test_a_column_of_meeting_dates_gives_the_months():
    plan = _docx_plan(
        [
            "II. NỘI DUNG VÀ PHÂN CÔNG",
            [
                ["TT", "Ngày sinh hoạt", "Nội dung chuyên đề", "Người thực hiện"],
                ["1", "22.3.2025", "Học tập và làm theo Bác về tiết kiệm, chống lãng phí",
                 "đ/c Đỗ Văn Khải – Bí thư"],
                ["2", "Thứ Năm (24/4)", "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ",
                 "đ/c Mai Thị Hạnh"],
                ["3", "ngày 15 hằng tháng", "Phòng, chống lụt bão, giữ an toàn đê điều",
                 "đ/c Trần Văn Long"],
                ["4", "sáng 20-12-2025", "Kiểm điểm việc thực hiện Nghị quyết Trung ương 4 khóa XII",
                 "đ/c Đỗ Văn Khải"],
            ],
        ]
    )  # fmt: skip
    # near miss: a day of every month is no time
    assert _written(plan) == [(1, 3), (2, 4), (None, None), (4, 12)]
