import io

import pytest
from docx import Document

from chibo.demo.load import load_demo
from chibo.documents.party import render_docx
from chibo.evaluations.documents import report_document, self_assessment_document
from chibo.evaluations.models import EvaluationRound

pytestmark = pytest.mark.django_db


def _text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_report_lists_every_member_and_the_tallies():
    load_demo()
    round_ = EvaluationRound.objects.get(cell__name="Chi bộ Trường Mầm non Hoa Mai", year=2022)
    text = _text(render_docx(report_document(round_, number=4)))
    assert "Số 04-BC/CB" in text and "BÁO CÁO" in text
    assert "Hoàn thành xuất sắc nhiệm vụ: 03 đồng chí (15,0%)" in text
    assert "Hoàn thành tốt nhiệm vụ: 17 đồng chí (85,0%)" in text
    for sheet in round_.evaluations.select_related("member"):
        assert sheet.member.full_name in text
    assert "Trần Thị Nghĩa Quỳnh" in text  # the Bí thư signs
    # A 2022 round was held under QĐ 132 and HD 16, not under texts issued in 2025.
    assert "Thực hiện Quy định 132-QĐ/TW" in text and "Hướng dẫn 16-HD/BTCTW" in text
    assert "366" not in text and "party-rules" not in text and "seed" not in text.lower()


def test_self_assessment_sheet_has_scores_and_level():
    load_demo()
    sheet = (
        EvaluationRound.objects.get(year=2022)
        .evaluations.select_related("member")
        .get(member__full_name="Kiều Thị Ánh")
    )
    text = _text(render_docx(self_assessment_document(sheet)))
    assert "BẢN TỰ KIỂM ĐIỂM" in text and sheet.member.full_name in text
    assert "Mẫu 2B – Hướng dẫn 16-HD/BTCTW" in text
    assert "(Dùng cho đảng viên không giữ chức vụ lãnh đạo, quản lý)" in text
    assert "82,5" in text and "56,5" in text and "82.5" not in text  # a decimal comma
    assert sheet.get_self_level_display() in text
    assert "Chức vụ Đảng: không." in text and "Chức vụ chính quyền: Nhân viên y tế." in text
    assert "ngày 20 tháng 12 năm 2022" in text  # dated in the round's year: its review meeting
    assert "Căn cứ: Quy định 132-QĐ/TW" in text and "366" not in text
    assert "các quý" not in text  # no quarterly ratings before QĐ 366


def test_the_bi_thu_and_principal_gets_form_2a_with_her_posts():
    load_demo()
    sheet = EvaluationRound.objects.get(year=2022).evaluations.get(
        member__full_name="Trần Thị Nghĩa Quỳnh"
    )
    text = _text(render_docx(self_assessment_document(sheet)))
    assert "Mẫu 2A – Hướng dẫn 16-HD/BTCTW" in text
    assert "(Dùng cho đảng viên giữ chức vụ lãnh đạo, quản lý)" in text
    assert "Chức vụ Đảng: Bí thư Chi bộ." in text and "Chức vụ chính quyền: Hiệu trưởng." in text
    assert (
        "do đồng chí trực tiếp lãnh đạo, quản lý (Trường Mầm non Hoa Mai): hoàn thành 100%" in text
    )
    assert "Tổng cộng\n100\n93" in text and "Hoàn thành xuất sắc nhiệm vụ" in text


def test_a_current_years_sheet_lists_the_quarters(world):
    import datetime as dt
    from decimal import Decimal

    from chibo.evaluations.models import QuarterlyRating

    round_ = EvaluationRound.open(cell=world.cell, year=2026, by=world.secretary.user)
    QuarterlyRating.record(member=world.member, year=2026, quarter=1, level="good",
                           by=world.member.user, today=dt.date(2026, 4, 2))  # fmt: skip
    sheet = round_.evaluations.get(member=world.member)
    sheet.submit_self(by=world.member.user, self_general=Decimal("27"), self_tasks=Decimal("55.5"),
                      tasks_total=3, tasks_on_time=3)  # fmt: skip
    text = _text(render_docx(self_assessment_document(sheet)))
    assert "Kết quả tự xếp loại các quý: Quý I: HTTNV; Quý II: chưa tự xếp loại" in text
    assert "Căn cứ: Quy định 366-QĐ/TW" in text and "82,5" in text
    assert "năm 2026" in text
