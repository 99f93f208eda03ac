"""The demo of seed 004's idea bank: Việt Hưng's staff with ideas in every status, the council's
sheets and certificates, the members' pairs, the plan's targets read from them, a finished KPI
term, and the teacher login that sees no Party page."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from chibo.demo.load import load_demo
from chibo.evaluations.models import PersonalCommitment
from chibo.feedback.models import School, Staff
from chibo.ideas.models import Idea, KpiResult, KpiTerm

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DOCUMENTS_PDF = False
    return load_demo()


def _login(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username),
                       backend="django.contrib.auth.backends.ModelBackend")  # fmt: skip
    return client


def test_viet_hung_has_ideas_in_every_status_and_certificates(demo):
    school = School.objects.get(slug="mn-do-thi-viet-hung")
    statuses = set(Idea.objects.filter(school=school).values_list("status", flat=True))
    assert statuses == set(Idea.Status.values)
    certified = Idea.objects.filter(school=school).exclude(certificate="")
    assert {i.certificate_number for i in certified} == {"01/GCN-MNĐTVH", "02/GCN-MNĐTVH"}
    waiting = Idea.objects.get(school=school, title__startswith="Trò chơi dân gian")
    assert waiting.status == "submitted" and [s.full_name for s in waiting.missing_scorers()] == [
        "Trần Thị Hoàng Lâm"
    ]
    assert Staff.objects.filter(school=school, role="employee", position="teacher").count() == 10
    assert {login for login, _ in demo} >= {"giaovien", "gopy", "bithu4"}


def test_the_members_pairs_link_their_ideas_and_the_targets_read_the_records(demo):
    from chibo.evaluations.targets import progress_for_plan
    from chibo.plans.models import Plan

    year = timezone.localdate().year
    linked = PersonalCommitment.objects.filter(kind="innovation", year=year, idea__isnull=False)
    assert linked.count() >= 6 and all(c.idea.author.user_id == c.member.user_id for c in linked)
    plan = Plan.objects.get(
        cell__name="Chi bộ Trường Mầm non Đô Thị Việt Hưng", year=2026, kind="activity"
    )
    rows = {r.metric: r for r in progress_for_plan(plan) if r.metric}
    assert {"teachers_with_initiative", "commitments_registered"} <= set(rows)
    if year == 2026:
        assert str(rows["teachers_with_initiative"].value) == "30.0"
        assert str(rows["commitments_registered"].value) == "90.0"


def test_a_finished_kpi_term_with_everyones_results(demo):
    school = School.objects.get(slug="mn-do-thi-viet-hung")
    finished = KpiTerm.objects.get(school=school, status="finished")
    results = KpiResult.objects.filter(term=finished)
    assert results.count() == Staff.objects.filter(school=school, active=True).count() == 16
    assert all(r.total is not None for r in results) and finished.weights
    nhung = results.get(staff__full_name="Phạm Thị Hồng Nhung")
    tasks = next(d for d in nhung.details if d["name"].startswith("Nhiệm vụ"))
    assert tasks["value"] is not None  # a member: her tasks count
    assert KpiTerm.objects.filter(school=school, status="open").exists()


def test_the_teacher_login_reaches_the_bank_and_no_party_page(demo):
    school = School.objects.get(slug="mn-do-thi-viet-hung")
    client = _login("giaovien")
    page = client.get(reverse("home"), follow=True)
    assert page.status_code == 200 and "Ngân hàng ý tưởng sáng tạo" in page.content.decode()
    assert client.get(reverse("ideas:my_kpi", args=[school.slug])).status_code == 200
    for name in (
        "members:list",
        "organizations:cell",
        "evaluations:cell_commitments",
        "ideas:cell",
    ):
        assert client.get(reverse(name, args=[school.cell_id])).status_code == 404, name
    assert client.get(reverse("feedback:queue", args=[school.slug])).status_code == 404
    bi_thu = _login("bithu4")
    assert bi_thu.get(reverse("ideas:kpi", args=[school.slug])).status_code == 200
    assert "3/10" in bi_thu.get(reverse("ideas:cell", args=[school.cell_id])).content.decode()
