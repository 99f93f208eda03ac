"""What round 12 left, read in round 13 (issue 17): one reading of a topic held in a regular
meeting ("ghép với kỳ sinh hoạt thường kỳ tháng 4") for the labelled fields of both readers, and
further shapes of time and layout. Each with a near miss. Every text is made up here, as plans
type them.
"""

from __future__ import annotations

import pytest

from chibo.importer.tests.builders import docx_plan, text_plan
from chibo.importer.times import held_with
from chibo.importer.topics import _is_time_only, parse_time
from chibo.lib.vietnamese import fold


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("ghép với kỳ sinh hoạt thường kỳ tháng 4, trước ngày bầu cử", "tháng 4"),
        ("Lồng ghép vào kỳ sinh hoạt tháng 11", "tháng 11"),
        ("kết hợp sinh hoạt chi bộ tháng 6/2025", "tháng 6/2025"),
        # the meeting's name may run on before its time, within the clause
        ("ghép cùng buổi họp chi bộ định kỳ của tháng 9", "tháng 9"),
        ("lồng ghép trong sinh hoạt chi bộ thường lệ vào quý III", "quý III"),
    ],
)
def test_a_topic_held_in_a_regular_meeting(text, time):
    assert held_with(text) == time


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị kết hợp trực tuyến tháng 4",  # no meeting named
        "ghép với kỳ sinh hoạt thường kỳ; báo cáo tháng 4",  # the time is of another clause
        "kết hợp sinh hoạt chuyên đề với các hoạt động kỷ niệm ngày thành lập Đảng tháng 2",
    ],
)
def test_no_regular_meeting_time(text):
    assert held_with(text) is None


@pytest.mark.parametrize(
    "text", ["Tháng 6, 7/2025", "tháng 3, 4", "tháng 3 và 4/2025", "Tháng 12, 01"]
)
def test_a_list_of_months_over_a_quarters_edge_leaves_the_time_open(text):
    # as a span of them does ("tháng 6 – 7/2025"): the plan has not chosen the month
    time = parse_time(text)
    assert (time.quarters, time.months) == ([], [])
    assert _is_time_only(text)


@pytest.mark.parametrize(
    ("text", "quarters", "months"),
    [
        ("tháng 8, 9/2026", [3], []),  # a list inside one quarter is that quarter
        ("Tháng 6, 8/2025", [], [6, 8]),  # months apart: both named, kept (and flagged)
    ],
)
def test_lists_of_months_that_say_a_time(text, quarters, months):
    time = parse_time(text)
    assert (time.quarters, time.months) == (quarters, months)


SHORT_NAMED = """\
ĐẢNG BỘ XÃ TÂN HÒA
CHI BỘ TRƯỜNG TIỂU HỌC TÂN HÒA
Số 02-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hòa, ngày 12 tháng 01 năm 2024
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
II. NỘI DUNG CHUYÊN ĐỀ
1. Xây dựng văn hóa đọc trong nhà trường – đ/c Lê Văn An – Bí thư Chi bộ.
2. Ứng dụng công nghệ thông tin trong dạy học – đ/c Trần Thị Bình.
3. Thực hiện Chỉ thị số 05-CT/TW về học tập và làm theo Bác – đ/c Lê Văn An.
III. THỜI GIAN THỰC HIỆN
{times}
"""


def test_times_given_later_by_a_topics_short_name():
    plan = text_plan(
        SHORT_NAMED.format(
            times="Chuyên đề về văn hóa đọc sinh hoạt vào tháng 3/2024 (dịp 26/3); chuyên đề "
            "về công nghệ thông tin: tháng 9/2024; chuyên đề về Chỉ thị 05: tháng 11/2024."
        )
    )
    assert [(t.quarter, t.month) for t in plan.topics] == [(1, 3), (3, 9), (4, 11)]


def test_one_short_name_or_words_of_two_titles_give_no_time():
    # near misses: one topic alone named so; a short form whose words lie in two titles
    one = text_plan(SHORT_NAMED.format(times="Chuyên đề về văn hóa đọc: tháng 3/2024."))
    two = text_plan(
        SHORT_NAMED.format(
            times="Chuyên đề về dạy học: tháng 3/2024; chuyên đề về học: tháng 9/2024."
        )
    )
    assert [(t.quarter, t.month) for t in one.topics] == [(None, None)] * 3
    assert [(t.quarter, t.month) for t in two.topics] == [(None, None)] * 3


MONTHS_HEAD = [
    "ĐẢNG BỘ PHƯỜNG 5",
    "CHI BỘ TRƯỜNG MẦM NON HOA SEN",
    "Số 01-KH/CB",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Cà Mau, ngày 05 tháng 01 năm 2016",
    "KẾ HOẠCH",
    "Sinh hoạt chuyên đề năm 2016",
    "II. LỊCH SINH HOẠT CHI BỘ NĂM 2016",
    "Chi bộ sinh hoạt thường kỳ vào ngày 05 hằng tháng; nội dung từng tháng:",
]


def _month_rows(with_topics: bool) -> list[list[str]]:
    topic = " Lồng ghép sinh hoạt chuyên đề: " if with_topics else " Sinh hoạt về "
    return [
        ["Tháng", "Nội dung sinh hoạt"],
        ["Tháng 1", "Triển khai nghị quyết năm 2016; chuẩn bị Tết."],
        ["Tháng 3", f"Thi đua chào mừng 8/3.{topic}Văn hóa đọc cho trẻ (đ/c Lê Thị Hoa)."],
        ["Tháng 4", "Chuẩn bị bầu cử đại biểu Quốc hội."],
        ["Tháng 6", f"Tổng kết năm học.{topic}Trường học an toàn (đ/c Trần Văn Nam)."],
    ]


def test_topics_told_inside_the_months_regular_work():
    plan = docx_plan([*MONTHS_HEAD, _month_rows(True), "III. TỔ CHỨC THỰC HIỆN"])
    assert [(t.title, t.quarter, t.month) for t in plan.topics] == [
        ("Văn hóa đọc cho trẻ", 1, 3),
        ("Trường học an toàn", 2, 6),
    ]
    assert [p.name for t in plan.topics for p in t.presenters] == ["Lê Thị Hoa", "Trần Văn Nam"]


def test_the_months_regular_work_alone_is_no_topics():
    # near miss: the same table with no topic named in its cells stays the regular meetings'
    plan = docx_plan([*MONTHS_HEAD, _month_rows(False), "III. TỔ CHỨC THỰC HIỆN"])
    assert plan.topics == []


QUOTED_HEAD = """\
ĐẢNG BỘ PHƯỜNG TỨ LIÊN
CHI BỘ TRƯỜNG TIỂU HỌC TỨ LIÊN
Số 01-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tứ Liên, ngày 05 tháng 01 năm 2020
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2020
II. NỘI DUNG
Mỗi quý Chi bộ sinh hoạt một chuyên đề; nội dung cụ thể như sau:
Quý II – Chuyên đề (tháng 6/2020):
{title}- Nội dung chính: kết quả dạy học từ xa; củng cố kiến thức cho học sinh.
- Người thực hiện: đ/c Vũ Thị Thanh Thủy – Phó Bí thư.
III. TỔ CHỨC THỰC HIỆN
"""


def test_the_content_under_a_quoted_title_is_no_topic_of_its_own():
    plan = text_plan(QUOTED_HEAD.format(title="“Dạy học trực tuyến khi học sinh nghỉ học”\n"))
    assert [t.title for t in plan.topics] == ["Dạy học trực tuyến khi học sinh nghỉ học"]


def test_a_content_with_no_title_above_it_names_the_topic():
    # near miss: with no title in quotes above, the content's first line is the topic's title
    plan = text_plan(QUOTED_HEAD.format(title=""))
    assert any(fold(t.title).startswith("ket qua day hoc tu xa") for t in plan.topics)


ONE_PARAGRAPH = """\
ĐẢNG BỘ XÃ GLAR
CHI BỘ LÀNG KON SƠ LÁ
Số 02-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Glar, ngày 18 tháng 01 năm 2024
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
II. NỘI DUNG
Mỗi quý Chi bộ sinh hoạt một chuyên đề, lồng ghép với kỳ sinh hoạt thường kỳ: Quý I: “Trồng và \
chăm sóc cà phê tái canh”, đ/c A Phin (Bí thư Chi bộ) chuẩn bị; Quý II (tháng 5): “Giữ gìn vệ \
sinh nguồn nước của làng”, đ/c Y Ngân chuẩn bị; Quý III (tháng 8): “Dạy chữ cho thiếu nhi trong \
hè”, đ/c H'Lan chuẩn bị.
III. TỔ CHỨC THỰC HIỆN
"""


def test_a_paragraph_of_quarters_some_with_their_month_in_brackets():
    plan = text_plan(ONE_PARAGRAPH)
    assert [(t.quarter, t.month, [p.name for p in t.presenters]) for t in plan.topics] == [
        (1, None, ["A Phin"]),
        (2, 5, ["Y Ngân"]),
        (3, 8, ["H'Lan"]),
    ]


@pytest.mark.parametrize(
    ("text", "quarters", "months"),
    [
        ("T 8 - Q3", [3], [8]),
        ("T 8 – Quý III", [3], [8]),
        ("Xây dựng nhà T 3 tầng", [], []),  # near miss: no quarter after it, no time
    ],
)
def test_a_spaced_short_month_then_its_quarter(text, quarters, months):
    time = parse_time(text)
    assert (time.quarters, time.months) == (quarters, months)
