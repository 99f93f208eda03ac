"""Done means: danguy sees in one screen which cells of Yên Mô missed a thematic meeting,
sent drafts late, have overdue tasks — and clicks through to the evidence."""

import re

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from chibo.conftest import make_committee, make_user
from chibo.demo.oversight import load_oversight_demo
from chibo.organizations.models import Cell, Committee, CommitteeOfficer

pytestmark = pytest.mark.django_db


def _yen_mo_and_danguy():
    """What the project demo (chibo demo) has: the ward and its officer. The whole demo
    renders documents and is exercised by chibo/core/tests/test_demo.py."""
    ward = make_committee("Đảng ủy xã Yên Mô", parent=make_committee("Tỉnh ủy Ninh Bình"))
    CommitteeOfficer.objects.create(committee=ward, user=make_user("danguy"))


@pytest.fixture
def screen():
    with time_machine.travel("2026-11-24 09:00 +0700", tick=False):
        _yen_mo_and_danguy()
        load_oversight_demo()
        client = Client()
        from django.contrib.auth import get_user_model

        client.force_login(
            get_user_model().objects.get(username="danguy"),
            backend="django.contrib.auth.backends.ModelBackend",
        )
        committee = Committee.objects.get(name="Đảng ủy xã Yên Mô")
        response = client.get(reverse("oversight:committee", args=[committee.pk]) + "?year=2026")
        assert response.status_code == 200
        yield client, committee, response.content.decode()


def test_one_screen_names_the_cells_and_the_rules_with_their_sources(screen):
    client, committee, html = screen
    section = html.split(
        'id="cell-{}"'.format(Cell.objects.get(name="Chi bộ Trường THCS Yên Mô").pk)
    )[1]
    assert "Quý 2/2026: 0 buổi sinh hoạt chuyên đề" in section
    assert "Chỉ thị 50-CT/TW" in section
    assert "muộn so với hạn" in section and "Hướng dẫn 42-HD/BTCTW" in section
    thang = html.split(
        'id="cell-{}"'.format(Cell.objects.get(name="Chi bộ Trường Mầm non Yên Thắng").pk)
    )[1]
    assert "quá hạn" in thang and "Chưa gửi báo cáo Đảng ủy" in thang


def test_the_missing_quarter_number_links_to_the_cells_behind_it(screen):
    client, committee, html = screen
    found = re.search(r'href="([^"]*show=missing_thematic&(?:amp;)?quarter=2)"', html)
    link = found.group(1).replace("&amp;", "&")
    with time_machine.travel("2026-11-24 09:00 +0700", tick=False):
        filtered = client.get(link).content.decode()
    assert "Chi bộ Trường THCS Yên Mô" in filtered
    assert "Chi bộ Trường Tiểu học Yên Thành" not in filtered


def test_a_finding_links_to_the_meeting_it_is_about(screen):
    client, committee, html = screen
    late = re.search(
        r'<a href="(/meetings/\d+/)">Buổi sinh hoạt thường kỳ ngày 05/04/2026: tài liệu gửi', html
    )
    assert late is not None
    assert client.get(late.group(1)).status_code == 200


def test_the_model_cell_has_no_finding_about_meetings(screen):
    client, committee, html = screen
    cell = Cell.objects.get(name="Chi bộ Trường Tiểu học Yên Thành")
    assert f'id="cell-{cell.pk}"' not in html


def test_the_committee_sees_the_quality_levels_of_its_cells(screen):
    from chibo.meetings.models import Meeting
    from chibo.oversight.models import QualityAssessment
    from chibo.oversight.quality import default_sheet

    client, committee, _ = screen
    meeting = Meeting.objects.filter(
        cell__name="Chi bộ Trường THCS Yên Mô", kind="thematic"
    ).first()
    QualityAssessment.objects.create(meeting=meeting, sheet=default_sheet(), total=92, level="Tốt")
    with time_machine.travel("2026-11-24 09:00 +0700", tick=False):
        html = client.get(
            reverse("oversight:committee", args=[committee.pk]) + "?year=2026"
        ).content.decode()
    assert "Tốt: 1" in html
