"""Presenters read in session 10 (issue 17): a post written before the name with no comma ("Bí thư
Chi bộ Vương Văn Đoàn", "Trưởng ấp Võ Văn Hậu", "Chánh Văn phòng Bùi Hoa Thám"), several people
in one field ("A (…) + B (…)", "Chủ trì: … / Chuẩn bị: …", a post before the first "đ/c"), the
names of the highlands written with the prefix apart ("H' Ngok Êban"), and more family names (a
family name that folds like a post, "Trương", "Bàn", read as one where a person is expected). Each with the near miss that must stay as it is: a post with no
name after it, a place or a school named after a person. Every text is made up here.
"""

from __future__ import annotations

import pytest

from chibo.importer.parser import parse_plan
from chibo.importer.people import name_by_post, named_in_clause, parse_people, roster
from chibo.importer.reader import read_document
from chibo.importer.spelling import correct_line
from chibo.importer.tests.builders import docx_bytes


def _names(text: str) -> list[str]:
    return [p.name for p in parse_people(text)]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Bí thư Chi bộ Vương Văn Đoàn", ["Vương Văn Đoàn"]),
        ("Bí thư Chi bộ, Trưởng thôn Hà Văn Khởi", ["Hà Văn Khởi"]),
        ("Phó Bí thư Đinh Văn Thương", ["Đinh Văn Thương"]),
        ("Trưởng ấp Võ Văn Hậu", ["Võ Văn Hậu"]),
        ("Chánh Văn phòng Bùi Hoa Thám", ["Bùi Hoa Thám"]),
        ("Chi hội trưởng Phụ nữ Nguyễn Thị Thu Hà", ["Nguyễn Thị Thu Hà"]),
        ("Trưởng ban công tác Mặt trận Đinh Văn Hyu", ["Đinh Văn Hyu"]),
        ("Công an viên Nguyễn Hoàng Phúc (chủ trì, chuẩn bị)", ["Nguyễn Hoàng Phúc"]),
        ("Hiệu trưởng Lê Thị Mỹ Dung", ["Lê Thị Mỹ Dung"]),
        ("Tổ trưởng chuyên môn Phan Thị Lệ Hằng", ["Phan Thị Lệ Hằng"]),
        ("Trưởng thôn A Đram", ["A Đram"]),
        ("Trưởng khu B Nguyễn Văn Bình", ["Nguyễn Văn Bình"]),
        ("Chủ tịch UBND xã Hà Văn Lâm", ["Hà Văn Lâm"]),
        ("Trưởng Công an xã Lò Văn Dũng", ["Lò Văn Dũng"]),
        ("Phó Chánh Văn phòng Trần Văn Sang", ["Trần Văn Sang"]),
        ("Đảng viên Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("đồng chí Bí thư Nguyễn Khải quán triệt", ["Nguyễn Khải"]),
        ("Bác sĩ Lê Thị Ngọc Bích", ["Lê Thị Ngọc Bích"]),
        ("ThS.BS. Phạm Thanh Hải", ["Phạm Thanh Hải"]),
        ("BS. Vũ Đình Hải; YS. Đặng Văn Long", ["Vũ Đình Hải", "Đặng Văn Long"]),
    ],
)
def test_a_post_before_the_name_leaves_the_name(written, names):
    assert _names(written) == names


@pytest.mark.parametrize(
    "written",
    [
        "Bí thư Chi bộ",
        "Bí thư Hùng",  # a given name alone is no full name
        "Hiệu trưởng Trường Tiểu học Lê Văn Tám",  # the school is named after a person
        "Bí thư Đảng ủy xã Hà Lâm",
        "Chủ tịch UBND xã Hà Lâm",  # a commune: no middle name
        "Trưởng thôn Hà Nam",  # the village's name
        "Trưởng thôn Lê Lợi",
        "Bí thư Đảng ủy Xã Hà Lâm",
        "Đảng viên trong chi bộ",
        "Chánh Văn phòng Huyện ủy Mai Sơn",
        "Trưởng phòng Nhân sự",
        "Giáo viên lớp Lá",
    ],
)
def test_a_post_with_no_name_after_it_names_no_one(written):
    assert _names(written) in ([""], [])


def test_a_post_alone_is_still_named_after_the_one_the_plan_lists():
    listed = roster(["1. Đồng chí Trần Văn Sang – Chánh Văn phòng."])
    (person,) = parse_people("đ/c Chánh Văn phòng")
    assert person.name == ""
    assert [p.name for p in name_by_post([person], listed)] == ["Trần Văn Sang"]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        (
            "Trần Thị Bích Ngọc (Chủ tịch Công đoàn) + Phạm Văn Lợi (Tổ trưởng sản xuất)",
            ["Trần Thị Bích Ngọc", "Phạm Văn Lợi"],
        ),
        (
            "Trưởng ấp Lê Văn Đồng (chủ trì); Đ/c Trần Văn Sang (chuẩn bị)",
            ["Lê Văn Đồng", "Trần Văn Sang"],
        ),
        (
            "Trưởng ấp Lê Văn Đồng (chủ trì); Chi hội trưởng Phụ nữ Võ Thị Kim Thoa (chuẩn bị)",
            ["Lê Văn Đồng", "Võ Thị Kim Thoa"],
        ),
        (
            "đồng chí phụ trách: Phạm Thị Thu Hà (Bí thư, Hiệu trưởng) và Nguyễn Thị Lệ (Phó Hiệu"
            " trưởng)",
            ["Phạm Thị Thu Hà", "Nguyễn Thị Lệ"],
        ),
        ("Chủ trì: Nguyễn Văn An\nChuẩn bị: Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
        (
            "Chủ trì: đ/c Nguyễn Văn An\nChuẩn bị: Trưởng thôn Lò Văn Pọm",
            ["Nguyễn Văn An", "Lò Văn Pọm"],
        ),
        ("đ/c Trần Văn Nghĩa; chuẩn bị: Trưởng ấp Võ Văn Hậu.", ["Trần Văn Nghĩa", "Võ Văn Hậu"]),
        ("KS. Vũ Minh Tuấn; đ/c Lại Quang Trung", ["Vũ Minh Tuấn", "Lại Quang Trung"]),
        (
            "đồng chí Bí thư Nguyễn Khải quán triệt, đồng chí Phó Bí thư Bùi Hoa Thám dẫn đề",
            ["Nguyễn Khải", "Bùi Hoa Thám"],
        ),
    ],
)
def test_several_people_in_one_field(written, names):
    assert _names(written) == names


def test_a_bracket_holds_the_roles_not_more_people():
    (person,) = parse_people("Công an viên Nguyễn Hoàng Phúc (chủ trì, chuẩn bị)")
    assert person.role_note == "Công an viên"
    (first, second) = parse_people("Phạm Thị Thu Hà (Bí thư, Hiệu trưởng) và Nguyễn Thị Lệ")
    assert (first.name, first.role_note) == ("Phạm Thị Thu Hà", "Bí thư, Hiệu trưởng")
    assert second.name == "Nguyễn Thị Lệ"


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("đ/c H' Ngok Êban (Bí thư Chi bộ) chủ trì", ["H' Ngok Êban"]),
        ("H' Yâm Byă, Phạm Thị Thu Hà", ["H' Yâm Byă", "Phạm Thị Thu Hà"]),
        ("Đồng chí phụ trách: H’ Loan Niê (giáo viên)", ["H’ Loan Niê"]),
        ("đ/c Y Khem Mlô (Trưởng buôn)", ["Y Khem Mlô"]),
        ("Đ/c Nay HLinh", ["Nay H'Linh"]),  # a PDF's copy lost the apostrophe
    ],
)
def test_a_name_of_the_highlands_with_its_prefix_apart(written, names):
    assert _names(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Cô Chế Thị Thùy Hương; Cô Lăng Thị Mai", ["Chế Thị Thùy Hương", "Lăng Thị Mai"]),
        ("Đ/c Ma Văn Thắng, đ/c Nhữ Thị Hoa", ["Ma Văn Thắng", "Nhữ Thị Hoa"]),
    ],
)
def test_more_family_names_are_names(written, names):
    assert _names(written) == names


# Held back in rounds 9 and 10; read as names since round 11 only where a person is expected
# (after "đồng chí", after a title, before the person's post): see test_presenters_r11.py.
@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Đ/c Trương Thị Mỹ Linh – Trưởng phòng", ["Trương Thị Mỹ Linh"]),
        ("Đ/c Bàn Văn Phúc", ["Bàn Văn Phúc"]),
    ],
)
def test_a_family_name_that_folds_like_a_post_is_a_name(written, names):
    assert _names(written) == names


def test_a_post_after_a_name_still_ends_it():
    assert _names("đ/c Vũ Thị Lệ Chi uỷ viên") == ["Vũ Thị Lệ"]
    assert _names("đ/c Lê Văn Tâm Trưởng thôn") == ["Lê Văn Tâm"]


def _docx(rows: list[list[str]]) -> bytes:
    return docx_bytes(
        [
            "ĐẢNG BỘ XÃ ĐÔNG HÒA",
            "CHI BỘ THÔN 3",
            "Số 02-KH/CB",
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề năm 2022",
            "Chi bộ thôn 3 xây dựng kế hoạch sinh hoạt chuyên đề năm 2022 như sau:",
            rows,
        ]
    )


def test_a_table_of_posts_and_names():
    data = _docx(
        [
            ["Thời gian", "Chuyên đề", "Chủ trì", "Chuẩn bị"],
            [
                "Quý I (tháng 3)",
                "Đoàn kết các dân tộc trong thôn",
                "Bí thư Chi bộ Hà Văn Khởi",
                "Phó Bí thư Đinh Thị Thương",
            ],
            [
                "Quý II (tháng 6)",
                "Vận động bà con chăm sóc cây cà phê",
                "Bí thư Chi bộ Hà Văn Khởi",
                "Trưởng ban công tác Mặt trận Lò Văn Pọm",
            ],
        ]
    )
    plan = parse_plan(read_document(data, "kehoach.docx"))
    people = [[p.name for p in t.presenters if p.name] for t in plan.topics]
    assert people == [["Hà Văn Khởi", "Đinh Thị Thương"], ["Hà Văn Khởi", "Lò Văn Pọm"]]


@pytest.mark.parametrize(
    ("clause", "names"),
    [
        ("; Chánh Văn phòng Trần Thị Minh Nguyệt chuẩn bị.", ["Trần Thị Minh Nguyệt"]),
        (
            "; Trưởng ban Kiểm tra Phạm Văn Lực + Phó Bí thư Bùi Hoa Thám.",
            ["Phạm Văn Lực", "Bùi Hoa Thám"],
        ),
        ("; Bác sĩ Lê Thị Ngọc Bích chuẩn bị và trình bày", ["Lê Thị Ngọc Bích"]),
        ("; Trưởng thôn A Đram, Bí thư Chi bộ chuẩn bị.", ["A Đram"]),
        ("; Bí thư Chi bộ, Trưởng ấp Lê Văn Đồng chuẩn bị", ["Lê Văn Đồng"]),
        ("; Chi ủy chuẩn bị.", []),
        ("; Bí thư Chi bộ chủ trì", []),
        ("; sinh hoạt vào tháng 5", []),
        ("; Trưởng ấp Võ Văn Hậu và nhân dân trong ấp tham gia", []),
    ],
)
def test_people_a_clause_names_by_post_or_title(clause, names):
    assert [p.name for p in named_in_clause(clause)] == names


def test_the_posts_of_a_clause_are_the_persons_role():
    (person,) = named_in_clause("; Trưởng thôn A Đram, Bí thư Chi bộ chuẩn bị.")
    assert person.role_note == "Trưởng thôn, Bí thư Chi bộ"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("đồng chí Diễm và đồng chí Lâm chuẩn bị", ["Diễm", "Lâm"]),
        ("đ/c Dũng chuẩn bị", ["Dũng"]),
        ("cô Thắng và cô Hiếu trình bày", ["Thắng", "Hiếu"]),
        ("đồng chí Lâm chủ trì", ["Lâm"]),
    ],
)
def test_the_ocr_speller_leaves_a_given_name_after_dong_chi_alone(line, names):
    assert [w for w in correct_line(line).split() if w[:1].isupper()] == names


def test_the_ocr_speller_still_puts_words_right():
    assert correct_line("hoc sinh phố thông") == "học sinh phổ thông"
