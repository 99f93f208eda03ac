"""Plans in shapes the parser was not written around (issue 17, item 2), typed as cells type them.

Each text is small and made up here (not taken from the public-plan corpus): a topic named in a
list and again in a schedule or an assignment section under another numbering, quarters and
months written anywhere, presenters in sentences, lists and tables, the cell named only in the
opening sentence, bullets of every kind, topics told in prose.
"""

from __future__ import annotations

import pytest

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.lib.vietnamese import fold

HEAD = """ĐẢNG BỘ XÃ AN PHÚ                    ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS AN PHÚ
Số 07-KH/CB                           An Phú, ngày 12 tháng 01 năm 2023

KẾ HOẠCH
Sinh hoạt chuyên đề năm 2023

Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;
Chi bộ Trường Trung học cơ sở An Phú xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng sinh hoạt chi bộ.
"""
TAIL = """
IV. TỔ CHỨC THỰC HIỆN
Chi ủy đôn đốc các đồng chí được phân công.
                                       T/M CHI BỘ
                                       BÍ THƯ
                                       Hoàng Văn Minh
"""


def _plan(body: str, head: str = HEAD):
    return parse_plan(read_document((head + body + TAIL).encode("utf-8"), "kehoach.txt"))


def _topics(plan) -> list[tuple[str, int | None, int | None, list[str]]]:
    return [
        (fold(t.title), t.quarter, t.month, sorted(fold(p.name) for p in t.presenters))
        for t in plan.topics
    ]


T1 = "Nâng cao chất lượng giáo dục kỹ năng sống cho học sinh"
T2 = "Đổi mới phương pháp dạy học theo hướng phát triển năng lực"
T3 = "Phát huy vai trò nêu gương của đảng viên trong nhà trường"


def test_a_topic_listed_then_scheduled_and_assigned_under_other_numbers_is_one_topic():
    plan = _plan(f"""II. CÁC CHUYÊN ĐỀ
1. {T1}
2. {T2}
3. {T3}
III. LỊCH SINH HOẠT VÀ PHÂN CÔNG
- Chuyên đề số 1: quý I/2023, tháng 3.
- CĐ 2: Quý 2 – tháng 05.
- Chuyên đề số 3: tháng 9 năm 2023.
Phân công chuẩn bị:
+ Chuyên đề số 1: Đồng chí Lê Thị Hoa chuẩn bị.
+ CĐ 2: Giao đ/c Trần Văn Nam, Phó Bí thư, xây dựng dự thảo.
+ Chuyên đề số 3: đồng chí Hoàng Văn Minh và đồng chí Vũ Thị Yến.
""")
    assert _topics(plan) == [
        (fold(T1), 1, 3, ["le thi hoa"]),
        (fold(T2), 2, 5, ["tran van nam"]),
        (fold(T3), 3, 9, ["hoang van minh", "vu thi yen"]),
    ]
    assert plan.topics[1].presenters[0].role_note == "Phó Bí thư"
    assert plan.cell_name == "Chi bộ Trường Trung học cơ sở An Phú"
    assert plan.committee_name == "Đảng bộ xã An Phú"


def test_quarters_and_months_are_read_wherever_they_are_written():
    plan = _plan(f"""II. NỘI DUNG
1.1. Chuyên đề 1: {T1}
Thời gian: Quý I (tháng 01-03).
1.2. Chuyên đề 2: {T2}
Thời gian: trong tháng 10.
Người thực hiện: đ/c Lê Thị Hoa.
1.3. Chuyên đề 3: {T3}
Thời gian: Quý 3, tháng 8/2023.
Người thực hiện: đ/c Trần Văn Nam.
""")
    assert [(t.quarter, t.month) for t in plan.topics] == [(1, None), (4, 10), (3, 8)]
    assert not any(t.conflicts for t in plan.topics)


def test_a_month_outside_its_quarter_is_kept_and_flagged():
    plan = _plan(f"""II. NỘI DUNG
- Chuyên đề 1: {T1}
- Thời gian: Quý II – tháng 7.
- Người thực hiện: đ/c Lê Thị Hoa.
""")
    topic = plan.topics[0]
    assert (topic.quarter, topic.month) == (2, 7)
    assert any("Tháng 7 không thuộc Quý II" in c for c in topic.conflicts)


@pytest.mark.parametrize("mark", ["-", "+", "•", "a)", "1."])
def test_time_led_items_with_any_list_mark(mark):
    plan = _plan(f"""II. NỘI DUNG CỤ THỂ
{mark} Quý I (tháng 3/2023): {T1}.
   Phân công: đ/c Lê Thị Hoa, đ/c Trần Văn Nam.
{mark} Quý III (tháng 9/2023): {T3}.
   Phân công: đ/c Hoàng Văn Minh.
""")
    assert _topics(plan) == [
        (fold(T1), 1, 3, ["le thi hoa", "tran van nam"]),
        (fold(T3), 3, 9, ["hoang van minh"]),
    ]


def test_topics_told_in_prose_paragraphs():
    plan = _plan(f"""II. NỘI DUNG
Trong quý I, chi bộ sinh hoạt chuyên đề “{T1}” vào tháng 2; đồng chí Lê Thị Hoa chuẩn bị. \
Sang quý II, tháng 5, chuyên đề “{T2}” do đồng chí Trần Văn Nam và đồng chí Vũ Thị Yến xây dựng dự thảo.
Quý III: tháng 9 năm 2023
Chuyên đề “{T3}”.
Đồng chí Hoàng Văn Minh xây dựng dự thảo, trình chi ủy cho ý kiến.
""")
    assert _topics(plan) == [
        (fold(T1), 1, 2, ["le thi hoa"]),
        (fold(T2), 2, 5, ["tran van nam", "vu thi yen"]),
        (fold(T3), 3, 9, ["hoang van minh"]),
    ]


def test_a_schedule_typed_as_a_text_table_with_quarter_and_month_columns():
    plan = _plan(f"""II. LỊCH SINH HOẠT CHUYÊN ĐỀ
STT | Quý | Tháng | Tên chuyên đề | Người thực hiện
1 | I | 02 | {T1} | Lê Thị Hoa
2 | II | 05 | {T2} | Trần Văn Nam - Vũ Thị Yến
""")
    assert _topics(plan) == [
        (fold(T1), 1, 2, ["le thi hoa"]),
        (fold(T2), 2, 5, ["tran van nam", "vu thi yen"]),
    ]


def test_the_cell_named_only_in_the_opening_sentence():
    head = """ĐẢNG BỘ XÃ AN PHÚ                    ĐẢNG CỘNG SẢN VIỆT NAM
Số 07-KH/CB                           An Phú, ngày 12 tháng 01 năm 2023

KẾ HOẠCH
Sinh hoạt chuyên đề năm 2023

Thực hiện Hướng dẫn của Đảng ủy xã An Phú, Chi bộ thôn Đông Hòa xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:
"""
    plan = _plan(
        f"""II. NỘI DUNG
1. Chuyên đề 1: {T3}
- Thời gian: tháng 4/2023.
- Người thực hiện: đ/c Hoàng Văn Minh.
""",
        head,
    )
    assert plan.cell_name == "Chi bộ thôn Đông Hòa"
    assert plan.committee_name == "Đảng bộ xã An Phú"
    assert _topics(plan) == [(fold(T3), 2, 4, ["hoang van minh"])]


ACTIVITY_HEAD = HEAD.replace(
    "Sinh hoạt chuyên đề năm 2023", "Hoạt động của chi bộ năm 2023"
).replace("kế hoạch sinh hoạt chuyên đề", "kế hoạch hoạt động")


def _targets(body: str) -> list[str]:
    plan = _plan(body, ACTIVITY_HEAD)
    assert plan.kind == "activity"
    return [t.text.rstrip(".") for t in plan.targets]


def test_targets_under_their_own_sub_heading_only():
    assert _targets("""II. MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ
1. Mục tiêu
Xây dựng chi bộ trong sạch, vững mạnh.
2. Chỉ tiêu
- 100% đảng viên hoàn thành nhiệm vụ.
- Kết nạp 02 đảng viên mới.
3. Nhiệm vụ
- Duy trì sinh hoạt chi bộ ngày 05 hằng tháng.
""") == ["100% đảng viên hoàn thành nhiệm vụ", "Kết nạp 02 đảng viên mới"]


def test_targets_as_numbered_sentences_under_a_lettered_heading_and_in_a_table():
    assert _targets("""A. CÁC CHỈ TIÊU PHẤN ĐẤU
1. Chi bộ đạt “Hoàn thành tốt nhiệm vụ”.
2. 100% đảng viên hoàn thành nhiệm vụ.
B. NHIỆM VỤ TRỌNG TÂM
Lãnh đạo nhà trường hoàn thành nhiệm vụ năm học.
""") == ["Chi bộ đạt “Hoàn thành tốt nhiệm vụ”", "100% đảng viên hoàn thành nhiệm vụ"]
    assert _targets("""II. CHỈ TIÊU
STT | Chỉ tiêu | Ghi chú
1 | 95% trẻ đạt chuẩn phát triển | -
2 | Kết nạp 01 đảng viên mới | -
""") == ["95% trẻ đạt chuẩn phát triển", "Kết nạp 01 đảng viên mới"]


def test_a_long_cell_name_wrapped_in_the_header():
    head = HEAD.replace(
        "CHI BỘ TRƯỜNG THCS AN PHÚ\n", "CHI BỘ TRƯỜNG TRUNG HỌC CƠ SỞ\nAN PHÚ\n*\n"
    ).replace("Chi bộ Trường Trung học cơ sở An Phú xây dựng", "Chi bộ xây dựng")
    plan = _plan(
        f"""II. NỘI DUNG
1. Chuyên đề 1: {T3}
- Thời gian: tháng 4/2023.
- Người thực hiện: đ/c Hoàng Văn Minh.
""",
        head,
    )
    assert plan.cell_name == "Chi bộ Trường Trung học cơ sở An Phú"


def test_the_assignment_section_names_people_first_and_topics_by_number():
    plan = _plan(f"""II. NỘI DUNG CÁC CHUYÊN ĐỀ
Chuyên đề 1: {T1}
Thời gian: Quý I/2023 (tháng 3).
Chuyên đề 2: {T2}
Thời gian: Quý II/2023 (tháng 6).
III. PHÂN CÔNG THỰC HIỆN
- Đồng chí Lê Thị Hoa: chuẩn bị chuyên đề số 1 và số 2.
- Đồng chí Trần Văn Nam: chuẩn bị chuyên đề số 2.
""")
    assert _topics(plan) == [
        (fold(T1), 1, 3, ["le thi hoa"]),
        (fold(T2), 2, 6, ["le thi hoa", "tran van nam"]),
    ]


def test_numbered_assignment_items_and_time_led_items_with_short_months():
    plan = _plan(f"""II. NỘI DUNG VÀ THỜI GIAN
Quý I (tháng 1 – 3)
1. T2/2023: “{T1}”.
Quý III (tháng 7 – 9)
2. tháng 9 năm 2023: “{T3}”.
III. PHÂN CÔNG CHUẨN BỊ
1. Đồng chí Lê Thị Hoa: xây dựng dự thảo chuyên đề.
2. Đồng chí Hoàng Văn Minh, đồng chí Vũ Thị Yến: xây dựng dự thảo chuyên đề.
""")
    assert _topics(plan) == [
        (fold(T1), 1, 2, ["le thi hoa"]),
        (fold(T3), 3, 9, ["hoang van minh", "vu thi yen"]),
    ]


def test_an_activity_plan_lists_its_topics_under_quarter_headings_one_month_outside():
    plan = _plan(
        f"""II. NHIỆM VỤ
1. Công tác chính trị tư tưởng
- Quán triệt các nghị quyết của Đảng.
2. Sinh hoạt chuyên đề
Quý I:
- Tháng 3/2023: {T1} (đ/c Lê Thị Hoa chuẩn bị).
Quý II:
- Tháng 7/2023: {T2} (đ/c Trần Văn Nam, đ/c Vũ Thị Yến chuẩn bị).
3. Công tác phát triển đảng viên
- Tháng 8/2023: kết nạp đảng viên mới cho quần chúng ưu tú.
""",
        ACTIVITY_HEAD,
    )
    assert _topics(plan) == [
        (fold(T1), 1, 3, ["le thi hoa"]),
        (fold(T2), 2, 7, ["tran van nam", "vu thi yen"]),
    ]
    assert any("Tháng 7 không thuộc Quý II" in c for c in plan.topics[1].conflicts)


def test_the_cell_named_only_in_the_signature():
    head = HEAD.replace("CHI BỘ TRƯỜNG THCS AN PHÚ\n", "").replace(
        "Chi bộ Trường Trung học cơ sở An Phú xây dựng", "Chi bộ xây dựng"
    )
    plan = parse_plan(
        read_document(
            (
                head
                + """II. NỘI DUNG
1. Chuyên đề 1: Phát huy vai trò nêu gương của đảng viên trong nhà trường
- Thời gian: tháng 4/2023.
- Người thực hiện: đ/c Hoàng Văn Minh.
                                       T/M CHI BỘ TRƯỜNG THCS SỐ 2 AN PHÚ
                                       BÍ THƯ
                                       Hoàng Văn Minh
"""
            ).encode("utf-8"),
            "kehoach.txt",
        )
    )
    assert plan.cell_name == "Chi bộ Trường THCS số 2 An Phú"


@pytest.mark.parametrize(
    ("sign_for", "role"),
    [("T/M CHI BỘ", "BÍ THƯ"), ("TM CHI BỘ", "BÍ THƯ"), ("T/M CHI ỦY", "PHÓ BÍ THƯ"),
     ("K/T BÍ THƯ", "PHÓ BÍ THƯ")],
)  # fmt: skip
def test_the_signer_under_the_last_topic_is_not_its_presenter(sign_for, role):
    plan = _plan(
        f"""II. NỘI DUNG
1. Chuyên đề 1 (Quý I): Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Thời gian: tháng 3/2026.
Người thực hiện: đồng chí Dương Thị Huệ.
2. Chuyên đề 2 (Quý IV): Xây dựng nông thôn mới.
Thời gian: tháng 11/2026.
Người thực hiện: đồng chí Phạm Thị Thu Hà.

{sign_for}
{role}
(Đã ký)
Dương Thị Huệ
"""
    )
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Dương Thị Huệ"],
        ["Phạm Thị Thu Hà"],
    ]
