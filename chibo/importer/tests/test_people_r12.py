"""People, topics and names read in session 12 (issue 17): one reader of a line that tells its
time, then who, then the topic ("Tháng 5/2024, đồng chí A – Phó Bí thư, chuyên đề: Tên"); a post
whose holder is in brackets after a longer post; an office alone beside a named person kept until
the plan's own list names it; a bare list of names whose family names fold like posts ("Trương",
"Bàn"); "Cùng đ/c Mai" beside the plan's "Phạm Thị Mai"; committees' names wrapped over two lines
or cut at a comma. Each with the near miss that must stay as it is. Every text is made up here.
"""

from __future__ import annotations

import pytest

from chibo.importer import prose
from chibo.importer.names import committee_mentions
from chibo.importer.people import names_an_office, parse_people
from chibo.importer.tests.builders import docx_plan, text_plan


def _names(text: str) -> list[str]:
    return [p.name for p in parse_people(text)]


def _got(plan) -> list[tuple[int | None, int | None, str, list[str]]]:
    return [(t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in plan.topics]


# -- one reader of "time, who, chuyên đề: title" -------------------------------------------

PLAN_HEAD = """\
ĐẢNG BỘ XÃ TÂN LẬP
CHI BỘ THÔN BÃI SẬY
Số 02-KH/CB
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
Chi bộ thôn Bãi Sậy xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng sinh hoạt chi bộ.
II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ
"""


def test_a_line_of_time_then_who_then_the_topic_after_a_colon_or_a_dash():
    plan = text_plan(
        PLAN_HEAD
        + """\
Quý I: đồng chí Lường Văn Pha – Bí thư Chi bộ, chuyên đề: Giữ gìn bản sắc văn hóa dân tộc Thái.
Tháng 6/2024 – đồng chí Cầm Thị Ơn, với chủ đề: Phòng, chống tảo hôn trong thanh niên.
III. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc việc chuẩn bị.
"""
    )
    assert _got(plan) == [
        (1, None, "Giữ gìn bản sắc văn hóa dân tộc Thái", ["Lường Văn Pha"]),
        (2, 6, "Phòng, chống tảo hôn trong thanh niên", ["Cầm Thị Ơn"]),
    ]


RESOLUTION = """\
ĐẢNG BỘ XÃ TÂN LẬP
CHI BỘ THÔN BÃI SẬY
Số 01-NQ/CB
NGHỊ QUYẾT
về nhiệm vụ năm 2024
Chi bộ thôn Bãi Sậy họp thường kỳ, thảo luận và quyết nghị nhiệm vụ năm 2024 như sau:
I. PHƯƠNG HƯỚNG, NHIỆM VỤ
1. Nâng cao chất lượng sinh hoạt chi bộ:
"""


def test_outside_a_part_about_topics_the_same_reader_needs_two_lines():
    """A resolution's tasks: two lines so read are the year's topics (the fallback that read
    them with a reader of its own now calls the main one); one alone is no list of topics."""
    two = (
        RESOLUTION
        + """\
Tháng 3/2024, đồng chí Lường Văn Pha – Bí thư Chi bộ, chuyên đề: Xóa bỏ hủ tục trong việc tang.
Tháng 9/2024, đồng chí Cầm Thị Ơn, chuyên đề: Phát triển chăn nuôi trâu bò hàng hóa.
"""
    )
    assert _got(text_plan(two, "nghiquyet.txt")) == [
        (1, 3, "Xóa bỏ hủ tục trong việc tang", ["Lường Văn Pha"]),
        (3, 9, "Phát triển chăn nuôi trâu bò hàng hóa", ["Cầm Thị Ơn"]),
    ]
    one = (
        RESOLUTION
        + """\
Tháng 3/2024, đồng chí Lường Văn Pha – Bí thư Chi bộ, chuyên đề: Xóa bỏ hủ tục trong việc tang.
Tháng 12/2024, Chi bộ kiểm điểm, đánh giá chất lượng đảng viên.
"""
    )
    assert text_plan(one, "nghiquyet.txt").topics == []
    assert not hasattr(prose, "_time_people_title")  # one reader, not two


def test_a_time_of_two_months_or_no_person_is_no_such_line():
    # two months apart (round 13: two next to each other over a quarter's edge are an open
    # time, as their span is, and lead such a line)
    plan = text_plan(
        PLAN_HEAD
        + """\
Tháng 3, 9/2024, đồng chí Lường Văn Pha, chuyên đề: Giữ gìn bản sắc văn hóa dân tộc Thái.
Tháng 6/2024, Chi bộ họp thường kỳ, chuyên đề: Phòng, chống tảo hôn trong thanh niên.
"""
    )
    assert [t.title for t in plan.topics if t.presenters] == []


# -- posts and their holders --------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Đ/c Phó Bí thư Thường trực Đảng ủy (Hồ Văn Lợi)", ["Hồ Văn Lợi"]),
        ("Chi ủy viên phụ trách tuyên giáo (Lê Thị Hoa)", ["Lê Thị Hoa"]),
        (
            "Chánh Văn phòng Đảng ủy Lê Quang Tùng\nĐ/c Hồ Thị Mỹ Linh",
            ["Lê Quang Tùng", "Hồ Thị Mỹ Linh"],
        ),
    ],
)
def test_a_longer_post_then_its_holder(written, names):
    assert _names(written) == names


@pytest.mark.parametrize(
    "written",
    [
        "Bí thư Chi bộ (chủ trì)",  # a duty in brackets, no person
        "Hiệu trưởng Trường Tiểu học Lê Văn Tám (chủ trì)",  # a school's name, not its head's
        "Chánh Văn phòng Huyện ủy Mai Sơn",  # a district after "Huyện ủy", no person
    ],
)
def test_a_post_with_a_bracket_or_a_place_names_no_one(written):
    assert [n for n in _names(written) if n] == []


def test_an_office_is_one_persons_but_the_members_are_many():
    assert names_an_office("Phó Bí thư Chi bộ")
    assert names_an_office("Chi ủy viên phụ trách công tác đảng, công tác chính trị")
    assert not names_an_office("Đảng viên trong chi bộ")
    assert not names_an_office("Trưởng thôn Hà Nam")  # a name may be in it


def _chi_uy_plan(cell: str, second: str) -> list[list[str]]:
    plan = docx_plan(
        [
            "ĐẢNG BỘ XÃ HẠ SƠN",
            "CHI BỘ QUÂN SỰ",
            "Số 03-KH/CB",
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề năm 2024",
            "Chi bộ Quân sự xã Hạ Sơn xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
            "I. CHI ỦY",
            "- Đồng chí Lưu Văn Khánh – Bí thư Chi bộ;",
            "- Đồng chí Đinh Văn Toản – Phó Bí thư Chi bộ.",
            "II. NỘI DUNG, THỜI GIAN",
            [
                ["Thời gian", "Chuyên đề", "Người trình bày"],
                [
                    "Tháng 3/2024",
                    "Xây dựng lực lượng dân quân vững mạnh, rộng khắp",
                    "Bí thư Chi bộ",
                ],
                ["Tháng 9/2024", "Phòng, chống thiên tai, tìm kiếm cứu nạn ở vùng núi", cell],
                ["Tháng 11/2024", "Sẵn sàng chiến đấu của dân quân cơ động trên địa bàn", second],
            ],
            "III. TỔ CHỨC THỰC HIỆN",
            "- Người trình bày gửi đề cương cho Chi ủy trước 05 ngày.",
        ]
    )
    return [[p.name for p in t.presenters] for t in plan.topics]


def test_an_office_beside_a_named_person_is_named_from_the_chi_uy_list():
    """ "Phó Bí thư Chi bộ; đ/c A – Trung đội trưởng": the office is a person too, named after
    the one the plan lists with that post; an office no one in the plan holds is dropped beside
    a named person, as before."""
    assert _chi_uy_plan(
        "Phó Bí thư Chi bộ;\nđ/c Ngân Văn Hiệp – Trung đội trưởng dân quân cơ động",
        "Chi ủy viên phụ trách quân sự;\nđ/c Mùi Văn Dũng – Tiểu đội trưởng",
    ) == [["Lưu Văn Khánh"], ["Đinh Văn Toản", "Ngân Văn Hiệp"], ["Mùi Văn Dũng"]]


# -- bare lists and given names -----------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Trương Văn Hải, Bàn Thị Mai", ["Trương Văn Hải", "Bàn Thị Mai"]),
        ("Bàn Thị Mai và Trương Văn Hải", ["Bàn Thị Mai", "Trương Văn Hải"]),
        ("Nguyễn Văn An, Bàn Thị Mai", ["Nguyễn Văn An", "Bàn Thị Mai"]),
        ("Trần Văn Nam; Cùng đ/c Mai chuẩn bị", ["Trần Văn Nam", "Mai"]),
    ],
)
def test_a_bare_list_of_full_names(written, names):
    assert _names(written) == names


@pytest.mark.parametrize(
    "written", ["Ban Chi Ủy", "Trưởng Ban Tuyên giáo", "Ban Văn Hóa", "Trường Tiểu Học"]
)
def test_a_body_or_a_post_in_capitals_is_no_bare_name(written):
    assert [n for n in _names(written) if n] == []


def test_cung_is_no_ones_role():
    people = parse_people("Trần Văn Nam; Cùng đ/c Mai chuẩn bị")
    assert people[0].role_note == ""


def test_a_given_name_after_cung_dc_is_the_plans_full_name():
    plan = docx_plan(
        [
            "ĐẢNG BỘ PHƯỜNG THIỆN AN",
            "CHI BỘ TRƯỜNG TIỂU HỌC NGÔ MÂY",
            "Số 02-KH/CB",
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề năm học 2020 – 2021",
            "Chi bộ Trường Tiểu học Ngô Mây xây dựng kế hoạch sinh hoạt chuyên đề như sau:",
            [
                ["Thời gian", "Chuyên đề", "Người chuẩn bị"],
                [
                    "Tháng 3/2021",
                    "Đổi mới phương pháp dạy học ở lớp 2",
                    "Trần Văn Nam;\nCùng đ/c Mai",
                ],
                ["Tháng 5/2021", "Giáo dục kỹ năng sống cho học sinh", "Phạm Thị Mai"],
            ],
        ]
    )
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Trần Văn Nam", "Phạm Thị Mai"],
        ["Phạm Thị Mai"],
    ]


# -- committees' names over two lines -----------------------------------------------------


def _committee(head: str) -> str:
    text = head + "\nCHI BỘ VĂN PHÒNG\nSố 01-KH/CB\nKẾ HOẠCH\nSinh hoạt chuyên đề năm 2024\n"
    return text_plan(text + "I. MỤC ĐÍCH\n- Nâng cao chất lượng sinh hoạt chi bộ.\n").committee_name


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("ĐẢNG BỘ SỞ LAO ĐỘNG –\nTHƯƠNG BINH VÀ XÃ HỘI", "Đảng bộ Sở Lao động – Thương binh và Xã hội"),
        ("ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP,\nTỈNH BÌNH PHƯỚC", "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bình Phước"),
        ("ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN\nHUYỆN HẢI HÀ", "huyện Hải Hà"),
        ("ĐẢNG BỘ CÔNG TY CỔ PHẦN ĐẦU TƯ\nXÂY DỰNG MIỀN ĐÔNG", "Xây dựng"),
    ],
)  # fmt: skip
def test_a_committees_name_wrapped_after_a_dash_a_comma_an_office_or_a_trade(head, name):
    assert name in _committee(head)


def test_a_committee_that_names_its_unit_does_not_take_the_next_line():
    assert _committee("ĐẢNG ỦY XÃ AN PHÚ,\nTRƯỜNG MẦM NON HOA SEN") == "Đảng ủy xã An Phú"
    assert _committee("ĐẢNG BỘ SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH") == (
        "Đảng bộ Sở Văn hóa, Thể thao và Du lịch"
    )


def test_a_caps_sentence_building_a_plan_still_ends_a_name():
    mentions = committee_mentions("ĐẢNG BỘ XÃ AN PHÚ XÂY DỰNG KẾ HOẠCH", 3)
    assert [m.words for _, m in mentions] == [["XÃ", "AN", "PHÚ"]]
