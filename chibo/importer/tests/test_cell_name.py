"""The cell's and the committee's names in the shapes plans write them (issue 17, item 2).

Every text here is made up (no plan of the corpus): the name in the header in capitals, wrapped
or abbreviated; only in the title, the opening sentence or the signature; followed by its commune
or its number of members; schools, agencies, villages, numbered, student and retiree cells; a
scanned header whose capitals lost their tone marks.
"""

from __future__ import annotations

import pytest

from chibo.importer.names import case_name, key_of, name_words
from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document

BODY = """I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng sinh hoạt chi bộ.
II. NỘI DUNG
1. Chuyên đề 1: Phát huy vai trò nêu gương của đảng viên
- Thời gian: tháng 4/2024.
- Người thực hiện: đ/c Hoàng Văn Minh.
III. TỔ CHỨC THỰC HIỆN
Chi ủy đôn đốc các đồng chí được phân công; báo cáo kết quả về cấp ủy cấp trên.
"""
SIGN = """                                       T/M CHI BỘ
                                       BÍ THƯ
                                       Hoàng Văn Minh
"""


def _doc(
    header: str = "ĐẢNG BỘ XÃ AN PHÚ",
    title: str = "KẾ HOẠCH\nSinh hoạt chuyên đề năm 2024",
    opening: str = "Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
    sign: str = SIGN,
    place: str = "An Phú",
):
    text = f"""{header}                    ĐẢNG CỘNG SẢN VIỆT NAM
Số 02-KH/CB                           {place}, ngày 10 tháng 01 năm 2024

{title}

Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;
{opening}
{BODY}{sign}"""
    return parse_plan(read_document(text.encode("utf-8"), "kehoach.txt"))


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ", "Chi bộ Trường Tiểu học An Phú"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG THCS AN PHÚ", "Chi bộ Trường THCS An Phú"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG TRUNG HỌC\nPHỔ THÔNG AN PHÚ", "Chi bộ Trường Trung học phổ thông An Phú"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG PTDTBT\nTH&THCS AN PHÚ", "Chi bộ Trường PTDTBT TH&THCS An Phú"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG TIỂU HỌC SỐ 2 AN PHÚ", "Chi bộ Trường Tiểu học số 2 An Phú"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG MẦM NON\nLIÊN CẤP AN PHÚ", "Chi bộ Trường Mầm non Liên cấp An Phú"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG HÒA", "Chi bộ thôn Đông Hòa"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ BẢN NẬM CẮN", "Chi bộ bản Nậm Cắn"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ ẤP\nPHÚ HÒA 2", "Chi bộ ấp Phú Hòa 2"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TỔ DÂN PHỐ SỐ 5", "Chi bộ tổ dân phố số 5"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ KHU PHỐ 3", "Chi bộ khu phố 3"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ 4", "Chi bộ 4"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ HƯU TRÍ", "Chi bộ Hưu trí"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Chi bộ Phòng Giáo dục và Đào tạo"),
        ("ĐẢNG BỘ HUYỆN AN PHÚ\nCHI BỘ VĂN PHÒNG HĐND VÀ UBND", "Chi bộ Văn phòng HĐND và UBND"),
    ],
)  # fmt: skip
def test_a_name_only_in_the_header_in_capitals_is_cased_as_organisations_are(header, expected):
    assert _doc(header=header).cell_name == expected


@pytest.mark.parametrize(
    "opening",
    [
        "Thực hiện Chương trình công tác năm 2024 của Đảng ủy xã An Phú, {} xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
        "Căn cứ tình hình thực tế; {} đề ra kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
        "Nhằm nâng cao chất lượng sinh hoạt, {} (sau đây gọi tắt là Chi bộ) ban hành kế hoạch như sau:",
        "{} (18 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
        "{}, xã An Phú, huyện Ninh Sơn xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
        "Chi ủy {} hiện có 18 đảng viên, xây dựng kế hoạch như sau:",
        "Sau Đại hội nhiệm kỳ 2022 – 2025, {} xây dựng kế hoạch như sau:",
    ],
)
@pytest.mark.parametrize(
    "name",
    [
        "Chi bộ Trường Mầm non Hoa Sen",
        "Chi bộ Trường TH&THCS Đinh Tiên Hoàng",
        "Chi bộ thôn Đông Hòa",
        "Chi bộ buôn Ea H'leo",
        "Chi bộ Phòng Giáo dục và Đào tạo",
        "Chi bộ Văn phòng HĐND và UBND",
        "Chi bộ Sinh viên 5",
        "Chi bộ Khoa Lý luận cơ sở",
        "Chi bộ 4 – Trường Văn Lang",
    ],
)
def test_a_name_only_in_the_opening_sentence_is_cut_where_the_sentence_goes_on(opening, name):
    assert _doc(opening=opening.format(name)).cell_name == name


def test_a_name_only_in_the_title_line():
    title = "KẾ HOẠCH\nSINH HOẠT CHUYÊN ĐỀ CỦA CHI BỘ TRƯỜNG THCS LÊ LỢI NĂM 2024"
    assert _doc(title=title).cell_name == "Chi bộ Trường THCS Lê Lợi"
    title = "KẾ HOẠCH\nSinh hoạt chuyên đề của Chi bộ khu phố 3 năm 2024"
    assert _doc(title=title).cell_name == "Chi bộ khu phố 3"


def test_a_name_only_in_the_signature():
    sign = SIGN.replace("T/M CHI BỘ", "T/M CHI BỘ TRƯỜNG MẦM NON SỐ 2 AN PHÚ")
    assert _doc(sign=sign).cell_name == "Chi bộ Trường Mầm non số 2 An Phú"
    sign = SIGN.replace("T/M CHI BỘ", "T/M CHI BỘ THÔN TÂN YÊN")
    assert _doc(sign=sign).cell_name == "Chi bộ thôn Tân Yên"


def test_the_mixed_case_writing_wins_over_the_headers_capitals_and_abbreviations():
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCB TRƯỜNG MN HOA SEN"
    opening = "Chi bộ Trường Mầm non Hoa Sen xây dựng kế hoạch như sau:"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ Trường Mầm non Hoa Sen"
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ KHOA LÝ LUẬN CƠ SỞ"
    opening = "Chi ủy Chi bộ Khoa Lý luận cơ sở (07 đảng viên) xây dựng kế hoạch như sau:"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ Khoa Lý luận cơ sở"


def test_the_whole_name_is_taken_as_written_in_mixed_case():
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG"
    opening = (
        "Căn cứ Nghị quyết Đại hội Chi bộ Thôn Đông nhiệm kỳ 2025 - 2027, chi ủy xây dựng như sau:"
    )
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ Thôn Đông"


def test_a_schools_kind_written_small_in_sentences():
    # Named only in a sentence: a school's kind is capitalised as organisations are.
    opening = "Căn cứ tình hình thực tế, Chi bộ trường Mầm non Hoa Mai xây dựng kế hoạch như sau:"
    assert _doc(opening=opening).cell_name == "Chi bộ Trường Mầm non Hoa Mai"
    # Headed in capitals too: the sentences' own writing is kept.
    header = "ĐẢNG BỘ PHƯỜNG BÌNH HÀN\nCHI BỘ TRƯỜNG THCS BÌNH HÀN"
    opening = "Chi bộ trường THCS Bình Hàn (27 đảng viên) xây dựng kế hoạch như sau:"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ trường THCS Bình Hàn"
    # Written only in capitals, it is cased as organisations are.
    assert _doc(header=header).cell_name == "Chi bộ Trường THCS Bình Hàn"


def test_an_ocr_header_without_tone_marks_agrees_with_the_clean_sentence():
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BO TRUONG MAM NON HOA SEN"
    opening = "Chi bộ Trường Mầm non Hoa Sen xây dựng kế hoạch như sau:"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ Trường Mầm non Hoa Sen"


def test_capitals_take_the_tone_marks_the_document_writes_its_places_with():
    header = "ĐẢNG BỘ XÃ ĐÔNG HOA\nCHI BỘ THÔN ĐÔNG HOA"  # a scan lost the marks of "HÒA"
    plan = _doc(header=header, place="Đông Hòa")
    assert plan.cell_name == "Chi bộ thôn Đông Hòa"
    assert plan.committee_name == "Đảng bộ xã Đông Hòa"


@pytest.mark.parametrize(
    ("header", "elsewhere", "expected"),
    [
        ("ĐẢNG BỘ XÃ AN PHÚ", "", "Đảng bộ xã An Phú"),
        ("ĐẢNG ỦY THỊ TRẤN AN PHÚ", "", "Đảng ủy thị trấn An Phú"),
        ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN\nTỈNH LẠNG SƠN", "", "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn"),
        (
            "ĐẢNG BỘ CÔNG TY CP SÁCH VÀ THIẾT BỊ",
            "Đảng ủy Công ty Cổ phần Sách và Thiết bị (để b/c)",
            "Đảng bộ Công ty Cổ phần Sách và Thiết bị",
        ),
        ("ĐẢNG BỘ TRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG", "Đảng ủy Trường Đại học Ngoại thương.", "Đảng bộ Trường Đại học Ngoại thương"),
    ],
)  # fmt: skip
def test_the_committee_from_its_header_as_the_text_writes_it(header, elsewhere, expected):
    opening = f"Thực hiện chỉ đạo của cấp trên, Chi bộ 4 xây dựng kế hoạch như sau: {elsewhere}"
    assert _doc(header=header, opening=opening).committee_name == expected


def test_the_committee_without_a_header_is_the_one_the_opening_names():
    plan = _doc(
        header="",
        opening="Thực hiện Nghị quyết của Đảng uỷ xã Yên Mô, Chi bộ 4 xây dựng kế hoạch như sau:",
    )
    assert plan.committee_name == "Đảng uỷ xã Yên Mô"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Trường Mầm non Yên Hoà năm 2026;", "Trường Mầm non Yên Hoà"),
        ("thôn Tân Minh hiện có 21 đảng viên.", "thôn Tân Minh"),
        ("Trường TH Hòa Bình xã Tân Lập xây dựng", "Trường TH Hòa Bình"),
        ("Trường Đại học Ngoại thương.", "Trường Đại học Ngoại thương"),
        ("xây dựng kế hoạch năm 2024", ""),
        ("Hoàn thành xuất sắc nhiệm vụ", "Hoàn"),
    ],
)
def test_the_name_grammar(text, words):
    assert " ".join(name_words(text.split(), caps=False)[0]) == words


def test_the_key_spells_abbreviations_out_and_ignores_marks():
    assert key_of(["Trường", "TH", "Vĩnh", "Phong", "4"]) == key_of(
        ["TRUONG", "TIEU", "HOC", "VINH", "PHONG", "4"]
    )
    assert case_name(["TRƯỜNG", "THCS", "SỐ", "2", "AN", "PHÚ"]) == [
        "Trường",
        "THCS",
        "số",
        "2",
        "An",
        "Phú",
    ]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Chi bộ Trường Mầm non Hoa Sen tiến hành Đại hội và xây dựng kế hoạch như sau:", "Chi bộ Trường Mầm non Hoa Sen"),
        ("Chi bộ thôn Đông Hòa thuộc Đảng bộ xã An Phú xây dựng kế hoạch như sau:", "Chi bộ thôn Đông Hòa"),
        ("Chi bộ Cơ quan Ủy ban nhân dân xã An Phú xây dựng kế hoạch như sau:", "Chi bộ Cơ quan Ủy ban nhân dân xã An Phú"),
        ("Chi bộ tổ dân phố số 5 xây dựng kế hoạch như sau:", "Chi bộ tổ dân phố số 5"),
        ("Chi bộ Công an xã An Phú xây dựng kế hoạch như sau:", "Chi bộ Công an xã An Phú"),
        ("Chi bộ số 3 xây dựng kế hoạch như sau:", "Chi bộ số 3"),
    ],
)  # fmt: skip
def test_where_the_opening_sentence_goes_on_after_the_name(opening, expected):
    assert _doc(opening=opening).cell_name == expected


def test_another_cell_named_in_the_body_does_not_outweigh_the_plans_own():
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG HÒA"
    opening = (
        "Học tập kinh nghiệm của Chi bộ thôn Tây Sơn và Chi bộ thôn Nam Sơn, Chi bộ thôn Tây Sơn "
        "đã làm tốt; chi ủy xây dựng kế hoạch như sau:"
    )
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ thôn Đông Hòa"


def test_a_header_wrapped_committee_and_cell():
    header = "ĐẢNG BỘ KHỐI CÁC CƠ QUAN\nTỈNH LẠNG SƠN\nCHI BỘ VĂN PHÒNG\nHĐND TỈNH"
    plan = _doc(header=header)
    assert plan.cell_name == "Chi bộ Văn phòng HĐND tỉnh"
    assert plan.committee_name == "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn"


@pytest.mark.parametrize(
    ("header", "opening", "expected"),
    [
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG MẦM NON TƯ THỤC HOA SEN", "", "Chi bộ Trường Mầm non tư thục Hoa Sen"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ", "", "Chi bộ Cơ quan Ủy ban nhân dân xã"),
        ("ĐẢNG BỘ XÃ AN PHÚ", "Chi bộ Quân sự xã xây dựng kế hoạch như sau:", "Chi bộ Quân sự xã"),
        ("ĐẢNG BỘ XÃ AN PHÚ", "Chi bộ Khoa Công nghệ thông tin xây dựng kế hoạch như sau:", "Chi bộ Khoa Công nghệ thông tin"),
        (
            "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG ĐẠI HỌC AN PHÚ",
            "Chi ủy xây dựng kế hoạch của Trường Đại học An phú như sau:",
            "Chi bộ Trường Đại học An phú",
        ),
    ],
)  # fmt: skip
def test_kinds_fields_and_the_documents_own_writing(header, opening, expected):
    opening = opening or "Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:"
    assert _doc(header=header, opening=opening).cell_name == expected


def test_a_signature_wrapped_over_two_lines():
    sign = SIGN.replace(
        "T/M CHI BỘ", "T/M CHI BỘ\n                                       TRƯỜNG MẦM NON HOA SEN"
    )
    assert _doc(sign=sign).cell_name == "Chi bộ Trường Mầm non Hoa Sen"


def test_a_misread_mark_is_outvoted_by_the_other_mentions():
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG MẦM NON HOA SEN"
    opening = "Chi bộ Trường Mầm non Hoa Sẹn xây dựng kế hoạch như sau:"
    sign = SIGN.replace("T/M CHI BỘ", "T/M CHI BỘ TRƯỜNG MẦM NON HOA SEN")
    plan = _doc(header=header, opening=opening, sign=sign)
    assert plan.cell_name == "Chi bộ Trường Mầm non Hoa Sen"


def test_a_commune_after_a_dash_is_not_part_of_the_name():
    opening = "Chi bộ thôn Đông Sơn - xã Quý Lộc xây dựng kế hoạch như sau:"
    assert _doc(opening=opening).cell_name == "Chi bộ thôn Đông Sơn"


def test_a_scanned_signature_without_marks_gets_the_marks_of_the_kind_and_of_the_text():
    sign = SIGN.replace("T/M CHI BỘ", "T/M CHI BO THON TAN YEN")
    opening = "Chi ủy thôn Tân Yên xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:"
    assert _doc(sign=sign, opening=opening).cell_name == "Chi bộ thôn Tân Yên"
    sign = SIGN.replace("T/M CHI BỘ", "T/M CHI BO TRUONG MAM NON HOA SEN")
    assert _doc(sign=sign).cell_name == "Chi bộ Trường Mầm non Hoa Sen"


def test_committee_and_cell_on_one_header_line():
    plan = _doc(header="ĐẢNG BỘ XÃ AN PHÚ – CHI BỘ THÔN ĐÔNG HÒA")
    assert (plan.committee_name, plan.cell_name) == ("Đảng bộ xã An Phú", "Chi bộ thôn Đông Hòa")


RECIPIENTS = "\nNơi nhận:\n- {} (b/c);\n- Lưu chi bộ.\n"


@pytest.mark.parametrize(
    ("header", "recipient", "expected"),
    [
        # Place names that begin with a word of a sentence or of a body.
        ("ĐẢNG BỘ HUYỆN NHƯ XUÂN\nCHI BỘ THÔN ĐÔNG", "", "Đảng bộ huyện Như Xuân"),
        ("ĐẢNG BỘ XÃ CHI LĂNG\nCHI BỘ THÔN ĐÔNG", "", "Đảng bộ xã Chi Lăng"),
        # A scan that lost or misplaced the marks of the kind; the recipients name it cleanly.
        ("DANG BO XA AN PHU\nCHI BO THON DONG", "Đảng ủy xã An Phú", "Đảng bộ xã An Phú"),
        ("ĐẢNG BO XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG", "", "Đảng bộ xã An Phú"),
        ("ĐÁNG ỦY XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG", "", "Đảng ủy xã An Phú"),
        # The next header line is another body, not the committee's name wrapped.
        ("ĐẢNG ỦY XÃ AN PHÚ\nCHI ỦY THÔN ĐÔNG", "", "Đảng ủy xã An Phú"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nBAN CHI ỦY", "", "Đảng bộ xã An Phú"),
        # Three levels: the cell's own superior is the committee just above it.
        ("ĐẢNG BỘ TỈNH NINH THUẬN\nĐẢNG BỘ HUYỆN NINH SƠN\nCHI BỘ THÔN ĐÔNG", "", "Đảng bộ huyện Ninh Sơn"),
        ("HUYỆN ỦY NINH SƠN\nĐẢNG ỦY XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG", "", "Đảng ủy xã An Phú"),
        # The level "cơ sở" qualifies the unit; "Cơ sở II" names a campus.
        ("ĐẢNG BỘ CƠ SỞ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG", "", "Đảng bộ cơ sở xã An Phú"),
        ("ĐẢNG BỘ CƠ SỞ II TRƯỜNG ĐẠI HỌC AN PHÚ\nCHI BỘ KHOA TOÁN", "", "Đảng bộ Cơ sở II Trường Đại học An Phú"),
        ("ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH\nCHI BỘ CÔNG TY AN PHÚ", "", "Đảng bộ Khối doanh nghiệp tỉnh"),
        # A town whose name begins with a unit word keeps it capitalised.
        ("ĐẢNG BỘ THỊ XÃ BUÔN HỒ\nCHI BỘ TRƯỜNG TH KIM ĐỒNG", "", "Đảng bộ thị xã Buôn Hồ"),
        # The text's own writing spells out what the header abbreviates.
        (
            "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TP ĐÀ NẴNG\nCHI BỘ TRƯỜNG THPT NGÔ QUYỀN",
            "Đảng ủy Khối các cơ quan thành phố",
            "Đảng bộ Khối các cơ quan thành phố Đà Nẵng",
        ),
        # A committee named to its unit does not swallow the next header line; one cut short does.
        ("ĐẢNG BỘ XÃ AN PHÚ\nTRƯỜNG MẦM NON HOA SEN", "", "Đảng bộ xã An Phú"),
        ("ĐẢNG BỘ CÔNG AN HUYỆN\nAN PHÚ\nCHI BỘ ĐỘI AN NINH", "", "Đảng bộ Công an huyện An Phú"),
        ("ĐẢNG BỘ THỊ XÃ\nBUÔN HỒ\nCHI BỘ TRƯỜNG TH KIM ĐỒNG", "", "Đảng bộ thị xã Buôn Hồ"),
        # A scan's unmarked Party name on the committee's line ends it.
        ("DANG BO XA AN PHU DANG CONG SAN VIET NAM\nCHI BO THON DONG", "Đảng ủy xã An Phú", "Đảng bộ xã An Phú"),
        # The header's kind wins over the recipients' "Đảng ủy".
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG", "Đảng ủy xã An Phú", "Đảng bộ xã An Phú"),
        ("ĐẢNG BỘ XÃ AN PHÚ – CHI BỘ THÔN ĐÔNG", "Đảng ủy xã An Phú", "Đảng bộ xã An Phú"),
    ],
)  # fmt: skip
def test_committees_of_many_kinds_in_the_header(header, recipient, expected):
    sign = SIGN + (RECIPIENTS.format(recipient) if recipient else "")
    assert _doc(header=header, sign=sign).committee_name == expected


@pytest.mark.parametrize(
    ("opening", "recipient", "expected"),
    [
        ("Thực hiện Kế hoạch số 12-KH/ĐU ngày 05/01/2024 của Đảng ủy xã Chi Lăng về sinh hoạt chuyên đề, Chi bộ thôn Đông xây dựng kế hoạch như sau:", "", "Đảng ủy xã Chi Lăng"),
        ("Chi bộ thôn Đông xây dựng kế hoạch như sau:", "Đảng ủy xã An Phú", "Đảng ủy xã An Phú"),
        ("Chi bộ Trường Mầm non Hoa Lan trực thuộc Đảng bộ xã Cam Hải Tây xây dựng kế hoạch như sau:", "", "Đảng bộ xã Cam Hải Tây"),
    ],
)  # fmt: skip
def test_a_committee_named_only_in_the_text_is_written_as_the_text_writes_it(
    opening, recipient, expected
):
    sign = SIGN + (RECIPIENTS.format(recipient) if recipient else "")
    assert _doc(header="CHI BỘ THÔN ĐÔNG", opening=opening, sign=sign).committee_name == expected


def test_a_schools_long_name_wrapped_after_its_first_kind():
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG TIỂU HỌC\nVÀ TRUNG HỌC CƠ SỞ AN PHÚ"
    assert _doc(header=header).cell_name == "Chi bộ Trường Tiểu học và Trung học cơ sở An Phú"


def test_a_scans_header_read_across_both_columns():
    header = "ĐẢNG BỘ BỘ PHẬN TRƯỜNG TRUNG\nĐẢNG CỘNG SẢN VIỆT NAM\nCẤP Y TẾ AN PHÚ\nCHI BỘ KHỐI HÀNH CHÍNH"
    plan = _doc(header=header)
    assert plan.committee_name == "Đảng bộ bộ phận Trường Trung cấp Y tế An Phú"
    assert plan.cell_name == "Chi bộ Khối Hành chính"


def test_a_cell_named_in_passing_after_the_plans_own_does_not_win():
    header = "ĐẢNG BỘ XÃ KIM LIÊN\nCHI BỘ XÓM SEN 2"
    title = "NGHỊ QUYẾT\nvề lãnh đạo thực hiện nhiệm vụ năm 2024"
    opening = (
        "Căn cứ kết quả thảo luận, Chi bộ xóm Sen 2 (49 đảng viên, sáp nhập từ hai chi bộ xóm "
        "Sen 3 và Sen 4) thống nhất quyết nghị như sau:"
    )
    assert _doc(header=header, title=title, opening=opening).cell_name == "Chi bộ xóm Sen 2"


def test_a_committee_cut_before_the_unit_it_is_in_and_written_as_the_text_writes_it():
    sign = SIGN + RECIPIENTS.format("Đảng ủy Phường 6")
    plan = _doc(header="ĐẢNG BỘ PHƯỜNG 6 – QUẬN TÂN BÌNH\nCHI BỘ KHU PHỐ 3", sign=sign)
    assert plan.committee_name == "Đảng bộ Phường 6"
    plan = _doc(header="ĐẢNG BỘ PHƯỜNG 14 – QUẬN 6\nCHI BỘ KHU PHỐ 3")
    assert plan.committee_name == "Đảng bộ phường 14"


# -- shapes added with the reader's second pass (made-up cases) --------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Chi bộ Trường Tiểu học – Mẫu giáo Trà Tập thống nhất sinh hoạt chuyên đề như sau:",
        # A scan reads the dash "—-": still the same name, written with its dash.
        "Chi bộ Trường Tiểu học —- Mẫu giáo Trà Tập thống nhất sinh hoạt chuyên đề như sau:",
    ],
)
def test_two_kinds_joined_by_an_ampersand_agree_with_their_full_writing(opening):
    title = "KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ NĂM 2023\nCỦA CHI BỘ TRƯỜNG TH&MG TRÀ TẬP"
    plan = _doc(header="ĐẢNG BỘ XÃ TRÀ TẬP", title=title, opening=opening)
    assert plan.cell_name == "Chi bộ Trường Tiểu học – Mẫu giáo Trà Tập"
    assert key_of(["Trường", "TH&THCS", "An", "Phú"]) == key_of(
        ["Trường", "Tiểu", "học", "và", "Trung", "học", "cơ", "sở", "An", "Phú"]
    )


def test_a_name_in_the_title_wrapped_before_the_year():
    title = "KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ\nCỦA CHI BỘ TRƯỜNG MẦM NON\nHOA SEN NĂM 2024"
    assert _doc(title=title).cell_name == "Chi bộ Trường Mầm non Hoa Sen"


@pytest.mark.parametrize(
    ("header", "opening", "expected"),
    [
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHl BỘ THÔN ĐÔNG HÒA", "", "Chi bộ thôn Đông Hòa"),  # "l" for "I"
        ("DANG BO XA AN PHU\nCHI BO TRUONG TIEU HOC SO 2 AN PHU", "", "Chi bộ Trường Tiểu học số 2 An Phú"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ CƠ QUAN ĐẢNG ỦY XÃ", "", "Chi bộ Cơ quan Đảng ủy xã"),
        ("ĐẢNG BỘ XÃ AN PHÚ", "Chi bộ Cơ quan Đảng - Mặt trận - Đoàn thể xã xây dựng kế hoạch như sau:", "Chi bộ Cơ quan Đảng - Mặt trận - Đoàn thể xã"),
        ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\nCHI BỘ TỈNH ĐOÀN", "", "Chi bộ Tỉnh đoàn"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ QUÂN SỰ", "", "Chi bộ Quân sự"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ KHU DÂN CƯ SỐ 5", "", "Chi bộ khu dân cư số 5"),
        ("ĐẢNG BỘ XÃ AN PHÚ CHI BỘ THÔN ĐÔNG HÒA", "", "Chi bộ thôn Đông Hòa"),
        ("CHI BỘ THÔN ĐÔNG HÒA – ĐẢNG BỘ XÃ AN PHÚ", "", "Chi bộ thôn Đông Hòa"),
        ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG MẦM NON\n*\nHOA SEN", "", "Chi bộ Trường Mầm non Hoa Sen"),
        # The name written after another "Chi bộ" and after the committee in the opening.
        ("ĐẢNG BỘ XÃ AN PHÚ", "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 – 2027; Chi ủy Chi bộ Trường Mầm non Hoa Sen xây dựng kế hoạch như sau:", "Chi bộ Trường Mầm non Hoa Sen"),
        ("ĐẢNG BỘ XÃ AN PHÚ", "Thực hiện Hướng dẫn của Đảng ủy xã An Phú về sinh hoạt chi bộ, Chi bộ Trường THCS An Phú xây dựng kế hoạch như sau:", "Chi bộ Trường THCS An Phú"),
    ],
)  # fmt: skip
def test_scanned_capitals_bodies_of_the_party_and_named_units(header, opening, expected):
    opening = opening or "Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:"
    plan = _doc(header=header, opening=opening)
    assert plan.cell_name == expected
    assert plan.committee_name.startswith("Đảng bộ")


_ACROSS = """Nơi nhận:                          {}
- Đảng ủy xã An Phú (b/c);          {}
- Lưu chi bộ.                        {}
                                     Hoàng Văn Minh
"""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("T/M CHI BỘ TRƯỜNG MẦM NON", "HOA SEN", "BÍ THƯ"), "Chi bộ Trường Mầm non Hoa Sen"),
        (("T/M CHI BỘ", "TRƯỜNG MẦM NON HOA SEN", "BÍ THƯ"), "Chi bộ Trường Mầm non Hoa Sen"),
        # The end of the name is nowhere: a school without its name is no name (the review asks).
        (("T/M CHI BỘ TRƯỜNG MẦM NON", "BÍ THƯ", ""), ""),
    ],
)
def test_a_signature_read_across_the_recipients_column(lines, expected):
    assert _doc(sign=_ACROSS.format(*lines)).cell_name == expected


@pytest.mark.parametrize(
    "header", ["ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG MẦM NON", "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TỔ DÂN PHỐ"]
)
def test_a_school_or_a_street_cut_before_its_name_is_no_name(header):
    assert _doc(header=header).cell_name == ""
    opening = "Chi bộ Trường Mầm non Hoa Sen xây dựng kế hoạch như sau:"
    if "TRƯỜNG" in header:  # the whole name elsewhere is taken
        assert _doc(header=header, opening=opening).cell_name == "Chi bộ Trường Mầm non Hoa Sen"


def _word_plan(left: list[str], sign: list[str], opening: str = "") -> str:
    """A Word plan whose header and signature stand in borderless two-column tables."""
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "\n".join(left)
    table.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM\nAn Phú, ngày 10 tháng 01 năm 2024"
    for line in ("KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"):
        document.add_paragraph(line)
    document.add_paragraph(opening or "Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề như sau:")
    for line in BODY.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nơi nhận:\n- Đảng ủy xã An Phú (b/c);\n- Lưu chi bộ."
    table.cell(0, 1).text = "\n".join(sign)
    buffer = io.BytesIO()
    document.save(buffer)
    return parse_plan(read_document(buffer.getvalue(), "kh.docx")).cell_name


@pytest.mark.parametrize(
    ("left", "sign", "expected"),
    [
        (["ĐẢNG BỘ XÃ AN PHÚ", "CHI BỘ THÔN ĐÔNG HÒA", "*", "Số 01-KH/CB"], ["T/M CHI BỘ", "BÍ THƯ"], "Chi bộ thôn Đông Hòa"),
        (["ĐẢNG BỘ XÃ AN PHÚ", "CHI BỘ TRƯỜNG MẦM NON", "HOA SEN", "*"], ["T/M CHI BỘ", "BÍ THƯ"], "Chi bộ Trường Mầm non Hoa Sen"),
        (["ĐẢNG BỘ XÃ AN PHÚ", "*"], ["T/M CHI BỘ TRƯỜNG MẦM NON", "HOA SEN", "BÍ THƯ"], "Chi bộ Trường Mầm non Hoa Sen"),
        (["ĐẢNG BỘ XÃ AN PHÚ", "*"], ["T/M CHI BỘ", "TRƯỜNG MẦM NON HOA SEN", "BÍ THƯ"], "Chi bộ Trường Mầm non Hoa Sen"),
        (["ĐẢNG BỘ XÃ AN PHÚ", "CHI BỘ TRƯỜNG MẦM NON"], ["T/M CHI BỘ", "BÍ THƯ"], ""),
    ],
)  # fmt: skip
def test_the_name_in_a_word_plans_borderless_header_and_signature_tables(left, sign, expected):
    assert _word_plan(left, sign) == expected


@pytest.mark.parametrize(
    ("opening", "sign", "expected"),
    [
        ("Chi ủy thôn Tân Yên xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:", SIGN, "Chi bộ thôn Tân Yên"),
        ("Ban Chi ủy Trường Mầm non Hoa Sen xây dựng kế hoạch như sau:", SIGN, "Chi bộ Trường Mầm non Hoa Sen"),
        ("Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:", SIGN.replace("T/M CHI BỘ", "T/M CHI ỦY THÔN TÂN YÊN"), "Chi bộ thôn Tân Yên"),
        # "Chi ủy" followed by no name: nothing.
        ("Chi ủy viên Nguyễn Văn An xây dựng kế hoạch như sau:", SIGN, ""),
        ("Chi ủy đôn đốc; Chi ủy Chi bộ xây dựng kế hoạch như sau:", SIGN, ""),
        # Only when no "Chi bộ …" names a cell: the cell's own mention wins.
        ("Chi ủy thôn Tân Yên xây dựng kế hoạch; Chi bộ thôn Tân Yên Hạ phối hợp như sau:", SIGN, "Chi bộ thôn Tân Yên Hạ"),
    ],
)  # fmt: skip
def test_a_cell_named_only_through_its_committee(opening, sign, expected):
    assert _doc(opening=opening, sign=sign).cell_name == expected


def test_a_scans_title_line_joined_to_the_opening_is_cut_before_it():
    text = (
        """ĐẢNG BỘ XÃ NAM SƠN
CHI BỘ THÔN KHE TAM
Số: 01-KH/CB
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
Thực hiện Nghị quyết Đại hội Chi bộ, Chi bộ thôn Khe Tam xây dựng kế hoạch như sau:
"""
        + BODY
    )
    read = read_document(text.encode("utf-8"), "scan.txt")
    read.source = "scan"  # its lines are where the page broke them: they are joined back
    plan = parse_plan(read)
    assert plan.title == "Sinh hoạt chuyên đề năm 2025"
    assert plan.cell_name == "Chi bộ thôn Khe Tam"
    # A title that goes on in its own words is kept whole.
    assert _doc(title="KẾ HOẠCH\nSinh hoạt chuyên đề của Chi bộ khu phố 3 năm 2024").title == (
        "Sinh hoạt chuyên đề của Chi bộ khu phố 3 năm 2024"
    )


def test_the_opening_under_a_title_in_capitals_is_no_part_of_it():
    title = "KẾ HOẠCH\nTỔ CHỨC SINH HOẠT CHUYÊN ĐỀ NĂM 2024"
    opening = "Thực hiện Hướng dẫn số 12-HD/BTCTW, Chi bộ Tỉnh đoàn xây dựng kế hoạch như sau:"
    plan = _doc(title=title, opening=opening)
    assert plan.title == "TỔ CHỨC SINH HOẠT CHUYÊN ĐỀ NĂM 2024"
    # A title of its own that begins with "Thực hiện" stays the title.
    title = "KẾ HOẠCH\nThực hiện sinh hoạt theo chuyên đề năm 2024"
    assert _doc(title=title).title == "Thực hiện sinh hoạt theo chuyên đề năm 2024"
