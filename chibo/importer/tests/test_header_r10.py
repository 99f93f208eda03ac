"""The plan's identity read in session 10 (issue 17): a cell named after a web page's breadcrumb
("Trang chủ » Hoạt động chi bộ » Kế hoạch …") is the one the header and the opening name, not the
breadcrumb's words. Every text is made up here.
"""

from __future__ import annotations

from chibo.importer.names import cell_mentions
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
