import pytest
from django.urls import reverse

from chibo.evaluations.models import EvaluationRound

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_(world):
    return EvaluationRound.open(cell=world.cell, year=2026, by=world.secretary.user)


def test_member_fills_the_self_assessment_and_sees_the_level(world, round_, member_client):
    sheet = round_.evaluations.get(member=world.member)
    url = reverse("evaluations:self", args=[sheet.pk])
    response = member_client.post(url, {
        "version": sheet.version, "self_general": "27", "self_tasks": "56", "strengths": "Nhiệt tình",
        "weaknesses": "", "remedies": "", "tasks_total": "3", "tasks_on_time": "3", "tasks_exceeding": "0",
        "tasks_late": "0", "tasks_not_done": "0", "shortcomings_fixed": "on",
    }, follow=True)  # fmt: skip
    assert "Hoàn thành tốt nhiệm vụ" in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.self_level == "good"


def test_scores_above_the_maximum_are_refused_with_a_vietnamese_message(
    world, round_, member_client
):
    sheet = round_.evaluations.get(member=world.member)
    response = member_client.post(reverse("evaluations:self", args=[sheet.pk]), {
        "version": sheet.version, "self_general": "31", "self_tasks": "80", "tasks_total": "1", "tasks_on_time": "2",
        "tasks_exceeding": "0", "tasks_late": "0", "tasks_not_done": "0",
    })  # fmt: skip
    body = response.content.decode()
    assert "Tối đa 30 điểm." in body and "Tối đa 70 điểm." in body
    assert "vượt tổng số nhiệm vụ" in body
    sheet.refresh_from_db()
    assert sheet.self_level == ""


def test_cap_breach_is_shown_with_its_source(world, round_, secretary_client):
    round_.evaluations.filter(member=world.secretary).update(proposed_level="excellent")
    round_.evaluations.filter(member=world.member).update(proposed_level="good")
    body = secretary_client.get(reverse("evaluations:round", args=[round_.pk])).content.decode()
    assert "vượt mức tối đa 0" in body and "QĐ 366-QĐ/TW" in body


def test_round_page_query_count_does_not_grow_with_members(
    world, round_, secretary_client, django_assert_max_num_queries
):
    from chibo.conftest import make_member

    url = reverse("evaluations:round", args=[round_.pk])
    secretary_client.get(url)
    with django_assert_max_num_queries(12) as small:
        secretary_client.get(url)
    for i in range(20):
        round_.evaluations.create(member=make_member(world.cell, f"Lê Thị Số{i}"))
    with django_assert_max_num_queries(len(small.captured_queries)):
        secretary_client.get(url)


def test_self_assessment_is_prefilled_from_tasks_and_shows_commitments(
    world, round_, member_client
):
    import datetime as dt

    from chibo.evaluations.models import PersonalCommitment
    from chibo.meetings.models import Task

    task = Task.objects.create(cell=world.cell, title="Làm đồ dùng", deadline=dt.date(2026, 4, 30))
    task.owners.add(world.member)
    PersonalCommitment.register(member=world.member, by=world.member.user, year=2026, kind="exemplary",
                                text="Gương mẫu đi làm đúng giờ", measure="Không đi muộn")  # fmt: skip
    sheet = round_.evaluations.get(member=world.member)
    response = member_client.get(reverse("evaluations:self", args=[sheet.pk]))
    assert response.context["form"].initial["tasks_total"] == 1
    assert "Gương mẫu đi làm đúng giờ" in response.content.decode()
