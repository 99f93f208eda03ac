"""Deadlines: the next one of each file, the daily digest of the chi ủy, and late steps as
findings on the committee dashboard, with the rule cited."""

import datetime as dt

import pytest
from django.utils import timezone

from chibo.admissions.deadlines import due_for
from chibo.admissions.models import Stage
from chibo.notifications.reminders import collect
from chibo.oversight import dashboard
from chibo.rules import admission as rules

from .helpers import ago, decided, make_candidate, proposed, recognition_ready, with_file

pytestmark = pytest.mark.django_db


def test_each_stage_has_its_deadline():
    since = dt.date(2026, 3, 2)
    assert due_for(stage=Stage.PROPOSED, since=since, rule_set="").due == dt.date(2026, 5, 25)
    assert due_for(stage=Stage.DECIDED, since=since, rule_set="").due == dt.date(2026, 4, 13)
    assert due_for(stage=Stage.RECOGNITION, since=since, rule_set="").due == dt.date(2026, 4, 13)
    probation = due_for(stage=Stage.PROBATION, since=dt.date(2025, 3, 2), rule_set="")
    assert probation.due == dt.date(2026, 4, 13) and probation.cell_acts
    assert not due_for(stage=Stage.PROPOSED, since=since, rule_set="").cell_acts  # the superior's
    assert due_for(stage=Stage.FILE, since=since, rule_set="") is None


def _reminders(world, today):
    return {
        r.kind: r
        for items in collect(today).values()
        for r in items
        if r.kind.startswith("admission")
    }


def test_the_chi_uy_is_reminded_of_a_ceremony_due_within_a_week(world):
    candidate = decided(world)  # decision received 428 days ago
    received = candidate.stage_since
    due = rules.ceremony_due(received, rules.RULES_2025)
    assert _reminders(world, due - dt.timedelta(days=8)) == {}
    found = collect(due - dt.timedelta(days=7))
    assert world.secretary in found and world.member not in found  # the chi ủy only
    (reminder,) = [r for r in found[world.secretary] if r.kind == "admission.due"]
    assert "Tổ chức lễ kết nạp" in reminder.text and f"{due:%d/%m/%Y}" in reminder.text
    late = _reminders(world, due + dt.timedelta(days=1))["admission.due"]
    assert "quá hạn từ ngày" in late.text


def test_a_certificate_about_to_expire_is_reminded(world):
    candidate = make_candidate(world)
    candidate.record_course(
        by=world.secretary.user, number="9/GCN", issued_on=ago(1810), issuer="Đảng ủy"
    )
    reminder = _reminders(world, timezone.localdate())["admission.certificate"]
    assert "hết hiệu lực ngày" in reminder.text


def test_collecting_costs_the_same_queries_for_one_file_or_many(world, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with_file(world, make_candidate(world, "Quần chúng Số 0"), start=1815)
    with CaptureQueriesContext(connection) as one:
        collect(timezone.localdate())
    for i in range(1, 4):
        with_file(world, make_candidate(world, f"Quần chúng Số {i}"), start=1815 + i)
    with django_assert_num_queries(len(one.captured_queries)):  # the files, then their chi ủy
        found = collect(timezone.localdate())
    assert len([r for r in found[world.secretary] if r.kind == "admission.certificate"]) == 4


def test_a_late_step_is_a_finding_on_the_committee_dashboard(world):
    proposed(
        world
    )  # the cell's resolution 445 days ago: the superior's 60 working days are long past
    today = timezone.localdate()
    (row,) = dashboard.cell_rows(
        [world.cell], year=today.year, today=today, codes=["admission_deadlines"]
    )
    (finding,) = row.findings
    assert (
        "cấp ủy cấp trên quyết định kết nạp" in finding.what and "quá hạn từ ngày" in finding.what
    )
    assert "Quy định 294-QĐ/TW" in finding.what and finding.url.endswith(
        f"/admissions/{row.facts.admissions[0].pk}/"
    )
    assert (
        finding.rule.status == "I"
    )  # working days without public holidays: a configurable default


def test_a_file_recognised_from_the_members_page_is_no_finding(world):
    candidate = recognition_ready(world)  # probation ended ~55 days ago: 30 working days are past
    today = timezone.localdate()
    (row,) = dashboard.cell_rows(
        [world.cell], year=today.year, today=today, codes=["admission_deadlines"]
    )
    assert ["xét công nhận đảng viên chính thức" in f.what for f in row.findings] == [True]
    member = candidate.member
    member.recognise_official(on=member.probation_ends, decision_number="1-QĐ/ĐU", decision_date=today,
                              by=world.secretary.user)  # fmt: skip
    (row,) = dashboard.cell_rows(
        [world.cell], year=today.year, today=today, codes=["admission_deadlines"]
    )
    assert row.findings == []


def test_a_member_removed_from_the_list_during_probation_has_no_deadline(world):
    candidate = recognition_ready(world)
    candidate.member.remove_from_list(on=ago(1), by=world.secretary.user, note="Không đủ tư cách.")
    today = timezone.localdate()
    (row,) = dashboard.cell_rows(
        [world.cell], year=today.year, today=today, codes=["admission_deadlines"]
    )
    assert row.findings == []
    assert not [r for items in collect(today).values() for r in items if r.kind == "admission.due"]
    from chibo.admissions.models import Candidate

    assert Candidate.objects.get(pk=candidate.pk).effective_stage == Stage.STOPPED
