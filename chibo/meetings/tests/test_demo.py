import pytest

from chibo.demo.load import load_demo
from chibo.meetings.models import Meeting, MeetingReport, Task

pytestmark = pytest.mark.django_db


def test_the_demo_shows_a_closed_q1_a_waiting_q2_a_regular_meeting_and_tasks_in_every_state(
    settings,
):
    settings.DOCUMENTS_PDF = False
    load_demo()
    load_demo()  # idempotent
    yen_hoa = Meeting.objects.filter(cell__name="Chi bộ Trường Mầm non Yên Hoà")
    meetings = {(m.kind, m.status) for m in yen_hoa}
    assert meetings == {
        ("thematic", "closed"),
        ("thematic", "distributed"),
        ("regular", "preparing"),
    }
    q1 = yen_hoa.get(status="closed")
    assert q1.topic.quarter == 1 and q1.dossier_missing() == []
    assert MeetingReport.objects.get(meeting=q1).acknowledged_by.username == "danguy"
    assert {t.display_status() for t in Task.objects.filter(cell=q1.cell)} == {
        "open",
        "in_progress",
        "done",
        "overdue",
        "dropped",
    }
