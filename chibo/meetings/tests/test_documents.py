"""The minutes, the conclusion/resolution and the report, built as Party documents."""

import pytest

from chibo.documents import party
from chibo.meetings.documents import build_minutes, build_report, build_resolution
from chibo.meetings.models import Attendance, Contribution, MeetingReport, Vote
from chibo.meetings.tests.helpers import distributed, make_task

pytestmark = pytest.mark.django_db


def _texts(doc: party.PartyDocument) -> str:
    out = []
    for block in doc.blocks:
        if isinstance(block, party.Table):
            out += [" | ".join(block.header)] + [" | ".join(row) for row in block.rows]
        else:
            out.append(block.text)
    return "\n".join(out)


def _meeting(world):
    from chibo.conftest import make_member

    probationary = make_member(world.cell, "Mai Thị Phương", status="probationary")
    meeting = distributed(world, kind="thematic")
    meeting.record_attendance(world.secretary, Attendance.Status.PRESENT, by=world.secretary.user)
    meeting.record_attendance(probationary, Attendance.Status.PRESENT, by=world.secretary.user)
    meeting.record_attendance(
        world.member, Attendance.Status.EXCUSED, by=world.secretary.user, reason="Ốm"
    )
    meeting.update_details(by=world.secretary.user, secretary=world.member)
    Contribution.add(
        meeting, by=world.secretary.user, speaker=world.secretary, summary="Cần đổi mới phương pháp"
    )
    Vote.record(meeting, by=world.secretary.user, subject="Thông qua kết luận", kind="ordinary",
                votes_for=1, votes_against=0)  # fmt: skip
    meeting.hold(by=world.secretary.user, actual_start=meeting.starts_at,
                 actual_end=meeting.starts_at.replace(hour=10))  # fmt: skip
    meeting.conclude(
        by=world.secretary.user, text="Chi bộ thống nhất ba giải pháp.\n\n- Giải pháp một"
    )
    make_task(world, meeting)
    meeting.edit_minutes(
        by=world.secretary.user, text="Đồng chí Bí thư nêu lý do.", expected_version=1
    )
    return meeting


def test_the_minutes_carry_attendance_by_kind_absentees_speakers_votes_and_two_signatures(world):
    meeting = _meeting(world)
    doc = build_minutes(meeting, "Số 01-BB/CB")
    text = _texts(doc)
    assert doc.doc_type == "BIÊN BẢN" and doc.header.number == "Số 01-BB/CB"
    assert "Có mặt: 2 đồng chí (chính thức: 1, dự bị: 1); vắng: 1 đồng chí." in text
    assert "Đồng chí Phạm Thị Thu Hà — vắng có lý do: Ốm" in text
    assert "Đồng chí Dương Thị Huệ: Cần đổi mới phương pháp" in text
    assert "Thông qua kết luận | 1 | 0 | 0 | 1 | Thông qua" in text
    assert "Đồng chí Bí thư nêu lý do." in text and "Giải pháp một" in text
    assert (doc.signature.title, doc.signature.name) == ("CHỦ TRÌ", "Dương Thị Huệ")
    assert [(s.title, s.name) for s in doc.extra_signatures] == [("THƯ KÝ", "Phạm Thị Thu Hà")]
    assert (
        doc.header.superior == "ĐẢNG ỦY XÃ YÊN MÔ"
        and doc.header.issuer == "CHI BỘ TRƯỜNG MẦM NON YÊN HOÀ"
    )


def test_the_resolution_lists_its_tasks_as_a_table_and_is_signed_for_the_chi_uy(world):
    meeting = _meeting(world)
    doc = build_resolution(meeting, "Số 01-NQ/CB", "NQ")
    tables = [b for b in doc.blocks if isinstance(b, party.Table)]
    assert doc.doc_type == "NGHỊ QUYẾT"
    assert tables[0].header == ["STT", "Nhiệm vụ", "Người thực hiện", "Thời hạn"]
    assert tables[0].rows[0][1:3] == ["Rà soát hồ sơ chuyên môn", "Phạm Thị Thu Hà"]
    assert (doc.signature.capacity, doc.signature.title) == ("T/M CHI ỦY", "BÍ THƯ")
    assert doc.recipients[0] == "Đảng ủy xã Yên Mô (để báo cáo)"


def test_the_report_covers_preparation_proceedings_conclusion_and_task_progress(world):
    meeting = _meeting(world)
    MeetingReport.objects.create(meeting=meeting, text="Đảng viên đã triển khai tại tổ chuyên môn.")
    doc = build_report(meeting, "Số 01-BC/CB")
    text = _texts(doc)
    for heading in ("I. CÔNG TÁC CHUẨN BỊ", "II. DIỄN BIẾN BUỔI SINH HOẠT", "III. KẾT LUẬN CỦA CHI BỘ",
                    "IV. PHÂN CÔNG NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN"):  # fmt: skip
        assert heading in text
    assert "trước buổi sinh hoạt 5 ngày" in text and "kéo dài 120 phút" in text
    assert "Rà soát hồ sơ chuyên môn | Phạm Thị Thu Hà" in text and "Chưa thực hiện" in text
    assert "Đảng viên đã triển khai tại tổ chuyên môn." in text


def test_the_minutes_render_to_a_docx_with_the_party_header(world):
    pytest.importorskip("chibo.documents.docx_render")
    import io

    from docx import Document

    data = party.render_docx(build_minutes(_meeting(world), "Số 01-BB/CB"))
    text = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    assert "BIÊN BẢN" in text and "Đồng chí Bí thư nêu lý do." in text
