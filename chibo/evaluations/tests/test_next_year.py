import pytest

from chibo.audit.models import AuditEntry
from chibo.evaluations.models import EvaluationError, PersonalCommitment, TargetMeasurement
from chibo.evaluations.nextyear import start_next_year
from chibo.plans.models import Plan

pytestmark = pytest.mark.django_db


def test_next_year_copies_plans_with_measures_and_carries_commitments(world):
    plan = Plan.create(cell=world.cell, by=world.secretary.user, year=2026, kind="activity",
                       title="Kế hoạch hoạt động năm 2026")  # fmt: skip
    target = plan.add_target(by=world.secretary.user, text="Kết nạp 1-2 đảng viên mới", kind="range",
                             value_min=1, value_max=2)  # fmt: skip
    TargetMeasurement.record(target=target, by=world.secretary.user, metric="new_members")
    done = PersonalCommitment.objects.create(member=world.member, year=2026, kind="exemplary", text="A", measure="x",
                                             status="done")  # fmt: skip
    open_ = PersonalCommitment.objects.create(member=world.member, year=2026, kind="innovation", text="B",
                                              measure="y", status="approved")  # fmt: skip
    result = start_next_year(cell=world.cell, year=2026, by=world.secretary.user)
    (new,) = result.plans
    assert new.year == 2027 and new.title == "Kế hoạch hoạt động năm 2027" and new.status == "draft"
    assert new.targets.get().measurement.metric == "new_members"
    assert [c.text for c in result.commitments] == ["(Tiếp tục từ năm 2026) B"]
    assert done.pk != open_.pk and AuditEntry.objects.filter(action="year.start_next").exists()
    again = start_next_year(cell=world.cell, year=2026, by=world.secretary.user)
    assert again.plans == [] and again.commitments == []  # running twice creates nothing new


def test_no_plan_to_start_from_is_refused(world):
    with pytest.raises(EvaluationError, match="chưa có kế hoạch năm 2026"):
        start_next_year(cell=world.cell, year=2026, by=world.secretary.user)
