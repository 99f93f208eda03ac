"""The satisfaction survey: one answer per family code, the index by its stated formula, per
group and per class; the cell's plan target reads it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from chibo.feedback.models import FamilyCode, FeedbackError, SurveyResponse
from chibo.feedback.stats import satisfaction_index
from chibo.rules import feedback as rules

from .helpers import open_survey, staff_client


def _answer(survey_class, scores_for_all: int, **extra):
    code = FamilyCode.objects.filter(survey_class=survey_class, used=False).first().code
    scores = {q.pk: scores_for_all for q in survey_class.round.questions.all()}
    return survey_class.submit(code=code, scores=scores, **extra)


def test_the_formula_counts_satisfied_answers():
    assert rules.satisfaction({5: 3, 4: 6, 3: 1}) == Decimal("90.0")
    assert rules.satisfaction({5: 3, 4: 6, 3: 1}, "mean_score") == Decimal("84.0")
    assert rules.satisfaction({}) is None


def test_a_family_answers_once_and_the_answer_keeps_only_the_class(sw):
    survey = open_survey(sw.school, sw.manager.user)
    survey_class = survey.classes.get(name="Mầm 1")
    code = survey_class.codes.first().code
    url = reverse("feedback:survey_form", args=[survey_class.token])
    data = {"code": code.lower(), **{f"q{q.pk}": "5" for q in survey.questions.all()}}
    assert Client().post(url, data).status_code == 302
    again = Client().post(url, data)
    assert again.status_code == 400 and "mỗi gia đình chỉ trả lời một lần" in again.content.decode()
    response = SurveyResponse.objects.get()
    assert response.survey_class == survey_class and response.answers.count() == 12
    assert not hasattr(response, "code") and code not in str(response.__dict__)


def test_a_code_of_another_class_is_refused(sw):
    survey = open_survey(sw.school, sw.manager.user)
    other_code = survey.classes.get(name="Chồi 2").codes.first().code
    with pytest.raises(FeedbackError, match="Mã gia đình không đúng"):
        survey.classes.get(name="Mầm 1").submit(code=other_code, scores={})


def test_results_per_group_and_class_and_the_years_index(sw):
    survey = open_survey(sw.school, sw.manager.user)
    m1, c2 = survey.classes.get(name="Mầm 1"), survey.classes.get(name="Chồi 2")
    for _ in range(4):
        _answer(m1, 5)
    _answer(c2, 4)
    _answer(c2, 2)
    results = survey.results()
    assert results.families == 6 and results.index == Decimal("83.3")
    assert dict((name, index) for name, index, _n in results.classes()) == {
        "Chồi 2": Decimal("50.0"),
        "Mầm 1": Decimal("100.0"),
    }
    assert all(index == Decimal("83.3") for _label, index, _n in results.groups())
    assert satisfaction_index(sw.school.cell, 2026) is None  # still open
    survey.close(by=sw.manager.user)
    assert satisfaction_index(sw.school.cell, 2026) == Decimal("83.3")
    assert satisfaction_index(sw.school.cell, 2025) is None


def test_a_closed_round_takes_no_more_answers(sw):
    survey = open_survey(sw.school, sw.manager.user)
    survey.close(by=sw.manager.user)
    with pytest.raises(FeedbackError, match="không nhận trả lời"):
        _answer(survey.classes.first(), 5)


def test_the_plan_target_reads_the_index_through_the_metric(sw):
    from chibo.evaluations.metrics import METRICS

    survey = open_survey(sw.school, sw.manager.user)
    m1, c2 = survey.classes.all()
    for survey_class in (m1, c2):
        for _ in range(4):
            _answer(survey_class, 4)
    _answer(m1, 5)
    _answer(c2, 3)
    survey.close(by=sw.manager.user)
    measure = METRICS["parent_satisfaction"].compute(sw.school.cell, 2026)
    assert measure.value == Decimal("90.0") and measure.unit == "%"
    assert "10 gia đình trả lời" in measure.basis and "Tỷ lệ hài lòng =" in measure.basis
    assert METRICS["parent_satisfaction"].compute(sw.world.other_cell, 2026).value is None


def test_the_manager_creates_and_opens_a_round_from_the_pages(sw):
    client = staff_client(sw, "manager")
    response = client.post(reverse("feedback:surveys", args=[sw.school.slug]), {
        "title": "Khảo sát học kỳ I", "year": 2026, "formula": "positive_share",
        "classes": "Mầm 1\nMầm 2\nChồi 1", "families": 25})  # fmt: skip
    assert response.status_code == 302
    detail = client.get(response["Location"])
    html = detail.content.decode()
    assert "Tỷ lệ hài lòng = số câu trả lời" in html and "Quyết định 3476/QĐ-BGDĐT" in html
    codes = client.get(response["Location"] + "codes/")
    assert codes.content.decode().count("Mã gia đình:") == 75


def test_the_handler_reads_but_does_not_run_surveys(sw):
    survey = open_survey(sw.school, sw.manager.user)
    client = staff_client(sw, "handler")
    assert client.get(reverse("feedback:survey_detail", args=[survey.pk])).status_code == 200
    assert client.get(reverse("feedback:survey_codes", args=[survey.pk])).status_code == 403
    assert client.post(reverse("feedback:survey_close", args=[survey.pk])).status_code == 403


def test_survey_answer_dates_carry_no_time_of_day(sw):
    survey = open_survey(sw.school, sw.manager.user)
    response = _answer(survey.classes.first(), 5)
    assert isinstance(response.submitted_on, dt.date) and not isinstance(
        response.submitted_on, dt.datetime
    )
