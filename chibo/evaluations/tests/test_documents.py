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


def test_self_assessment_sheet_has_scores_and_level():
    load_demo()
    sheet = EvaluationRound.objects.get(year=2022).evaluations.select_related("member").first()
    text = _text(render_docx(self_assessment_document(sheet)))
    assert "BẢN TỰ KIỂM ĐIỂM" in text and sheet.member.full_name in text
    assert str(sheet.score) in text and sheet.get_self_level_display() in text
