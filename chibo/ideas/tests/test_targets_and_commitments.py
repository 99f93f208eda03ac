"""The plan's targets read these records: "80 % giáo viên có sáng kiến" from the idea bank, "100 %
đảng viên đăng ký" from the members' yearly pair, whose innovation is linked to an idea."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.conftest import persona_client
from chibo.evaluations.metrics import METRICS, suggest_metric
from chibo.evaluations.models import EvaluationError, PersonalCommitment, TargetMeasurement
from chibo.evaluations.targets import progress_for_plan
from chibo.feedback.models import Staff
from chibo.ideas.models import Idea, IdeaSettings
from chibo.ideas.stats import counted_ids, figures, initiative_measure

from .helpers import IDEA, YEAR, ideas_world, recognised, register, staff_client

pytestmark = pytest.mark.django_db


def _member_staff(world, iw) -> Staff:
    return Staff.objects.create(school=iw.school, user=world.member.user, full_name=world.member.full_name,
                                role=Staff.Role.EMPLOYEE, position=Staff.Position.TEACHER)  # fmt: skip


def test_teachers_count_once_employees_not_at_all_and_withdrawn_ideas_not(world):
    iw = ideas_world(world)  # teachers: the teacher, the colleague, the council member
    first = register(iw)
    register(iw, title="Một ý tưởng thêm")
    withdrawn = register(iw, author=iw.colleague)
    withdrawn.withdraw(by=iw.colleague.user)
    register(iw, author=iw.manager)  # management, not a teacher
    found = figures([iw.school], YEAR)
    assert (found.teachers, found.registered, found.recognised, found.ideas) == (3, 1, 0, 4)
    assert found.registered_pct == Decimal("33.3") and found.recognised_pct == Decimal("0.0")
    assert counted_ids(Idea.objects.all()) == {first.pk, Idea.objects.get(author=iw.manager).pk}


def test_the_figure_moves_when_the_council_recognises(world):
    iw = ideas_world(world)
    IdeaSettings.for_school(iw.school).change(by=iw.manager.user, target_percent=Decimal(80))
    recognised(iw)
    found = figures([iw.school], YEAR)
    assert found.recognised == 1 and found.recognised_pct == Decimal("33.3")
    assert found.target == Decimal(80) and found.reached is False
    value, basis = initiative_measure(world.cell, YEAR)
    assert value == Decimal("33.3") and "1/3 giáo viên" in basis and iw.school.name in basis


def test_a_cell_without_a_school_or_teachers_has_nothing_to_measure(world):
    assert initiative_measure(world.cell, YEAR)[0] is None
    from chibo.feedback.tests.helpers import school_of

    school_of(world)
    value, basis = initiative_measure(world.cell, YEAR)
    assert value is None and "danh sách giáo viên" in basis


def test_the_plan_target_reads_the_idea_bank_and_the_commitments(world):
    from chibo.plans.models import Plan

    iw = ideas_world(world)
    plan = Plan.create(cell=world.cell, by=world.secretary.user, year=YEAR, kind="activity",
                       title="Kế hoạch năm 2026", signer=world.secretary, signer_name=world.secretary.full_name,
                       plan_date=dt.date(YEAR, 1, 5))  # fmt: skip
    teachers = "80% giáo viên trở lên có ít nhất 01 sáng kiến hoặc giải pháp đổi mới trong chăm sóc, giáo dục trẻ."
    members = "100% đảng viên đăng ký “một việc làm nêu gương – một việc đổi mới sáng tạo”."
    plan.add_target(by=world.secretary.user, order=1, text=teachers, kind="percent", value_min=80, unit="%",
                    comparison=">=")  # fmt: skip
    plan.add_target(by=world.secretary.user, order=2, text=members, kind="percent", value_min=100, unit="%",
                    comparison=">=")  # fmt: skip
    assert suggest_metric(teachers) == "teachers_with_initiative"
    assert suggest_metric(members) == "commitments_registered"
    for target, metric in zip(plan.targets.order_by("order"), ("teachers_with_initiative", "commitments_registered"),
                              strict=True):  # fmt: skip
        TargetMeasurement.record(target=target, by=world.secretary.user, metric=metric)
    rows = progress_for_plan(plan, today=dt.date(YEAR, 6, 1))
    assert rows[0].value == Decimal("0.0")
    recognised(iw)
    for member in (world.secretary, world.member):
        for kind in PersonalCommitment.YEARLY_KINDS:
            PersonalCommitment.register(member=member, by=member.user, year=YEAR, kind=kind, text="Nêu gương",
                                        measure="01 việc")  # fmt: skip
    rows = progress_for_plan(plan, today=dt.date(YEAR, 6, 1))
    assert rows[0].value == Decimal("33.3") and "1/3 giáo viên" in rows[0].basis
    assert rows[1].value == Decimal("100.0") and rows[1].status == "reached"
    assert METRICS["teachers_with_initiative"].unit == "%"


def test_a_member_links_their_innovation_commitment_to_their_own_idea(world):
    iw = ideas_world(world)
    _member_staff(world, iw)
    mine = Idea.register(
        school=iw.school, by=world.member.user, year=YEAR, today=dt.date(YEAR, 3, 1), **IDEA
    )
    theirs = register(iw)
    commitment = PersonalCommitment.register(member=world.member, by=world.member.user, year=YEAR,
                                             kind="innovation", text="Góc đọc sách", measure="01 sáng kiến")  # fmt: skip
    with pytest.raises(EvaluationError, match="do chính đảng viên đăng ký"):
        commitment.link_idea(by=world.member.user, idea=theirs)
    with pytest.raises(EvaluationError, match="tự gắn"):
        commitment.link_idea(by=world.secretary.user, idea=mine)
    commitment.link_idea(by=world.member.user, idea=mine)
    assert commitment.idea == mine and list(mine.commitments.all()) == [commitment]
    assert AuditEntry.objects.get(action="commitment.idea").after["idea"] == mine.title
    exemplary = PersonalCommitment.register(member=world.member, by=world.member.user, year=YEAR,
                                            kind="exemplary", text="Đi làm sớm", measure="cả năm")  # fmt: skip
    with pytest.raises(EvaluationError, match="Chỉ việc đổi mới"):
        exemplary.link_idea(by=world.member.user, idea=mine)
    with pytest.raises(EvaluationError, match="không phải năm 2027"):
        PersonalCommitment.register(member=world.member, by=world.member.user, year=2027, kind="innovation",
                                    text="x", measure="y", idea=mine)  # fmt: skip


def test_the_member_registers_the_pair_with_the_idea_on_the_page_and_the_sheet_shows_it(world):
    iw = ideas_world(world)
    _member_staff(world, iw)
    mine = Idea.register(
        school=iw.school, by=world.member.user, year=YEAR, today=dt.date(YEAR, 3, 1), **IDEA
    )
    client = persona_client(world, "member")
    page = client.get(reverse("evaluations:my_commitments")).content.decode()
    assert mine.title in page  # offered in the form
    response = client.post(reverse("evaluations:my_commitments"), {
        "year": YEAR, "kind": "innovation", "text": "Góc đọc sách cùng bố mẹ", "measure": "01 sáng kiến",
        "idea": mine.pk,
    })  # fmt: skip
    assert response.status_code == 302
    commitment = PersonalCommitment.objects.get()
    assert commitment.idea == mine
    cell_page = persona_client(world, "secretary").get(
        reverse("evaluations:cell_commitments", args=[world.cell.pk]) + f"?year={YEAR}"
    )
    assert mine.title in cell_page.content.decode()
    # The idea's page shows the commitment to the cell's readers, never to a teacher who is not a member.
    assert (
        "Cam kết của đảng viên"
        in client.get(reverse("ideas:detail", args=[mine.pk])).content.decode()
    )
    assert (
        "Cam kết của đảng viên"
        not in staff_client(iw, "teacher")
        .get(reverse("ideas:detail", args=[mine.pk]))
        .content.decode()
    )


def test_the_cell_page_shows_its_schools_figures(world):
    iw = ideas_world(world)
    recognised(iw)
    page = persona_client(world, "member").get(
        reverse("ideas:cell", args=[world.cell.pk]) + f"?year={YEAR}"
    )
    text = page.content.decode()
    assert page.status_code == 200 and iw.school.name in text and "1/3" in text
    assert "KPI 4 chiều" not in text  # a plain member does not see the school's KPI
    assert (
        "KPI 4 chiều"
        in persona_client(world, "secretary")
        .get(reverse("ideas:cell", args=[world.cell.pk]))
        .content.decode()
    )
