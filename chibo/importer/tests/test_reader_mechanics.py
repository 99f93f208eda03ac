"""The reader sees a file as its reader sees it on screen: Word's automatic numbers and bullets,
columns lined up with tabs, line breaks inside a cell, a table split over two pages, dotted
leaders, a title broken by hand, and plain text hard-wrapped at a fixed width.

Every file is built in the test (python-docx writes numbering definitions, tabs and breaks)."""

from __future__ import annotations

import io
import textwrap

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

from chibo.importer.ocr import Placed, side_by_side
from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _paragraphs(data: bytes, suffix: str = "kh.docx") -> list[str]:
    return [b.text for b in read_document(data, suffix).blocks if b.kind == "paragraph"]


def _add_list(document, num_id: int, levels: list[tuple[str, str]], start_override=None) -> None:
    """A numbering definition (abstractNum) and a list (num) using it, as Word writes them."""
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{num_id + 100}">{lvls}</w:abstractNum>'
    )
    numbering.insert(0, abstract)  # abstractNum elements come before num elements
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
        if start_override is not None
        else ""
    )
    numbering.append(
        parse_xml(
            f'<w:num xmlns:w="{W}" w:numId="{num_id}"><w:abstractNumId w:val="{num_id + 100}"/>'
            f"{override}</w:num>"
        )
    )


def _numbered(document, text: str, num_id: int, level: int = 0):
    paragraph = document.add_paragraph(text)
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(
        parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph


# -- Word's automatic numbering -------------------------------------------------------------


def test_list_number_style_shows_its_numbers_in_the_text():
    def build(d):
        d.add_paragraph("II. NỘI DUNG CÁC CHUYÊN ĐỀ")
        for title in ("Kỷ cương hành chính", "Chuyển đổi số", "Phát triển đảng viên"):
            d.add_paragraph(title, style="List Number")

    assert _paragraphs(_docx(build)) == [
        "II. NỘI DUNG CÁC CHUYÊN ĐỀ",
        "1. Kỷ cương hành chính",
        "2. Chuyển đổi số",
        "3. Phát triển đảng viên",
    ]


def test_levels_are_rendered_by_their_format_and_restart_below_a_new_item():
    def build(d):
        _add_list(d, 41, [("upperRoman", "%1."), ("decimal", "%1.%2."), ("lowerLetter", "%3)")])
        _numbered(d, "MỤC ĐÍCH", 41)
        _numbered(d, "Quán triệt nghị quyết", 41, 1)
        _numbered(d, "Quý I", 41, 2)
        _numbered(d, "Quý II", 41, 2)
        _numbered(d, "Kỷ cương", 41, 1)
        _numbered(d, "NỘI DUNG", 41)
        _numbered(d, "Chuyên đề quý I", 41, 1)
        _numbered(d, "Tháng 3", 41, 2)

    assert _paragraphs(_docx(build)) == [
        "I. MỤC ĐÍCH",
        "I.1. Quán triệt nghị quyết",
        "a) Quý I",
        "b) Quý II",
        "I.2. Kỷ cương",
        "II. NỘI DUNG",
        "II.1. Chuyên đề quý I",
        "a) Tháng 3",
    ]


def test_a_list_that_restarts_counts_from_its_start_and_numid_zero_has_no_number():
    def build(d):
        _add_list(d, 51, [("decimal", "%1.")])
        _add_list(d, 52, [("upperLetter", "%1.")], start_override=1)
        _numbered(d, "Mục tiêu", 51)
        _numbered(d, "Chỉ tiêu", 51)
        _numbered(d, "Không đánh số", 0)
        _numbered(d, "Chuyên đề một", 52)
        _numbered(d, "Chuyên đề hai", 52)
        _numbered(d, "Nhiệm vụ", 51)  # the first list goes on where it stopped

    assert _paragraphs(_docx(build)) == [
        "1. Mục tiêu",
        "2. Chỉ tiêu",
        "Không đánh số",
        "A. Chuyên đề một",
        "B. Chuyên đề hai",
        "3. Nhiệm vụ",
    ]


def test_bullets_by_style_keep_their_level_and_stay_list_items():
    def build(d):
        d.add_paragraph("Quý 3", style="List Bullet")
        d.add_paragraph("Tháng 7: Học tập nghị quyết – đ/c Lan.", style="List Bullet 2")

    blocks = read_document(_docx(build), "kh.docx").blocks
    assert [b.text for b in blocks] == ["• Quý 3", "– Tháng 7: Học tập nghị quyết – đ/c Lan."]
    assert all(b.list_item for b in blocks)


def test_numbers_inside_a_table_cell_are_shown_too():
    def build(d):
        _add_list(d, 61, [("decimal", "%1)")])
        table = d.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Chỉ tiêu"
        cell = table.cell(0, 1)
        cell.paragraphs[0].text = "Kết nạp 02 đảng viên"
        _numbered(d, "x", 61)  # only to have a numPr element to copy
        p_pr = d.paragraphs[-1]._p.pPr
        cell.paragraphs[0]._p.insert(0, p_pr)
        d.paragraphs[-1]._p.getparent().remove(d.paragraphs[-1]._p)
        cell.add_paragraph("Giảm 02 hộ nghèo")

    result = read_document(_docx(build), "kh.docx")
    assert result.tables == [[["Chỉ tiêu", "1) Kết nạp 02 đảng viên\nGiảm 02 hộ nghèo"]]]


# -- tabs instead of a table ----------------------------------------------------------------


def test_lines_lined_up_with_tabs_are_read_as_a_table():
    def build(d):
        d.add_paragraph("II. LỊCH SINH HOẠT CHUYÊN ĐỀ")
        d.add_paragraph("Thời gian\t\tTên chuyên đề\t\t\t\tĐồng chí thực hiện")
        d.add_paragraph("Tháng 9/2022 (Q.III)\tQuán triệt nhiệm vụ năm học và Chương trình\tĐ/c An")
        d.add_paragraph("\t\thành động thực hiện Nghị quyết Đại hội\tĐ/c Bình")
        d.add_paragraph("Tháng 3/2023 (Q.I)\tPhát triển đảng viên trẻ\tĐ/c Chi (chủ trì)")
        d.add_paragraph("\t\t\t\t\t\tĐ/c Dũng (tham luận)")
        d.add_paragraph("\tLồng ghép trong sinh hoạt thường kỳ\tChi ủy")
        d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")

    result = read_document(_docx(build), "kh.docx")
    assert [b.kind for b in result.blocks] == ["paragraph", "table", "paragraph"]
    assert result.tables[0] == [
        ["Thời gian", "Tên chuyên đề", "Đồng chí thực hiện"],
        [
            "Tháng 9/2022 (Q.III)",
            "Quán triệt nhiệm vụ năm học và Chương trình hành động thực hiện Nghị quyết Đại hội",
            "Đ/c An\nĐ/c Bình",
        ],
        [
            "Tháng 3/2023 (Q.I)",
            "Phát triển đảng viên trẻ",
            "Đ/c Chi (chủ trì)\nĐ/c Dũng (tham luận)",
        ],
        ["", "Lồng ghép trong sinh hoạt thường kỳ", "Chi ủy"],
    ]


def test_a_closing_row_with_an_empty_first_column_stays_a_row():
    def build(d):
        d.add_paragraph("TT\tNội dung chuyên đề\t\tThời gian\tNgười thực hiện")
        d.add_paragraph("1\tHọc tập nghị quyết\tTháng 3 (Quý I)\tđ/c Lò Văn Pắn")
        d.add_paragraph("\tLồng ghép kết quả các chuyên đề\tCả năm\tChi ủy")

    assert read_document(_docx(build), "kh.docx").tables[0][-1] == [
        "",
        "Lồng ghép kết quả các chuyên đề",
        "Cả năm",
        "Chi ủy",
    ]


def test_a_signature_lined_up_with_tabs_stays_text():
    def build(d):
        d.add_paragraph("Nơi nhận:\t\t\tT/M CHI BỘ")
        d.add_paragraph("- Đảng ủy xã (báo cáo);\t\tBÍ THƯ")

    result = read_document(_docx(build), "kh.docx")
    assert result.tables == []
    assert len(result.paragraphs) == 2


def test_tab_separated_lines_of_a_text_file_keep_their_columns():
    text = (
        "III. LỊCH SINH HOẠT\n"
        "TT\tThời gian\tNội dung chuyên đề\tNgười thực hiện\n"
        "1\tT10/2015\tQuán triệt nghị quyết\tđ/c Tốt\n"
        "\tCả năm\tLồng ghép trong sinh hoạt thường kỳ\tToàn chi bộ\n"
    )
    rows = read_document(text.encode(), "kh.txt").tables[0]
    assert rows[-1] == ["", "Cả năm", "Lồng ghép trong sinh hoạt thường kỳ", "Toàn chi bộ"]


# -- tables: line breaks in cells, header rows repeated -------------------------------------


def test_line_breaks_inside_a_cell_are_lines_of_the_cell():
    def build(d):
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Thời gian", "Nội dung và phân công"
        table.cell(1, 0).text = "Quý I"
        run = table.cell(1, 1).paragraphs[0].add_run("Chuyên đề: Y đức")
        run.add_break()
        run.add_text("- Chủ trì: BSCKI. Võ Thanh Vân")
        run.add_break()
        run.add_text("- Tham luận: ĐD. Trần Thị Hạnh")

    cell = read_document(_docx(build), "kh.docx").tables[0][1][1]
    assert cell.split("\n") == [
        "Chuyên đề: Y đức",
        "- Chủ trì: BSCKI. Võ Thanh Vân",
        "- Tham luận: ĐD. Trần Thị Hạnh",
    ]


HEAD = ["Thời gian", "Nội dung", "Người thực hiện"]


def _table(d, rows):
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def test_a_table_split_by_a_page_break_with_its_header_typed_again_is_one_table():
    def build(d):
        _table(d, [HEAD, ["Tháng 1", "Học tập nghị quyết", "Đ/c An"]])
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _table(
            d, [HEAD, ["Tháng 2", "Kỷ cương", "Đ/c Bình"], HEAD, ["Tháng 3", "Dân vận", "Đ/c Chi"]]
        )

    result = read_document(_docx(build), "kh.docx")
    assert result.tables == [
        [
            HEAD,
            ["Tháng 1", "Học tập nghị quyết", "Đ/c An"],
            ["Tháng 2", "Kỷ cương", "Đ/c Bình"],
            ["Tháng 3", "Dân vận", "Đ/c Chi"],
        ]
    ]


def test_two_different_tables_stay_apart():
    def build(d):
        _table(d, [HEAD, ["Tháng 1", "Học tập nghị quyết", "Đ/c An"]])
        d.add_paragraph("Chỉ tiêu:")
        _table(d, [["STT", "Chỉ tiêu", "Ghi chú"], ["1", "Kết nạp 02 đảng viên", ""]])

    assert len(read_document(_docx(build), "kh.docx").tables) == 2


# -- forms and breaks typed by hand ---------------------------------------------------------


def test_dotted_leaders_of_a_form_are_removed():
    def build(d):
        d.add_paragraph("Tên chuyên đề: Phòng, chống tệ nạn xã hội ............")
        d.add_paragraph("Thời gian: Quý II ............  Tháng: 05 ............")
        d.add_paragraph("Người chuẩn bị: …………… đ/c Lan ……………")

    assert _paragraphs(_docx(build)) == [
        "Tên chuyên đề: Phòng, chống tệ nạn xã hội",
        "Thời gian: Quý II Tháng: 05",
        "Người chuẩn bị: đ/c Lan",
    ]


def test_a_line_break_in_mid_sentence_is_joined_but_not_before_a_new_item():
    def build(d):
        p = d.add_paragraph()
        run = p.add_run("Tên chuyên đề: Đảng viên nơi cư trú gương mẫu vận động nhân dân")
        run.add_break()
        run.add_text("đóng góp xây dựng khối văn minh")
        q = d.add_paragraph()
        run = q.add_run("Nhiệm vụ:")
        run.add_break()
        run.add_text("- Họp chi bộ đúng kỳ")

    assert _paragraphs(_docx(build)) == [
        "Tên chuyên đề: Đảng viên nơi cư trú gương mẫu vận động nhân dân đóng góp xây dựng khối "
        "văn minh",
        "Nhiệm vụ:\n- Họp chi bộ đúng kỳ",
    ]


# -- plain text hard-wrapped at a fixed width -----------------------------------------------

PROSE = (
    "Chi bộ Xây dựng Đảng xây dựng kế hoạch sinh hoạt chuyên đề năm 2016, mỗi quý một chuyên "
    "đề, gắn với giảng dạy các học phần của nhà trường, như sau:"
)
ITEMS = [
    "1. Đ/c Hoàng Văn Lợi – Trưởng khoa, Bí thư Chi bộ (chủ trì): chuyên đề “Vận dụng văn kiện "
    "Đại hội Đảng bộ tỉnh vào giảng dạy”; vào kỳ sinh hoạt tháng 4/2016 (quý I).",
    "2. Đ/c Vy Văn Thành – Phó Trưởng khoa: chuyên đề “Nâng cao chất lượng giảng dạy học phần "
    "xây dựng Đảng cho học viên là cán bộ cơ sở”; tháng 6/2016 (quý II).",
    "3. Đ/c Nông Thị Diệp – giảng viên chính: chuyên đề “Học tập và làm theo tư tưởng, đạo đức, "
    "phong cách Hồ Chí Minh về trách nhiệm nêu gương”; tháng 9/2016 (quý III).",
]


def test_text_wrapped_at_a_fixed_width_is_joined_into_its_paragraphs_and_items():
    lines = ["I. PHÂN CÔNG", *textwrap.wrap(PROSE, 76)]
    for item in ITEMS:
        lines += textwrap.wrap(item, 76, subsequent_indent="   ")
    lines += ["II. TỔ CHỨC THỰC HIỆN"]
    assert _paragraphs("\n".join(lines).encode(), "kh.txt") == [
        "I. PHÂN CÔNG",
        PROSE,
        *ITEMS,
        "II. TỔ CHỨC THỰC HIỆN",
    ]


def test_text_whose_lines_are_its_paragraphs_is_not_joined():
    lines = [
        "Căn cứ Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương về sinh hoạt chi bộ",
        "Chi bộ thôn Đông Sơn xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau",
        "Quý I: Học tập nghị quyết của Đảng bộ xã và kế hoạch của chi bộ",
        "Quý II: Phát triển kinh tế hộ gia đình gắn với xây dựng nông thôn mới",
        "Quý III: Giữ gìn an ninh trật tự, phòng chống tệ nạn xã hội",
        "Quý IV: Kiểm điểm, đánh giá chất lượng đảng viên cuối năm",
        "Đồng chí Bí thư chi bộ chủ trì các chuyên đề trong năm",
        "Các đồng chí đảng viên chuẩn bị ý kiến tham gia trước khi họp",
    ]
    assert _paragraphs("\n".join(lines).encode(), "kh.txt") == lines


# -- the parser downstream gets what a person sees ------------------------------------------


def test_a_tab_aligned_schedule_is_read_into_its_topics():
    def build(d):
        d.add_paragraph("ĐẢNG BỘ XÃ THANH NƯA")
        d.add_paragraph("CHI BỘ BẢN MỂN")
        d.add_paragraph("KẾ HOẠCH")
        d.add_paragraph("sinh hoạt chuyên đề của chi bộ năm 2016")
        d.add_paragraph("II. NỘI DUNG, THỜI GIAN VÀ NGƯỜI THỰC HIỆN")
        d.add_paragraph("TT\tNội dung chuyên đề\t\tThời gian\tNgười thực hiện")
        d.add_paragraph(
            "1\tHọc tập Nghị quyết Đại hội XII của Đảng\tTháng 3 (Quý I)\tđ/c Lò Văn Pắn"
        )
        d.add_paragraph(
            "2\tTự phê bình và phê bình trong sinh hoạt chi bộ\tT6 - Quý II\tđ/c Lường Văn Hoan"
        )
        d.add_paragraph(
            "3\tThâm canh lúa hai vụ gắn với nông thôn mới\tTháng 9/2016 (QIII)\tđ/c Tòng Văn Hải"
        )
        d.add_paragraph(
            "4\tGiữ gìn bản sắc văn hóa dân tộc Thái\tQuý IV - tháng 11\tđ/c Quàng Thị Ơn"
        )
        d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")

    plan = parse_plan(read_document(_docx(build), "kh.docx"))
    assert [(t.quarter, t.month) for t in plan.topics] == [(1, 3), (2, 6), (3, 9), (4, 11)]
    assert [t.presenters[0].name for t in plan.topics] == [
        "Lò Văn Pắn",
        "Lường Văn Hoan",
        "Tòng Văn Hải",
        "Quàng Thị Ơn",
    ]


def test_an_annex_printed_after_the_signature_is_read():
    def build(d):
        d.add_paragraph("CHI BỘ TỔ DÂN PHỐ 13")
        d.add_paragraph("KẾ HOẠCH")
        d.add_paragraph("sinh hoạt chuyên đề năm 2022")
        d.add_paragraph("II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG")
        d.add_paragraph("Các chuyên đề, thời gian và người thực hiện có Phụ lục kèm theo.")
        d.add_paragraph("T/M CHI BỘ")
        d.add_paragraph("BÍ THƯ")
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph("PHỤ LỤC")
        d.add_paragraph("LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM 2022")
        _table(
            d,
            [
                ["Người thực hiện", "Chuyên đề", "Tháng", "Ghi chú"],
                ["Đ/c Lê Văn Hùng", "Học tập nghị quyết của Đảng bộ phường", "3/2022", "Quý I"],
                ["Đ/c Đỗ Thị Mai", "Xây dựng tổ dân phố văn minh", "5/2022", "Quý II"],
            ],
        )

    read = read_document(_docx(build), "kh.docx")
    assert "PHỤ LỤC" in read.paragraphs
    plan = parse_plan(read)
    assert [(t.quarter, t.presenters[0].name) for t in plan.topics] == [
        (1, "Lê Văn Hùng"),
        (2, "Đỗ Thị Mai"),
    ]


def test_the_signature_cut_keeps_the_annex_heading_and_drops_the_signer():
    from chibo.importer.parser import _without_signature
    from chibo.importer.text import Line

    lines = [Line(t) for t in ("T/M CHI BỘ", "BÍ THƯ", "PHỤ LỤC", "Lịch sinh hoạt chuyên đề")]
    assert [lines[i].text for i in _without_signature(range(4), lines)] == [
        "PHỤ LỤC",
        "Lịch sinh hoạt chuyên đề",
    ]
    signed = [Line(t) for t in ("T/M CHI BỘ", "BÍ THƯ", "Lò Văn Pắn", "PHỤ LỤC")]
    assert [signed[i].text for i in _without_signature(range(4), signed)] == ["PHỤ LỤC"]


def test_paragraphs_indented_with_a_tab_stay_paragraphs():
    def build(d):
        d.add_paragraph("\tChi bộ xây dựng kế hoạch như sau:")
        d.add_paragraph("TT\tChuyên đề\tThời gian")
        d.add_paragraph("1\tHọc tập nghị quyết\tQuý I")
        d.add_paragraph("\tMọi đảng viên tham gia đầy đủ.")

    result = read_document(_docx(build), "kh.docx")
    assert result.paragraphs[0] == "\tChi bộ xây dựng kế hoạch như sau:"
    assert result.tables[0][:2] == [
        ["TT", "Chuyên đề", "Thời gian"],
        ["1", "Học tập nghị quyết", "Quý I"],
    ]


def test_a_header_row_typed_again_with_other_spacing_is_still_dropped():
    def build(d):
        _table(
            d,
            [HEAD, ["Tháng 1", "Học tập", "Đ/c An"], ["THỜI GIAN", "Nội  dung", "Người thực hiện"]],
        )

    assert read_document(_docx(build), "kh.docx").tables[0] == [
        HEAD,
        ["Tháng 1", "Học tập", "Đ/c An"],
    ]


def test_a_heading_lined_up_with_tabs_stays_text():
    def build(d):
        d.add_paragraph("HUYỆN ỦY ĐIỆN BIÊN\t\tĐẢNG CỘNG SẢN VIỆT NAM")
        d.add_paragraph("CHI BỘ BẢN MỂN\t\tThanh Nưa, ngày 20 tháng 01 năm 2016")

    assert read_document(_docx(build), "kh.docx").tables == []


def test_paragraphs_inside_a_content_control_are_read():
    def build(d):
        d.add_paragraph("KẾ HOẠCH")
        inner = d.add_paragraph("Chuyên đề 1: Học tập nghị quyết")
        sdt = parse_xml(f'<w:sdt xmlns:w="{W}"><w:sdtPr/><w:sdtContent/></w:sdt>')
        inner._p.addprevious(sdt)
        sdt[1].append(inner._p)
        d.add_paragraph("Hết")

    assert _paragraphs(_docx(build)) == ["KẾ HOẠCH", "Chuyên đề 1: Học tập nghị quyết", "Hết"]


# -- tracked changes: the text Word shows once they are accepted ------------------------------


def _xml_paragraph(d, inner: str, properties: str = ""):
    """A paragraph written as Word writes it when changes are tracked (runs inside w:ins, w:del,
    w:moveFrom, w:moveTo …)."""
    element = parse_xml(f'<w:p xmlns:w="{W}">{properties}{inner}</w:p>')
    d.element.body.insert(len(d.element.body) - 1, element)  # before the section properties
    return element


def _r(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r>'


_REV = 'w:id="{}" w:author="Bí thư" w:date="2026-01-05T08:00:00Z"'


def test_tracked_changes_are_read_as_word_shows_the_final_text():
    def build(d):
        d.add_paragraph("II. NỘI DUNG")
        # Inserted text kept, deleted text dropped, inside one title.
        _xml_paragraph(
            d,
            _r("Chuyên đề 1: ")
            + f"<w:del {_REV.format(1)}>{_r('Học tập chuyên đề năm 2025', deleted=True)}</w:del>"
            + f"<w:ins {_REV.format(2)}>{_r('Quán triệt Nghị quyết Đại hội')}</w:ins>"
            + _r(" (tháng 3/2026)"),
        )
        # Text moved within the paragraph: shown where it was moved to, once.
        _xml_paragraph(
            d,
            f"<w:moveFrom {_REV.format(3)}>{_r('Đ/c Lò Văn Pấng, ', deleted=True)}</w:moveFrom>"
            + _r("Chuyên đề 2: Chuyển đổi số ở thôn – ")
            + f"<w:moveTo {_REV.format(4)}>{_r('Đ/c Lò Văn Pấng')}</w:moveTo>",
        )
        # A paragraph whose mark was deleted: a title broken in two, joined back.
        _xml_paragraph(
            d,
            _r("Chuyên đề 3: Phát triển kinh tế"),
            f"<w:pPr><w:rPr><w:del {_REV.format(5)}/></w:rPr></w:pPr>",
        )
        _xml_paragraph(d, _r(" gắn với giảm nghèo bền vững"))
        # A whole paragraph deleted (its runs and its mark) is gone.
        _xml_paragraph(
            d,
            f"<w:del {_REV.format(6)}>{_r('Chuyên đề 4: bỏ', deleted=True)}</w:del>",
            f"<w:pPr><w:rPr><w:del {_REV.format(7)}/></w:rPr></w:pPr>",
        )
        # An inserted paragraph (its mark marked inserted) is an ordinary one.
        _xml_paragraph(
            d,
            f"<w:ins {_REV.format(8)}>{_r('Chuyên đề 4: Xây dựng Đảng')}</w:ins>",
            f"<w:pPr><w:rPr><w:ins {_REV.format(9)}/></w:rPr></w:pPr>",
        )
        d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")

    assert _paragraphs(_docx(build)) == [
        "II. NỘI DUNG",
        "Chuyên đề 1: Quán triệt Nghị quyết Đại hội (tháng 3/2026)",
        "Chuyên đề 2: Chuyển đổi số ở thôn – Đ/c Lò Văn Pấng",
        "Chuyên đề 3: Phát triển kinh tế gắn với giảm nghèo bền vững",
        "Chuyên đề 4: Xây dựng Đảng",
        "III. TỔ CHỨC THỰC HIỆN",
    ]


def test_tracked_changes_in_a_table_rows_and_cells():
    def build(d):
        table = d.add_table(rows=4, cols=2)
        for row, (a, b) in zip(
            table.rows,
            [("Tháng", "Chuyên đề"), ("3/2026", "Cũ"), ("6/2026", "Bỏ đi"), ("9/2026", "Giữ")],
            strict=True,
        ):
            row.cells[0].text, row.cells[1].text = a, b
        # Row 2: the title replaced inside its cell (deleted, then inserted text).
        cell = table.rows[1].cells[1].paragraphs[0]._p
        for run in cell.findall(f"{{{W}}}r"):
            cell.remove(run)
        cell.append(parse_xml(f'<w:del xmlns:w="{W}" {_REV.format(1)}>{_r("Cũ", True)}</w:del>'))
        cell.append(
            parse_xml(f'<w:ins xmlns:w="{W}" {_REV.format(2)}>{_r("Chuyển đổi số")}</w:ins>')
        )
        # Row 3 deleted as a whole.
        tr = table.rows[2]._tr
        tr_pr = tr.get_or_add_trPr()
        tr_pr.append(parse_xml(f'<w:del xmlns:w="{W}" {_REV.format(3)}/>'))

    rows = read_document(_docx(build), "kh.docx").tables[0]
    assert rows == [["Tháng", "Chuyên đề"], ["3/2026", "Chuyển đổi số"], ["9/2026", "Giữ"]]


def test_an_old_numbering_recorded_in_a_formatting_change_is_not_the_paragraphs():
    def build(d):
        _add_list(d, 7, [("decimal", "%1.")])
        _xml_paragraph(
            d,
            _r("Quán triệt Nghị quyết"),
            f'<w:pPr><w:pPrChange {_REV.format(1)}><w:pPr><w:numPr><w:ilvl w:val="0"/>'
            '<w:numId w:val="7"/></w:numPr></w:pPr></w:pPrChange></w:pPr>',
        )

    blocks = read_document(_docx(build), "kh.docx").blocks
    assert [(b.text, b.list_item) for b in blocks] == [("Quán triệt Nghị quyết", False)]


# -- a scan's header and signature, read across their two columns ----------------------------


def _placed(text: str, left: int) -> Placed:
    """A line OCR read from `left` (a page 2400 px wide, 30 px a letter); a tab is a wide gap,
    the right column's field starting at 1300."""
    if "\t" not in text:
        return Placed(text, left, left + 30 * len(text), [])
    first, second = text.split("\t")
    return Placed(text, left, 1300 + 30 * len(second), [1300], [left + 30 * len(first)])


def test_a_scans_two_column_header_and_signature_are_read_column_by_column():
    lines = [
        _placed("ĐẢNG BỘ XÃ AN PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM", 300),
        _placed("CHI BỘ TRƯỜNG MẦM NON\tAn Phú, ngày 10 tháng 01 năm 2024", 240),
        _placed("HOA SEN", 450),  # the cell's name wrapped, centred in the left column
        _placed("KẾ HOẠCH", 700),  # the title, centred on the page: the header has ended
        _placed("Sinh hoạt chuyên đề năm 2024", 800),
        _placed("Chi ủy xây dựng kế hoạch như sau: phát huy vai trò nêu gương của đảng viên", 200),
        _placed("Nơi nhận:\tT/M CHI BỘ TRƯỜNG MẦM NON", 200),
        _placed("- Đảng ủy xã An Phú (b/c);\tHOA SEN", 200),
        _placed("- Lưu chi bộ.\tBÍ THƯ", 200),
        _placed("Hoàng Văn Minh", 1500),
    ]
    assert side_by_side(lines, 2400) == [
        ("columns", ["ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG MẦM NON\nHOA SEN",
                     "ĐẢNG CỘNG SẢN VIỆT NAM\nAn Phú, ngày 10 tháng 01 năm 2024"]),
        ("lines", ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024",
                   "Chi ủy xây dựng kế hoạch như sau: phát huy vai trò nêu gương của đảng viên"]),
        ("columns", ["Nơi nhận:\n- Đảng ủy xã An Phú (b/c);\n- Lưu chi bộ.",
                     "T/M CHI BỘ TRƯỜNG MẦM NON\nHOA SEN\nBÍ THƯ\nHoàng Văn Minh"]),
    ]  # fmt: skip


def test_a_paragraph_under_the_signature_is_no_recipient():
    lines = [
        _placed("Nơi nhận:\tT/M CHI BỘ", 200),
        _placed("- Lưu chi bộ.\tBÍ THƯ", 200),
        _placed("Hoàng Văn Minh", 1500),
        _placed("Phụ lục: lịch sinh hoạt", 200),
    ]
    assert side_by_side(lines, 2400) == [
        ("columns", ["Nơi nhận:\n- Lưu chi bộ.", "T/M CHI BỘ\nBÍ THƯ\nHoàng Văn Minh"]),
        ("lines", ["Phụ lục: lịch sinh hoạt"]),
    ]


def test_an_unruled_table_in_two_columns_is_no_header_block():
    lines = [
        _placed("Quý I\tHọc tập Nghị quyết Đại hội", 300),
        _placed("Quý II\tChuyển đổi số ở thôn", 300),
    ]
    assert side_by_side(lines, 2400) == [("lines", [line.text for line in lines])]


def test_a_roman_numeral_alone_in_a_scanned_cell_is_counted_by_its_strokes():
    from PIL import Image, ImageDraw

    from chibo.importer.ocr import _count_strokes, _Word

    image = Image.new("L", (200, 100), 255)
    draw = ImageDraw.Draw(image)
    for x in (60, 80, 100):  # a blurred "III": three upright strokes
        draw.rectangle((x, 30, x + 6, 70), fill=0)

    def read_as(text: str) -> str:
        word = _Word(text, 40.0, 55, 110, 50, 40)
        _count_strokes(image, [word], alone=True)
        return word.text

    assert [read_as(t) for t in ("IH", "H", "|", "Il")] == ["III"] * 4
    assert read_as("1") == "1"  # a number in a "TT" column stays a number
