import datetime as dt

import pytest
from django.utils import timezone

from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import reviewed
from chibo.plans.models import Plan, Topic
from chibo.rules import meetings as rules
from chibo.rules.settings import DEFAULTS

pytestmark = pytest.mark.django_db


def test_the_strictest_rule_wins_and_the_national_minimum_is_one_day():
    def days(**given):
        return rules.required_days_before(params=DEFAULTS, **given).days

    assert days(cell_days=None, plan_days=None) == 1
    assert days(cell_days=1, plan_days=3) == 3
    assert days(cell_days=5, plan_days=3) == 5
    assert days(cell_days=0, plan_days=0) == 1


def _send_days_before(meeting: Meeting, days: int) -> dt.datetime:
    return meeting.starts_at - dt.timedelta(days=days)


def test_n_minus_one_days_before_needs_a_reason(world):
    meeting = reviewed(world)  # the world's cell sends 3 days ahead (seed 000 §III)
    with pytest.raises(MeetingError, match="ít nhất 3 ngày"):
        meeting.distribute(by=world.secretary.user, at=_send_days_before(meeting, 2))
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.REVIEW
    meeting.distribute(
        by=world.secretary.user, at=_send_days_before(meeting, 2), reason="Người chuẩn bị ốm"
    )
    assert meeting.status == Meeting.Status.DISTRIBUTED
    assert meeting.late_distribution_reason == "Người chuẩn bị ốm"


def test_exactly_n_days_before_needs_no_reason(world):
    meeting = reviewed(world)
    meeting.distribute(by=world.secretary.user, at=_send_days_before(meeting, 3))
    assert meeting.late_distribution_reason == ""


def test_a_plan_of_three_days_beats_the_national_one_day(world):
    world.cell.days_before_distribution = 1
    world.cell.save()
    plan = Plan.objects.create(cell=world.cell, year=2026, kind="thematic", title="Kế hoạch chuyên đề",
                               days_before_distribution=3)  # fmt: skip
    topic = Topic.objects.create(plan=plan, order=1, quarter=1, title="Chuyên đề 1")
    meeting = reviewed(world, kind=Meeting.Kind.THEMATIC, topic=topic)
    assert meeting.required_days_before == 3
    with pytest.raises(MeetingError, match="ít nhất 3 ngày"):
        meeting.distribute(by=world.secretary.user, at=_send_days_before(meeting, 2))


def test_the_national_one_day_alone_accepts_the_day_before(world):
    world.cell.days_before_distribution = 1
    world.cell.save()
    meeting = reviewed(world)
    meeting.distribute(by=world.secretary.user, at=_send_days_before(meeting, 1))
    assert meeting.status == Meeting.Status.DISTRIBUTED and not meeting.late_distribution_reason


def test_same_day_is_late_even_under_the_national_rule(world):
    world.cell.days_before_distribution = 1
    world.cell.save()
    meeting = reviewed(world)
    assert meeting.is_late_on(timezone.localtime(meeting.starts_at).date())
