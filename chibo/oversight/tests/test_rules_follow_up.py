"""Follow-up rules: tasks, dossier, report, probation, annual plan."""

import datetime as dt

from chibo.conftest import make_member
from chibo.members.models import Member
from chibo.oversight.tests.helpers import at, make_meeting, make_task, report
from chibo.plans.models import Plan, Topic

D = dt.date


def test_a_concluded_thematic_meeting_without_tasks_is_found(world, check):
    meeting = make_meeting(
        world.cell,
        "2026-03-03 08:00",
        kind="thematic",
        status="concluded",
        concluded_at=at("2026-03-03 11:00"),
    )
    assert len(check("tasks_assigned", D(2026, 3, 4))) == 1
    make_task(world.cell, D(2026, 4, 1), owners=[world.member], meeting=meeting)
    assert check("tasks_assigned", D(2026, 3, 4)) == []


def test_a_task_without_owner_is_found(world, check):
    make_task(world.cell, D(2026, 4, 1))
    findings = check("tasks_assigned", D(2026, 3, 4))
    assert len(findings) == 1 and "chưa có người thực hiện" in findings[0].what


def test_a_task_is_overdue_the_day_after_its_deadline(world, check):
    make_task(world.cell, D(2026, 3, 10), owners=[world.member])
    make_task(world.cell, D(2026, 3, 1), owners=[world.member], status="done")
    assert check("tasks_overdue", D(2026, 3, 10)) == []
    findings = check("tasks_overdue", D(2026, 3, 11))
    assert len(findings) == 1 and findings[0].since == D(2026, 3, 11)
    assert findings[0].url == f"/tasks/{findings[0].url.split('/')[2]}/"


def test_an_overdue_task_of_last_year_is_still_found(world, check):
    make_task(world.cell, D(2025, 12, 1), owners=[world.member])
    assert len(check("tasks_overdue", D(2026, 1, 5))) == 1


def test_the_dossier_is_due_thirty_days_after_the_conclusion(world, check):
    make_meeting(
        world.cell,
        "2026-03-03 08:00",
        kind="thematic",
        status="concluded",
        concluded_at=at("2026-03-03 11:00"),
    )
    assert check("dossier_complete", D(2026, 4, 2)) == []
    findings = check("dossier_complete", D(2026, 4, 3))
    assert len(findings) == 1 and "báo cáo Đảng ủy" in findings[0].what


def test_a_closed_dossier_is_complete(world, check):
    make_meeting(world.cell, "2026-03-03 08:00", kind="thematic", status="closed")
    assert check("dossier_complete", D(2026, 6, 1)) == []


def test_the_report_is_due_seven_days_after_the_meeting(world, check):
    make_meeting(world.cell, "2026-03-03 08:00", kind="thematic")
    assert check("report_sent", D(2026, 3, 10)) == []
    assert len(check("report_sent", D(2026, 3, 11))) == 1


def test_a_report_on_the_last_day_is_on_time_and_a_day_later_is_late(world, check):
    on_time = make_meeting(world.cell, "2026-03-03 08:00", kind="thematic")
    report(on_time, "2026-03-10 16:00")
    assert check("report_sent", D(2026, 5, 1)) == []
    late = make_meeting(world.cell, "2026-04-03 08:00", kind="thematic")
    report(late, "2026-04-11 08:00")
    findings = check("report_sent", D(2026, 5, 1))
    assert len(findings) == 1 and "quá hạn" in findings[0].what


def test_a_probationary_member_is_due_thirty_days_before_the_twelve_months_end(world, check):
    member = make_member(
        world.cell, "Trần Thị Lan", status=Member.Status.PROBATIONARY, admission_date=D(2025, 3, 11)
    )
    assert check("probation_due", D(2026, 2, 8)) == []
    due = check("probation_due", D(2026, 2, 9))
    assert len(due) == 1 and "sắp hết" in due[0].what and due[0].url == f"/members/{member.pk}/"
    assert "đã hết" in check("probation_due", D(2026, 3, 11))[0].what


def test_the_thematic_plan_must_exist_after_january(world, check):
    assert check("thematic_plan", D(2026, 2, 1)) == []
    assert "Chưa có kế hoạch" in check("thematic_plan", D(2026, 2, 2))[0].what


def test_the_thematic_plan_must_cover_every_quarter(world, check):
    plan = Plan.objects.create(
        cell=world.cell, year=2026, kind="thematic", title="KH", status="issued"
    )
    for quarter in (1, 2, 3):
        Topic.objects.create(plan=plan, quarter=quarter, title=f"Chuyên đề {quarter}")
    findings = check("thematic_plan", D(2026, 3, 1))
    assert len(findings) == 1 and findings[0].what.endswith("quý 4.")
    Topic.objects.create(plan=plan, quarter=4, title="Chuyên đề 4")
    assert check("thematic_plan", D(2026, 3, 1)) == []


def test_a_draft_plan_does_not_count(world, check):
    Plan.objects.create(cell=world.cell, year=2026, kind="thematic", title="KH")
    assert len(check("thematic_plan", D(2026, 3, 1))) == 1
