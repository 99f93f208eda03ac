"""The generator adds a plausible, deterministic year of meetings to generated cells."""

import datetime as dt

import pytest

from chibo.demo.gendata import generate
from chibo.meetings.models import Attendance, Meeting, MeetingReport, Task
from chibo.organizations.models import Cell, Committee
from chibo.oversight import dashboard

pytestmark = pytest.mark.django_db


def test_gen_data_adds_meetings_attendance_tasks_and_reports():
    generate(cells=6, members_per_cell=5, years=2, seed=11)
    cells = Cell.objects.count()
    assert cells == 6
    meetings = Meeting.objects.count()
    assert 6 * 2 * 12 < meetings <= 6 * 2 * 16
    assert Meeting.objects.filter(kind="thematic").exclude(topic=None).exists()
    held = Meeting.objects.filter(status__in=["concluded", "closed"]).count()
    assert Attendance.objects.count() == held * 5
    assert Task.objects.exists() and MeetingReport.objects.exists()
    assert all(t.owners.count() == 1 for t in Task.objects.all()[:20])


def test_the_generated_committee_has_something_to_show():
    generate(cells=30, members_per_cell=4, years=1, seed=5)
    province = Committee.objects.get(name="Tỉnh ủy Mẫu 5")
    today = dt.date.today()
    totals = dashboard.committee_totals(province, today.year, today)
    assert totals["cells"] == 30
    assert totals["regular_held"] > 0 and totals["thematic_held"] > 0


def test_gen_data_answers_to_its_hyphenated_name():
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("gen-data", cells=2, members_per_cell=3, years=1, seed=4, stdout=out)
    assert "2 chi bộ, 6 đảng viên" in out.getvalue()
    assert Meeting.objects.filter(cell__in=Cell.objects.all()).exists()
