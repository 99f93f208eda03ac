"""Objects the API matrix rows call, built with the apps' own makers and model verbs.

Each maker leaves the object in the state where the secretary's call succeeds, so a row's
200/201 for the secretary is a real success and not a domain refusal.
"""

from __future__ import annotations

from typing import Any

from chibo.conftest import World
from chibo.meetings import services
from chibo.meetings.models import Meeting, Task
from chibo.meetings.tests.helpers import (
    concluded,
    distributed,
    held,
    make_meeting,
    make_task,
    reviewed,
    roll_call,
    vote_on_resolution,
)
from chibo.plans.models import Plan
from chibo.plans.tests.helpers import make_full_plan


def draft_plan(world: World) -> Plan:
    return make_full_plan(world.cell, world.secretary)


def issued_plan(world: World) -> Plan:
    """Issued through the number register, so its document is a stored file."""
    plan = draft_plan(world)
    plan.issue(by=world.secretary.user)
    plan.refresh_from_db()
    return plan


def planned_meeting(world: World) -> Meeting:
    return make_meeting(world)


def reviewed_meeting(world: World) -> Meeting:
    """Draft approved by the chi ủy: the next step, distribute, is the secretary's."""
    return reviewed(world)


def held_meeting(world: World) -> Meeting:
    """Everyone marked present and the meeting recorded as held: contributions, votes and
    commitments are accepted."""
    return held(world)


def reported_meeting(world: World) -> Meeting:
    """A concluded thematic meeting whose report has gone up to the Đảng ủy."""
    plan = draft_plan(world)
    meeting = concluded(world, kind=Meeting.Kind.THEMATIC, topic=plan.topics.first())
    services.submit_report(meeting, by=world.secretary.user, text="Triển khai tốt.")
    return meeting


def member_task(world: World, meeting: Meeting | None = None) -> Task:
    """A task owned by the plain member of the cell."""
    return make_task(world, meeting)


def meeting_args(make: Any) -> Any:
    """The path parameters of a meeting built by `make`."""
    return lambda w: {"meeting_id": make(w).pk}


def path_free(make: Any) -> Any:
    """Build the object for a path without parameters (like /tasks/mine)."""

    def args(w: World) -> dict[str, int]:
        make(w)
        return {}

    return args


def submitted_meeting(world: World) -> Meeting:
    """The member prepared a draft and sent it to the chi ủy (status: review)."""
    meeting = make_meeting(world)
    meeting.assign_preparers([world.member], by=world.secretary.user)
    meeting.save_draft(by=world.member.user, text="Dự thảo báo cáo.")
    meeting.submit_draft(by=world.member.user)
    return meeting


def drafted_meeting(world: World) -> Meeting:
    """The member is the preparer and has saved a draft (status: preparing)."""
    meeting = make_meeting(world)
    meeting.assign_preparers([world.member], by=world.secretary.user)
    meeting.save_draft(by=world.member.user, text="Dự thảo báo cáo.")
    return meeting


def closable_meeting(world: World) -> Meeting:
    """Everything seed 001 §IV asks for: minutes, resolution with a task, the report."""
    plan = draft_plan(world)
    meeting = concluded(world, kind=Meeting.Kind.THEMATIC, topic=plan.topics.first())
    make_task(world, meeting)
    meeting.edit_minutes(
        by=world.secretary.user, text="Diễn biến buổi sinh hoạt.", expected_version=1
    )
    vote_on_resolution(world, meeting)  # a Nghị quyết needs a passing vote on it
    services.issue_minutes(meeting, by=world.secretary.user)
    services.issue_resolution(meeting, by=world.secretary.user, type_code="NQ")
    services.submit_report(meeting, by=world.secretary.user, text="Triển khai tốt.")
    return meeting


def postponed_meeting(world: World) -> Meeting:
    meeting = make_meeting(world)
    meeting.postpone(by=world.secretary.user, reason="Trùng lịch họp của xã.")
    return meeting


def distributed_with_roll_call(world: World) -> Meeting:
    """Scheduled yesterday, so that it can be recorded as held at its scheduled times."""
    meeting = distributed(world, days_ahead=-1)
    roll_call(world, meeting)
    return meeting


def fee_book(world: World) -> Any:
    """The cell with a fee basis for each of its members: a payment can be recorded today."""
    from chibo.fees.tests.helpers import basis

    for member in world.cell.members.current():
        basis(member)
    return world.cell


def today() -> str:
    from django.utils import timezone

    return timezone.localdate().isoformat()


def idea_school(world: World) -> Any:
    """The cell's school with its staff, an idea of this year and a KPI term with results."""
    from django.utils import timezone

    from chibo.ideas.models import Idea
    from chibo.ideas.tests.helpers import IDEA, ideas_world, kpi_setup

    iw = ideas_world(world)
    if not Idea.objects.filter(school=iw.school).exists():
        Idea.register(school=iw.school, by=iw.teacher.user, year=timezone.localdate().year, **IDEA)
        kpi_setup(iw)
    return iw.school


def evaluation_round(world: World) -> Any:
    from chibo.evaluations.models import EvaluationRound

    return EvaluationRound.objects.filter(cell=world.cell).first() or EvaluationRound.open(
        cell=world.cell, year=2026, by=world.secretary.user
    )


def issued_document(world: World) -> Any:
    from chibo.documents.tests.helpers import make_issued

    return make_issued(world.cell, world.secretary.user)
