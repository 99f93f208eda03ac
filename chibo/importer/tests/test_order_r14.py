"""Round 14: a topic the plan gives no time takes the quarter its place in the year's order
leaves it — only when one quarter is possible — and is marked for the review screen."""

from dataclasses import dataclass, field

from chibo.importer.schema import ParsedTopic
from chibo.importer.times import INFERRED_BY_ORDER, quarters_by_order


@dataclass
class _T:
    quarter: int | None = None
    month: int | None = None
    conflicts: list[str] = field(default_factory=list)
    inferred: dict[str, str] = field(default_factory=dict)


def _quarters(*given: int | None) -> list[int | None]:
    topics = [_T(q) for q in given]
    quarters_by_order(topics)
    return [t.quarter for t in topics]


def test_an_untimed_topic_between_two_of_one_quarter_is_of_that_quarter():
    assert _quarters(1, 2, None, 2, 3, 4) == [1, 2, 2, 2, 3, 4]


def test_before_the_first_of_quarter_one_or_after_the_last_of_quarter_four():
    assert _quarters(None, 1, 2, 3) == [1, 1, 2, 3]
    assert _quarters(1, 2, 4, None, None) == [1, 2, 4, 4, 4]


def test_the_quarter_the_others_skip_goes_to_the_one_topic_in_the_gap():
    assert _quarters(1, None, 3, 4) == [1, 2, 3, 4]
    assert _quarters(None, 2, 3, 4) == [1, 2, 3, 4]
    assert _quarters(1, 2, 3, None) == [1, 2, 3, 4]
    assert _quarters(1, None, None, 4) == [1, 2, 3, 4]


def test_nothing_is_inferred_where_two_quarters_are_possible():
    assert _quarters(1, None, 2, 3, 4) == [1, None, 2, 3, 4]  # quarter I or II
    assert _quarters(1, None, None, 3, 4) == [1, None, None, 3, 4]  # 2 topics, 1 quarter missing
    assert _quarters(None, None, 2, 3, 4) == [None, None, 2, 3, 4]


def test_nothing_is_inferred_out_of_the_years_order_or_with_one_time_only():
    assert _quarters(3, 4, None, 1, 2) == [3, 4, None, 1, 2]  # a school year
    assert _quarters(2, None, 1) == [2, None, 1]
    assert _quarters(None, 1, None) == [None, 1, None]


def test_a_month_places_a_topic_and_is_never_inferred():
    topics = [_T(None, 2), _T(), _T(None, 3), _T(3, 8)]
    quarters_by_order(topics)
    assert [(t.quarter, t.month) for t in topics] == [(None, 2), (1, None), (None, 3), (3, 8)]
    assert topics[1].inferred == {"quarter": INFERRED_BY_ORDER}
    assert topics[0].inferred == {} and topics[3].inferred == {}


PLAN = """CHI BỘ TRƯỜNG MẦM NON HOA MAI
KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ NĂM 2025
1. Chuyên đề 1: Nâng cao chất lượng chăm sóc, nuôi dưỡng trẻ. Thời gian: tháng 3/2025. Người chuẩn bị: đ/c Lê Thị Hằng.
2. Chuyên đề 2: Xây dựng trường học an toàn, thân thiện. Người chuẩn bị: đ/c Phan Văn Tú.
3. Chuyên đề 3: Đổi mới phương pháp tổ chức hoạt động cho trẻ. Thời gian: tháng 9/2025. Người chuẩn bị: đ/c Lê Thị Hằng.
4. Chuyên đề 4: Công tác phát triển đảng viên. Thời gian: tháng 11/2025. Người chuẩn bị: đ/c Phan Văn Tú.
"""


def test_the_plan_marks_the_inferred_quarter_and_the_review_screen_asks_to_check_it():
    from chibo.importer.review import _notes
    from chibo.importer.tests.builders import text_plan

    plan = text_plan(PLAN)
    got = [(t.quarter, t.month) for t in plan.topics]
    assert got == [(1, 3), (2, None), (3, 9), (4, 11)]
    second: ParsedTopic = plan.topics[1]
    assert second.inferred == {"quarter": INFERRED_BY_ORDER}
    assert any("máy suy ra Quý II" in w for w in plan.warnings)
    assert not any("Chuyên đề 2" in w and "chưa ghi quý" in w for w in plan.warnings)
    notes = _notes(plan.to_dict()["topics"][1])
    assert notes["quarter"].startswith("Tệp không ghi quý; máy suy ra Quý II")


def test_three_topics_in_a_year_leave_a_quarter_empty_and_fill_no_gap():
    # round 15 (the scan twin of plan 278): '?' · 'Quý II' · 'Quý IV' leaves I and III empty
    # for one topic: each quarter cannot have its topic, so nothing is inferred
    assert _quarters(None, 2, 4) == [None, 2, 4]
    assert _quarters(1, 3, None) == [1, 3, None]
    # a plan from the second quarter on: its one gap is its one empty quarter
    assert _quarters(2, None, 4) == [2, 3, 4]
