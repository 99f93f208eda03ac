"""A probationary member holds no Party card number: the card is issued on recognition as an
official member. Refused in the form and the Excel import with the same message (the API:
chibo/api/tests/test_api_member_writes.py)."""

import datetime as dt

import pytest
from django.urls import reverse

from chibo.conftest import make_member
from chibo.members.models import PROBATIONARY_CARD_MESSAGE, Member, MemberImport

from .test_import import HEADER, upload, xlsx

pytestmark = pytest.mark.django_db


def test_the_message_says_why_in_vietnamese_with_its_source():
    assert PROBATIONARY_CARD_MESSAGE.startswith("Đảng viên dự bị chưa được phát thẻ đảng viên")
    assert "01-HD/TW, mục 7" in PROBATIONARY_CARD_MESSAGE
    assert "thay thế bởi" in PROBATIONARY_CARD_MESSAGE and "06-HD/TW" in PROBATIONARY_CARD_MESSAGE


def test_the_new_member_form_refuses_a_card_for_a_probationary_member(world, secretary_client):
    response = secretary_client.post(reverse("members:create", args=[world.cell.pk]), {
        "full_name": "Mai Thị Phương", "gender": "female", "status": "probationary",
        "admission_date": "2026-01-05", "card_number": "93.000123", "general_education": "12/12",
    })  # fmt: skip
    assert response.status_code == 200
    assert response.context["form"].errors["card_number"] == [PROBATIONARY_CARD_MESSAGE]
    assert not Member.objects.filter(full_name="Mai Thị Phương").exists()


def test_the_edit_form_refuses_a_card_for_a_probationary_member(world, secretary_client):
    member = make_member(
        world.cell, "Mai Thị Phương", status=Member.Status.PROBATIONARY, admission_date=dt.date(2026, 1, 5)
    )  # fmt: skip
    response = secretary_client.post(reverse("members:edit", args=[member.pk]), {
        "full_name": member.full_name, "gender": "female", "admission_date": "2026-01-05",
        "card_number": "93.000123", "general_education": "12/12", "version": member.version,
    })  # fmt: skip
    assert response.status_code == 200
    assert PROBATIONARY_CARD_MESSAGE in response.content.decode()
    member.refresh_from_db()
    assert member.card_number == ""


def test_an_official_member_keeps_a_card(world, secretary_client):
    response = secretary_client.post(reverse("members:create", args=[world.cell.pk]), {
        "full_name": "Lê Văn An", "gender": "male", "status": "official",
        "admission_date": "2010-01-05", "official_date": "2011-01-05", "card_number": "93.000124",
        "general_education": "12/12",
    })  # fmt: skip
    assert response.status_code == 302
    assert Member.objects.get(full_name="Lê Văn An").card_number == "93.000124"


def test_the_import_refuses_a_card_for_a_probationary_row(world, secretary_client):
    row = ["Lê Thị Mai", "Nữ", "", "", "", "", "2025-09-02", "", "Dự bị", "93.000125", "ĐH", ""]
    upload(secretary_client, world.cell, xlsx([row], header=HEADER))
    batch = MemberImport.objects.get()
    assert batch.errors == [f"Dòng 2: {PROBATIONARY_CARD_MESSAGE}"]
    assert not batch.can_commit


def test_no_demo_probationary_member_holds_a_card():
    from chibo.demo.load import load_demo

    load_demo()
    probationary = Member.objects.filter(status=Member.Status.PROBATIONARY)
    assert probationary.exists()
    assert list(probationary.exclude(card_number="").values_list("full_name", flat=True)) == []
    assert not Member.objects.filter(card_number="YH0012").exists()
