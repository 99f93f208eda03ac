"""The demo's Hoa Mai records: residence comments, study sessions, a member from Yên Hoà."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from chibo.demo.load import load_demo
from chibo.demo.partylife import MOVED, YEAR
from chibo.evaluations.models import EvaluationRound
from chibo.evaluations.targets import progress_for_plan
from chibo.members.models import Member
from chibo.plans.models import Plan
from chibo.residence.models import missing_comments
from chibo.study.models import StudySession
from chibo.transfers.models import Transfer

from .helpers import client_of

pytestmark = pytest.mark.django_db


def test_hoa_mai_has_the_rest_of_its_party_work():
    load_demo()
    users = get_user_model().objects
    moved = Member.objects.get(full_name=MOVED)
    transfer = Transfer.objects.get(member=moved)
    assert (
        moved.cell.name == "Chi bộ Trường Mầm non Hoa Mai"
        and transfer.status == Transfer.Status.ACCEPTED
    )
    assert transfer.letter.number_text.endswith("-GGT/CB")
    assert (
        client_of(users.get(username="bithu3"))
        .get(reverse("members:detail", args=[moved.pk]))
        .status_code
        == 200
    )
    assert (
        client_of(users.get(username="bithu"))
        .get(reverse("members:detail", args=[moved.pk]))
        .status_code
        == 404
    )

    round_ = EvaluationRound.objects.get(cell=moved.cell, year=YEAR)
    missing = missing_comments(
        moved.cell, YEAR, [e.member for e in round_.evaluations.select_related("member")]
    )
    assert 1 <= len(missing) <= 3  # most of the round's members have their comments
    page = client_of(users.get(username="bithu3")).get(
        reverse("evaluations:round", args=[round_.pk])
    )
    assert "Nhận xét của nơi cư trú: Gương mẫu" in page.content.decode()

    assert StudySession.objects.filter(cell=moved.cell).count() == 3
    plan = Plan.objects.get(cell=moved.cell, year=YEAR, kind="activity")
    (study,) = [
        r
        for r in progress_for_plan(plan, today=dt.date(2023, 1, 10))
        if r.metric == "study_participation"
    ]
    assert study.status == "reached" and "đảng viên" in study.basis
    load_demo()  # a second run adds nothing
    assert (
        StudySession.objects.filter(cell=moved.cell).count() == 3 and Transfer.objects.count() == 1
    )
