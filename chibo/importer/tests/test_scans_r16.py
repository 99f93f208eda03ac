"""Round 16: shapes the scan twins of the development half showed lost on the OCR path. Every
text is made up here, as plans write them, with the smudges Tesseract makes of them."""

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.text import _scanned

HEAD = """ĐẢNG BỘ XÃ AN PHÚ
CHI BỘ THÔN ĐÔNG
Số 02-NQ/CB
An Phú, ngày 12 tháng 01 năm 2026
NGHỊ QUYẾT
về phương hướng, nhiệm vụ năm 2026
I. MỤC TIÊU
Chi bộ phấn đấu hoàn thành tốt nhiệm vụ.
II. SINH HOẠT CHUYÊN ĐỀ
"""


def _scan(text: str):  # type: ignore[no-untyped-def]
    read = read_document(text.encode("utf-8"), "scan.txt")
    read.source = "scan"
    return parse_plan(read)


def test_round_bullets_read_as_smudges_of_letters_and_signs_are_bullets():
    # the scan twin of plan 97: Word's round bullets came out '°®', 's®', 'e©', 'se' — no topic
    # was found under them
    body = """°® Quý I
s® Tháng 3: Giữ gìn an ninh trật tự ở khu dân cư — đ/c Lê Văn Bình — Bí thư Chi bộ.
s® Quý2
s© Tháng 6: Đảng viên đi đầu chuyển đổi số - đ/c Trần Thị Hoa - Phó Bí thư.
®e Quý3
® Tháng 8: Xây dựng nếp sống văn minh ở khu dân cư - đ/c Lê Văn Bình.
se Quý4
e© Tháng 11: Học tập và làm theo Bác về tiết kiệm - đ/c Trần Thị Hoa.
III. TỔ CHỨC THỰC HIỆN
Chi ủy cụ thể hóa nghị quyết thành nội dung sinh hoạt hằng tháng.
"""
    plan = _scan(HEAD + body)
    assert [(t.title, t.quarter, t.month) for t in plan.topics] == [
        ("Giữ gìn an ninh trật tự ở khu dân cư", 1, 3),
        ("Đảng viên đi đầu chuyển đổi số", 2, 6),
        ("Xây dựng nếp sống văn minh ở khu dân cư", 3, 8),
        ("Học tập và làm theo Bác về tiết kiệm", 4, 11),
    ]
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Lê Văn Bình"], ["Trần Thị Hoa"], ["Lê Văn Bình"], ["Trần Thị Hoa"],
    ]  # fmt: skip


def test_near_miss_words_that_open_a_line_are_no_bullet():
    assert _scanned("se Quý4") == "• Quý4"
    # a word in small letters before a name, a mark of a unit: kept as they are
    assert _scanned("cô Nguyễn Thị Lan") == "cô Nguyễn Thị Lan"
    assert _scanned("so Tháng 3") == "so Tháng 3"
    assert _scanned("o Tháng 3") == "• Tháng 3"


def test_a_month_grids_codes_read_apart_or_with_a_stroke_for_a_one():
    from chibo.importer.structure import _mark_columns

    # the scan twin of plan 74: 'T 1 1', 'T | 0', and 'T1 3' between 'T 2' and 'T 4'
    header = ["Nội dung chuyên đề", "Người thực hiện", "T 1", "T 2", "T1 3", "T 4", "T 5",
              "T 6", "T 7", "T 8", "T 9", "T | 0", "T 1 1", "T 1 2"]  # fmt: skip
    months = {j: time.months for j, time in _mark_columns(header).items()}
    assert months == {j: [j - 1] for j in range(2, 14)}
    # near miss: a column between two months a quarter apart is told no month
    assert 2 not in _mark_columns(["Nội dung", "T 1", "Ghi chú", "T 4", "T 7", "T 10"])
    assert 2 not in _mark_columns(["Nội dung", "T 2", "Ghi chú", "T 4", "T 7", "T 10"])


def test_a_row_cut_inside_a_title_and_a_name_is_one_row():
    from chibo.importer.ocr import rejoin_cut_rows

    rows = [
        ["Nội dung chuyên đề", "Người thực hiện", "T 3", "T 6"],
        ["Xây dựng Chi bộ ấp", "Nguyễn Công", "x", ""],
        ["trong sạch, vững mạnh toàn diện", "Chánh - Bí thư", "", ""],
        ["Trồng dừa kết hợp chăn nuôi", "Lê Văn Tư", "", "x"],
    ]
    assert rejoin_cut_rows(rows) == [
        rows[0],
        ["Xây dựng Chi bộ ấp trong sạch, vững mạnh toàn diện", "Nguyễn Công Chánh - Bí thư", "x",
         ""],
        rows[3],
    ]  # fmt: skip
    # near misses: a row of its own opens with a capital or holds its number, or its mark
    numbered = [
        ["TT", "Nội dung", "Người thực hiện"],
        ["1", "Xây dựng Chi bộ", "Nguyễn Công"],
        ["2", "trồng dừa kết hợp chăn nuôi", "Lê Văn Tư"],
    ]
    assert rejoin_cut_rows(numbered) == numbered
    marked = [rows[0], rows[1], ["trồng dừa kết hợp chăn nuôi", "Lê Văn Tư", "", "x"]]
    assert rejoin_cut_rows(marked) == marked


def test_a_row_of_its_own_under_a_first_cell_merged_across_the_page_break_stays_a_row():
    from chibo.importer.ocr import _add_table
    from chibo.importer.reader import Block

    head = ["Chi bộ", "Thời gian", "Kỳ sinh hoạt", "Nội dung chuyên đề", "Người chuẩn bị"]
    page_one = [
        head,
        ["Chi bộ ấp Phú Đức B", "Quý II", "Tháng 6", "Phòng, chống sạt lở bờ sông", "đ/c Chi"],
        ["", "Quý III", "Tháng 9", "Nếp sống văn minh trong việc cưới, việc", "đ/c Nguyễn"],
    ]
    # the scan twin of plan 151: the merged cell 'Chi bộ ấp Phú Đức B' reads empty on page two
    blocks = [Block("table", rows=[list(r) for r in page_one]), Block("paragraph", text="2")]
    _add_table(blocks, 2, [["", "Quý IV", "Tháng 11", "Học tập và làm theo Bác", "đ/c Sang"]],
               continued=True)  # fmt: skip
    assert [r[1] for r in blocks[0].rows] == ["Thời gian", "Quý II", "Quý III", "Quý IV"]
    # near miss: a row the break cut in two — its times stay above, its text runs on below
    blocks = [Block("table", rows=[list(r) for r in page_one]), Block("paragraph", text="2")]
    _add_table(blocks, 2, [["", "", "", "tang", "Thị Mỹ Chi"]], continued=True)
    assert blocks[0].rows[-1] == [
        "", "Quý III", "Tháng 9", "Nếp sống văn minh trong việc cưới, việc tang",
        "đ/c Nguyễn Thị Mỹ Chi",
    ]  # fmt: skip


def test_a_sections_stop_read_with_its_last_stroke_as_an_l():
    # the scan twin of plan 204: 'IIIL TỔ CHỨC THỰC HIỆN' — its tasks were read as topics
    assert _scanned("IIIL TỔ CHỨC THỰC HIỆN") == "III. TỔ CHỨC THỰC HIỆN"
    assert _scanned("IIL. NỘI DUNG") == "II. NỘI DUNG"
    # near misses: a word in capitals, a numeral in a sentence
    assert _scanned("ILO VÀ CÔNG ĐOÀN") == "ILO VÀ CÔNG ĐOÀN"
    assert _scanned("IIL đảng viên") == "IIL đảng viên"


def test_a_grids_months_under_their_quarters_read_from_a_scan():
    from chibo.importer.shapes import sub_heading_row
    from chibo.importer.structure import _mark_columns
    from chibo.importer.text import Line

    # the scan twin of plan 105: each quarter over its three months (a merged cell the grid
    # reader now puts in each column it spans, as Word's reader does), months misread
    quarters = ["Quý I"] * 3 + ["Quý II"] * 3 + ["Quý II"] * 3 + ["Quý IV"] * 3
    months = ["T 1", "T 2", "T 3", "T 4", "T 5", "T 6", "1 7", "T 8", "T 9", "T 1 0", "T1 1 1",
              "T1 1 2"]  # fmt: skip
    rows = [
        ["TT", "Nội dung công việc", "Phụ trách", *quarters],
        ["TT", "Nội dung công việc", "Phụ trách", *months],
        ["1", "Sinh hoạt chuyên đề: Quán triệt Nghị quyết", "Đ/c Huyền", "", "", "x", *[""] * 9],
    ]
    header = sub_heading_row(Line("", rows=rows)).rows[0]
    assert header == ["TT", "Nội dung công việc", "Phụ trách", *months]
    assert {j: t.months for j, t in _mark_columns(header).items()} == {
        j: [j - 2] for j in range(3, 15)
    }
    # near miss: a second row of its own (no months under the quarters) is no heading
    plain = [rows[0], rows[2], rows[2]]
    assert sub_heading_row(Line("", rows=plain)).rows == plain


def test_a_cell_merged_across_some_columns_stands_in_each():
    from PIL import Image, ImageDraw

    from chibo.importer.ocr import grids

    # 'Nội dung' | 'Quý I' merged over two columns | 'Quý II' over two, then a row of each
    columns, rows = [300, 1200, 1500, 1800, 2100, 2400], [2000, 2080, 2160, 2400]
    page = Image.new("L", (2600, 3300), 255)
    draw = ImageDraw.Draw(page)
    for y in rows:
        draw.rectangle((columns[0], y - 1, columns[-1], y + 1), fill=40)
    for r, (upper, lower) in enumerate(zip(rows, rows[1:], strict=False)):
        inner = [columns[1], columns[3]] if r == 0 else columns[1:-1]
        for x in [columns[0], *inner, columns[-1]]:
            draw.rectangle((x - 1, upper, x + 1, lower), fill=40)
    found = grids(page)[0].rows
    assert [len(row) for row in found] == [5, 5, 5]
    assert found[0][1] == found[0][2] != found[0][3] == found[0][4]
