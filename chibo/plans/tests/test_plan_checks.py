import datetime as dt

from chibo.members.models import Member
from chibo.plans.checks import SOURCE_QUARTERLY, plan_findings, year_warning
from chibo.plans.models import Plan, Topic

from .helpers import make_full_plan, make_plan, make_topic


def test_every_finding_names_its_source(world):
    plan = make_plan(world.cell, year=2020, signing_capacity="T/M CHI ỦY")
    make_topic(plan, 2, [world.other_secretary], month=7, title="")
    findings = plan_findings(plan, today=dt.date(2026, 1, 5))
    assert len(findings) >= 5
    for finding in findings:
        assert finding.source.strip(), finding
        assert finding.level in ("error", "warning")


def test_a_quarter_without_a_topic_is_a_warning_citing_ct50_and_hd42(world):
    plan = make_plan(world.cell)
    make_topic(plan, 1)
    make_topic(plan, 3)
    findings = [
        f
        for f in plan_findings(plan)
        if f.source == SOURCE_QUARTERLY and "chưa có chuyên đề" in f.message
    ]
    assert [f.message for f in findings] == [
        "Quý II chưa có chuyên đề nào.",
        "Quý IV chưa có chuyên đề nào.",
    ]
    assert all(f.level == "warning" for f in findings)
    assert "Chỉ thị 50-CT/TW" in SOURCE_QUARTERLY and "42-HD/BTCTW" in SOURCE_QUARTERLY


def test_a_complete_plan_has_no_findings(world):
    plan = make_full_plan(world.cell, world.secretary)
    assert plan_findings(plan, today=dt.date(2026, 1, 5)) == []


def test_a_month_outside_its_quarter_is_an_error(world):
    plan = make_full_plan(world.cell, world.secretary)
    Topic.objects.filter(plan=plan, quarter=2).update(month=7)
    errors = [f for f in plan_findings(plan) if f.is_error]
    assert [f.message for f in errors] == ["Chuyên đề 2: Tháng 7 không thuộc Quý II."]


def test_a_preparer_who_left_the_cell_is_an_error(world):
    plan = make_full_plan(world.cell, world.member)
    world.member.transfer_out(on=dt.date(2026, 3, 1), by=world.secretary.user)
    errors = [f for f in plan_findings(plan) if f.is_error]
    assert len(errors) == 4
    assert "Phạm Thị Thu Hà không còn là đảng viên" in errors[0].message


def test_a_preparer_from_another_cell_is_an_error(world):
    plan = make_full_plan(world.cell, world.secretary)
    plan.topics.first().preparers.add(world.other_secretary)
    errors = [f for f in plan_findings(plan) if f.is_error]
    assert len(errors) == 1 and "Nguyễn Hoài Thu" in errors[0].message


def test_a_past_year_is_a_warning_when_creating_and_for_drafts(world):
    assert year_warning(2025, today=dt.date(2026, 1, 5)).level == "warning"
    assert year_warning(2026, today=dt.date(2026, 1, 5)) is None
    plan = make_full_plan(world.cell, world.secretary, year=2025)
    assert [f.message for f in plan_findings(plan, today=dt.date(2026, 1, 5))] == [
        "Năm 2025 đã qua; kế hoạch năm thường được xây dựng đầu năm."
    ]


def test_signing_for_a_chi_uy_that_the_cell_does_not_have_is_a_warning(world):
    plan = make_full_plan(world.cell, world.secretary, signing_capacity="T/M CHI ỦY")
    assert Member.objects.filter(cell=world.cell, status="official").count() < 9
    assert any("T/M CHI BỘ" in f.message for f in plan_findings(plan, today=dt.date(2026, 1, 5)))
    plan.signing_capacity = "T/M CHI BỘ"
    assert plan_findings(plan, today=dt.date(2026, 1, 5)) == []


def test_a_draft_topic_without_a_preparer_is_a_warning(world):
    plan = make_full_plan(world.cell, world.secretary)
    topic = plan.topics.get(quarter=3)
    topic.preparers.clear()
    findings = plan_findings(plan, today=dt.date(2026, 1, 5))
    assert [f.message for f in findings] == ["Chuyên đề 3 (Quý III) chưa phân công người chuẩn bị."]
    topic.preparer_note = "Đồng chí Dương Thị Huệ - Bí thư chi bộ"
    topic.save()
    assert plan_findings(Plan.objects.get(pk=plan.pk), today=dt.date(2026, 1, 5)) == []


def test_signing_for_the_chi_bo_when_the_cell_has_a_chi_uy_is_a_warning(world):
    from chibo.conftest import make_member

    for index in range(7):
        make_member(world.cell, f"Nguyễn Văn Thứ {index + 1}")
    plan = make_full_plan(world.cell, world.secretary, signing_capacity="T/M CHI BỘ")
    messages = [f.message for f in plan_findings(plan, today=dt.date(2026, 1, 5))]
    assert any("nên ký “T/M CHI ỦY”" in m for m in messages)
    plan.signing_capacity = "T/M CHI ỦY"
    assert plan_findings(plan, today=dt.date(2026, 1, 5)) == []
