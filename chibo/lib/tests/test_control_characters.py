"""Control characters are refused in forms and in the API with one Vietnamese message."""

import datetime as dt
import pathlib

import pytest
from django import forms
from django.urls import reverse
from django.utils import timezone

import chibo
from chibo.api.tests.conftest import api_client_for
from chibo.lib.text import LONGEST_TEXT, MESSAGE, TOO_LONG, control_character_paths
from chibo.meetings.models import Meeting
from chibo.members.models import Member

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ["Nguyễn\x07Văn Chuông", "GV\x02", "a\x00b", "x\x1b[31m"])
def test_every_form_char_field_refuses_control_characters(value):
    field = forms.CharField()
    with pytest.raises(forms.ValidationError) as error:
        field.clean(value)
    assert error.value.messages == [MESSAGE]


def test_tabs_and_line_breaks_are_ordinary_text():
    assert forms.CharField().clean("Dòng 1\r\nDòng 2\tcột") == "Dòng 1\r\nDòng 2\tcột"


def test_the_member_form_shows_the_vietnamese_message_and_saves_nothing(world, secretary_client):
    before = Member.objects.count()
    response = secretary_client.post(
        reverse("members:create", args=[world.cell.pk]),
        {"full_name": "Nguyễn\x07Văn Chuông", "gender": "male"},
    )
    assert response.status_code == 200
    assert "ký tự điều khiển" in response.content.decode()
    assert Member.objects.count() == before


def test_the_api_refuses_control_characters_in_json(world):
    api = api_client_for(world, "secretary")
    starts = (timezone.now() + dt.timedelta(days=10)).isoformat()
    response = api.post(
        f"cells/{world.cell.pk}/meetings", {"title": "Họp\x07 chi bộ", "starts_at": starts}
    )
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "title", "message": MESSAGE}]
    assert not Meeting.objects.exists()


def test_paths_are_found_in_nested_json():
    data = {"a": ["ok", {"b": "x\x01"}], "c\x02": 1}
    assert control_character_paths(data) == ["a.1.b", "c\x02"]


def test_no_module_builds_a_workbook_outside_the_excel_helper():
    root = pathlib.Path(chibo.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "tests" not in path.parts
        and path.relative_to(root).as_posix() != "lib/excel.py"
        and ("Workbook()" in path.read_text() or ".writerows(rows)" in path.read_text())
    ]
    assert offenders == [], "use chibo.lib.excel (new_workbook, append, save, csv_cell)"


def test_a_free_text_beyond_the_bound_is_refused_with_its_message():
    field = forms.CharField()
    assert field.clean("ý" * LONGEST_TEXT) == "ý" * LONGEST_TEXT
    with pytest.raises(forms.ValidationError) as error:
        field.clean("ý" * (LONGEST_TEXT + 1))
    assert error.value.messages == [TOO_LONG]
    # A field with its own max_length keeps it (Django's message, not the bound).
    assert forms.CharField(max_length=10).max_length == 10


def test_a_three_megabyte_comment_is_refused_and_nothing_stored(world, member_client):
    from chibo.meetings.models import MemberComment

    meeting = Meeting.objects.create(
        cell=world.cell, title="Sinh hoạt tháng 12", starts_at=timezone.now() + dt.timedelta(days=3)
    )
    meeting.distributed_at = timezone.now()
    meeting.save(update_fields=["distributed_at"])
    response = member_client.post(
        reverse("meetings:member_comment", args=[meeting.pk]), {"text": "a" * 3_000_000},
        follow=True,
    )  # fmt: skip
    assert response.status_code == 200
    assert "Nội dung dài quá" in response.content.decode()
    assert not MemberComment.objects.exists()


def test_the_api_refuses_an_overlong_text_with_the_same_message(world):
    api = api_client_for(world, "secretary")
    starts = (timezone.now() + dt.timedelta(days=10)).isoformat()
    response = api.post(
        f"cells/{world.cell.pk}/meetings",
        {"title": "Họp chi bộ", "starts_at": starts, "agenda": "x" * (LONGEST_TEXT + 1)},
    )
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "agenda", "message": TOO_LONG}]
    assert not Meeting.objects.exists()
