import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member
from chibo.evaluations.metrics import suggest_metric
from chibo.evaluations.models import EvaluationError, EvaluationRound, TargetMeasurement
from chibo.evaluations.targets import progress_for_plan, status_for
from chibo.plans.models import Plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(world):
    return Plan.create(
        cell=world.cell,
        by=world.secretary.user,
        year=2026,
        kind="activity",
        title="Hoạt động năm 2026",
    )


def _target(plan, world, **fields):
    return plan.add_target(by=world.secretary.user, **fields)


def test_new_members_count_follows_the_register(world, plan):
    target = _target(
        plan, world, text="Kết nạp 1-2 Đảng viên mới", kind="range", value_min=1, value_max=2
    )
    TargetMeasurement.record(target=target, by=world.secretary.user, metric="new_members")
    (row,) = progress_for_plan(plan, today=dt.date(2026, 6, 30))
    assert row.value == 0 and row.status == "at_risk"
    make_member(
        world.cell, "Mai Thị Phương", status="probationary", admission_date=dt.date(2026, 5, 19)
    )
    (row,) = progress_for_plan(plan, today=dt.date(2026, 6, 30))
    assert row.value == 1 and row.status == "reached" and "Mai Thị Phương" in row.basis


def test_share_rated_good_follows_the_evaluation_round(world, plan):
    target = _target(
        plan, world, text="100% Đảng viên hoàn thành tốt nhiệm vụ", kind="percent", value_min=100
    )
    TargetMeasurement.record(target=target, by=world.secretary.user, metric="rated_good_or_better")
    round_ = EvaluationRound.open(cell=world.cell, year=2026, by=world.secretary.user)
    round_.evaluations.update(proposed_level="good")
    assert progress_for_plan(plan, today=dt.date(2027, 1, 5))[0].status == "reached"
    round_.evaluations.filter(member=world.member).update(final_level="done")
    (row,) = progress_for_plan(plan, today=dt.date(2027, 1, 5))
    assert row.value == Decimal("50.0") and row.status == "missed"


def test_manual_value_needs_evidence_and_shows_who_and_when(world, plan):
    target = _target(plan, world, text="Chỉ số hài lòng (SISPAS) đạt từ 90% trở lên", kind="threshold",
                     value_min=90, comparison=">=", unit="%")  # fmt: skip
    with pytest.raises(EvaluationError, match="minh chứng"):
        TargetMeasurement.record(target=target, by=world.secretary.user, value=Decimal(92))
    TargetMeasurement.record(target=target, by=world.secretary.user, value=Decimal(92),
                             evidence="Báo cáo khảo sát SISPAS tháng 5/2026")  # fmt: skip
    (row,) = progress_for_plan(plan)
    assert row.status == "reached" and "bithu" in row.basis and "SISPAS" in row.basis
    assert AuditEntry.objects.filter(action="target.measure").exists()


@pytest.mark.parametrize(
    ("kind", "minimum", "value", "today", "status"),
    [
        ("count", 4, 2, dt.date(2026, 6, 30), "on_track"),  # half the year, half the count
        ("count", 4, 1, dt.date(2026, 6, 30), "at_risk"),
        ("count", 4, 3, dt.date(2027, 1, 1), "missed"),
        ("percent", 100, 96, dt.date(2026, 6, 30), "on_track"),  # within 5 points
        ("percent", 100, 94, dt.date(2026, 6, 30), "at_risk"),
        ("percent", 100, 100, dt.date(2026, 1, 2), "reached"),
    ],
)
def test_status_edges(world, plan, kind, minimum, value, today, status):
    target = _target(plan, world, text="x", kind=kind, value_min=minimum)
    assert status_for(target, Decimal(value), 2026, today) == status


def test_suggestions_from_the_sentence():
    assert suggest_metric("Kết nạp 1-2 Đảng viên mới") == "new_members"
    assert (
        suggest_metric("Phấn đấu 100% Đảng viên đủ tư cách hoàn thành tốt nhiệm vụ")
        == "rated_good_or_better"
    )
    assert suggest_metric("Đạt “Công đoàn xuất sắc”") == ""


def test_target_page_measures_and_member_cannot_record(
    world, plan, secretary_client, member_client
):
    target = _target(
        plan, world, text="Kết nạp 1-2 Đảng viên mới", kind="range", value_min=1, value_max=2
    )
    url = reverse("evaluations:measure", args=[target.pk])
    assert member_client.post(url, {"metric": "new_members"}).status_code == 403
    secretary_client.post(url, {"metric": "new_members"})
    body = secretary_client.get(reverse("evaluations:targets", args=[plan.pk])).content.decode()
    assert "Kết nạp năm 2026" in body
