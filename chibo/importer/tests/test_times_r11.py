"""Ways plans write the time of a topic, read in round 11 (issue 17): months of one quarter listed
or spanned ('tháng 4, 5, 6', 'Tháng 7 - 9/2025'), a weekday before a date, 'th.3'; a quarter
heading met right after a topic's time field; bare numerals under a two-row header ('Thời gian'
over 'Quý' | 'Tháng'); a quarter written over a month outside it (kept and flagged); a line of
the schedule saying which month holds a quarter's topic; and the one reader of moved meetings
(moves.py). Each with a near miss. Every text is made up here, as plans type them.
"""

from __future__ import annotations

import pytest

from chibo.importer.moves import find_move, moved_month, moving_note
from chibo.importer.tests.builders import docx_plan, text_plan
from chibo.importer.times import column_unit, two_row_header
from chibo.importer.topics import _is_time_only, parse_time

HEAD = """\
ĐẢNG BỘ XÃ PHÚ LỘC
CHI BỘ THÔN TÂY
Số 05-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lộc, ngày 08 tháng 01 năm 2025
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
Chi bộ thôn Tây xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:
"""


def _plan(text: str):
    return text_plan(HEAD + text)


def _docx_plan(blocks: list[str | list[list[str]]]):
    return docx_plan([*HEAD.splitlines(), *blocks])


def _times(plan) -> list[tuple[int | None, int | None]]:
    return [(t.quarter, t.month) for t in plan.topics]


@pytest.mark.parametrize(
    ("text", "quarters", "months"),
    [
        ("tháng 4, 5, 6", [2], []),
        ("tháng 4,5 và 6/2025", [2], []),
        ("Tháng 7 - 9/2025", [3], []),
        ("tháng 10 – 12", [4], []),
        ("từ tháng 4 đến tháng 6", [2], []),
        ("T4 – T6", [2], []),
        ("Quý I (tháng 1, 2, 3)", [1], []),
        ("th.3", [], [3]),
        ("Thứ Sáu, ngày 13/5/2022", [], [5]),
        ("Tháng 7 hoặc tháng 8", [3], []),
        ("Tháng 10/2025 (lùi từ tháng 9)", [], [10]),  # the month it was moved from goes
        # near misses: months of two quarters (round 12: a span across a quarter's edge
        # leaves the time open; round 13: so does a list of them), a count after the month
        ("tháng 3 – 4/2025", [], []),
        ("tháng 12, tháng 1", [], []),
    ],
)
def test_months_of_one_quarter_are_that_quarter(text, quarters, months):
    time = parse_time(text)
    assert (time.quarters, time.months) == (quarters, months)
    assert _is_time_only(text)


def test_a_month_followed_by_a_count_is_no_list():
    assert parse_time("tháng 3, 4 đảng viên dự").months == [3]
    assert not _is_time_only("tháng 3, 4 đảng viên dự")


QUARTER_HEADINGS_LISTING_MONTHS = """\
II. NỘI DUNG
I. QUÝ I (tháng 1, 2, 3)
1. Tháng 2: Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn.
Người thực hiện: đ/c Đỗ Văn Khải – Bí thư Chi bộ.
II. QUÝ II (tháng 4, 5, 6)
1. Tháng 5: Giữ gìn vệ sinh môi trường, phân loại rác tại hộ.
Người thực hiện: đ/c Mai Thị Hạnh – Chi hội trưởng Phụ nữ.
III. QUÝ III (tháng 7, 8, 9)
1. Tháng Mười: Phòng, chống lụt bão, giữ an toàn đê điều trong mùa mưa.
Người thực hiện: đ/c Trần Văn Long – Trưởng thôn.
IV. QUÝ IV (tháng 10, 11, 12)
1. Tháng 12: Kiểm điểm việc học tập và làm theo Bác của đảng viên trong năm.
Người thực hiện: đ/c Đỗ Văn Khải.
"""


def test_quarter_headings_listing_their_months_give_the_quarter():
    plan = _plan(QUARTER_HEADINGS_LISTING_MONTHS)
    # the third topic's month lies outside its heading's quarter: kept and flagged
    assert _times(plan) == [(1, 2), (2, 5), (3, 10), (4, 12)]
    assert any("không thuộc Quý III" in c for c in plan.topics[2].conflicts)


QUARTER_HEADING_AFTER_TIME_FIELD = """\
II. NỘI DUNG, THỜI GIAN
QUÝ IV/2024
Chuyên đề 1: Đảng viên gương mẫu chấp hành quy định về trật tự an toàn giao thông
   Người thực hiện: đ/c Trần Văn Long
   Thời gian: tháng 11/2024
QUÝ I/2025
Chuyên đề 2: Học tập và làm theo Bác về tiết kiệm, chống lãng phí
   Người thực hiện: đ/c Mai Thị Hạnh
   Thời gian: tháng 01/2025 (trước Tết)
Chuyên đề 3: Đảng viên tham gia giữ gìn an ninh trật tự ở thôn dịp Tết
   Người thực hiện: đ/c Đỗ Văn Khải
   Thời gian: tháng 4/2025
QUÝ II/2025
Chuyên đề 4: Tổng kết năm, phương hướng nhiệm vụ năm tới của chi bộ
   Người thực hiện: đ/c Đỗ Văn Khải
   Thời gian: cuối tháng 5/2025
III. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc việc chuẩn bị.
"""


def test_a_quarter_heading_after_a_time_field_heads_the_next_topics():
    plan = _plan(QUARTER_HEADING_AFTER_TIME_FIELD)
    assert _times(plan) == [(4, 11), (1, 1), (1, 4), (2, 5)]


QUARTER_CONTINUING_THE_FIELD = """\
II. NỘI DUNG
Chuyên đề 1: Đảng viên gương mẫu chấp hành quy định về trật tự an toàn giao thông
   Người thực hiện: đ/c Trần Văn Long
   Thời gian: tháng 3
   (Quý I)
Chuyên đề 2: Học tập và làm theo Bác về tiết kiệm, chống lãng phí
   Người thực hiện: đ/c Mai Thị Hạnh
   Thời gian:
   Quý II
"""


def test_a_time_continuing_its_field_stays_the_topics():
    assert _times(_plan(QUARTER_CONTINUING_THE_FIELD)) == [(1, 3), (2, None)]


def test_two_row_header_units_read_over_bare_numerals():
    plan = _docx_plan(
        [
            "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG",
            [
                ["STT", "Thời gian – Quý", "Thời gian – Tháng", "Nội dung – Chuyên đề",
                 "Người thực hiện"],
                ["1", "I", "2", "Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn",
                 "Ông Đỗ Văn Khải – Bí thư Chi bộ"],
                ["2", "II", "5", "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ",
                 "Bà Mai Thị Hạnh – Chi hội trưởng Phụ nữ"],
                ["3", "III.", "08", "Phòng, chống lụt bão, giữ an toàn đê điều trong mùa mưa",
                 "Ông Trần Văn Long – Trưởng thôn"],
            ],
        ]
    )  # fmt: skip
    assert _times(plan) == [(1, 2), (2, 5), (3, 8)]


def test_column_unit():
    assert column_unit("Thời gian – Quý") == "quy"
    assert column_unit("Thời gian\nTháng") == "thang"
    assert column_unit("Quý") == "quy"
    assert column_unit("Quý/Tháng") is None  # near miss: both units, no bare numeral read
    assert column_unit("Thời gian") is None


QUARTER_OVER_A_MONTH_OUTSIDE_IT = """\
II. NỘI DUNG VÀ PHÂN CÔNG
CHUYÊN ĐỀ QUÝ I/2025
  Tên chuyên đề: Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn
  Thời gian: kỳ sinh hoạt tháng 3/2025
  Trình bày: đ/c Đỗ Văn Khải
CHUYÊN ĐỀ QUÝ III/2025
  Tên chuyên đề: Phòng, chống lụt bão, giữ an toàn đê điều trong mùa mưa
  Thời gian: kỳ sinh hoạt tháng 10/2025
  Trình bày: đ/c Trần Văn Long
"""


def test_a_quarter_written_over_a_month_outside_it_is_kept_and_flagged():
    plan = _plan(QUARTER_OVER_A_MONTH_OUTSIDE_IT)
    assert _times(plan) == [(1, 3), (3, 10)]
    assert any("Tháng 10 không thuộc Quý III" in c for c in plan.topics[1].conflicts)


SCHEDULE_HOLDING_QUARTERS = """\
II. CÁC CHUYÊN ĐỀ
1. Chuyên đề quý I: “Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn”. Đồng chí Đỗ Văn Khải chuẩn bị.
2. Chuyên đề quý II: “Giữ gìn vệ sinh môi trường, phân loại rác tại hộ”. Đồng chí Mai Thị Hạnh chuẩn bị.
3. Chuyên đề quý III: “Phòng, chống lụt bão, giữ an toàn đê điều”. Đồng chí Trần Văn Long chuẩn bị.
III. LỊCH SINH HOẠT
- Ngày 20/3/2025: sinh hoạt thường kỳ tháng 3, kết hợp sinh hoạt chuyên đề quý I
- Ngày 20/4/2025: sinh hoạt thường kỳ tháng 4; chuẩn bị mùa vụ
- Ngày 20/6/2025: sinh hoạt thường kỳ tháng 6, kết hợp sinh hoạt chuyên đề quý II; sơ kết 6 tháng
- Tháng 7 hoặc tháng 8: sinh hoạt chuyên đề quý III
"""


def test_a_schedule_line_gives_a_quarters_topic_its_month():
    # near miss: the third line names two months, the topic keeps its quarter alone
    assert _times(_plan(SCHEDULE_HOLDING_QUARTERS)) == [(1, 3), (2, 6), (3, None)]


@pytest.mark.parametrize(
    ("text", "what", "to"),
    [
        ("lùi sang quý 3 do trẻ nghỉ học", "", "quý 3 do trẻ nghỉ học"),
        ("Chi ủy thống nhất lùi chuyên đề quý II sang tháng 6/2025", "chuyên đề quý II",
         "tháng 6/2025"),
        ("Do trùng lịch, chuyển sang tháng 8", "", "tháng 8"),
        ("hoãn lại đến kỳ sinh hoạt tháng 10", "lại", "kỳ sinh hoạt tháng 10"),
    ],
)  # fmt: skip
def test_find_move(text, what, to):
    move = find_move(text)
    assert move is not None and (move.what, move.to) == (what, to)


def test_no_move_in_a_conversion():
    assert find_move("Vận động hộ nghèo chuyển đổi cây trồng sang cây ăn quả") is None
    assert find_move("Chuyển giao kỹ thuật đến hộ nghèo") is None


def test_moving_note_and_moved_month():
    assert moving_note("Chi ủy thống nhất lùi chuyên đề quý II sang tháng 6/2025")
    assert not moving_note("Tên (lùi sang quý 3 do trẻ nghỉ học)")
    assert moved_month("Chuyển sang tháng 8/2025 (mùa mưa bão)") == (8, "2025")
    assert moved_month("lùi đến kỳ sinh hoạt tháng 10") == (10, None)
    assert moved_month("Chuyển sang quý IV") is None


MOVED_IN_A_BRACKET = """\
II. NỘI DUNG
Chuyên đề 1: Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn (lùi sang tháng 5 do mùa vụ)
   Người thực hiện: đ/c Đỗ Văn Khải
   Thời gian: tháng 3/2025
"""


def test_a_topic_moved_in_a_bracket_takes_its_new_time():
    plan = _plan(MOVED_IN_A_BRACKET)
    assert _times(plan)[0][1] == 5


def test_a_table_of_labelled_lines_grouped_by_quarter():
    plan = _docx_plan(
        [
            "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG",
            [
                ["Quý", "Hạng mục", "Nội dung"],
                ["Quý I", "Chuyên đề", "Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn"],
                ["Quý I", "Thời gian", "03/2025"],
                ["Quý I", "Phụ trách", "đ/c Đỗ Văn Khải – Bí thư Chi bộ"],
                ["Quý II", "Chuyên đề", "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ"],
                ["Quý II", "Thời gian", "Tuần 3 tháng 6/2025"],
                ["Quý II", "Phụ trách", "đ/c Mai Thị Hạnh – Chi hội trưởng Phụ nữ"],
                ["Quý III", "Chuyên đề", "Phòng, chống lụt bão, giữ an toàn đê điều"],
                ["Quý III", "Thời gian", "ngày 14/9/2025"],
                ["Quý III", "Phụ trách", "đ/c Trần Văn Long – Trưởng thôn"],
            ],
        ]
    )
    assert _times(plan) == [(1, 3), (2, 6), (3, 9)]
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Đỗ Văn Khải"],
        ["Mai Thị Hạnh"],
        ["Trần Văn Long"],
    ]


def test_an_anniversarys_span_of_years_is_no_time():
    plan = _plan(
        """\
II. CÁC CHUYÊN ĐỀ
1/ Th.3/2025 – Kỷ niệm 50 năm giải phóng quê hương (30/4/1975 – 30/4/2025); giáo dục truyền thống
   Đ/c: Đỗ Văn Khải – Bí thư Chi bộ chuẩn bị.
2/ th.6 – Giữ gìn vệ sinh môi trường, phân loại rác tại hộ gia đình
   Đ/c: Mai Thị Hạnh chuẩn bị.
"""
    )
    assert _times(plan) == [(1, 3), (2, 6)]
    # near miss: a span of days in one year is the meeting's time
    assert parse_time("(10/3 – 15/3/2025)").months == [3]


TIMES_BY_NUMBER = """\
II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ
1. Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn ở thôn.
2. Giữ gìn vệ sinh môi trường, phân loại rác tại hộ gia đình.
3. Phòng, chống lụt bão, giữ an toàn đê điều trong mùa mưa.
III. THỜI GIAN
Chuyên đề 1 tổ chức trong tháng 3, chuyên đề 2 vào kỳ sinh hoạt tháng 6; chuyên đề 3 (quý III) lùi vào kỳ sinh hoạt tháng 10, sau mùa mưa bão.
IV. PHÂN CÔNG
Chuyên đề 1: đ/c Đỗ Văn Khải chuẩn bị; chuyên đề 2: đ/c Mai Thị Hạnh; chuyên đề 3: đ/c Trần Văn Long.
"""


def test_times_given_by_topic_number_in_a_later_paragraph():
    plan = _plan(TIMES_BY_NUMBER)
    assert _times(plan) == [(1, 3), (2, 6), (3, 10)]
    assert any("Tháng 10 không thuộc Quý III" in c for c in plan.topics[2].conflicts)


def test_a_note_naming_its_topic_before_the_move():
    plan = _docx_plan(
        [
            "II. NỘI DUNG",
            [
                ["TT", "Nội dung chuyên đề", "Thời gian", "Người thực hiện"],
                ["1", "Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn", "Tháng 3/2025",
                 "Đ/c Đỗ Văn Khải"],
                ["2", "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ", "Tháng 4 – 5/2025",
                 "Đ/c Mai Thị Hạnh"],
                ["3", "Phòng, chống lụt bão, giữ an toàn đê điều trong mùa mưa", "Tháng 7/2025",
                 "Đ/c Trần Văn Long"],
            ],
            "Chuyên đề 3: do trùng lịch kiểm tra của Đảng ủy xã vào tháng 7/2025, Chi ủy thống "
            "nhất chuyển sang tháng 8/2025.",
        ]
    )  # fmt: skip
    # a span of two months of one quarter is the quarter, no month
    assert _times(plan) == [(1, 3), (2, None), (3, 8)]


def test_a_two_row_header_split_by_a_scan():
    rows = [
        ["TT", "Thời gian", "Chuyên đề", "Người thực hiện"],
        ["", "Quý", "Tháng", "", ""],
        ["1", "I", "3", "Tên", "đ/c A"],
    ]
    assert two_row_header(rows)[0] == [
        "TT", "Thời gian – Quý", "Thời gian – Tháng", "Chuyên đề", "Người thực hiện"
    ]  # fmt: skip
    # near miss: a second row of data is no header
    data = [["TT", "Thời gian", "Chuyên đề"], ["1", "Quý I", "Tên"], ["2", "II", "Tên"]]
    assert two_row_header(data) == data


QUARTER_AFTER_A_LOOKING_BACK_ITEM = """\
II. CHƯƠNG TRÌNH CỤ THỂ
QUÝ 2 (từ tháng 4 đến tháng 6)
1. Sinh hoạt chuyên đề tuần 1 tháng 5/2025: Phát triển kinh tế hộ, nhân rộng mô hình trồng màu. Người chuẩn bị: đ/c Mai Thị Hạnh.
2. Sơ kết 6 tháng đầu năm thực hiện nghị quyết chi bộ.
QUÝ 3 (từ tháng 7 đến tháng 9)
1. Sinh hoạt chuyên đề tuần 1 tháng 8/2025: Phòng, chống lụt bão và sạt lở bờ sông. Người chuẩn bị: đ/c Trần Văn Long.
"""


def test_a_quarter_heading_ends_an_item_that_looks_back():
    assert _times(_plan(QUARTER_AFTER_A_LOOKING_BACK_ITEM)) == [(2, 5), (3, 8)]
