"""More shapes of how cells and committees are named (session 8). Every text is made up: a village
whose name is made of words that also name kinds, a cooperative with its trade written small, a
header's abbreviated kind or initials spelled out in the running text, a scan's marks on a kind, a
legal basis quoting another document, the commune after a dash, a plan quoted in an e-mail reply,
a header typed in lower case and shown in capitals. Each shape has a near miss beside it.
"""

from __future__ import annotations

from chibo.importer.header import _basis_split, _shown_in_capitals, _without_place
from chibo.importer.names import Mention, _kind_marks, best, name_words, spell_fields, valid
from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.text import Line

from .test_cell_name import _doc


def _words(text: str, caps: bool = False) -> str:
    return " ".join(name_words(text.split(), caps)[0])


def test_a_village_named_with_words_that_also_name_kinds():
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ XÓM THANH NIÊN"
    opening = "Chi bộ xóm Thanh Niên xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ xóm Thanh Niên"
    assert valid(["XÓM", "THANH", "NIÊN"]) and valid(["thôn", "Kinh", "Tế"])
    # Near miss: a unit's general noun alone is a name cut short.
    assert not valid(["KHU", "PHỐ"]) and not valid(["TỔ", "DÂN", "PHỐ", "SỐ"])


def test_a_post_held_together_with_the_secretaryship_is_no_name():
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ BẢN HUỔI MỘT"
    opening = "Giao đồng chí Lò Văn Páo, Bí thư Chi bộ kiêm Trưởng bản, chuẩn bị chuyên đề quý I:"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ bản Huổi Một"
    assert _words("kiêm Trưởng bản chuẩn bị") == ""
    # Near miss: "Kiêm" is no stop in a name read from capitals.
    assert _words("THÔN KIÊM LONG", caps=True) == "THÔN KIÊM LONG"


def test_a_headers_abbreviated_kind_is_spelled_out_by_the_running_text():
    header = "ĐẢNG BỘ PHƯỜNG AN LẠC\nCHI BỘ KP 7"
    opening = "Chi bộ khu phố 7 xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ khu phố 7"
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ DN MINH PHÁT"
    opening = "Chi bộ Doanh nghiệp Minh Phát xây dựng kế hoạch như sau:"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ Doanh nghiệp Minh Phát"
    # Near miss: written only abbreviated, it stays as written.
    assert _doc(header="ĐẢNG BỘ PHƯỜNG AN LẠC\nCHI BỘ KP 7").cell_name == "Chi bộ KP 7"


def test_a_cooperatives_trade_is_written_small_before_its_proper_name():
    header = "ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ HTX CHĂN NUÔI BÒ SỮA"
    opening = (
        "Chi bộ Hợp tác xã chăn nuôi bò sữa Tân Lập có 07 đảng viên, xây dựng kế hoạch như sau:"
    )
    expected = "Chi bộ Hợp tác xã chăn nuôi bò sữa Tân Lập"
    assert _doc(header=header, opening=opening).cell_name == expected
    # Near miss: small words after the kind without a proper name after them are the sentence.
    assert _words("Hợp tác xã chăn nuôi bò sữa có 07 đảng viên") == "Hợp tác xã"
    assert _words("Trường Mầm non tổ chức sinh hoạt") == "Trường Mầm non"


def test_a_team_named_by_its_field():
    assert _words("Tổ Vận động quần chúng xây dựng kế hoạch") == "Tổ Vận động quần chúng"
    # Near miss: a sentence whose cell mobilises the people names no cell.
    words = name_words(["vận", "động", "quần", "chúng", "tham", "gia"], False)[0]
    assert words == ["vận", "động", "quần", "chúng"] and not valid(words)


def test_a_headers_initials_of_a_name_the_text_writes_in_full():
    header = "ĐẢNG BỘ CÔNG TY AN BÌNH\nCHI BỘ PHÒNG TCHC"
    opening = "Chi bộ phòng Tổ chức Hành chính xây dựng kế hoạch sinh hoạt chuyên đề như sau:"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ phòng Tổ chức Hành chính"
    # Near miss: other initials agree with nothing; the header's name stands.
    header = "ĐẢNG BỘ CÔNG TY AN BÌNH\nCHI BỘ PHÒNG TCKT"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ Phòng TCKT"


def test_a_scans_marks_on_a_kind_and_its_dash():
    words = ["Trường", "Tiếu", "học", "Hòa", "Bình", "—", "Tân", "Lập"]
    assert _kind_marks(words) == ["Trường", "Tiểu", "học", "Hòa", "Bình", "–", "Tân", "Lập"]
    # Near miss: a proper name is not a kind's words, whatever its marks.
    assert _kind_marks(["Trường", "Mầm", "non", "Tiến", "Hóa"]) == [
        "Trường", "Mầm", "non", "Tiến", "Hóa"
    ]  # fmt: skip


def test_a_legal_basis_quotes_another_documents_writing():
    opening = (
        "Căn cứ Quyết định thành lập Chi bộ công ty Minh Long;\n"
        "Chi bộ Công ty Minh Long xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:"
    )
    assert _doc(opening=opening).cell_name == "Chi bộ Công ty Minh Long"
    # Near miss: after the basis, on the same line, the cell's own clause is its own writing.
    assert _basis_split("Căn cứ Nghị quyết Chi bộ 3, Chi ủy Chi bộ 3 Khu A lên kế hoạch") == (
        "Căn cứ Nghị quyết Chi bộ 3",
        "Chi ủy Chi bộ 3 Khu A lên kế hoạch",
    )
    assert _basis_split("Chi bộ 3 xây dựng kế hoạch") == ("", "Chi bộ 3 xây dựng kế hoạch")


def test_the_commune_after_a_dash_says_where_the_cell_is():
    words = ["số", "5", "-", "An", "Lạc"]
    cut = _without_place(Mention(words, 4, False, "header"), "Đảng bộ phường An Lạc")
    assert cut.words == ["số", "5"]
    header = "ĐẢNG BỘ PHƯỜNG AN LẠC\nCHI BỘ SỐ 5"
    opening = "Chi bộ số 5 - An Lạc xây dựng kế hoạch sinh hoạt chuyên đề như sau:"
    assert _doc(header=header, opening=opening).cell_name == "Chi bộ số 5"
    # Near miss: a name joined by a dash that is not the commune's stays whole.
    words = ["3", "–", "Trường", "Mầm", "non", "Hoa", "Sen"]
    kept = _without_place(Mention(words, 4, False, "header"), "Đảng bộ xã An Phú")
    assert kept.words == words


QUOTED = """From: Van phong Dang uy xa An Phu
Subject: RE: ke hoach chuyen de

Đã nhận, cảm ơn đồng chí.

On Mon, Jan 8, 2024 Hoang Van Minh wrote:
> ĐẢNG BỘ XÃ AN PHÚ
> CHI BỘ THÔN ĐÔNG HÒA
> Số 02-KH/CB
>
> KẾ HOẠCH
> Sinh hoạt chuyên đề năm 2024
>
> Chi bộ thôn Đông Hòa xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:
> I. NỘI DUNG
> 1. Chuyên đề 1: Phát huy vai trò nêu gương của đảng viên
> - Thời gian: tháng 4/2024.
"""


def test_a_plan_quoted_in_an_e_mail_reply():
    plan = parse_plan(read_document(QUOTED.encode("utf-8"), "thu.txt"))
    assert plan.cell_name == "Chi bộ thôn Đông Hòa"
    assert plan.committee_name == "Đảng bộ xã An Phú"
    assert plan.title == "Sinh hoạt chuyên đề năm 2024"
    # Near miss: the same plan not quoted reads the same.
    plain = QUOTED.replace("> ", "").replace(">\n", "\n")
    assert parse_plan(read_document(plain.encode("utf-8"), "kh.txt")).cell_name == plan.cell_name


def test_a_header_typed_small_and_shown_in_capitals():
    header = "đảng bộ xã an phú\nchi bộ văn phòng"
    opening = "Chi bộ Văn phòng xây dựng kế hoạch; báo cáo Đảng bộ huyện Lạc Sơn."
    plan = _doc(header=header, opening=opening)
    assert plan.committee_name == "Đảng bộ xã An Phú"
    assert plan.cell_name == "Chi bộ Văn phòng"
    # Near miss: a small line that is no header line is left as typed.
    assert _shown_in_capitals(Line("chương trình hành động")).text == "chương trình hành động"


def test_best_reads_initials_only_of_three_letters_or_more():
    mentions = [
        Mention(["PHÒNG", "KT"], 4, True, "header"),
        Mention(["phòng", "Kế", "Toán"], 2, False, "opening"),
    ]
    chosen = best(mentions)
    assert chosen is not None and chosen.words == ["PHÒNG", "KT"]


def test_a_body_whose_name_lists_its_fields():
    header = "ĐẢNG BỘ SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI\nCHI BỘ PHÒNG NGƯỜI CÓ CÔNG"
    expected = "Đảng bộ Sở Lao động, Thương binh và Xã hội"
    assert _doc(header=header).committee_name == expected
    assert _words("Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang xây dựng") == (
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang"
    )
    # Near misses: a commune after the comma, several bodies, several villages, no "và".
    assert _words("thôn Tân Minh, xã Quý Lộc, huyện Yên Định") == "thôn Tân Minh"
    assert _words("Trường Mầm non Hoa Sen, Trường Tiểu học A và Trường B") == (
        "Trường Mầm non Hoa Sen"
    )
    assert _words("thôn Đông, Tây và Nam Sơn họp") == "thôn Đông"
    assert _words("SỞ NỘI VỤ, THANH TRA", caps=True) == "SỞ NỘI VỤ"


def test_a_documents_type_code_as_written():
    header = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG HÒA"
    text = f"""{header}                    ĐẢNG CỘNG SẢN VIỆT NAM
Số 03-CTr/CB                           An Phú, ngày 10 tháng 01 năm 2024

CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện nhiệm vụ năm 2024
"""
    plan = parse_plan(read_document(text.encode("utf-8"), "ctr.txt"))
    assert (plan.number, plan.type_code) == (3, "CTr")
    # Near miss: a code typed small is read in capitals.
    plan = parse_plan(read_document(text.replace("CTr", "kh").encode("utf-8"), "kh.txt"))
    assert plan.type_code == "KH"


def test_a_committees_initialism_of_its_fields_is_spelled_out():
    header = "ĐẢNG BỘ TRƯỜNG CAO ĐẲNG VHNT\nCHI BỘ KHOA MÚA"
    expected = "Đảng bộ Trường Cao đẳng Văn hóa Nghệ thuật"
    assert _doc(header=header).committee_name == expected
    assert spell_fields(["Trường", "ĐHSP", "Hà", "Tây"]) == [
        "Trường", "Đại", "học", "Sư", "phạm", "Hà", "Tây"
    ]  # fmt: skip
    # Near misses: a known abbreviation stays, two letters stay, and initials that read two
    # ways ("KT": "kinh tế" or "kỹ thuật") stay as written.
    assert spell_fields(["Công", "ty", "TNHH", "CP", "An", "Bình"]) == [
        "Công", "ty", "TNHH", "CP", "An", "Bình"
    ]  # fmt: skip
    assert spell_fields(["Trường", "SPKT"]) == ["Trường", "SPKT"]


def test_a_cooperatives_trade_read_only_in_capitals_is_written_small():
    header = "ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ HTX DỊCH VỤ NÔNG NGHIỆP TÂN LẬP"
    assert _doc(header=header).cell_name == "Chi bộ HTX dịch vụ nông nghiệp Tân Lập"
    # Near miss: another body's field keeps its capital.
    header = "ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ CÔNG TY CP DỊCH VỤ TÂN LẬP"
    assert _doc(header=header).cell_name == "Chi bộ Công ty CP Dịch vụ Tân Lập"
