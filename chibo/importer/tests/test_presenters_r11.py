"""Presenters read in session 11 (issue 17): a post and then its holder after a colon or in
brackets ("Đ/c BT: Lộc Văn Thu", "Đ/c Bí thư (Huỳnh Thị Mỹ Hạnh)"), posts abbreviated ("CUV",
"PBT", "ĐV"), a lawyer's title ("LS."), a name in capitals after "đ/c"; a family name that folds
like a post ("Trương", "Bàn") read as a name where a person is expected (after "đồng chí", a title,
or before the person's post) and nowhere else; and a presenter written by a given name alone or
by a post alone named after the one person of the plan's own lists who fits ("đ/c Hường", "cô
Ngọc", "Đ/c Phó Bí thư"). Each with the near miss that must stay as it is. Every text is made up
here.
"""

from __future__ import annotations

import pytest

from chibo.importer.people import by_given_name, parse_people, person_key
from chibo.importer.schema import Person
from chibo.importer.tests.builders import docx_plan


def _names(text: str) -> list[str]:
    return [p.name for p in parse_people(text)]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Đ/c BT: Lộc Văn Thu (chủ trì)", ["Lộc Văn Thu"]),
        ("Đ/c Bí thư (Huỳnh Thị Mỹ Hạnh)", ["Huỳnh Thị Mỹ Hạnh"]),
        ("Phó Bí thư Chi bộ: Trần Thị Kim Loan", ["Trần Thị Kim Loan"]),
        ("Đ/c Chi ủy viên (Lâm Ngọc Diễm)\nĐ/c Quách Thị Thu", ["Lâm Ngọc Diễm", "Quách Thị Thu"]),
        ("Đ/c PBT: Vi Văn Hùng ĐV Moong Văn Xón (tham luận)", ["Vi Văn Hùng", "Moong Văn Xón"]),
        ("CUV Lô Văn Thắm – Trưởng bản", ["Lô Văn Thắm"]),
        ("LS. Huỳnh Tho – Bí thư Chi bộ, Chủ nhiệm Đoàn Luật sư", ["Huỳnh Tho"]),
        ("Đ/c NGUYỄN VĂN AN – Bí thư", ["Nguyễn Văn An"]),
        (
            "TRẦN THỊ NGỌC ĐIỆP – Phó Bí thư + NGUYỄN VĂN MINH",
            ["Trần Thị Ngọc Điệp", "Nguyễn Văn Minh"],
        ),
        ("đ/c Nguyễn Văn An + đ/c Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
        ("Bí thư Chi đoàn Đoàn Thị Mai", ["Đoàn Thị Mai"]),
    ],
)
def test_a_post_and_its_holder(written, names):
    assert _names(written) == names


@pytest.mark.parametrize(
    "written",
    [
        "Bí thư (chủ trì)",  # a post alone, its duty in brackets
        "Đ/c BT",  # an abbreviated post alone
        "Trưởng ban (Ban Dân vận)",  # a body in brackets, no person
        "ĐOÀN THANH NIÊN",  # a body in capitals, not the family name Đoàn
        "BAN CHI ỦY",
    ],
)
def test_a_post_alone_names_no_one(written):
    assert _names(written) == [""]


def test_an_abbreviated_post_alone_is_written_out():
    assert [p.role_note for p in parse_people("Đ/c PBT")] == ["Phó Bí thư"]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Đ/c Trương Thị Mỹ Linh – Trưởng phòng", ["Trương Thị Mỹ Linh"]),
        ("Bà Bàn Thị Mai", ["Bàn Thị Mai"]),
        ("Trương Thị Phương Lan – Chi ủy viên, Tổ trưởng tổ khối 1", ["Trương Thị Phương Lan"]),
        ("Trương Thu Trang, Chi ủy viên", ["Trương Thu Trang"]),
        ("đ/c Nguyễn Trường Chinh", ["Nguyễn Trường Chinh"]),
    ],
)
def test_a_family_name_folding_like_a_post_where_a_person_is_expected(written, names):
    assert _names(written) == names


@pytest.mark.parametrize(
    "written",
    [
        "Trường Tiểu học Kim Đồng",  # a school
        "Ban Chi ủy",  # a body
        "Trương Định",  # no person expected: a street, a school's namesake
        "Đ/c Trường THCS",  # the school, even after "đ/c"
    ],
)
def test_nor_elsewhere(written):
    assert _names(written) == [""]


def test_a_post_after_a_name_still_ends_it():
    assert _names("đ/c Lê Văn Tâm Trưởng thôn") == ["Lê Văn Tâm"]
    assert _names("đ/c Lê Văn Tâm Trường Tiểu học Kim Đồng") == ["Lê Văn Tâm"]


FULL = ["Đặng Thị Hường", "Trương Thị Bích Ngọc", "Nguyễn Thị Hương", "Nguyễn Thị Bích Hạnh"]


@pytest.mark.parametrize(
    ("person", "name"),
    [
        (Person("Hường"), "Đặng Thị Hường"),
        (Person("Hương"), "Nguyễn Thị Hương"),  # the marks count
        (Person("Bích Hạnh", "Bí thư"), "Nguyễn Thị Bích Hạnh"),
        (Person("", "cô Ngọc"), "Trương Thị Bích Ngọc"),
        (Person("Lan"), "Lan"),  # nobody of the plan is called so
        (Person("Huỳnh Tho"), "Huỳnh Tho"),  # a family name and a given name
    ],
)
def test_a_given_name_alone_is_the_one_full_name_ending_so(person, name):
    assert [p.name for p in by_given_name([person], FULL)] == [name]


def test_a_given_name_two_people_share_stays_as_written():
    assert [p.name for p in by_given_name([Person("Hạnh")], [*FULL, "Lê Thị Hạnh"])] == ["Hạnh"]


def test_two_given_names_that_fold_alike_are_two_people():
    assert person_key("Hường") != person_key("Hương")
    assert person_key("Nguyễn Văn An") == person_key("Nguyen Van An")


def _plan(rows: list[list[str]], before: list[str]) -> list[list[str]]:
    plan = docx_plan(
        [
            "ĐẢNG BỘ PHƯỜNG AN HÒA",
            "CHI BỘ TRƯỜNG MẦM NON HOA SEN",
            "Số 04-KH/CB",
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề năm 2024",
            "Chi bộ Trường Mầm non Hoa Sen xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
            *before,
            "II. LỊCH SINH HOẠT CHUYÊN ĐỀ",
            rows,
            "III. TỔ CHỨC THỰC HIỆN",
            "Chi ủy đôn đốc việc chuẩn bị trước mỗi kỳ sinh hoạt.",
        ]
    )
    return [[p.name for p in t.presenters] for t in plan.topics]


CHI_UY = [
    "I. ĐẶC ĐIỂM TÌNH HÌNH",
    "Chi bộ có 14 đảng viên. Chi ủy nhiệm kỳ 2022 – 2025 gồm:",
    "1. Đ/c Đặng Thị Hường – Bí thư Chi bộ, Hiệu trưởng;",
    "2. Đ/c Trương Thị Bích Ngọc – Phó Bí thư Chi bộ, Phó Hiệu trưởng;",
    "3. Đ/c Nguyễn Thị Hương – Chi ủy viên, Phó Hiệu trưởng.",
]


def test_given_names_and_posts_named_from_the_plans_list_of_the_chi_uy():
    rows = [
        ["Thời gian", "Chuyên đề", "Phụ trách"],
        ["Tháng 3/2024", "Học tập và làm theo Bác về tinh thần trách nhiệm với trẻ", "cô Ngọc"],
        ["Tháng 6/2024", "Xây dựng trường học hạnh phúc, phòng chống bạo hành trẻ", "đ/c Hương"],
        ["Tháng 9/2024", "Nâng cao chất lượng đảng viên trong nhà trường", "Đ/c Bí thư"],
        ["Tháng 11/2024", "Chuyển đổi số trong quản lý nhà trường", "đ/c Hường, đ/c Hương"],
    ]
    assert _plan(rows, CHI_UY) == [
        ["Trương Thị Bích Ngọc"],
        ["Nguyễn Thị Hương"],
        ["Đặng Thị Hường"],
        ["Đặng Thị Hường", "Nguyễn Thị Hương"],
    ]


def test_without_a_list_a_given_name_stays_as_written():
    rows = [
        ["Thời gian", "Chuyên đề", "Phụ trách"],
        ["Tháng 3/2024", "Học tập và làm theo Bác về tinh thần trách nhiệm với trẻ", "đ/c Ngọc"],
        ["Tháng 9/2024", "Nâng cao chất lượng đảng viên trong nhà trường", "Đ/c Bí thư"],
    ]
    assert _plan(rows, []) == [["Ngọc"], [""]]
