from chibo.documents.party import Bullet, Heading, Paragraph, format_number
from chibo.plans.documents import heading_level, plan_document
from chibo.plans.models import Plan

from .helpers import make_plan, make_topic


def _texts(doc):
    return [getattr(b, "text", None) for b in doc.blocks]


def test_a_draft_has_no_number_and_is_marked_draft(world):
    doc = plan_document(make_plan(world.cell))
    assert doc.draft is True
    assert doc.header.number == format_number(None, "KH")
    assert doc.doc_type == "KẾ HOẠCH"
    assert doc.summary == "Thực hiện sinh hoạt theo chuyên đề năm 2026"


def test_the_header_names_the_committee_and_the_cell(world):
    doc = plan_document(make_plan(world.cell), "Số 03-KH/CB")
    assert doc.draft is False
    assert (doc.header.superior, doc.header.issuer, doc.header.number, doc.header.place) == (
        "ĐẢNG ỦY XÃ YÊN MÔ", "CHI BỘ TRƯỜNG MẦM NON YÊN HOÀ", "Số 03-KH/CB", "Yên Mô")  # fmt: skip
    assert (doc.signature.capacity, doc.signature.title, doc.signature.name) == (
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Dương Thị Huệ",
    )
    assert doc.recipients == [
        "Đảng ủy xã Yên Mô (để báo cáo)",
        "Đảng viên trong chi bộ",
        "Lưu Chi bộ",
    ]


def test_topics_are_listed_as_in_seed_000_after_the_marked_section(world):
    plan = make_plan(world.cell)
    make_topic(plan, 1, [world.secretary], month=3, title="Chủ đề A", content="Nội dung A",
               form="Trao đổi, đề xuất cách thực hiện")  # fmt: skip
    make_topic(plan, 2, [], title="Chủ đề B", content="Dòng 1\nDòng 2", preparer_note="Đồng chí X - Giáo viên",
               outputs="Kết luận chuyên đề")  # fmt: skip
    blocks = plan_document(plan).blocks
    texts = _texts(plan_document(plan))
    start = texts.index("II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM 2026")
    assert blocks[start] == Heading("II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM 2026", level=1)
    assert blocks[start + 1 : start + 7] == [
        Heading("1. Chuyên đề 1 (Quý I):", level=2),
        Bullet("Chủ đề: Chủ đề A"),
        Bullet("Nội dung công việc: Nội dung A"),
        Bullet("Thời gian: Tháng 3 năm 2026"),
        Bullet("Hình thức: Trao đổi, đề xuất cách thực hiện"),
        Bullet("Người thực hiện: Đồng chí Dương Thị Huệ - Bí thư chi bộ"),
    ]
    assert blocks[start + 7 : start + 15] == [
        Heading("2. Chuyên đề 2 (Quý II):", level=2),
        Bullet("Chủ đề: Chủ đề B"),
        Bullet("Nội dung công việc:"),
        Paragraph("Dòng 1"),
        Paragraph("Dòng 2"),
        Bullet("Thời gian: Quý II năm 2026"),
        Bullet("Hình thức: Báo cáo chuyên đề"),
        Bullet("Người thực hiện: Đồng chí X - Giáo viên"),
    ]
    assert blocks[start + 15] == Bullet("Sản phẩm sau chuyên đề: Kết luận chuyên đề")
    assert texts[-1] == "Trên đây là Kế hoạch./."


def test_targets_print_under_their_section_and_groups_as_plus_lines(world):
    plan = make_plan(world.cell, kind=Plan.Kind.ACTIVITY, sections=[
        {"heading": "I. ĐẶC ĐIỂM TÌNH HÌNH", "body": "- Chi bộ có 20 đảng viên."},
        {"heading": "4.4. Các chỉ tiêu phấn đấu của Chi bộ:", "body": ""},
        {"heading": "V. TỔ CHỨC THỰC HIỆN", "body": "Dòng cuối"},
    ])  # fmt: skip
    section = "4.4. Các chỉ tiêu phấn đấu của Chi bộ:"
    plan.targets.create(order=1, text="100% đảng viên học nghị quyết.", section=section)
    plan.targets.create(
        order=2,
        text="Đạt “Công đoàn xuất sắc”;",
        section=section,
        group="Phấn đấu các danh hiệu thi đua",
    )
    plan.targets.create(
        order=3,
        text="Đạt “Trường học an toàn”;",
        section=section,
        group="Phấn đấu các danh hiệu thi đua",
    )
    plan.targets.create(
        order=4, text="Bồi dưỡng kết nạp 1-2 quần chúng ưu tú vào Đảng.", section=section
    )
    blocks = plan_document(plan).blocks
    start = blocks.index(Heading(section, level=2))
    assert blocks[start + 1 : start + 6] == [
        Bullet("100% đảng viên học nghị quyết."),
        Bullet("Phấn đấu các danh hiệu thi đua:"),
        Paragraph("+ Đạt “Công đoàn xuất sắc”;"),
        Paragraph("+ Đạt “Trường học an toàn”;"),
        Bullet("Bồi dưỡng kết nạp 1-2 quần chúng ưu tú vào Đảng."),
    ]
    assert blocks[start + 6] == Heading("V. TỔ CHỨC THỰC HIỆN", level=1)


def test_heading_levels_follow_the_numbering():
    assert heading_level("I. MỤC ĐÍCH, YÊU CẦU") == 1
    assert heading_level("IV. CHẾ ĐỘ BÁO CÁO") == 1
    assert heading_level("1. Mục đích.") == 2
    assert heading_level("4.4. Các chỉ tiêu phấn đấu của Chi bộ:") == 2
    assert heading_level("* Thuận lợi:") == 3
