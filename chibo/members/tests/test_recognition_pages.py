"""The recognition path through the pages: the room records the cell's vote on a named
probationary member; the member's page shows probation, the vote and the decision form."""

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.meetings.models import Vote
from chibo.meetings.tests.helpers import distributed, roll_call
from chibo.members.models import Member
from chibo.rules import organization

from .helpers import probationer, recognisable, recognition_payload, recognition_vote

pytestmark = pytest.mark.django_db


def test_the_room_records_a_recognition_vote_attached_to_the_member(world, secretary_client):
    member = probationer(world)
    meeting = distributed(world, days_ahead=-3)
    roll_call(world, meeting)
    room = secretary_client.get(reverse("meetings:room", args=[meeting.pk])).content.decode()
    assert "Ghi biểu quyết công nhận đảng viên chính thức" in room and member.full_name in room
    response = secretary_client.post(
        reverse("meetings:recognition_vote", args=[meeting.pk]),
        {"member": member.pk, "votes_for": 2, "votes_against": 0, "votes_abstain": 0},
    )
    assert response.status_code == 302
    vote = Vote.objects.get(meeting=meeting)
    assert (vote.member, vote.kind, vote.denominator, vote.passed) == (member, "admission", 2, True)
    assert vote.subject == "Công nhận đồng chí Mai Thị Phương là đảng viên chính thức"
    assert AuditEntry.objects.filter(
        action="meeting.recognition_vote", after__member=member.pk
    ).exists()


def test_the_room_offers_only_probationary_members_of_the_cell(world, secretary_client):
    meeting = distributed(world, days_ahead=-3)
    roll_call(world, meeting)
    response = secretary_client.post(
        reverse("meetings:recognition_vote", args=[meeting.pk]),
        {"member": world.member.pk, "votes_for": 2, "votes_against": 0, "votes_abstain": 0},
        follow=True,
    )
    assert "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()
    assert not Vote.objects.exists()
    room = secretary_client.get(reverse("meetings:room", args=[meeting.pk])).content.decode()
    assert "Ghi biểu quyết công nhận" not in room  # no probationary member: no form


def test_the_room_refuses_a_vote_before_probation_ends(world, secretary_client):
    member = probationer(world, days_ago=200)
    meeting = distributed(world, days_ahead=-3)
    roll_call(world, meeting)
    response = secretary_client.post(
        reverse("meetings:recognition_vote", args=[meeting.pk]),
        {"member": member.pk, "votes_for": 2, "votes_against": 0, "votes_abstain": 0},
        follow=True,
    )
    assert f"hết 12 tháng dự bị ngày {member.probation_ends:%d/%m/%Y}" in response.content.decode()
    assert not Vote.objects.exists()


def test_the_member_page_shows_probation_and_no_decision_form_without_a_vote(
    world, secretary_client
):
    member = probationer(world)
    page = secretary_client.get(reverse("members:detail", args=[member.pk])).content.decode()
    assert "Hết thời kỳ dự bị" in page and f"{member.probation_ends:%d/%m/%Y}" in page
    assert "30 ngày làm việc" in page
    assert reverse("members:recognise", args=[member.pk]) not in page


def test_a_failed_vote_shows_and_gives_no_decision_form(world, secretary_client):
    member = probationer(world)
    vote = recognition_vote(world, member, votes_for=1, votes_against=1)
    page = secretary_client.get(reverse("members:detail", args=[member.pk])).content.decode()
    assert reverse("meetings:detail", args=[vote.meeting_id]) in page
    assert "1/2 đảng viên chính thức tán thành" in page and "Không đạt" in page
    assert reverse("members:recognise", args=[member.pk]) not in page


def test_the_bi_thu_enters_the_decision_once_the_vote_passed(
    world, secretary_client, member_client
):
    member = recognisable(world)
    url = reverse("members:detail", args=[member.pk])
    page = secretary_client.get(url).content.decode()
    assert reverse("members:recognise", args=[member.pk]) in page
    assert "Số quyết định của cấp ủy cấp trên" in page
    assert f'value="{member.probation_ends:%d/%m/%Y}"' in page  # the official date, pre-filled
    assert (
        reverse("members:recognise", args=[member.pk])
        not in member_client.get(url).content.decode()
    )

    response = secretary_client.post(
        reverse("members:recognise", args=[member.pk]), recognition_payload(world), follow=True
    )
    body = response.content.decode()
    assert f"là đảng viên chính thức từ ngày {member.probation_ends:%d/%m/%Y}" in body
    assert "Số 125-QĐ/ĐU ngày" in body
    member.refresh_from_db()
    assert member.status == Member.Status.OFFICIAL
    assert member.official_date == organization.official_date(member.admission_date)


def test_a_refused_recognition_says_why_and_changes_nothing(world, secretary_client):
    member = recognisable(world)
    data = {**recognition_payload(world), "on": "2026-01-01"}
    response = secretary_client.post(
        reverse("members:recognise", args=[member.pk]), data, follow=True
    )
    assert (
        "Ngày công nhận đảng viên chính thức phải là ngày hết 12 tháng dự bị"
        in response.content.decode()
    )
    member.refresh_from_db()
    assert member.status == Member.Status.PROBATIONARY
