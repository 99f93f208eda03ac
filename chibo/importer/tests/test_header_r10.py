"""The plan's identity read in session 10 (issue 17): a cell named after a web page's breadcrumb
("Trang chủ » Hoạt động chi bộ » Kế hoạch …") is the one the header and the opening name, not the
breadcrumb's words; a schedule's title under the cell's heading line ("LỊCH SINH HOẠT CHUYÊN ĐỀ")
is no part of the cell's name; "CAO ĐẲNG" in a committee's name does not end it as "ĐẢNG" does.
Every text is made up here.
"""

from __future__ import annotations

from chibo.importer.names import cell_mentions, committee_mentions
from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document

PAGE = """\
TRƯỜNG TIỂU HỌC HOA SEN
Trang chủ   Giới thiệu   Tin tức   Hoạt động chi bộ   Liên hệ
Trang chủ » Hoạt động chi bộ » Kế hoạch sinh hoạt chuyên đề năm 2025
Kế hoạch sinh hoạt chuyên đề năm 2025 của Chi bộ
Ngày đăng: 10/01/2025 | Lượt xem: 97

ĐẢNG BỘ XÃ AN HÒA
CHI BỘ TRƯỜNG TIỂU HỌC HOA SEN
Số 01-KH/CB                                   An Hòa, ngày 08 tháng 01 năm 2025

KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025

Chi bộ Trường Tiểu học Hoa Sen xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:
Tháng 3 (quý I) | Nâng cao chất lượng dạy học môn Tiếng Việt | đ/c Trần Thị Mai
Tháng 6 (quý II) | Xây dựng trường học an toàn, thân thiện | đ/c Lê Văn Bình
"""


def test_a_breadcrumb_is_not_the_cells_name():
    plan = parse_plan(read_document(PAGE.encode("utf-8"), "ke-hoach.txt"))
    assert plan.cell_name == "Chi bộ Trường Tiểu học Hoa Sen"
    assert plan.committee_name == "Đảng bộ xã An Hòa"


def test_a_bar_or_an_arrow_ends_a_name():
    assert [m.words for m in cell_mentions("Hoạt động chi bộ » Kế hoạch năm", 1)] == []
    assert [m.words for m in cell_mentions("Chi bộ | Kế hoạch | Năm 2025", 1)] == []
    # a dash still joins a name with its place, and digits still name a cell
    assert [m.words for m in cell_mentions("Chi bộ thôn Đông Sơn – xã Quý Lộc", 1)][0][:3] == [
        "thôn",
        "Đông",
        "Sơn",
    ]
    assert [m.words for m in cell_mentions("Chi bộ 4 sinh hoạt", 1)] == [["4"]]


def test_a_schedules_title_under_the_cells_line_is_not_part_of_its_name():
    text = (
        "ĐẢNG BỘ XÃ IA HRÚ - CHI BỘ LÀNG PLEI KÔNG\n"
        "Kế hoạch số 02-KH/CB, Ia Hrú, ngày 15 tháng 01 năm 2021\n"
        "LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM 2021\n"
        "Tháng 3/2021 (quý I): Vận động bà con chăm sóc vườn điều – đ/c Rơ Châm Hyơn\n"
    )
    plan = parse_plan(read_document(text.encode("utf-8"), "lich.txt"))
    assert plan.cell_name == "Chi bộ làng Plei Kông"
    # a name that really wraps onto the next line still goes on
    mention = cell_mentions("CHI BỘ TRƯỜNG TIỂU HỌC", 3, "NGUYỄN VĂN TRỖI")[0]
    assert mention.words == ["TRƯỜNG", "TIỂU", "HỌC", "NGUYỄN", "VĂN", "TRỖI"]


def test_a_college_is_no_party_in_a_committees_name():
    # "CAO ĐẲNG" folds like "ĐẢNG" but is another word: only a scan's unmarked "DANG" stops a name
    mentions = committee_mentions("ĐẢNG BỘ TRƯỜNG CAO ĐẲNG", 3, "CỘNG ĐỒNG BÌNH THUẬN")
    assert mentions[0][1].words == ["TRƯỜNG", "CAO", "ĐẲNG", "CỘNG", "ĐỒNG", "BÌNH", "THUẬN"]
    unmarked = committee_mentions("DANG BO XA AN PHU DANG CONG SAN VIET NAM", 3)
    assert unmarked[0][1].words == ["XA", "AN", "PHU"]
