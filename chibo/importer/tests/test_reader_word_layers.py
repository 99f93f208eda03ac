"""The reader sees what a person sees on the page of a real Word file: a table nested in a cell,
cells merged down or across, the heading typed in the page header or in a floating text box,
struck-out text (deleted), footnotes, a label/value table of a form, and in plain text a table
drawn with + - | characters; and times as people write them ("Q4/2022", "10/10 – 20/10/2022").

Every file is built here with python-docx (raw XML for footnotes and text boxes), and the Word
mechanics are also checked after a round trip through LibreOffice (.odt), the path of .doc/.odt."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.topics import parse_time

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _tables(data: bytes, name: str = "kh.docx") -> list[list[list[str]]]:
    return read_document(data, name).tables


def _paragraphs(data: bytes, name: str = "kh.docx") -> list[str]:
    return [b.text for b in read_document(data, name).blocks if b.kind == "paragraph"]


def _nested_plan() -> docx.Document:
    document = docx.Document()
    document.add_paragraph(
        "Chi bộ Trường Mầm non Hoa Sen xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:"
    )
    outer = document.add_table(rows=3, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Thời gian", "Nội dung"
    quarters = {
        1: [("Tháng 3", "Học tập và làm theo Bác về tinh thần tự học", "Đ/c Nguyễn Thị Hương")],
        2: [
            ("Tháng 5", "Phòng, chống dịch bệnh trong trường mầm non", "Đ/c Trần Văn Nam"),
            ("Tháng 6", "Phát triển đảng viên trong giáo viên trẻ", "Đ/c Lê Thị Mai"),
        ],
    }
    for r, (q, rows) in enumerate(quarters.items(), 1):
        outer.cell(r, 0).text = f"Quý {q}"
        inner = outer.cell(r, 1).add_table(rows=1 + len(rows), cols=3)
        for j, head in enumerate(("Tháng", "Chuyên đề", "Người thực hiện")):
            inner.cell(0, j).text = head
        for i, row in enumerate(rows, 1):
            for j, text in enumerate(row):
                inner.cell(i, j).text = text
    return document


def test_a_table_nested_in_a_cell_is_read_as_rows_beside_the_outer_cell():
    (rows,) = _tables(_save(_nested_plan()))
    assert rows == [
        ["Thời gian", "Tháng", "Chuyên đề", "Người thực hiện"],
        ["Quý 1", "Tháng 3", "Học tập và làm theo Bác về tinh thần tự học", "Đ/c Nguyễn Thị Hương"],
        ["Quý 2", "Tháng 5", "Phòng, chống dịch bệnh trong trường mầm non", "Đ/c Trần Văn Nam"],
        ["Quý 2", "Tháng 6", "Phát triển đảng viên trong giáo viên trẻ", "Đ/c Lê Thị Mai"],
    ]
    topics = parse_plan(read_document(_save(_nested_plan()), "kh.docx")).topics
    assert [(t.quarter, t.month) for t in topics] == [(1, 3), (2, 5), (2, 6)]


def test_cells_merged_down_stand_for_each_row_and_a_band_merged_across_is_one_cell():
    document = docx.Document()
    grid = document.add_table(rows=5, cols=3)
    for j, head in enumerate(("Quý", "Chuyên đề", "Người chuẩn bị")):
        grid.cell(0, j).text = head
    grid.cell(1, 0).merge(grid.cell(1, 2)).text = "SÁU THÁNG ĐẦU NĂM"
    grid.cell(2, 0).merge(grid.cell(3, 0)).text = "Quý I"
    grid.cell(2, 1).text, grid.cell(3, 1).text = (
        "Chuyên đề một về học tập",
        "Chuyên đề hai về dân vận",
    )
    grid.cell(2, 2).merge(grid.cell(3, 2)).text = "Đ/c Lò Văn So"
    grid.cell(4, 0).text, grid.cell(4, 1).text, grid.cell(4, 2).text = (
        "Quý II",
        "Chuyên đề ba",
        "Đ/c A",
    )
    (rows,) = _tables(_save(document))
    assert rows[1] == ["SÁU THÁNG ĐẦU NĂM"]
    assert rows[2] == ["Quý I", "Chuyên đề một về học tập", "Đ/c Lò Văn So"]
    assert rows[3] == ["Quý I", "Chuyên đề hai về dân vận", "Đ/c Lò Văn So"]


def _heading_in_page_header() -> docx.Document:
    document = docx.Document()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    grid = header.add_table(rows=1, cols=2, width=docx.shared.Cm(16))
    grid.cell(0, 0).text = "ĐẢNG BỘ PHƯỜNG NAM THANH\nCHI BỘ TRƯỜNG MẦM NON NAM THANH\n*"
    grid.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    document.add_paragraph("Số 05-KH/CB\tNam Thanh, ngày 10 tháng 9 năm 2022")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Sinh hoạt chuyên đề năm học 2022 – 2023")
    return document


def test_the_heading_typed_in_the_page_header_is_read_first():
    read = read_document(_save(_heading_in_page_header()), "kh.docx")
    assert read.blocks[0].kind == "table"
    assert "CHI BỘ TRƯỜNG MẦM NON NAM THANH" in read.blocks[0].rows[0][0]
    plan = parse_plan(read)
    assert plan.committee_name == "Đảng bộ phường Nam Thanh"
    assert "Nam Thanh" in plan.cell_name


def test_an_empty_or_page_number_header_adds_nothing():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "2"
    document.add_paragraph("KẾ HOẠCH sinh hoạt chuyên đề")
    assert _paragraphs(_save(document)) == ["KẾ HOẠCH sinh hoạt chuyên đề"]


def _box(lines: list[str], fallback: bool) -> str:
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    vml = (
        '<w:pict><v:shape id="Box" style="position:absolute;width:235pt;height:96pt">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict>"
    )
    if not fallback:
        return f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml">{vml}</w:r>'
    # Word and LibreOffice save a box twice: DrawingML, then the VML fallback.
    return (
        f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
        f"<w:txbxContent>{paras}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


@pytest.mark.parametrize("fallback", [False, True])
def test_a_heading_in_a_floating_text_box_is_read_once_before_its_paragraph(fallback):
    document = docx.Document()
    first = document.add_paragraph("ĐẢNG CỘNG SẢN VIỆT NAM")
    first._p.append(
        parse_xml(_box(["ĐẢNG BỘ PHƯỜNG THỦ DẦU MỘT", "CHI BỘ KHU PHỐ PHÚ CƯỜNG 12"], fallback))
    )
    document.add_paragraph("KẾ HOẠCH")
    assert _paragraphs(_save(document)) == [
        "ĐẢNG BỘ PHƯỜNG THỦ DẦU MỘT",
        "CHI BỘ KHU PHỐ PHÚ CƯỜNG 12",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "KẾ HOẠCH",
    ]


def _runs(document, parts: list[tuple[str, str]]):
    paragraph = document.add_paragraph()
    for text, flags in parts:
        run = paragraph.add_run(text)
        run.bold = "b" in flags or None
        run.font.strike = "s" in flags or None
        if "d" in flags:
            run._r.get_or_add_rPr().append(parse_xml(f'<w:dstrike xmlns:w="{W}"/>'))
    return paragraph


def _amended() -> docx.Document:
    document = docx.Document()
    _runs(document, [("1. Chuyên đề ", ""), ("quý II – tháng 5/2023", "s"), (" quý III – tháng 8/2023", ""),
                     (": Nâng cao chất lượng văn bản tham mưu. Người chuẩn bị: đ/c Lê Minh Hiền.", "")])  # fmt: skip
    _runs(document, [("2. Chuyên đề quý III: Sưu tầm tư liệu lịch sử. Đ/c Quách Văn Toàn.", "d")])
    _runs(document, [("Chuy", "b"), ("ên đề", ""), ("\u00a0số\u00a03", "")])
    return document


def test_struck_out_text_is_read_as_deleted_and_split_runs_as_one_word():
    assert _paragraphs(_save(_amended())) == [
        "1. Chuyên đề quý III – tháng 8/2023: Nâng cao chất lượng văn bản tham mưu. "
        "Người chuẩn bị: đ/c Lê Minh Hiền.",
        "",
        "Chuyên đề số 3",
    ]


def test_hidden_text_and_soft_hyphens_are_not_read():
    document = docx.Document()
    paragraph = document.add_paragraph("Chuyên đề quý I")
    paragraph.add_run(" (ghi chú ẩn)").font.hidden = True
    document.add_paragraph("Học tập và\u202flàm theo Bác, chuy\u00adên đề")
    assert _paragraphs(_save(document)) == ["Chuyên đề quý I", "Học tập và làm theo Bác, chuyên đề"]


def test_strike_turned_off_explicitly_is_kept():
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = paragraph.add_run("Chuyên đề quý I")
    run.font.strike = False
    assert _paragraphs(_save(document)) == ["Chuyên đề quý I"]


def _with_footnotes(document, notes: list[str]) -> None:
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    )
    for i, note in enumerate(notes, 1):
        body += (
            f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
        )
    blob = f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W}">{body}</w:footnotes>'
    part = Part(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob.encode(), document.part.package
    )
    document.part.relate_to(part, RT.FOOTNOTES)


def _footnoted() -> docx.Document:
    document = docx.Document()
    paragraph = document.add_paragraph("- Tháng 3/2026: chuyên đề “Học tập và làm theo Bác”")
    paragraph._p.append(parse_xml(
        f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>'
    ))  # fmt: skip
    paragraph.add_run(".")
    _with_footnotes(document, ["Đ/c Phạm Văn Long chuẩn bị."])
    return document


def test_a_footnote_is_read_where_its_mark_stands():
    assert _paragraphs(_save(_footnoted())) == [
        "- Tháng 3/2026: chuyên đề “Học tập và làm theo Bác” (Đ/c Phạm Văn Long chuẩn bị)."
    ]


def test_a_label_and_value_table_of_a_form_is_read_as_its_lines():
    document = docx.Document()
    document.add_paragraph("CHUYÊN ĐỀ 1: Thực hiện quy chế dân chủ ở cơ sở")
    grid = document.add_table(rows=2, cols=2)
    grid.cell(0, 0).text, grid.cell(0, 1).text = "Thời gian:", "Quý 1 – kỳ sinh hoạt tháng Hai"
    grid.cell(1, 0).text, grid.cell(1, 1).text = "Chủ trì:", "Đ/c Lê Văn Hoàng – Bí thư"
    read = read_document(_save(document), "kh.docx")
    assert not read.tables
    assert _paragraphs(_save(document))[1:] == [
        "Thời gian: Quý 1 – kỳ sinh hoạt tháng Hai",
        "Chủ trì: Đ/c Lê Văn Hoàng – Bí thư",
    ]


GRID_TEXT = """II. CHƯƠNG TRÌNH SINH HOẠT CHUYÊN ĐỀ
+----+--------------------------+----------------+------------------+
| TT | Chuyên đề                | Thời gian      | Người thực hiện  |
+====+==========================+================+==================+
| 1  | Phát huy vai trò đảng    | Quý 1 (tháng   | đ/c Đặng Văn     |
|    | viên trong công tác an   | 3/2024)        | Thành – Bí thư   |
|    | sinh xã hội              |                |                  |
+----+--------------------------+----------------+------------------+
| 2  | Giữ gìn trật tự đô thị   | Q2 – tháng 6   | đ/c Nguyễn Thị   |
|    |                          |                | Bích Vân         |
+----+--------------------------+----------------+------------------+
III. TỔ CHỨC THỰC HIỆN
"""


def test_a_table_drawn_with_plus_minus_and_bars_in_text_is_one_table_of_joined_cells():
    read = read_document(GRID_TEXT.replace(" ", "\u00a0", 3).encode(), "kh.txt")
    assert read.tables == [[
        ["TT", "Chuyên đề", "Thời gian", "Người thực hiện"],
        ["1", "Phát huy vai trò đảng viên trong công tác an sinh xã hội", "Quý 1 (tháng 3/2024)",
         "đ/c Đặng Văn Thành – Bí thư"],
        ["2", "Giữ gìn trật tự đô thị", "Q2 – tháng 6", "đ/c Nguyễn Thị Bích Vân"],
    ]]  # fmt: skip
    assert [b.text for b in read.blocks if b.kind == "paragraph"] == [
        "II. CHƯƠNG TRÌNH SINH HOẠT CHUYÊN ĐỀ",
        "III. TỔ CHỨC THỰC HIỆN",
        "",
    ]


@pytest.mark.parametrize(
    ("text", "quarters", "months"),
    [
        ("tháng Mười một", [], [11]),
        ("tháng Bảy", [], [7]),
        ("tuần 2 tháng Ba", [], [3]),
        ("Q3", [3], []),
        ("quý 3", [3], []),
        ("q.4", [4], []),
        ("(Q2)", [2], []),
        ("Q4/2022", [4], []),
        ("QUÝ I/2024", [1], []),
        ("10/10 – 20/10/2022", [], [10]),
        ("14/4 – 25/4/2025", [], [4]),
        ("quý 3, từ 09 – 15/9/2024", [3], [9]),
        ("từ 10/10 đến 20/10/2022", [], [10]),
        ("Đầu tháng 3/2022", [], [3]),
        ("Giữa tháng 6", [], [6]),
        ("tuần 2 tháng 10", [], [10]),
        ("tháng 9 – 10/2020", [], []),  # across a quarter's edge: left open (round 12)
    ],
)
def test_times_as_people_write_them(text, quarters, months):
    time = parse_time(text)
    assert (time.quarters, time.months) == (quarters, months)


def test_a_day_range_is_only_a_time():
    from chibo.importer.topics import _is_time_only

    assert _is_time_only("10/10 – 20/10/2022")
    assert _is_time_only("Q4/2022")
    assert not _is_time_only("Giữ gìn trật tự 10/10 – 20/10/2022")


def _converted(data: bytes, kind: str) -> bytes:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "plan.docx"
        source.write_bytes(data)
        subprocess.run(  # noqa: S603 - fixed argv, our temp files
            [soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to",
             kind, "--outdir", folder, str(source)],
            check=True, capture_output=True, timeout=120, env={"HOME": folder, "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        return (Path(folder) / f"plan.{kind.split(':')[0]}").read_bytes()


@pytest.mark.parametrize("kind", ["odt", "doc:MS Word 97"])
def test_the_word_mechanics_survive_libreoffice(kind):
    document = _heading_in_page_header()
    _runs(document, [("Chuyên đề ", ""), ("quý II", "s"), (" quý III: Nâng cao chất lượng", "")])
    paragraph = document.add_paragraph("Chuyên đề “Học tập và làm theo Bác”")
    paragraph._p.append(parse_xml(
        f'<w:r xmlns:w="{W}"><w:footnoteReference w:id="1"/></w:r>'
    ))  # fmt: skip
    _with_footnotes(document, ["Đ/c Phạm Văn Long chuẩn bị."])
    first = document.add_paragraph("Ghi chú")
    first._p.append(parse_xml(_box(["CHI BỘ KHU PHỐ 12"], False)))
    nested = _nested_plan()
    grid = nested.tables[0]
    document.element.body.append(grid._tbl)
    read = read_document(_converted(_save(document), kind), "kh." + kind.split(":")[0])
    texts = [b.text for b in read.blocks if b.kind == "paragraph"]
    assert "CHI BỘ TRƯỜNG MẦM NON NAM THANH" in read.tables[0][0][0]
    assert "Chuyên đề quý III: Nâng cao chất lượng" in texts
    assert "Chuyên đề “Học tập và làm theo Bác” (Đ/c Phạm Văn Long chuẩn bị)" in texts
    assert texts.count("CHI BỘ KHU PHỐ 12") == 1
    assert read.tables[-1][1] == [
        "Quý 1",
        "Tháng 3",
        "Học tập và làm theo Bác về tinh thần tự học",
        "Đ/c Nguyễn Thị Hương",
    ]


def test_note_numbers_in_superscript_are_read_with_their_notes_below_the_rule():
    document = docx.Document()
    document.add_paragraph("1. Sáu tháng đầu năm 2025")
    paragraph = document.add_paragraph("- Tháng 3 (Q1): Quán triệt Nghị quyết nhiệm kỳ 2025 – 2027")
    paragraph.add_run("1").font.superscript = True
    document.add_paragraph("2. Sáu tháng cuối năm 2025")
    document.add_paragraph("____________")
    document.add_paragraph("(1) Đ/c Nguyễn Thị Mai Hoa (chủ trì).")
    assert _paragraphs(_save(document)) == [
        "1. Sáu tháng đầu năm 2025",
        "- Tháng 3 (Q1): Quán triệt Nghị quyết nhiệm kỳ 2025 – 2027 (Đ/c Nguyễn Thị Mai Hoa (chủ trì))",
        "2. Sáu tháng cuối năm 2025",
    ]


def _two_level(document) -> None:
    grid = document.add_table(rows=4, cols=8)
    grid.cell(0, 0).merge(grid.cell(1, 0)).text = "Nội dung"
    grid.cell(0, 1).merge(grid.cell(0, 3)).text = "Quý I"
    grid.cell(0, 4).merge(grid.cell(0, 6)).text = "Quý II"
    grid.cell(0, 7).merge(grid.cell(1, 7)).text = "Người thực hiện"
    for j, month in enumerate(["1", "2", "3", "T4", "T5", "T6"], 1):
        grid.cell(1, j).text = month
    rows = [("Sinh hoạt chuyên đề: Học tập và làm theo Bác về tự học", 3, "Đ/c Lò Văn So"),
            ("Sinh hoạt chuyên đề: Phòng, chống dịch bệnh", 5, "Đ/c Vì Văn Thoong")]  # fmt: skip
    for i, (title, month, who) in enumerate(rows, 2):
        grid.cell(i, 0).text, grid.cell(i, month).text, grid.cell(i, 7).text = title, "x", who


def test_a_two_level_header_merged_across_reads_as_one_row_of_named_columns():
    document = docx.Document()
    _two_level(document)
    (rows,) = _tables(_save(document))
    assert rows[0] == [
        "Nội dung",
        "Tháng 1",
        "Tháng 2",
        "Tháng 3",
        "T4",
        "T5",
        "T6",
        "Người thực hiện",
    ]
    assert rows[1] == ["Sinh hoạt chuyên đề: Học tập và làm theo Bác về tự học", "", "", "x", "", "", "",
                       "Đ/c Lò Văn So"]  # fmt: skip
    document = docx.Document()
    grid = document.add_table(rows=3, cols=3)
    grid.cell(0, 0).merge(grid.cell(1, 0)).text = "Chỉ tiêu"
    grid.cell(0, 1).merge(grid.cell(0, 2)).text = "Năm học 2019 – 2020"
    grid.cell(1, 1).text, grid.cell(1, 2).text = "Kế hoạch", "Kết quả"
    grid.cell(2, 0).text, grid.cell(2, 1).text, grid.cell(2, 2).text = (
        "Kết nạp đảng viên",
        "02",
        "03",
    )
    (rows,) = _tables(_save(document))
    assert rows == [
        ["Chỉ tiêu", "Năm học 2019 – 2020 – Kế hoạch", "Năm học 2019 – 2020 – Kết quả"],
        ["Kết nạp đảng viên", "02", "03"],
    ]


def test_a_year_grid_under_merged_quarter_headings_gives_each_topic_its_month():
    document = docx.Document()
    document.add_paragraph(
        "Chi bộ bản Ta Vắt xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:"
    )
    _two_level(document)
    topics = parse_plan(read_document(_save(document), "kh.docx")).topics
    assert [(t.quarter, t.month, t.presenters[0].name) for t in topics] == [
        (1, 3, "Lò Văn So"),
        (2, 5, "Vì Văn Thoong"),
    ]
