"""The minutes, the conclusion/resolution and the report, built as Party documents."""

import pytest

from chibo.documents import party
from chibo.meetings.documents import build_minutes, build_report, build_resolution, held_on
from chibo.meetings.models import Attendance, Contribution, Meeting, MeetingReport, Vote
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
    meeting = distributed(world, kind="thematic", days_ahead=-1)
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
    meeting_guests = "Đồng chí Trần Văn Minh, Đảng ủy viên, dự và chỉ đạo"
    Meeting.objects.filter(pk=meeting.pk).update(guests=meeting_guests)
    meeting.refresh_from_db()
    doc = build_minutes(meeting, "Số 01-BB/CB")
    text = _texts(doc)
    assert doc.doc_type == "BIÊN BẢN" and doc.header.number == "Số 01-BB/CB"
    assert doc.header.date == held_on(meeting)  # dated the meeting day
    assert "- Số đảng viên được triệu tập: 3 đồng chí (chính thức: 2, dự bị: 1)." in text
    assert "- Có mặt: 2 đồng chí (chính thức: 1, dự bị: 1)." in text
    assert "- Vắng có lý do: 1 đồng chí (chính thức: 1, dự bị: 0), gồm:" in text
    assert "+ Đồng chí Phạm Thị Thu Hà (chính thức): Ốm." in text
    assert "- Vắng không lý do: không có." in text
    assert f"- Khách mời: {meeting_guests}." in text
    assert "Đồng chí Dương Thị Huệ: Cần đổi mới phương pháp" in text
    # The recorded vote, counted against its recorded base (2 officials less 1 excused).
    assert "Thông qua kết luận: tán thành 1/1 đồng chí (100%); không tán thành 0" in text
    assert "Kết quả: thông qua." in text
    assert "nhất trí" not in text  # nobody recorded a vote on the minutes themselves
    assert "Đồng chí Bí thư nêu lý do." in text and "Giải pháp một" in text
    # THƯ KÝ on the left, CHỦ TRÌ on the right, no "Nơi nhận".
    assert doc.recipients == []
    assert (doc.signature.title, doc.signature.name) == ("CHỦ TRÌ", "Dương Thị Huệ")
    assert [(s.title, s.name) for s in doc.extra_signatures] == [("THƯ KÝ", "Phạm Thị Thu Hà")]
    assert (
        doc.header.superior == "ĐẢNG ỦY XÃ YÊN MÔ"
        and doc.header.issuer == "CHI BỘ TRƯỜNG MẦM NON YÊN HOÀ"
    )


def test_the_minutes_print_a_failed_vote_as_failed(world):
    meeting = _meeting(world)
    Vote.objects.filter(meeting=meeting).update(votes_for=0, votes_against=1, passed=False)
    text = _texts(build_minutes(meeting, "Số 01-BB/CB"))
    assert "tán thành 0/1 đồng chí (0%); không tán thành 1" in text
    assert "Kết quả: không thông qua." in text


def test_the_resolution_cites_its_bases_decides_and_prints_the_recorded_vote(world):
    meeting = _meeting(world)
    doc = build_resolution(meeting, "Số 01-NQ/CB", "NQ")
    text = _texts(doc)
    tables = [b for b in doc.blocks if isinstance(b, party.Table)]
    assert doc.doc_type == "NGHỊ QUYẾT"
    assert doc.header.date == held_on(meeting)  # the meeting day, not the issue day
    assert text.startswith("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;")
    assert "Căn cứ Quy định 294-QĐ/TW" in text
    assert f"Căn cứ kết quả buổi sinh hoạt chuyên đề ngày {held_on(meeting):%d/%m/%Y}," in text
    assert "CHI BỘ QUYẾT NGHỊ:" in text and "KẾT LUẬN" not in text
    assert "1/1 đồng chí đảng viên chính thức tán thành, đạt 100%" in text
    assert ".." not in text
    assert tables[0].header == ["STT", "Nhiệm vụ", "Người thực hiện", "Thời hạn"]
    assert tables[0].rows[0][1:3] == ["Rà soát hồ sơ chuyên môn", "Phạm Thị Thu Hà"]
    # Two official members: no chi ủy, so the chi bộ signs and the Bí thư follows up.
    assert (doc.signature.capacity, doc.signature.title) == ("T/M CHI BỘ", "BÍ THƯ")
    assert "Chi ủy" not in text
    assert doc.recipients == [
        "Đảng ủy xã Yên Mô (để báo cáo)",
        "Đảng viên trong chi bộ",
        "Lưu Chi bộ",
    ]


def test_the_resolution_prints_the_vote_it_is_given(world):
    meeting = _meeting(world)
    other = Vote.objects.create(meeting=meeting, subject="Thông qua nghị quyết", kind="ordinary",
                                votes_for=1, votes_against=0, denominator=1, passed=True)  # fmt: skip
    Vote.objects.filter(pk=other.pk).update(votes_for=1, denominator=2, passed=False)
    other.refresh_from_db()
    text = _texts(build_resolution(meeting, "Số 01-NQ/CB", "NQ", vote=other))
    assert "1/2 đồng chí đảng viên chính thức tán thành, đạt 50%" in text
    assert "chưa đủ tỷ lệ thông qua" in text


def test_a_conclusion_has_no_resolution_wording_and_no_double_full_stop(world):
    meeting = _meeting(world)
    Meeting.objects.filter(pk=meeting.pk).update(title="Sinh hoạt năm học 2025 - 2026.")
    meeting.refresh_from_db()
    doc = build_resolution(meeting, "Số 01-KL/CB", "KL")
    text = _texts(doc)
    assert doc.doc_type == "KẾT LUẬN" and "QUYẾT NGHỊ" not in text
    assert "2025 - 2026. Sau khi nghe" in text and ".." not in text


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
