"""KPI 4 chiều: indicators per dimension with weights and sources, computed from the records (tasks
done on time, the parents' survey, the idea bank) or entered with evidence, per person and term.
The principal edits the weights and the results are recomputed; every change is audited; a finished
term keeps its results; a person sees only their own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from chibo.audit.models import AuditEntry
from chibo.feedback.models import FamilyCode, Staff
from chibo.feedback.tests.helpers import open_survey
from chibo.ideas.models import IdeaError, Indicator, KpiEntry, KpiResult, KpiTerm
from chibo.meetings.models import Task

from .helpers import YEAR, ideas_world, kpi_setup, manual, recognised, register, staff_client

pytestmark = pytest.mark.django_db


def _result(term: KpiTerm, staff: Staff) -> KpiResult:
    return KpiResult.objects.get(term=term, staff=staff)


def _detail(result: KpiResult, name_part: str) -> dict:
    return next(d for d in result.details if name_part in d["name"])


def _member_staff(world, iw) -> Staff:
    """The world's plain member (a Party member) works at the school too."""
    return Staff.objects.create(school=iw.school, user=world.member.user, full_name=world.member.full_name,
                                role=Staff.Role.EMPLOYEE, position=Staff.Position.TEACHER)  # fmt: skip


def _task(world, deadline: dt.date, done_on: dt.date | None) -> Task:
    task = Task.assign(cell=world.cell, by=world.secretary.user, title=f"Nhiệm vụ hạn {deadline}",
                       owners=[world.member], deadline=deadline)  # fmt: skip
    if done_on is not None:
        task.mark_done(by=world.member.user)
        done_at = timezone.make_aware(dt.datetime(done_on.year, done_on.month, done_on.day, 10))
        Task.objects.filter(pk=task.pk).update(done_at=done_at)
    return task


def test_only_the_management_board_sets_up_the_kpi(world):
    iw = ideas_world(world)
    with pytest.raises(IdeaError, match="Ban giám hiệu"):
        Indicator.install_defaults(school=iw.school, by=iw.teacher.user)
    with pytest.raises(IdeaError, match="Ban giám hiệu"):
        Indicator.install_defaults(school=iw.school, by=world.secretary.user)  # the chi ủy reads it
    assert Indicator.install_defaults(school=iw.school, by=iw.manager.user) == 5
    assert set(Indicator.objects.values_list("dimension", flat=True)) == {
        "performance", "service", "satisfaction", "innovation"
    }  # fmt: skip
    with pytest.raises(IdeaError, match="đã có bộ chỉ số"):
        Indicator.install_defaults(school=iw.school, by=iw.manager.user)


def test_results_come_from_tasks_survey_ideas_and_entries(world):
    iw = ideas_world(world)
    member_staff = _member_staff(world, iw)
    _task(world, dt.date(YEAR, 2, 10), dt.date(YEAR, 2, 9))  # on time
    _task(world, dt.date(YEAR, 3, 10), dt.date(YEAR, 3, 20))  # late
    _task(world, dt.date(YEAR, 4, 10), dt.date(YEAR, 4, 1))  # on time
    _task(world, dt.date(YEAR, 9, 10), None)  # outside the term
    survey = open_survey(iw.school, iw.manager.user)
    for survey_class in survey.classes.all():
        for index, code in enumerate(FamilyCode.objects.filter(survey_class=survey_class)):
            scores = {q.pk: 5 if index % 5 else 3 for q in survey.questions.all()}
            survey_class.submit(code=code.code, scores=scores)
    survey.close(by=iw.manager.user)
    recognised(iw)  # the teacher's idea, recognised
    term = kpi_setup(iw)
    KpiEntry.record(term=term, indicator=manual(iw), staff=iw.teacher, value=Decimal(90),
                    evidence="Dự giờ 3 tiết, xếp loại tốt.", by=iw.manager.user)  # fmt: skip

    teacher = _result(term, iw.teacher)
    assert _detail(teacher, "đúng hạn")["value"] is None  # not a Party member: no tasks to count
    assert _detail(teacher, "Ý tưởng")["value"] == "100"
    assert _detail(teacher, "hài lòng")["value"] == "80.0"
    assert _detail(teacher, "Chất lượng")["value"] == "90.0"
    assert (
        teacher.dimensions["innovation"] == "100.0" and teacher.dimensions["satisfaction"] == "80.0"
    )
    assert teacher.dimensions["service"] is None
    assert teacher.total == Decimal(
        "90.0"
    )  # (90 + 80 + 100) / 3, equal weights, service not entered

    member = _result(term, member_staff)
    assert _detail(member, "đúng hạn")["value"] == "66.7"
    assert "2/3 nhiệm vụ" in _detail(member, "đúng hạn")["basis"]
    assert _detail(member, "Ý tưởng")["value"] == "0"  # no idea this year is a real zero


def test_an_entered_value_needs_evidence_a_manual_indicator_and_an_open_term(world):
    iw = ideas_world(world)
    term = kpi_setup(iw)
    tasks = Indicator.objects.get(school=iw.school, source="tasks")
    with pytest.raises(IdeaError, match="minh chứng"):
        KpiEntry.record(term=term, indicator=manual(iw), staff=iw.teacher, value=Decimal(80), evidence=" ",
                        by=iw.manager.user)  # fmt: skip
    with pytest.raises(IdeaError, match="không nhập tay"):
        KpiEntry.record(term=term, indicator=tasks, staff=iw.teacher, value=Decimal(80), evidence="x",
                        by=iw.manager.user)  # fmt: skip
    with pytest.raises(IdeaError, match="Ban giám hiệu"):
        KpiEntry.record(term=term, indicator=manual(iw), staff=iw.teacher, value=Decimal(80), evidence="x",
                        by=iw.teacher.user)  # fmt: skip
    assert not KpiEntry.objects.exists()
    KpiEntry.record(term=term, indicator=manual(iw), staff=iw.teacher, value=Decimal(80), evidence="Dự giờ.",
                    by=iw.manager.user)  # fmt: skip
    KpiEntry.record(term=term, indicator=manual(iw), staff=iw.teacher, value=Decimal(85), evidence="Dự giờ lại.",
                    by=iw.manager.user)  # fmt: skip
    entry = AuditEntry.objects.filter(action="kpi.entry").latest("pk")
    assert entry.before["value"] == "80.0" and entry.after["value"] == "85"
    term.finish(by=iw.manager.user)
    with pytest.raises(IdeaError, match="đã kết thúc"):
        KpiEntry.record(term=term, indicator=manual(iw), staff=iw.teacher, value=Decimal(50), evidence="x",
                        by=iw.manager.user)  # fmt: skip


def test_the_principal_edits_the_weights_and_the_results_are_recomputed_and_audited(world):
    iw = ideas_world(world)
    register(iw)  # the teacher: 30 points on innovation
    term = kpi_setup(iw)
    KpiEntry.record(term=term, indicator=manual(iw), staff=iw.teacher, value=Decimal(90), evidence="Dự giờ.",
                    by=iw.manager.user)  # fmt: skip
    assert _result(term, iw.teacher).total == Decimal("60.0")  # (90 + 30) / 2
    indicators = {i.name: i for i in Indicator.objects.filter(school=iw.school)}
    quality = indicators["Chất lượng thực hiện nhiệm vụ chuyên môn"]
    ideas = indicators["Ý tưởng, sáng kiến trong năm"]

    client = staff_client(iw, "manager")
    response = client.post(reverse("ideas:kpi_weights", args=[iw.school.slug]),
                           {f"w{i.pk}": 20 for i in indicators.values()} | {f"w{quality.pk}": 60})  # fmt: skip
    assert response.status_code == 302
    assert _result(term, iw.teacher).total == Decimal("75.0")  # (60×90 + 20×30) / 80
    entry = AuditEntry.objects.get(action="kpi.weights")
    assert entry.actor == iw.manager.user
    assert entry.before[quality.name] == 20 and entry.after[quality.name] == 60
    assert AuditEntry.objects.filter(action="kpi.recompute").count() >= 2

    ideas.change(by=iw.manager.user, weight=0)
    assert _result(term, iw.teacher).total == Decimal("90.0")
    assert AuditEntry.objects.get(action="kpi.indicator.change").after["weight"] == 0


def test_a_teacher_or_the_chi_uy_cannot_edit_the_weights(world):
    iw = ideas_world(world)
    term = kpi_setup(iw)
    weights = {i.pk: 50 for i in Indicator.objects.filter(school=iw.school)}
    for user in (iw.teacher.user, world.secretary.user):
        with pytest.raises(IdeaError, match="Ban giám hiệu"):
            Indicator.set_weights(school=iw.school, by=user, weights=weights)
    with pytest.raises(IdeaError, match="từ 0 đến 100"):
        Indicator.set_weights(
            school=iw.school, by=iw.manager.user, weights=dict.fromkeys(weights, 101)
        )
    with pytest.raises(IdeaError, match="lớn hơn 0"):
        Indicator.set_weights(
            school=iw.school, by=iw.manager.user, weights=dict.fromkeys(weights, 0)
        )
    assert set(Indicator.objects.values_list("weight", flat=True)) == {20}
    assert not AuditEntry.objects.filter(action="kpi.weights").exists()
    assert term.is_open


def test_a_finished_term_keeps_its_results_and_weights(world):
    iw = ideas_world(world)
    term = kpi_setup(iw)
    KpiEntry.record(term=term, indicator=manual(iw), staff=iw.teacher, value=Decimal(90), evidence="Dự giờ.",
                    by=iw.manager.user)  # fmt: skip
    term.finish(by=iw.manager.user)
    before = _result(term, iw.teacher).total
    assert term.weights["Chất lượng thực hiện nhiệm vụ chuyên môn"] == 20
    Indicator.set_weights(school=iw.school, by=iw.manager.user, weights={manual(iw).pk: 90})
    assert _result(term, iw.teacher).total == before
    with pytest.raises(IdeaError, match="đã kết thúc"):
        term.recompute(by=iw.manager.user)


def test_a_person_sees_their_own_results_only(world):
    iw = ideas_world(world)
    term = kpi_setup(iw)
    KpiEntry.record(term=term, indicator=manual(iw), staff=iw.colleague, value=Decimal(42), evidence="Nhận xét tổ.",
                    by=iw.manager.user)  # fmt: skip
    page = (
        staff_client(iw, "teacher")
        .get(reverse("ideas:my_kpi", args=[iw.school.slug]))
        .content.decode()
    )
    assert iw.teacher.full_name in page and term.name in page
    assert iw.colleague.full_name not in page and "Nhận xét tổ" not in page
    assert (
        staff_client(iw, "teacher").get(reverse("ideas:kpi_term", args=[term.pk])).status_code
        == 403
    )
    school_page = (
        staff_client(iw, "manager").get(reverse("ideas:kpi_term", args=[term.pk])).content.decode()
    )
    assert (
        iw.colleague.full_name in school_page
        and "không phải kết quả đánh giá, xếp loại đảng viên" in school_page
    )


def test_the_term_page_costs_the_same_for_more_people(world, django_assert_max_num_queries):
    iw = ideas_world(world)
    term = kpi_setup(iw)
    client = staff_client(iw, "manager")
    url = reverse("ideas:kpi_term", args=[term.pk])
    client.get(url)
    with django_assert_max_num_queries(12):
        client.get(url)
    for index in range(15):
        Staff.objects.create(school=iw.school, user=type(iw.teacher.user).objects.create(username=f"gv{index}"),
                             full_name=f"Giáo viên {index}", role=Staff.Role.EMPLOYEE)  # fmt: skip
    term.recompute(by=iw.manager.user)
    assert KpiResult.objects.filter(term=term).count() == 19
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


def test_recomputing_a_term_costs_a_handful_of_queries(world, django_assert_max_num_queries):
    iw = ideas_world(world)
    term = kpi_setup(iw)
    for index in range(15):
        Staff.objects.create(school=iw.school, user=type(iw.teacher.user).objects.create(username=f"gv{index}"),
                             full_name=f"Giáo viên {index}", role=Staff.Role.EMPLOYEE)  # fmt: skip
    from chibo.ideas.kpi import compute

    with django_assert_max_num_queries(8):
        rows = compute(term)
    assert len(rows) == 19
