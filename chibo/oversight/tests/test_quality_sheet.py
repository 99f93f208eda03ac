"""The quality sheet: shipped default, pre-filled items, the chi ủy's judgement, levels."""

import pytest

from chibo.meetings.errors import MeetingError
from chibo.oversight import quality
from chibo.oversight.models import OversightError, QualityAssessment, QualitySheet
from chibo.oversight.tests.helpers import attend, make_meeting


def test_the_default_sheet_is_the_local_100_point_template(db):
    sheet = quality.default_sheet()
    assert sheet.max_total == 100
    assert sheet.source == "Mẫu tham khảo (Đảng ủy phường An Phú, KH 08-KH/ĐU) — địa phương"
    for group in sheet.groups:
        assert sum(item["max"] for item in group["items"]) == group["max"], group["title"]


@pytest.mark.parametrize(
    ("total", "level"),
    [
        (100, "Tốt"),
        (90, "Tốt"),
        (89, "Khá"),
        (70, "Khá"),
        (69, "Trung bình"),
        (50, "Trung bình"),
        (49, "Kém"),
        (0, "Kém"),
    ],
)
def test_levels_follow_the_bands(total, level):
    assert quality.level_for(total, quality.DEFAULT_BANDS) == level


def test_a_committee_sheet_wins_over_the_default_below_it(world):
    own = QualitySheet.objects.create(
        committee=world.committee.parent,
        version=2,
        name="Phiếu tỉnh",
        source="QĐ 27-QĐ/TU",
        groups=quality.DEFAULT_GROUPS,
        bands=quality.DEFAULT_BANDS,
    )
    assert quality.sheet_for(world.committee) == own
    assert quality.sheet_for(world.other_committee) == own
    assert (
        quality.sheet_for(
            world.committee.parent.__class__.objects.create(name="Tỉnh khác")
        ).committee
        is None
    )


def test_records_prefill_and_the_chi_uy_judges_the_rest(world, members):
    meeting = make_meeting(world.cell, "2026-03-03 08:00", minutes=120)
    attend(meeting, members, ["present"] * 10)
    assessment = QualityAssessment.record(
        meeting, by=world.secretary.user, judgement={"3.1": 3, "5.2": 9, "2.1": 0}
    )
    assert assessment.prefilled["1.1"] == 5  # full duration
    assert assessment.prefilled["2.1"] == 4  # 100 % present
    assert assessment.scores["2.1"] == 4  # a record-based item is not overwritten by hand
    assert assessment.scores["5.2"] == 4  # capped at the item's maximum
    assert assessment.total == sum(assessment.scores.values())
    assert assessment.level == quality.level_for(assessment.total, quality.DEFAULT_BANDS)


def test_only_the_chi_uy_scores_and_only_after_the_meeting(world):
    held = make_meeting(world.cell, "2026-03-03 08:00")
    with pytest.raises(MeetingError):
        QualityAssessment.record(held, by=world.member.user, judgement={})
    planned = make_meeting(world.cell, "2026-12-03 08:00", status="planned")
    with pytest.raises(OversightError):
        QualityAssessment.record(planned, by=world.secretary.user, judgement={})


def test_a_stale_form_is_refused(world):
    meeting = make_meeting(world.cell, "2026-03-03 08:00")
    first = QualityAssessment.record(meeting, by=world.secretary.user, judgement={"3.1": 1})
    QualityAssessment.record(
        meeting, by=world.secretary.user, judgement={"3.1": 2}, expected_version=first.version
    )
    with pytest.raises(OversightError):
        QualityAssessment.record(
            meeting, by=world.secretary.user, judgement={"3.1": 3}, expected_version=first.version
        )
