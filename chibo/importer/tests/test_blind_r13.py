"""Round 13: what plans written blind (the writers given only the issue and the seeds) showed."""

from chibo.importer.ocr import join_wrapped


def test_a_cell_line_ending_in_a_glued_hyphen_joins_the_next_without_a_space():
    assert join_wrapped(["Bồi dưỡng theo Thông tư 18/2019/TT-", "BGDĐT"]) == (
        "Bồi dưỡng theo Thông tư 18/2019/TT-BGDĐT"
    )
    assert join_wrapped(["phòng, chống dịch Covid-", "19"]) == "phòng, chống dịch Covid-19"


def test_a_dash_standing_alone_or_before_a_list_keeps_its_space():
    assert join_wrapped(["Tháng 3 -", "Quý I"]) == "Tháng 3 - Quý I"
    # a dash opening a line is an item of its own, on its own line as Word holds it (round 15)
    assert join_wrapped(["Đ/c Hoa", "- Đ/c Lan"]) == "Đ/c Hoa\n- Đ/c Lan"
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


RESOLUTION = """ĐẢNG ỦY XÃ AN HÒA
CHI BỘ TRƯỜNG THCS AN HÒA
NGHỊ QUYẾT
ĐẠI HỘI CHI BỘ NHIỆM KỲ 2020 – 2022
QUYẾT NGHỊ
1. Tán thành báo cáo chính trị của chi ủy.
2. Nhiệm vụ và giải pháp
a) Nâng cao chất lượng dạy và học, giữ vững kỷ cương nền nếp.
b) Nâng cao chất lượng sinh hoạt chi bộ; năm 2020 sinh hoạt các chuyên đề sau:
Quý I (tháng 2): chuyên đề “Phòng, chống bạo lực học đường trong nhà trường”, do đồng chí Đỗ Thị Vân chuẩn bị.
Quý III (tháng 8): chuyên đề “Bồi dưỡng học sinh giỏi cấp huyện, cấp tỉnh”, do đồng chí Hà Văn Nam chuẩn bị.
c) Làm tốt công tác bồi dưỡng quần chúng ưu tú là giáo viên trẻ.
3. Tổ chức thực hiện
Chi ủy xây dựng chương trình hành động; mỗi đảng viên xây dựng kế hoạch cá nhân năm 2020.
"""


def test_a_time_line_telling_its_topic_whole_heads_no_item_and_the_closing_part_is_no_topic():
    from chibo.importer.tests.builders import text_plan

    plan = text_plan(RESOLUTION)
    got = {t.title: ([p.name for p in t.presenters], t.quarter, t.month) for t in plan.topics}
    assert got == {
        "Phòng, chống bạo lực học đường trong nhà trường": (["Đỗ Thị Vân"], 1, 2),
        "Bồi dưỡng học sinh giỏi cấp huyện, cấp tỉnh": (["Hà Văn Nam"], 3, 8),
    }
