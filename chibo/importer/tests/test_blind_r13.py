"""Round 13: what plans written blind (the writers given only the issue and the seeds) showed."""

from chibo.importer.ocr import join_wrapped


def test_a_cell_line_ending_in_a_glued_hyphen_joins_the_next_without_a_space():
    assert join_wrapped(["Bồi dưỡng theo Thông tư 18/2019/TT-", "BGDĐT"]) == (
        "Bồi dưỡng theo Thông tư 18/2019/TT-BGDĐT"
    )
    assert join_wrapped(["phòng, chống dịch Covid-", "19"]) == "phòng, chống dịch Covid-19"


def test_a_dash_standing_alone_or_before_a_list_keeps_its_space():
    assert join_wrapped(["Tháng 3 -", "Quý I"]) == "Tháng 3 - Quý I"
    assert join_wrapped(["Đ/c Hoa", "- Đ/c Lan"]) == "Đ/c Hoa - Đ/c Lan"
    assert join_wrapped(["Xây dựng", "", "  Đảng  "]) == "Xây dựng Đảng"
