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


MONTHLY_PROGRAMME = """CHI BỘ TRƯỜNG TIỂU HỌC AN LẠC
KẾ HOẠCH CÔNG TÁC NĂM 2024
II. CHƯƠNG TRÌNH CÔNG TÁC CÁC THÁNG
Tháng 02/2024:
- Sinh hoạt chi bộ định kỳ; triển khai nhiệm vụ tháng.
- Sinh hoạt chuyên đề: Nâng cao chất lượng giáo dục kỹ năng sống cho học sinh (đ/c Lê Thị Hằng chuẩn bị).
Tháng 06/2024:
- Sinh hoạt chi bộ định kỳ.
Tháng 09/2024:
- Sinh hoạt chuyên đề: Đổi mới kiểm tra, đánh giá học sinh theo chương trình mới (đồng chí Phan Văn Tú, đồng chí Lê Thị Hằng trình bày).
III. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc thực hiện.
"""


def test_who_prepares_in_brackets_after_the_title_is_its_presenter_not_part_of_it():
    from chibo.importer.tests.builders import text_plan

    plan = text_plan(MONTHLY_PROGRAMME)
    got = {t.title: ([p.name for p in t.presenters], t.quarter, t.month) for t in plan.topics}
    assert got == {
        "Nâng cao chất lượng giáo dục kỹ năng sống cho học sinh": (["Lê Thị Hằng"], 1, 2),
        "Đổi mới kiểm tra, đánh giá học sinh theo chương trình mới": (
            ["Phan Văn Tú", "Lê Thị Hằng"],
            3,
            9,
        ),
    }
