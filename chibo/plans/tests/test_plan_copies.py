import datetime as dt

import pytest

from chibo.audit.models import AuditEntry
from chibo.plans.defaults import CT50, HD42
from chibo.plans.models import Plan, PlanError

from .helpers import make_full_plan, make_plan, make_topic, mark_issued


def test_revise_copies_everything_into_a_new_draft(world):
    plan = mark_issued(make_full_plan(world.cell, world.secretary, days_before_distribution=3))
    plan.targets.create(text="100% đảng viên tham gia", kind="percent", value_min=100)
    revision = plan.revise(by=world.secretary.user)
    assert revision.status == Plan.Status.DRAFT
    assert revision.revision_of == plan
    assert revision.title == plan.title and revision.sections == plan.sections
    assert revision.days_before_distribution == 3
    assert [(t.quarter, t.month, list(t.preparers.all())) for t in revision.topics.all()] == [
        (q, q * 3, [world.secretary]) for q in (1, 2, 3, 4)
    ]
    assert revision.targets.get().text == "100% đảng viên tham gia"
    plan.refresh_from_db()
    assert plan.status == Plan.Status.ISSUED  # superseded only when the revision is issued
    assert AuditEntry.objects.filter(action="plan.revise", object_id=str(revision.pk)).exists()


def test_a_draft_cannot_be_revised_and_only_one_revision_is_open(world):
    draft = make_plan(world.cell)
    with pytest.raises(PlanError):
        draft.revise(by=world.secretary.user)
    issued = mark_issued(make_plan(world.cell))
    issued.revise(by=world.secretary.user)
    with pytest.raises(PlanError, match="bản điều chỉnh đang soạn"):
        issued.revise(by=world.secretary.user)


def test_copy_to_next_year_keeps_quarters_drops_months_and_preparers(world):
    plan = make_plan(world.cell, title="Thực hiện sinh hoạt theo chuyên đề năm 2026")
    make_topic(
        plan, 2, [world.member], month=6, preparer_note="Đồng chí A", title="Chủ đề năm 2026"
    )
    copy = plan.copy_to_year(2027, by=world.secretary.user)
    assert copy.year == 2027 and copy.status == Plan.Status.DRAFT and copy.revision_of is None
    assert copy.title == "Thực hiện sinh hoạt theo chuyên đề năm 2027"
    assert copy.sections[1]["heading"] == "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM 2027"
    assert copy.plan_date == dt.date(2027, 1, 5)
    topic = copy.topics.get()
    assert (topic.quarter, topic.month, topic.preparer_note, topic.title) == (
        2,
        None,
        "",
        "Chủ đề năm 2027",
    )
    assert not topic.preparers.exists()
    assert AuditEntry.objects.filter(action="plan.copy", object_id=str(copy.pk)).exists()


def test_the_template_cites_ct50_and_hd42_and_has_a_topic_per_quarter(world):
    plan = Plan.from_template(
        cell=world.cell, year=2027, kind=Plan.Kind.THEMATIC, by=world.secretary.user
    )
    assert plan.legal_bases[:2] == [CT50, HD42]
    assert "ngày 23/7/2025" in CT50 and "ngày 28/10/2025" in HD42
    assert [s["heading"] for s in plan.sections] == [
        "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG CHUYÊN ĐỀ NĂM 2027", "III. TỔ CHỨC THỰC HIỆN", "IV. CHẾ ĐỘ BÁO CÁO",
    ]  # fmt: skip
    assert plan.recipients == [
        "Đảng ủy xã Yên Mô (để báo cáo)",
        "Đảng viên trong chi bộ",
        "Lưu Chi bộ",
    ]
    assert [t.quarter for t in plan.topics.all()] == [1, 2, 3, 4]
    assert plan.signer == world.secretary
    # the cell's own rule (3 days) is written into section III
    assert "trước ngày sinh hoạt 03 ngày" in plan.sections[2]["body"]
    assert plan.days_before_distribution == 3


def test_the_activity_template_states_the_cell_situation(world):
    plan = Plan.from_template(
        cell=world.cell, year=2027, kind=Plan.Kind.ACTIVITY, by=world.secretary.user
    )
    assert "Chi bộ có 2 đảng viên" in plan.sections[0]["body"]
    assert not plan.topics.exists()
    assert any(s.get("list") for s in plan.sections)
