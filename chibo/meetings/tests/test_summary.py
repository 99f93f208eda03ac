"""The dashboards' per-cell counts (chibo.meetings.summary) stay equal to a recomputation from
the records after every verb, in any order."""

import datetime as dt
import random
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from chibo.meetings import summary
from chibo.meetings.errors import MeetingError, NeedsConfirmation
from chibo.meetings.models import CellTaskDue, CellYear, Meeting, MeetingReport, Task
from chibo.meetings.tests.helpers import (
    concluded,
    distributed,
    held,
    make_meeting,
    make_task,
    roll_call,
)

pytestmark = pytest.mark.django_db


def _counts(cell_id: int, year: int) -> dict[str, int]:
    """The cell's non-zero counts of the year, by name."""
    row = CellYear.objects.filter(cell_id=cell_id, year=year).first()
    return {n: getattr(row, n) for n in summary.NAMES if row and getattr(row, n)}


def test_a_thematic_meeting_counts_once_held_and_its_report_once_sent(world):
    by = world.secretary.user
    meeting = distributed(world, kind=Meeting.Kind.THEMATIC, days_ahead=-1)
    local = timezone.localtime(meeting.starts_at)
    year, quarter = local.year, (local.month - 1) // 3 + 1
    assert _counts(world.cell.pk, year) == {}
    roll_call(world, meeting)
    meeting.hold(by=by, actual_start=meeting.starts_at,
                 actual_end=meeting.starts_at + dt.timedelta(minutes=120))  # fmt: skip
    assert _counts(world.cell.pk, year) == {"thematic_held": 1, f"thematic_q{quarter}": 1}
    meeting.conclude(by=by, text="Kết luận.")
    MeetingReport.submit(meeting, by=by, text="Báo cáo.")
    assert _counts(world.cell.pk, year) == {"thematic_held": 1, f"thematic_q{quarter}": 1,
                                            "reports": 1, f"reports_q{quarter}": 1}  # fmt: skip
    assert summary.differences() == []


def test_a_held_regular_meeting_without_documents_sent_counts_as_late(world):
    meeting = make_meeting(world, days_ahead=-1)
    meeting.hold(by=world.secretary.user, actual_start=meeting.starts_at,
                 actual_end=meeting.starts_at + dt.timedelta(minutes=100))  # fmt: skip
    local = timezone.localtime(meeting.starts_at)
    quarter = (local.month - 1) // 3 + 1
    assert _counts(world.cell.pk, local.year) == {
        "regular_held": 1,
        "late": 1,
        f"late_q{quarter}": 1,
    }


def test_unfinished_tasks_are_counted_by_deadline_and_leave_when_done_or_dropped(world):
    today = timezone.localdate()
    first, second = make_task(world, days=-3), make_task(world, days=5)
    due = {(r.deadline, r.unfinished) for r in CellTaskDue.objects.filter(cell=world.cell)}
    assert due == {(today - dt.timedelta(days=3), 1), (today + dt.timedelta(days=5), 1)}
    first.mark_done(by=world.member.user)
    second.drop(by=world.secretary.user, reason="Không còn cần.")
    assert set(
        CellTaskDue.objects.filter(cell=world.cell).values_list("unfinished", flat=True)
    ) == {0}
    assert summary.differences() == []


def test_a_meeting_moved_to_another_year_leaves_the_old_year(world):
    meeting = held(world)
    old_year = timezone.localtime(meeting.starts_at).year
    meeting.starts_at = meeting.starts_at.replace(year=old_year - 1)
    meeting.save(update_fields=["starts_at"])
    assert _counts(world.cell.pk, old_year) == {}
    assert _counts(world.cell.pk, old_year - 1) == {"regular_held": 1}  # documents sent on time
    assert summary.differences() == []
    meeting.delete()
    assert summary.differences() == [] and _counts(world.cell.pk, old_year - 1) == {}


def _step(world, rng: random.Random, pool: list[Meeting], tasks: list[Task]) -> str:
    """One random verb on a random meeting or task of the cell; returns its name."""
    by = world.secretary.user
    kind = rng.choice([Meeting.Kind.REGULAR, Meeting.Kind.THEMATIC])
    action = rng.choice(["plan", "distributed", "held", "concluded", "hold", "conclude", "report",
                         "postpone", "reschedule", "cancel", "task", "task_done", "task_progress",
                         "task_drop"])  # fmt: skip
    meeting = rng.choice(pool) if pool else None
    if meeting is not None:
        meeting.refresh_from_db()
    if action == "plan":
        pool.append(make_meeting(world, kind=kind, days_ahead=rng.randint(-400, 200)))
    elif action == "distributed":
        pool.append(distributed(world, kind=kind, days_ahead=rng.randint(-300, 60)))
    elif action == "held":
        pool.append(held(world, kind=kind, days_ahead=-rng.randint(1, 500)))
    elif action == "concluded":
        pool.append(concluded(world, kind=kind, days_ahead=-rng.randint(1, 500)))
    elif action == "hold" and meeting is not None:
        roll_call(world, meeting)
        start = min(meeting.starts_at, timezone.now() - dt.timedelta(hours=3))
        meeting.hold(by=by, actual_start=start, actual_end=start + dt.timedelta(minutes=95),
                     confirm_early=True)  # fmt: skip
    elif action == "conclude" and meeting is not None:
        meeting.conclude(by=by, text="Kết luận của chi bộ.")
    elif action == "report" and meeting is not None:
        MeetingReport.submit(meeting, by=by, text="Báo cáo Đảng ủy.")
    elif action == "postpone" and meeting is not None:
        meeting.postpone(by=by, reason="Trùng lịch công tác.")
    elif action == "reschedule" and meeting is not None:
        # Sometimes into another year: both years' counts must follow.
        meeting.reschedule(
            by=by, starts_at=meeting.starts_at + dt.timedelta(days=rng.choice([-400, -20, 30, 380]))
        )
    elif action == "cancel" and meeting is not None:
        meeting.cancel(by=by, reason="Không đủ điều kiện tổ chức.")
    elif action == "task":
        tasks.append(make_task(world, meeting, days=rng.randint(-60, 60)))
    elif tasks:
        task = rng.choice(tasks)
        if action == "task_done":
            task.mark_done(by=world.member.user)
        elif action == "task_progress":
            task.report_progress(
                by=world.member.user, note="Đang làm.", status=rng.choice(["open", "in_progress"])
            )
        else:
            task.drop(by=by, reason="Không còn phù hợp.")
    return action


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_sequence_of_verbs_keeps_the_counts_equal_to_a_recomputation(world, seed):
    rng = random.Random(seed)
    pool: list[Meeting] = []
    tasks: list[Task] = []
    done = []
    for _ in range(30):
        try:
            done.append(_step(world, rng, pool, tasks))
        except (MeetingError, NeedsConfirmation):
            continue  # a verb the meeting's state refuses changes nothing
        assert summary.differences() == [], done
    assert len(done) >= 10
    assert CellYear.objects.filter(cell=world.cell).exists()


def test_the_check_command_finds_a_count_out_of_step_and_rebuild_repairs_it(world):
    held(world)
    make_task(world, days=-2)
    out = StringIO()
    call_command("meeting-summary", "--check", stdout=out)
    assert "khớp" in out.getvalue()
    CellYear.objects.filter(cell=world.cell, regular_held=1).update(
        regular_held=7
    )  # a bulk write past the verbs
    CellTaskDue.objects.filter(cell=world.cell).update(unfinished=3)
    with pytest.raises(CommandError) as error:
        call_command("meeting-summary", "--check", stdout=StringIO())
    assert (
        "lưu (7, 0, 0, 0, 0," in str(error.value)
        and "tính lại (1, 0, 0, 0, 0," in str(error.value)
        and "nhiệm vụ hạn" in str(error.value)
    )
    out = StringIO()
    call_command("meeting-summary", "--rebuild", stdout=out)
    assert "Đã tính lại: 1 dòng chi bộ × năm, 1 dòng nhiệm vụ" in out.getvalue()
    assert summary.differences() == []


def test_a_verb_adds_a_fixed_number_of_queries_for_the_counts(world, django_assert_num_queries):
    """hold: four queries for the counts (create the row if missing, lock it, count, write),
    whatever the number of meetings the cell has."""
    meeting = distributed(world, days_ahead=-1)
    for days in range(2, 8):
        held(world, days_ahead=-days * 30)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        meeting.hold(by=world.secretary.user, actual_start=meeting.starts_at,
                     actual_end=meeting.starts_at + dt.timedelta(minutes=120))  # fmt: skip
    sql = [q["sql"] for q in ctx.captured_queries if "meetings_cellyear" in q["sql"]]
    assert len(sql) == 3  # insert-if-missing, lock, write (the count reads meetings)


def test_planning_a_meeting_touches_no_counts(world):
    """A meeting not yet held counts nowhere: planning it writes nothing to the summary."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        make_meeting(world, days_ahead=5)
    assert not [q for q in ctx.captured_queries if "meetings_cellyear" in q["sql"]]
    assert summary.differences() == []
