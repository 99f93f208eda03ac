"""Targets (chỉ tiêu) in the shapes plans and resolutions write them (issue 17, unseen layouts).

Every text here is made up, as cells type them: a resolution whose "Mục tiêu, chỉ tiêu" section is a
paragraph ("Chi bộ phấn đấu: …; …; …"), targets in sentences ("Phấn đấu 100% đảng viên …", "Có 95%
trở lên …"), numbered lines ("1/", "a)", "-"), tables with a "Chỉ tiêu" column beside a value aimed
at or last year's result, a "Mục tiêu cụ thể" heading, a "Chỉ tiêu:" line under each area of a
programme. And what is no target: last year's results, the situation, the aims before a
"Chỉ tiêu:" lead-in, a thematic plan's purpose.
"""

from __future__ import annotations

import pytest

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.schema import ParsedTarget

HEAD = """ĐẢNG BỘ XÃ TÂN HƯNG                         ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP TÂN THÀNH
Số 01-{code}/CB                                Tân Hưng, ngày 08 tháng 01 năm 2025

{title}

Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
Chi bộ ấp Tân Thành xây dựng {what} năm 2025 như sau:
"""
SIGN = """
                                              T/M CHI BỘ
                                              BÍ THƯ
                                              Lê Văn Sáu
"""


def _plan(body: str, title: str = "KẾ HOẠCH\nHoạt động của chi bộ năm 2025", code: str = "KH"):
    what = "nghị quyết" if code == "NQ" else "kế hoạch"
    text = HEAD.format(code=code, title=title, what=what) + body + SIGN
    return parse_plan(read_document(text.encode("utf-8"), "kehoach.txt"))


def _targets(body: str, **kw) -> list[ParsedTarget]:
    return _plan(body, **kw).targets


def _texts(body: str, **kw) -> list[str]:
    return [t.text for t in _targets(body, **kw)]


RESOLUTION = "NGHỊ QUYẾT\nvề nhiệm vụ năm 2025"


def test_a_resolutions_targets_in_one_paragraph_after_a_lead_in():
    targets = _targets(
        """I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024
Năm 2024 chi bộ có 100% đảng viên hoàn thành nhiệm vụ; kết nạp 01 đảng viên; giảm 04 hộ nghèo.
II. MỤC TIÊU, CHỈ TIÊU NĂM 2025
Năm 2025, chi bộ phấn đấu: Chi bộ hoàn thành tốt nhiệm vụ trở lên; 90% đảng viên trở lên hoàn thành tốt nhiệm vụ; ít nhất 15% đảng viên hoàn thành xuất sắc nhiệm vụ; phấn đấu 97% hộ đạt gia đình văn hóa.
Phấn đấu kết nạp từ 01 đến 02 đảng viên mới. Giảm 03 hộ nghèo, không phát sinh hộ tái nghèo.
III. NHIỆM VỤ, GIẢI PHÁP
1. Đảng viên gương mẫu thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
""",
        title=RESOLUTION,
        code="NQ",
    )
    assert [(t.text, t.kind, t.value_min, t.value_max) for t in targets] == [
        ("Chi bộ hoàn thành tốt nhiệm vụ trở lên", "yes_no", None, None),
        ("90% đảng viên trở lên hoàn thành tốt nhiệm vụ", "percent", 90, None),
        ("ít nhất 15% đảng viên hoàn thành xuất sắc nhiệm vụ", "percent", 15, None),
        ("97% hộ đạt gia đình văn hóa", "percent", 97, None),
        ("Kết nạp từ 01 đến 02 đảng viên mới", "range", 1, 2),
        ("Giảm 03 hộ nghèo, không phát sinh hộ tái nghèo", "count", 3, None),
    ]


def test_targets_in_sentences_when_the_plan_has_no_section_of_targets():
    targets = _targets(
        """I. TÌNH HÌNH CHUNG
Năm qua có 95% trở lên đảng viên hoàn thành tốt nhiệm vụ.
II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác giáo dục chính trị, tư tưởng: tổ chức học tập nghị quyết. Phấn đấu 100% đảng viên được học tập, quán triệt đầy đủ các nghị quyết.
2. Công tác xây dựng Đảng: Có 95% trở lên đảng viên được xếp loại hoàn thành tốt nhiệm vụ; phấn đấu kết nạp 02 đảng viên mới.
3. Công tác dân vận: vận động Nhân dân tham gia xây dựng nông thôn mới.
"""
    )
    assert [(t.text, t.kind, t.value_min) for t in targets] == [
        ("100% đảng viên được học tập, quán triệt đầy đủ các nghị quyết", "percent", 100),
        ("Có 95% trở lên đảng viên được xếp loại hoàn thành tốt nhiệm vụ", "percent", 95),
        ("kết nạp 02 đảng viên mới", "count", 2),
    ]
    assert targets[1].comparison == ">="


def test_numbered_lines_of_every_mark_under_a_targets_heading():
    assert _texts(
        """A. MỤC TIÊU, CHỈ TIÊU
Giữ vững chi bộ trong sạch, vững mạnh; lãnh đạo ấp hoàn thành các chỉ tiêu kinh tế – xã hội. Chỉ tiêu:
1/ Chi bộ hoàn thành tốt nhiệm vụ trở lên.
2/ 90% đảng viên hoàn thành tốt nhiệm vụ trở lên.
3/ Kết nạp 01 đảng viên mới.
B. NHIỆM VỤ TRỌNG TÂM
- Duy trì sinh hoạt chi bộ ngày 03 hằng tháng.
"""
    ) == [
        "Chi bộ hoàn thành tốt nhiệm vụ trở lên",
        "90% đảng viên hoàn thành tốt nhiệm vụ trở lên",
        "Kết nạp 01 đảng viên mới",
    ]


def test_the_aims_before_a_targets_lead_in_are_no_targets():
    assert _texts(
        """II. MỤC TIÊU, CHỈ TIÊU
Xây dựng chi bộ trong sạch, vững mạnh; lãnh đạo nhân dân phát triển kinh tế, giữ vững an ninh.
Các chỉ tiêu cụ thể:
- Kết nạp 02 đảng viên.
- 100% hộ dân tham gia bảo hiểm y tế.
III. NHIỆM VỤ
- Duy trì sinh hoạt chi bộ.
"""
    ) == ["Kết nạp 02 đảng viên", "100% hộ dân tham gia bảo hiểm y tế"]


def test_a_table_of_targets_with_the_value_aimed_at():
    targets = _targets(
        """II. CHỈ TIÊU NĂM 2025
TT | Chỉ tiêu | Kết quả phấn đấu
1 | Đảng viên hoàn thành tốt nhiệm vụ trở lên | 90%
2 | Kết nạp đảng viên mới | 02 đảng viên
3 | Chi bộ | Hoàn thành tốt nhiệm vụ
III. NHIỆM VỤ, GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    )
    assert [(t.text, t.kind, t.value_min) for t in targets] == [
        ("Đảng viên hoàn thành tốt nhiệm vụ trở lên: 90%", "percent", 90),
        ("Kết nạp đảng viên mới: 02 đảng viên", "count", 2),
        ("Chi bộ: Hoàn thành tốt nhiệm vụ", "yes_no", None),
    ]


def test_a_table_of_targets_beside_last_years_results_reads_the_targets_only():
    targets = _targets(
        """II. MỤC TIÊU, CHỈ TIÊU NĂM 2025
STT | Chỉ tiêu phấn đấu | Kết quả năm 2024
1 | 95% số hộ đạt gia đình văn hóa | 93%
2 | Kết nạp 01 đảng viên mới | Chưa kết nạp
III. NHIỆM VỤ, GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    )
    assert [(t.text, t.value_min) for t in targets] == [
        ("95% số hộ đạt gia đình văn hóa", 95),
        ("Kết nạp 01 đảng viên mới", 1),
    ]


def test_a_specific_aims_heading_takes_its_measurable_lines():
    assert _texts(
        """I. MỤC TIÊU
1. Mục tiêu chung
Xây dựng chi bộ trong sạch, vững mạnh.
2. Mục tiêu cụ thể
- 100% đảng viên tham gia đầy đủ sinh hoạt chi bộ.
- Kết nạp 01 đảng viên mới.
- Tăng cường đoàn kết nội bộ.
II. NHIỆM VỤ, GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    ) == ["100% đảng viên tham gia đầy đủ sinh hoạt chi bộ", "Kết nạp 01 đảng viên mới"]


def test_a_programmes_targets_per_area():
    targets = _targets(
        """I. NHIỆM VỤ TRỌNG TÂM
1. Công tác chính trị, tư tưởng
- Tổ chức học tập, quán triệt nghị quyết của cấp ủy cấp trên.
- Chỉ tiêu: 100% đảng viên được học tập nghị quyết.
2. Công tác xây dựng tổ chức đảng
- Bồi dưỡng quần chúng ưu tú.
- Chỉ tiêu: kết nạp 01 – 02 đảng viên; chi bộ hoàn thành tốt nhiệm vụ.
II. TỔ CHỨC THỰC HIỆN
Chi ủy phân công đảng viên phụ trách từng nội dung.
""",
        title="CHƯƠNG TRÌNH\nCông tác năm 2025",
        code="CTr",
    )
    assert [(t.text, t.kind) for t in targets] == [
        ("100% đảng viên được học tập nghị quyết", "percent"),
        ("kết nạp 01 – 02 đảng viên", "range"),
        ("chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # Last year's results and the situation are reported, not aimed at.
        """I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024
- 100% đảng viên được học tập nghị quyết.
- Kết nạp 02 đảng viên mới; chi bộ phấn đấu đạt 98% hộ gia đình văn hóa.
II. NHIỆM VỤ NĂM 2025
- Duy trì sinh hoạt chi bộ ngày 05 hằng tháng.
""",
        """I. ĐẶC ĐIỂM TÌNH HÌNH
Chi bộ có 24 đảng viên, 100% đảng viên có trình độ trung cấp lý luận chính trị trở lên.
II. NHIỆM VỤ
- Lãnh đạo ấp thực hiện tốt các phong trào thi đua.
""",
    ],
)
def test_reports_and_situations_are_no_targets(body):
    assert _texts(body) == []


def test_a_thematic_plans_purpose_sets_no_target():
    plan = _plan(
        """I. MỤC ĐÍCH, YÊU CẦU
- Phấn đấu 100% đảng viên tham gia đầy đủ các buổi sinh hoạt chuyên đề.
II. NỘI DUNG
1. Chuyên đề: Phát huy vai trò nêu gương của đảng viên
- Thời gian: tháng 3/2025.
- Người thực hiện: đ/c Lê Văn Sáu.
""",
        title="KẾ HOẠCH\nSinh hoạt chuyên đề năm 2025",
    )
    assert plan.kind == "thematic"
    assert plan.targets == []


@pytest.mark.parametrize(
    "label", ["CÁC CHỈ TIÊU CHỦ YẾU", "Chỉ tiêu cụ thể", "Các chỉ tiêu phấn đấu năm 2025:"]
)
def test_a_label_standing_alone_opens_the_targets(label):
    assert _texts(
        f"""I. ĐẶC ĐIỂM TÌNH HÌNH
Chi bộ có 20 đảng viên.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
{label}
- 100% đảng viên được học tập nghị quyết.
- Kết nạp 02 đảng viên mới.
NHIỆM VỤ VÀ GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    ) == ["100% đảng viên được học tập nghị quyết", "Kết nạp 02 đảng viên mới"]


def test_targets_striven_for_in_the_tasks_section():
    assert _texts(
        """II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác chính trị tư tưởng
- Tổ chức quán triệt nghị quyết.
- Phấn đấu 100% đảng viên tham gia học tập đầy đủ.
2. Công tác phát triển đảng
- Phấn đấu kết nạp 01 – 02 đảng viên.
- Chi bộ phấn đấu đạt danh hiệu “Hoàn thành tốt nhiệm vụ”.
"""
    ) == [
        "100% đảng viên tham gia học tập đầy đủ",
        "Kết nạp 01 – 02 đảng viên",
        "Chi bộ đạt danh hiệu “Hoàn thành tốt nhiệm vụ”",
    ]


def test_a_table_whose_targets_column_gives_only_values():
    targets = _targets(
        """II. CHỈ TIÊU
Nội dung | Chỉ tiêu năm 2025 | Ghi chú
Đảng viên hoàn thành tốt nhiệm vụ | 95% |
Kết nạp đảng viên | 02 |
III. GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    )
    assert [(t.text, t.kind, t.value_min) for t in targets] == [
        ("Đảng viên hoàn thành tốt nhiệm vụ: 95%", "percent", 95),
        ("Kết nạp đảng viên: 02", "count", 2),
    ]


def test_a_label_before_a_list_of_targets_in_a_paragraph():
    assert _texts(
        """II. CHỈ TIÊU NĂM 2025
Về công tác xây dựng Đảng: 100% đảng viên hoàn thành nhiệm vụ; kết nạp 02 đảng viên mới.
Tỷ lệ hộ nghèo: dưới 3%.
III. GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    ) == [
        "100% đảng viên hoàn thành nhiệm vụ",
        "kết nạp 02 đảng viên mới",
        "Tỷ lệ hộ nghèo: dưới 3%",
    ]


def test_what_only_looks_like_a_target():
    # A sentence about the targets, a schedule under a heading that names them, a decimal at the
    # head of a line, a plan of meetings that strives for attendance.
    assert (
        _texts(
            """II. MỤC TIÊU, CHỈ TIÊU VÀ NHIỆM VỤ
Thời gian | Nội dung công việc | Phụ trách
Tháng 1 | Quán triệt nghị quyết năm | Chi ủy
Tháng 6 | Sơ kết 6 tháng | Chi ủy
III. TỔ CHỨC THỰC HIỆN
Chi ủy phân công đảng viên phụ trách từng chỉ tiêu: theo dõi, đôn đốc; hằng quý báo cáo kết quả.
Phấn đấu hoàn thành 100% các nội dung đề ra.
"""
        )
        == []
    )
    assert _texts(
        """II. CHỈ TIÊU
- 2.5% hộ nghèo thoát nghèo trong năm.
III. GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    ) == ["2.5% hộ nghèo thoát nghèo trong năm"]
    plan = _plan(
        """I. NỘI DUNG
Chi bộ sinh hoạt thường kỳ vào ngày 05 hằng tháng. Phấn đấu 100% đảng viên dự sinh hoạt đầy đủ.
""",
        title="KẾ HOẠCH\nSinh hoạt chi bộ năm 2025",
    )
    assert plan.targets == []


def test_one_target_may_hold_a_semicolon_of_its_own():
    assert _texts(
        """II. CHỈ TIÊU
Chi bộ đạt danh hiệu “Hoàn thành tốt nhiệm vụ”; giữ vững đoàn kết nội bộ.
III. GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    ) == ["Chi bộ đạt danh hiệu “Hoàn thành tốt nhiệm vụ”; giữ vững đoàn kết nội bộ"]


def test_the_aims_before_a_targets_line_that_heads_its_own_list_are_no_targets():
    assert _texts(
        """I. MỤC TIÊU, CHỈ TIÊU
Giữ vững danh hiệu chi bộ hoàn thành tốt nhiệm vụ; lãnh đạo nhân dân phát triển kinh tế, giữ gìn an ninh trật tự.
Chỉ tiêu năm 2025, phấn đấu: 97% số hộ đạt danh hiệu Gia đình văn hóa; kết nạp 01 đảng viên mới.
II. NHIỆM VỤ, GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    ) == ["97% số hộ đạt danh hiệu Gia đình văn hóa", "kết nạp 01 đảng viên mới"]


def test_a_listed_target_states_the_aim_not_the_striving():
    assert _texts(
        """II. CHỈ TIÊU NĂM 2025
- Phấn đấu 100% đảng viên được đánh giá hoàn thành tốt nhiệm vụ trở lên.
- Chi bộ phấn đấu đạt “Hoàn thành tốt nhiệm vụ” trở lên.
- Kết nạp 01 đảng viên mới; không có đảng viên vi phạm kỷ luật.
III. GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    ) == [
        "100% đảng viên được đánh giá hoàn thành tốt nhiệm vụ trở lên",
        "Chi bộ đạt “Hoàn thành tốt nhiệm vụ” trở lên",
        "Kết nạp 01 đảng viên mới; không có đảng viên vi phạm kỷ luật",
    ]


def test_the_thematic_meetings_listed_among_the_targets_are_no_targets():
    assert _texts(
        """II. MỤC TIÊU VÀ CHỈ TIÊU NĂM 2025
Các chỉ tiêu chủ yếu:
Phấn đấu 96% hộ đạt danh hiệu gia đình văn hóa; giảm 02 hộ nghèo.
Tổ chức sinh hoạt chuyên đề 04 lần trong năm, mỗi quý một lần, cụ thể:
a) Quý I (kỳ sinh hoạt tháng 3): Nâng cao chất lượng sinh hoạt chi bộ – đ/c Lê Văn Sáu chuẩn bị.
b) Quý II (kỳ sinh hoạt tháng 6): Phát triển kinh tế hộ – đ/c Lê Văn Sáu chuẩn bị.
III. NHIỆM VỤ, GIẢI PHÁP
- Duy trì sinh hoạt chi bộ.
"""
    ) == ["96% hộ đạt danh hiệu gia đình văn hóa", "giảm 02 hộ nghèo"]
