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
        ("regular", "concluded"),
        ("regular", "preparing"),
    }
    recorded = yen_hoa.get(status="concluded")  # prepared on paper, recorded after the fact
    assert [text.split(",")[0] for text, _ in recorded.preparation_findings()] == [
        f"Tài liệu gửi ngày {recorded.sent_on:%d/%m/%Y}"
    ]
    assert recorded.attendances.count() == 12 and recorded.votes.count() == 0
    assert recorded.dossier_missing() == ["Báo cáo gửi Đảng ủy"]
    q1 = yen_hoa.get(status="closed")
    assert q1.topic.quarter == 1 and q1.dossier_missing() == []
    resolution = q1.resolution_vote()
    assert resolution is not None and resolution.passed and resolution.denominator == 10
    assert MeetingReport.objects.get(meeting=q1).acknowledged_by.username == "danguy"
    assert {t.display_status() for t in Task.objects.filter(cell=q1.cell)} == {
        "open",
        "in_progress",
        "done",
        "overdue",
        "dropped",
    }
