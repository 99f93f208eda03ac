"""Who signs follows the cell (HD 36 point 1.7.1; QĐ 294): fewer than 9 official members, no chi
ủy, "T/M CHI BỘ"; 9 or more, "T/M CHI ỦY" — on every document type, from one builder."""

from __future__ import annotations

import pytest

from chibo.conftest import make_member
from chibo.documents.parts import capacity_for, recipients_for, signature_for
from chibo.evaluations.documents import report_document
from chibo.evaluations.models import EvaluationRound
from chibo.meetings.documents import build_minutes, build_report, build_resolution
from chibo.meetings.tests.helpers import concluded
from chibo.members.models import Member
from chibo.oversight.reports import cell_report
from chibo.plans.documents import plan_document
from chibo.plans.models import Plan

pytestmark = pytest.mark.django_db


def _grow(world, official: int) -> None:  # type: ignore[no-untyped-def]
    have = Member.objects.filter(cell=world.cell, status=Member.Status.OFFICIAL).count()
    for index in range(official - have):
        make_member(world.cell, f"Nguyễn Văn Thứ {index + 1}")
    make_member(world.cell, "Mai Thị Phương", status=Member.Status.PROBATIONARY)


def _capacities(world) -> dict[str, str]:  # type: ignore[no-untyped-def]
    user = world.secretary.user
    plan = Plan.from_template(cell=world.cell, year=2026, kind=Plan.Kind.THEMATIC, by=user)
    blank = Plan.create(
        cell=world.cell, by=user, year=2027, kind=Plan.Kind.ACTIVITY, title="Hoạt động"
    )
    meeting = concluded(world, kind="thematic")
    round_ = EvaluationRound.open(cell=world.cell, year=2026, by=user)
    return {
        "KH (mẫu)": plan_document(plan).signature.capacity,
        "KH (trống)": plan_document(blank).signature.capacity,
        "NQ": build_resolution(meeting, "Số 01-NQ/CB", "NQ").signature.capacity,
        "KL": build_resolution(meeting, "Số 01-KL/CB", "KL").signature.capacity,
        "BC": build_report(meeting, "Số 01-BC/CB").signature.capacity,
        "BC đánh giá": report_document(round_, number=1).signature.capacity,
    }


def test_a_cell_of_six_official_members_signs_for_the_chi_bo_on_every_document(world):
    _grow(world, 6)
    assert capacity_for(world.cell) == "T/M CHI BỘ"
    assert set(_capacities(world).values()) == {"T/M CHI BỘ"}


def test_a_cell_of_nine_official_members_signs_for_its_chi_uy_on_every_document(world):
    _grow(world, 9)
    assert capacity_for(world.cell) == "T/M CHI ỦY"
    assert set(_capacities(world).values()) == {"T/M CHI ỦY"}


def test_the_oversight_report_of_a_small_cell_signs_for_the_chi_bo(world):
    import datetime as dt
    import io

    from docx import Document

    name, _, data = cell_report(
        world.cell, year=2026, quarter=None, today=dt.date(2026, 6, 1), fmt="docx"
    )  # type: ignore[misc]
    right = Document(io.BytesIO(data)).tables[-1].rows[0].cells[1]
    assert [p.text for p in right.paragraphs][:2] == ["T/M CHI BỘ", "BÍ THƯ"]
    assert right.paragraphs[-1].text == "Dương Thị Huệ"


def test_the_bi_thu_signs_and_a_phó_bí_thư_when_there_is_no_bi_thu(world):
    from chibo.members.models import Role

    assert (signature_for(world.cell).title, signature_for(world.cell).name) == (
        "BÍ THƯ",
        "Dương Thị Huệ",
    )
    Member.objects.filter(pk=world.secretary.pk).update(role=Role.MEMBER)
    Member.objects.filter(pk=world.member.pk).update(role=Role.DEPUTY_SECRETARY)
    signature = signature_for(world.cell)
    assert (signature.title, signature.name) == ("PHÓ BÍ THƯ", "Phạm Thị Thu Hà")


def test_recipients_end_with_the_cells_archive(world):
    assert recipients_for(world.cell) == [
        "Đảng ủy xã Yên Mô (để báo cáo)",
        "Đảng viên trong chi bộ",
        "Lưu Chi bộ",
    ]
    assert recipients_for(world.cell, members=False)[-1] == "Lưu Chi bộ"


def test_the_minutes_are_signed_by_secretary_and_chair_only(world):
    meeting = concluded(world)
    meeting.edit_minutes(by=world.secretary.user, text="Nội dung.", expected_version=1)
    doc = build_minutes(meeting, "Số 01-BB/CB")
    assert [s.title for s in (*doc.extra_signatures, doc.signature)] == ["THƯ KÝ", "CHỦ TRÌ"]
    assert all(s.capacity == "" for s in (*doc.extra_signatures, doc.signature))
