"""The plan's target "100 % đảng viên và quần chúng tham gia học tập" is measured from the study
records: one more attendance changes the figure."""

import datetime as dt
from decimal import Decimal

import pytest

from chibo.audit.models import AuditEntry
from chibo.evaluations.metrics import suggest_metric
from chibo.evaluations.models import TargetMeasurement
from chibo.evaluations.targets import progress_for_plan
from chibo.feedback.tests.helpers import make_staff, school_of
from chibo.plans.models import Plan
from chibo.study.models import StudyError, StudySession, StudyWriteup

pytestmark = pytest.mark.django_db
TARGET = "100% Đảng viên và quần chúng tham gia học tập chính trị, các chủ trương, chỉ thị, Nghị quyết của Đảng."
TODAY = dt.date(2026, 6, 30)


def _session(world, **extra):
    fields = {"title": "Học tập Nghị quyết 57-NQ/TW", "documents": "Nghị quyết 57-NQ/TW",
              "held_on": dt.date(2026, 3, 12), "form": "in_person", "level": "cell"}  # fmt: skip
    return StudySession.plan(cell=world.cell, by=world.secretary.user, **{**fields, **extra})


@pytest.fixture
def target(world):
    plan = Plan.create(
        cell=world.cell, by=world.secretary.user, year=2026, kind="activity", title="Hoạt động 2026"
    )
    target = plan.add_target(by=world.secretary.user, text=TARGET, kind="percent", value_min=100)
    assert suggest_metric(TARGET) == "study_participation"
    TargetMeasurement.record(target=target, by=world.secretary.user, metric="study_participation")
    return target


def _row(target):
    (row,) = progress_for_plan(target.plan, today=TODAY)
    return row


def test_the_study_target_reads_the_attendance(world, target):
    teacher = make_staff(school_of(world), "giaovien", name="Nguyễn Thị Thanh Xuân")  # not a member
    session = _session(world)
    session.record_attendance(by=world.secretary.user, member_ids=[world.secretary.pk], staff_ids=[],
                              today=TODAY)  # fmt: skip
    row = _row(target)
    assert row.value == Decimal("33.3")  # 1 of 2 members + 1 non-Party teacher
    assert "1/2 đảng viên" in row.basis and "0/1 quần chúng" in row.basis
    session.record_attendance(by=world.secretary.user, member_ids=[world.secretary.pk, world.member.pk],
                              staff_ids=[teacher.pk], today=TODAY)  # fmt: skip
    row = _row(target)
    assert row.value == Decimal("100.0") and row.status == "reached"


def test_a_session_of_another_year_does_not_count(world, target):
    session = _session(world, held_on=dt.date(2025, 11, 3))
    session.record_attendance(
        by=world.secretary.user, member_ids=[world.member.pk], staff_ids=[], today=TODAY
    )
    assert _row(target).value == Decimal(0)


def test_attendance_outside_the_cell_is_refused_and_nothing_changes(world):
    session = _session(world)
    before = AuditEntry.objects.count()
    with pytest.raises(StudyError):
        session.record_attendance(by=world.secretary.user, member_ids=[world.other_secretary.pk], staff_ids=[],
                                  today=TODAY)  # fmt: skip
    assert session.attendance.count() == 0 and AuditEntry.objects.count() == before


def test_attendance_change_is_audited_with_who_changed(world):
    session = _session(world)
    session.record_attendance(
        by=world.secretary.user, member_ids=[world.member.pk], staff_ids=[], today=TODAY
    )
    entry = AuditEntry.objects.filter(action="study.attendance").first()
    assert entry.after["members"] == [world.member.pk] and entry.after["present"] == 1


def test_a_writeup_needs_a_session_that_asks_for_one(world):
    plain = _session(world)
    with pytest.raises(StudyError):
        StudyWriteup.submit(
            session=plain, member=world.member, text="Bài viết", by=world.member.user, today=TODAY
        )
    asked = _session(world, writeup_required=True, writeup_due=dt.date(2026, 3, 31))
    row = StudyWriteup.submit(session=asked, member=world.member, text="Thu hoạch", by=world.member.user,
                              today=dt.date(2026, 4, 2))  # fmt: skip
    assert row.late


def test_a_future_session_takes_no_attendance(world):
    session = _session(world, held_on=dt.date(2026, 12, 1))
    with pytest.raises(StudyError):
        session.record_attendance(
            by=world.secretary.user, member_ids=[world.member.pk], staff_ids=[], today=TODAY
        )
