"""One committee setting, one answer: the meeting page, the dashboard and the quality sheet
read the same days-ahead rule (chibo.rules via chibo.organizations.settings)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from chibo.conftest import persona_client
from chibo.meetings.errors import MeetingError
from chibo.meetings.tests.helpers import reviewed, roll_call
from chibo.organizations.models import CommitteeSetting
from chibo.oversight import facts as oversight_facts
from chibo.oversight import rules
from chibo.oversight.models import QualityAssessment

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cell_asks_only_the_national_day(world):
    # The cell's own stricter setting would win over everything: leave it at HD 42's 1 day.
    world.cell.days_before_distribution = 1
    world.cell.save()


def _sent_two_days_ahead_and_held(world, *, reason: str = ""):
    meeting = reviewed(world, days_ahead=-1)
    meeting.distribute(by=world.secretary.user, at=meeting.starts_at - dt.timedelta(days=2),
                       reason=reason)  # fmt: skip
    roll_call(world, meeting)
    start = meeting.starts_at
    meeting.hold(by=world.secretary.user, actual_start=start,
                 actual_end=start + dt.timedelta(minutes=120))  # fmt: skip
    return meeting


def _dashboard_late(world, meeting) -> bool:
    cell = world.cell
    year = timezone.localtime(meeting.starts_at).year
    found = rules.RULES["draft_on_time"].evaluate(oversight_facts.load([cell], year=year)[cell.pk])
    return any(f.url == reverse("meetings:detail", args=[meeting.pk]) for f in found)


def _sheet_on_time_points(world, meeting) -> int:
    assessment = QualityAssessment.record(meeting, by=world.secretary.user, judgement={})
    return assessment.prefilled["3.5"]


def test_a_committee_setting_of_three_days_makes_all_three_agree_on_a_late_meeting(world):
    CommitteeSetting.change(committee=world.committee, rule_code="draft_on_time",
                            params={"min_days": 3}, by=world.officer)  # fmt: skip
    # The meeting workflow refuses a send two days ahead without a reason, citing the Đảng ủy.
    with pytest.raises(MeetingError, match="ít nhất 3 ngày.*Đảng ủy cấp trên"):
        _sent_two_days_ahead_and_held(world)
    meeting = _sent_two_days_ahead_and_held(world, reason="Người chuẩn bị ốm, hoàn thiện muộn")
    page = persona_client(world, "secretary").get(reverse("meetings:detail", args=[meeting.pk]))
    html = page.content.decode()
    assert "Gửi tài liệu trước ít nhất 3 ngày" in html and "Gửi muộn" in html
    assert _dashboard_late(world, meeting)
    year = timezone.localtime(meeting.starts_at).year
    board = (
        persona_client(world, "officer")
        .get(reverse("oversight:cell", args=[world.cell.pk]), {"year": year})
        .content.decode()
    )
    assert "trước ít nhất 3 ngày" in board
    assert _sheet_on_time_points(world, meeting) == 0


def test_with_the_national_one_day_the_same_send_is_on_time_everywhere(world):
    meeting = _sent_two_days_ahead_and_held(world)  # no reason asked
    html = (
        persona_client(world, "secretary")
        .get(reverse("meetings:detail", args=[meeting.pk]))
        .content.decode()
    )
    assert "Gửi muộn" not in html
    assert not _dashboard_late(world, meeting)
    assert _sheet_on_time_points(world, meeting) == 2


def test_the_committee_above_sets_it_for_every_cell_below(world):
    CommitteeSetting.change(committee=world.committee.parent, rule_code="draft_on_time",
                            params={"min_days": 4}, by=world.officer)  # fmt: skip
    meeting = reviewed(world, days_ahead=-1)
    assert meeting.required_days_before == 4
    assert meeting.days_ahead_rule.why == "theo quy định của Đảng ủy cấp trên"
    CommitteeSetting.change(committee=world.committee, rule_code="draft_on_time",
                            params={"min_days": 2}, by=world.officer)  # fmt: skip
    meeting.refresh_from_db()
    assert reviewed(world, days_ahead=-1).required_days_before == 2  # the nearest committee wins
