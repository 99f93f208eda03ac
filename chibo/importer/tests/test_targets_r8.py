"""More shapes of targets (session 8). Every text is made up: a listed item that strives for several
targets at once or opens each of them with a capital or a figure, a table cell holding two targets,
a target that states an absence, a count with its thousands grouped by dots. Each has a near miss.
"""

from __future__ import annotations

from chibo.importer.schema import ParsedTarget
from chibo.importer.targets import measure

from .test_parse_targets_general import _plan


def _texts(body: str) -> list[str]:
    return [t.text for t in _plan(body).targets]


def test_a_listed_item_striving_for_several_targets_lists_each():
    assert _texts(
        """II. CHỈ TIÊU NĂM 2025
1. Phấn đấu 97% hộ đạt danh hiệu gia đình văn hóa; giảm 03 hộ cận nghèo.
2. Giữ vững danh hiệu ấp văn hóa; Chi bộ hoàn thành tốt nhiệm vụ.
3. Chi bộ đạt “Hoàn thành tốt nhiệm vụ”; 95% đảng viên hoàn thành nhiệm vụ trở lên.
III. NHIỆM VỤ
- Duy trì sinh hoạt chi bộ.
"""
    ) == [
        "97% hộ đạt danh hiệu gia đình văn hóa",
        "giảm 03 hộ cận nghèo",
        "Giữ vững danh hiệu ấp văn hóa",
        "Chi bộ hoàn thành tốt nhiệm vụ",
        "Chi bộ đạt “Hoàn thành tốt nhiệm vụ”",
        "95% đảng viên hoàn thành nhiệm vụ trở lên",
    ]


def test_a_listed_item_going_on_in_small_letters_stays_whole():
    # Near miss: the clause after ";" goes on the same target, as the cell typed it.
    assert _texts(
        """II. CHỈ TIÊU NĂM 2025
- Kết nạp 02 đảng viên mới; không có đảng viên vi phạm tư cách.
- Mỗi hộ nuôi ít nhất 02 con bò; tổng đàn đạt 300 con.
- 100% đảng viên học nghị quyết; 100% đảng viên viết thu hoạch.
III. NHIỆM VỤ
- Duy trì sinh hoạt chi bộ.
"""
    ) == [
        "Kết nạp 02 đảng viên mới; không có đảng viên vi phạm tư cách",
        "Mỗi hộ nuôi ít nhất 02 con bò; tổng đàn đạt 300 con",
        "100% đảng viên học nghị quyết; 100% đảng viên viết thu hoạch",
    ]


def test_a_table_cell_holding_two_targets():
    targets = _plan(
        """II. NHIỆM VỤ, CHỈ TIÊU
STT | Nhiệm vụ | Chỉ tiêu | Phân công
1 | Xây dựng chi bộ | Chi bộ hoàn thành tốt nhiệm vụ; 100% đảng viên hoàn thành nhiệm vụ | Chi ủy
2 | Phát triển đảng viên | Kết nạp 01 đảng viên; bồi dưỡng quần chúng | Chi ủy
III. TỔ CHỨC THỰC HIỆN
- Chi ủy theo dõi.
"""
    ).targets
    assert [(t.text, t.kind) for t in targets] == [
        ("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
        ("100% đảng viên hoàn thành nhiệm vụ", "percent"),
        ("Kết nạp 01 đảng viên; bồi dưỡng quần chúng", "count"),  # near miss: one target
    ]


def test_a_target_that_states_an_absence():
    assert measure(ParsedTarget("Không có văn bản trễ hạn")).kind == "yes_no"
    assert measure(ParsedTarget("Không để xảy ra cháy rừng")).kind == "yes_no"
    # Near miss: an absence with a figure is measured by its figure.
    target = measure(ParsedTarget("Không có hơn 02 hộ tái nghèo"))
    assert (target.kind, target.value_min) == ("count", 2)


def test_a_count_with_thousands_grouped_by_dots():
    target = measure(ParsedTarget("Trồng mới 15.000 cây xanh"))
    assert (target.kind, target.value_min) == ("count", 15000)
    # Near miss: a date is no count; the count after it is.
    target = measure(ParsedTarget("Đến 30.6 trồng 300 cây"))
    assert (target.kind, target.value_min) == ("count", 300)


def test_a_share_of_a_share_sets_two_targets():
    targets = _plan(
        """II. CHỈ TIÊU NĂM 2025
- 95% đảng viên hoàn thành nhiệm vụ trở lên, trong đó ít nhất 15% hoàn thành tốt nhiệm vụ.
- 98% hộ dân tham gia bảo hiểm y tế, trong đó phấn đấu 60% hộ cận nghèo được hỗ trợ.
- 90% hộ đạt gia đình văn hóa, trong đó có các hộ người dân tộc thiểu số.
III. NHIỆM VỤ
- Duy trì sinh hoạt chi bộ.
"""
    ).targets
    assert [(t.text, t.value_min, t.comparison) for t in targets] == [
        ("95% đảng viên hoàn thành nhiệm vụ trở lên", 95, ">="),
        ("ít nhất 15% đảng viên hoàn thành tốt nhiệm vụ", 15, ">="),
        ("98% hộ dân tham gia bảo hiểm y tế", 98, "="),
        ("60% hộ cận nghèo được hỗ trợ", 60, "="),
        # Near miss: what follows "trong đó" sets no share of its own.
        ("90% hộ đạt gia đình văn hóa, trong đó có các hộ người dân tộc thiểu số", 90, "="),
    ]
