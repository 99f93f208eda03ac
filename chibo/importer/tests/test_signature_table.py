import io

from docx import Document

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document


def _plan_with_signature_table() -> bytes:
    doc = Document()
    for text in [
        "ĐẢNG ỦY XÃ VĨNH PHONG",
        "CHI BỘ TRƯỜNG TH VĨNH PHONG 4",
        "KẾ HOẠCH",
        "Tổ chức sinh hoạt chuyên đề năm 2026",
        "II. NỘI DUNG CHUYÊN ĐỀ NĂM 2026",
        "1. Chuyên đề 1",
        "Nâng cao chất lượng sinh hoạt chi bộ",
        "Dự kiến thời gian thực hiện: Quý II năm 2026.",
        "Phân công chuẩn bị dự thảo chuyên đề: Đồng chí Võ Thị Mỹ Ly",
    ]:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = (
        "Nơi nhận:\n- Đảng ủy xã Vĩnh Phong (để báo cáo);\n- Đảng viên trong chi bộ;\n- Lưu Chi bộ."
    )
    right.text = "T/M CHI ỦY\nBÍ THƯ\n\n\nNguyễn Hoài Thu"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_signer_and_recipients_are_read_from_a_signature_table():
    plan = parse_plan(read_document(_plan_with_signature_table(), "ke-hoach.docx"))
    assert plan.signer_name == "Nguyễn Hoài Thu"
    assert plan.recipients == [
        "Đảng ủy xã Vĩnh Phong (để báo cáo)",
        "Đảng viên trong chi bộ",
        "Lưu Chi bộ",
    ]
