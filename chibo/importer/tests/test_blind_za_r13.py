"""What the blind plans of agency, hospital and enterprise cells showed in round 13 (issue 17):
a schedule table whose quarter I row quotes, inside a longer title, the topic another row holds in
quarter III (two meetings, not one), and tone marks an OCR lost on words those plans write
("Cổ phần", "Đầu tư", "đời sống"). Each with a near miss. Every text is made up here.
"""

from __future__ import annotations

from chibo.importer.spelling import correct_line
from chibo.importer.tests.builders import docx_plan

HEAD = [
    "ĐẢNG BỘ SỞ GIAO THÔNG VẬN TẢI",
    "CHI BỘ PHÒNG KẾ HOẠCH",
    "Số 01-KH/CB",
    "KẾ HOẠCH",
    "Sinh hoạt chuyên đề năm 2021",
    "Chi bộ Phòng Kế hoạch xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
    "II. NỘI DUNG VÀ PHÂN CÔNG",
]
HEADER = ["Quý", "Tháng", "Chuyên đề", "Đề dẫn", "Tham luận"]


def _titles(rows: list[list[str]]) -> list[tuple[str, int | None, list[str]]]:
    plan = docx_plan([*HEAD, [HEADER, *rows]])
    return [(t.title, t.quarter, [p.name for p in t.presenters]) for t in plan.topics]


def test_a_row_quoting_another_rows_topic_is_a_meeting_of_its_own():
    topics = _titles([
        ["I", "3", "Quán triệt chuyên đề năm 2021 “Tư tưởng Hồ Chí Minh về tự lực, tự cường”",
         "đ/c Lê Văn An", "đ/c Trần Thị Bình"],
        ["II", "6", "Nâng cao chất lượng công tác thẩm định dự án", "đ/c Phạm Văn Cường",
         "đ/c Lê Văn An"],
        ["III", "9", "Tư tưởng Hồ Chí Minh về tự lực, tự cường", "đ/c Lê Văn An",
         "đ/c Phạm Văn Cường"],
    ])  # fmt: skip
    assert len(topics) == 3
    assert topics[0][1] == 1 and topics[0][2] == ["Lê Văn An", "Trần Thị Bình"]
    assert (
        "Tư tưởng Hồ Chí Minh về tự lực, tự cường",
        3,
        ["Lê Văn An", "Phạm Văn Cường"],
    ) in topics


def test_near_miss_the_same_title_in_one_quarter_stays_one_topic():
    # Two rows of the same quarter, the second a short form of the first: one meeting.
    topics = _titles([
        ["I", "3", "Tư tưởng Hồ Chí Minh về tự lực, tự cường trong công tác kế hoạch",
         "đ/c Lê Văn An", ""],
        ["I", "3", "Tư tưởng Hồ Chí Minh về tự lực, tự cường", "", "đ/c Trần Thị Bình"],
        ["II", "6", "Nâng cao chất lượng công tác thẩm định dự án", "đ/c Phạm Văn Cường", ""],
    ])  # fmt: skip
    assert len(topics) == 2


def test_ocr_tone_marks_of_enterprise_words_are_put_back():
    assert correct_line("thu nhập và đổi sống của người lao động") == (
        "thu nhập và đời sống của người lao động"
    )
    assert "Cổ phần Đầu tư" in correct_line("Chi bộ Công ty Cố phần Đầu từ và Phát triển")


def test_near_miss_a_right_word_is_left_as_it_is():
    # "bắt đầu từ" is right as read: "từ" stays.
    assert correct_line("bắt đầu từ tháng 3") == "bắt đầu từ tháng 3"
    assert correct_line("đổi mới phương thức lãnh đạo") == "đổi mới phương thức lãnh đạo"
