"""The demo of seed 004: Việt Hưng's portal, survey and plan target, and its two logins."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from chibo.demo.load import load_demo
from chibo.feedback.models import Feedback, School, SurveyRound
from chibo.feedback.stats import satisfaction_index

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


def test_viet_hung_has_answered_open_and_overdue_items_and_a_finished_survey(demo):
    school = School.objects.get(slug="mn-do-thi-viet-hung")
    today = timezone.localdate()
    items = Feedback.objects.for_school(school)
    assert items.public().count() == 3
    assert items.open().count() == 3 and items.overdue(today).count() == 1
    assert items.filter(status="redirected").count() == 1
    assert items.awaiting_moderation().count() >= 2
    survey = SurveyRound.objects.get(school=school)
    assert survey.status == "closed"
    index = satisfaction_index(school.cell, today.year)
    assert index is not None and index >= Decimal(90)
    assert {login for login, _ in demo} >= {"bithu4", "gopy"}


def test_the_plans_satisfaction_target_reads_the_survey(demo):
    from chibo.evaluations.targets import progress_for_plan
    from chibo.plans.models import Plan

    plan = Plan.objects.get(
        cell__name="Chi bộ Trường Mầm non Đô Thị Việt Hưng", year=2026, kind="activity"
    )
    row = next(r for r in progress_for_plan(plan) if "hài lòng" in r.target.text)
    assert row.metric == "parent_satisfaction"
    if timezone.localdate().year == 2026:
        assert row.value is not None and row.value >= 90 and row.status == "reached"


def test_the_handler_login_reaches_the_desk_and_no_party_page(demo):
    school = School.objects.get(slug="mn-do-thi-viet-hung")
    client = _login("gopy")
    desk = client.get(reverse("home"), follow=True)
    assert desk.status_code == 200 and "Góp ý của phụ huynh" in desk.content.decode()
    assert client.get(reverse("organizations:cell", args=[school.cell_id])).status_code == 404
    assert client.get(reverse("members:list", args=[school.cell_id])).status_code == 404
    assert client.get(reverse("feedback:cell", args=[school.cell_id])).status_code == 404
    bi_thu = _login("bithu4")
    page = bi_thu.get(reverse("feedback:cell", args=[school.cell_id])).content.decode()
    assert "Xử lý góp ý" in page and "đạt chỉ tiêu" in page
