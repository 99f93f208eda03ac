import pytest

from chibo.audit.models import AuditEntry
from chibo.plans.models import Plan, PlanError, Topic

from .helpers import make_plan, make_topic, mark_issued


def test_update_bumps_the_version_and_writes_an_audit_entry(world):
    plan = make_plan(world.cell)
    plan.update(by=world.secretary.user, expected_version=1, title="Kế hoạch mới")
    plan.refresh_from_db()
    assert plan.title == "Kế hoạch mới"
    assert plan.version == 2
    entry = AuditEntry.objects.get(action="plan.update", object_id=str(plan.pk))
    assert entry.before["title"] == "Thực hiện sinh hoạt theo chuyên đề năm 2026"
    assert entry.after["title"] == "Kế hoạch mới"


def test_a_stale_edit_is_refused_and_overwrites_nothing(world):
    plan = make_plan(world.cell)
    plan.update(by=world.secretary.user, expected_version=1, title="Bản của đồng chí A")
    with pytest.raises(PlanError, match="vừa được người khác sửa"):
        plan.update(by=world.secretary.user, expected_version=1, title="Bản của đồng chí B")
    assert Plan.objects.get(pk=plan.pk).title == "Bản của đồng chí A"


def test_an_issued_plan_is_frozen(world):
    plan = mark_issued(make_plan(world.cell))
    topic = make_topic(plan)
    with pytest.raises(PlanError, match="Kế hoạch đã ban hành.*bản điều chỉnh"):
        plan.update(by=world.secretary.user, title="Sửa sau khi ban hành")
    with pytest.raises(PlanError, match="bản điều chỉnh"):
        plan.add_topic(by=world.secretary.user, quarter=2, title="Thêm")
    with pytest.raises(PlanError, match="bản điều chỉnh"):
        topic.update(by=world.secretary.user, title="Sửa chuyên đề")
    with pytest.raises(PlanError, match="bản điều chỉnh"):
        topic.delete_by(by=world.secretary.user)
    assert Topic.objects.get(pk=topic.pk).title == "Chủ đề quý 1"


def test_adding_a_topic_numbers_it_and_records_the_preparers(world):
    plan = make_plan(world.cell)
    make_topic(plan, 1)
    topic = plan.add_topic(by=world.secretary.user, quarter=2, month=5, title="Chủ đề 2",
                           preparers=[world.member])  # fmt: skip
    assert topic.order == 2
    assert list(topic.preparers.all()) == [world.member]
    assert AuditEntry.objects.filter(action="plan.topic.add", object_id=str(topic.pk)).exists()
    assert Plan.objects.get(pk=plan.pk).version == 2


def test_a_topic_month_outside_its_quarter_is_refused(world):
    plan = make_plan(world.cell)
    with pytest.raises(Exception, match="Tháng 7 không thuộc Quý II"):
        plan.add_topic(by=world.secretary.user, quarter=2, month=7, title="Sai tháng")


def test_a_stale_topic_edit_is_refused(world):
    plan = make_plan(world.cell)
    topic = make_topic(plan)
    topic.update(by=world.secretary.user, expected_version=1, title="A")
    with pytest.raises(PlanError, match="vừa được người khác sửa"):
        Topic.objects.get(pk=topic.pk).update(
            by=world.secretary.user, expected_version=1, title="B"
        )
    assert Topic.objects.get(pk=topic.pk).title == "A"


def test_deleting_a_topic_is_audited(world):
    plan = make_plan(world.cell)
    topic = make_topic(plan)
    topic.delete_by(by=world.secretary.user)
    assert not Topic.objects.filter(pk=topic.pk).exists()
    entry = AuditEntry.objects.get(action="plan.topic.delete")
    assert entry.object_id == str(topic.pk)
    assert entry.before["title"] == "Chủ đề quý 1"


def test_a_target_range_needs_both_ends(world):
    plan = make_plan(world.cell, kind=Plan.Kind.ACTIVITY)
    with pytest.raises(Exception, match="cả giá trị từ và đến"):
        plan.add_target(
            by=world.secretary.user, text="Kết nạp 1-2 đảng viên", kind="range", value_min=1
        )
    target = plan.add_target(by=world.secretary.user, text="Kết nạp 1-2 đảng viên", kind="range",
                             value_min=1, value_max=2, unit="đảng viên")  # fmt: skip
    assert target.order == 1


def test_deleting_a_draft_is_audited_and_an_issued_plan_cannot_be_deleted(world):
    draft = make_plan(world.cell)
    draft.delete_draft(by=world.secretary.user)
    assert AuditEntry.objects.filter(action="plan.delete").exists()
    issued = mark_issued(make_plan(world.cell))
    with pytest.raises(PlanError):
        issued.delete_draft(by=world.secretary.user)
