"""What a plan writes beside its topics and is none of them, read in round 10 (issue 17,
chibo/importer/decoys.py): the regular monthly meetings, last year's topics under a heading that
looks back, the points bulleted under a title in a table's cell, the guests of a meeting (a
column or a line), a note moving a meeting (which still gives the meeting its new month), and a
body or a group where a person is expected. Each with a near miss that must stay. Every text is
made up here, as plans type them.
"""

from __future__ import annotations

from chibo.importer.decoys import _title_without_points, real_people
from chibo.importer.schema import Person
from chibo.importer.tests.builders import docx_plan, text_plan

HEAD = """\
ĐẢNG BỘ XÃ TÂN LẬP
CHI BỘ THÔN BẮC
Số 03-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lập, ngày 12 tháng 01 năm 2025
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
Chi bộ thôn Bắc xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:
"""


def _text_plan(text: str):
    return text_plan(text)


def _docx_plan(blocks: list[str | list[list[str]]]):
    """A Word plan: HEAD, then paragraphs (str) and tables (list of rows), in order."""
    return docx_plan([*HEAD.splitlines(), *blocks])


def _titles(plan) -> list[str]:
    return [t.title for t in plan.topics]


def _people(plan) -> list[list[str]]:
    return [[p.name for p in t.presenters] for t in plan.topics]


TOPIC_TABLE = [
    ["Quý", "Thời gian", "Tên chuyên đề", "Người thực hiện"],
    [
        "I",
        "Tháng 3/2025",
        "Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn",
        "Đ/c Đỗ Văn Khải",
    ],
    ["II", "Tháng 6/2025", "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ", "Đ/c Mai Thị Hạnh"],
]


def test_a_section_of_regular_meetings_gives_no_topics():
    plan = _docx_plan(
        [
            "II. NỘI DUNG",
            "1. Sinh hoạt chi bộ thường kỳ",
            [
                ["Tháng", "Nội dung trọng tâm", "Chủ trì"],
                ["Tháng 1", "Triển khai nghị quyết năm; chuẩn bị đón Tết", "Đỗ Văn Khải"],
                ["Tháng 2", "Ra quân làm thủy lợi đầu năm", "Đỗ Văn Khải"],
                ["Tháng 4", "Thu đảng phí quý I; phòng, chống hạn", "Mai Thị Hạnh"],
            ],
            "2. Sinh hoạt chuyên đề",
            TOPIC_TABLE,
            "III. TỔ CHỨC THỰC HIỆN",
        ]
    )
    assert _titles(plan) == [TOPIC_TABLE[1][2], TOPIC_TABLE[2][2]]


def test_a_table_led_in_by_a_sentence_on_the_regular_meetings_gives_no_topics():
    plan = _docx_plan(
        [
            "II. NỘI DUNG",
            "Chi bộ sinh hoạt thường kỳ vào tối mùng 5 hằng tháng, nội dung từng tháng:",
            [
                ["Tháng", "Nội dung trọng tâm", "Chủ trì"],
                ["Tháng 1", "Triển khai nghị quyết năm; chuẩn bị đón Tết", "Đỗ Văn Khải"],
                ["Tháng 2", "Ra quân làm thủy lợi đầu năm", "Đỗ Văn Khải"],
            ],
            "Các chuyên đề trong năm, mỗi quý một chuyên đề:",  # near miss: it leads to topics
            TOPIC_TABLE,
        ]
    )
    assert _titles(plan) == [TOPIC_TABLE[1][2], TOPIC_TABLE[2][2]]


SCHEDULE = (
    HEAD
    + """\
I. CÁC CHUYÊN ĐỀ
Chuyên đề 1: Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn
Thời gian: quý I
Người thực hiện: đ/c Đỗ Văn Khải
Chuyên đề 2: Giữ gìn vệ sinh môi trường, phân loại rác tại hộ
Thời gian: quý II
Người thực hiện: đ/c Mai Thị Hạnh
II. LỊCH SINH HOẠT CHI BỘ
Ngày 20/01/2025: sinh hoạt thường kỳ tháng 1; triển khai nghị quyết năm
Ngày 20/02/2025: sinh hoạt thường kỳ tháng 2; ra quân làm thủy lợi
Ngày 20/3/2025: sinh hoạt thường kỳ tháng 3, kết hợp sinh hoạt chuyên đề quý I
Ngày 20/4/2025: sinh hoạt thường kỳ tháng 4; phòng, chống hạn
III. TỔ CHỨC THỰC HIỆN
Chi ủy đôn đốc việc chuẩn bị.
"""
)


def test_a_schedule_of_regular_meetings_gives_no_topics_but_the_month_of_a_quarters_topic():
    plan = _text_plan(SCHEDULE)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, 3, "Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn"),
        (2, None, "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ"),
    ]


def test_last_years_topics_under_a_heading_that_looks_back_are_no_topics():
    plan = _docx_plan(
        [
            "I. ĐÁNH GIÁ VIỆC SINH HOẠT CHUYÊN ĐỀ NĂM 2024",
            "Năm 2024 Chi bộ tổ chức đủ các chuyên đề theo kế hoạch.",
            [
                ["STT", "Chuyên đề", "Thời gian", "Người trình bày", "Kết quả"],
                [
                    "1",
                    "Vận động bà con hiến đất mở rộng đường thôn",
                    "Tháng 3/2024",
                    "Đ/c Lò Văn Sinh",
                    "Đạt",
                ],
                ["2", "Phòng, chống cháy rừng mùa khô", "Tháng 6/2024", "Đ/c Đỗ Văn Khải", "Đạt"],
            ],
            "II. CÁC CHUYÊN ĐỀ NĂM 2025",
            TOPIC_TABLE,
        ]
    )
    assert _titles(plan) == [TOPIC_TABLE[1][2], TOPIC_TABLE[2][2]]
    assert _people(plan) == [["Đỗ Văn Khải"], ["Mai Thị Hạnh"]]


def test_a_reason_for_changing_the_plan_is_no_topic():
    plan = _text_plan(
        HEAD
        + """\
I. LÝ DO ĐIỀU CHỈNH
Quý II năm 2025 hợp tác xã vào vụ thu hoạch, nhiều đảng viên không dự sinh hoạt được vào tháng 5.
Chi ủy thống nhất lùi chuyên đề quý II sang tháng 6/2025; các chuyên đề khác giữ nguyên.
II. CÁC CHUYÊN ĐỀ
Chuyên đề 1: Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn
Thời gian: tháng 3/2025
Người thực hiện: đ/c Đỗ Văn Khải
Chuyên đề 2: Giữ gìn vệ sinh môi trường, phân loại rác tại hộ
Thời gian: tháng 6/2025
Người thực hiện: đ/c Mai Thị Hạnh
"""
    )
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, 3, "Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn"),
        (2, 6, "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ"),
    ]


def test_points_under_a_title_in_its_cell_are_no_topics():
    plan = _docx_plan(
        [
            "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG",
            [
                ["TT", "Thời gian", "Nội dung", "Người thực hiện"],
                [
                    "1",
                    "Tháng 4/2025",
                    "Phát triển chăn nuôi bò sinh sản theo hướng hàng hóa\n"
                    "• Kết quả tiêm phòng đàn gia súc\n• Vốn vay ưu đãi cho hộ nuôi bò",
                    "• Đ/c Đỗ Văn Khải (trình bày)\n• Đ/c Mai Thị Hạnh (tham luận)",
                ],
                [
                    "2",
                    "Tháng 7/2025",
                    "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ",
                    "• Đ/c Mai Thị Hạnh (trình bày)",
                ],
            ],
        ]
    )
    assert _titles(plan) == [
        "Phát triển chăn nuôi bò sinh sản theo hướng hàng hóa",
        "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ",
    ]
    assert _people(plan) == [["Đỗ Văn Khải", "Mai Thị Hạnh"], ["Mai Thị Hạnh"]]


def test_a_cell_that_lists_topics_or_leads_into_them_keeps_its_lines():
    listed = "- Phát triển chăn nuôi bò sinh sản\n- Giữ gìn vệ sinh môi trường"
    assert _title_without_points(listed) == listed
    lead = "Sinh hoạt chuyên đề quý II:\n- Phát triển chăn nuôi bò sinh sản"
    assert _title_without_points(lead) == lead
    two = "Phát triển chăn nuôi bò sinh sản\n- Chuyên đề 2: Giữ gìn vệ sinh môi trường"
    assert _title_without_points(two) == two
    fields = "Phát triển chăn nuôi bò sinh sản\n- Chủ trì: đ/c Đỗ Văn Khải\n- Tham luận: đ/c Mai Thị Hạnh"
    assert _title_without_points(fields) == fields


def test_a_column_of_guests_gives_no_presenters():
    plan = _docx_plan(
        [
            "II. NỘI DUNG",
            [
                ["Tháng", "Chủ đề", "Người chuẩn bị", "Người dự"],
                [
                    "Tháng 3/2025",
                    "Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn",
                    "Đ/c Đỗ Văn Khải – Bí thư Chi bộ",
                    "Đ/c Phan Văn Lộc – cán bộ khuyến nông xã",
                ],
                [
                    "Tháng 6/2025",
                    "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ",
                    "Đ/c Mai Thị Hạnh – Chi hội trưởng Phụ nữ",
                    "Ban công tác Mặt trận thôn",
                ],
            ],
        ]
    )
    assert _people(plan) == [["Đỗ Văn Khải"], ["Mai Thị Hạnh"]]


def test_a_line_of_guests_is_neither_a_topic_nor_a_presenter():
    plan = _text_plan(
        HEAD
        + """\
II. NỘI DUNG VÀ PHÂN CÔNG
CHUYÊN ĐỀ QUÝ I/2025
Tên chuyên đề: Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn
Thời gian: kỳ sinh hoạt tháng 3/2025
Trình bày: đ/c Đỗ Văn Khải – Bí thư Chi bộ
Mời dự, chỉ đạo: đ/c Phan Văn Lộc – Phó Bí thư Đảng ủy xã
CHUYÊN ĐỀ QUÝ II/2025
Tên chuyên đề: Giữ gìn vệ sinh môi trường, phân loại rác tại hộ
Thời gian: kỳ sinh hoạt tháng 6/2025
Trình bày: đ/c Mai Thị Hạnh
Thành phần: toàn thể đảng viên; mời Ban công tác Mặt trận thôn
III. TỔ CHỨC THỰC HIỆN
Chi ủy đôn đốc việc chuẩn bị.
"""
    )
    assert _titles(plan) == [
        "Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn",
        "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ",
    ]
    assert _people(plan) == [["Đỗ Văn Khải"], ["Mai Thị Hạnh"]]


def test_a_note_moving_a_meeting_gives_its_new_month():
    plan = _docx_plan(
        [
            "II. KẾ HOẠCH CỤ THỂ",
            [
                ["STT", "Thời gian", "Nội dung chuyên đề", "Người thực hiện", "Ghi chú"],
                [
                    "1",
                    "Tháng 3/2025",
                    "Đảng viên đi đầu trong chuyển đổi giống lúa chịu mặn",
                    "đ/c Đỗ Văn Khải",
                    "Đã thực hiện",
                ],
                [
                    "2",
                    "Tháng 7/2025",
                    "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ",
                    "đ/c Mai Thị Hạnh",
                    "Chuyển sang tháng 8/2025 (mùa mưa bão)",
                ],
                [
                    "3",
                    "Tháng 10/2025",
                    "Phòng, chống cháy rừng, giữ rừng đầu nguồn",
                    "đ/c Lò Văn Sinh",
                    "Lùi từ tháng 9/2025",
                ],  # near miss: moved FROM
            ],
        ]
    )
    assert [(t.quarter, t.month) for t in plan.topics] == [(1, 3), (3, 8), (4, 10)]


def test_a_body_or_a_group_is_no_presenter():
    people = [
        Person(name="Đỗ Văn Khải"),
        Person(name="Tổ Quản lý dự án"),
        Person(name="Chi ủy"),
        Person(name="Toàn thể chi bộ"),
        Person(name="Tô Thị Lan"),  # near miss: a family name, not "Tổ"
        Person(name="", role_note="Bí thư Chi bộ"),  # near miss: a post named elsewhere
    ]
    assert [p.name for p in real_people(people)] == ["Đỗ Văn Khải", "Tô Thị Lan", ""]
