"""Shapes of text read in round 11 (issue 17), each with a near miss: the topics a resolution
tells in one sentence of running prose, one clause a quarter, and shares out in a second one; a
table whose topics take two rows each (the title merged across, then its fields); a two-level
header whose lower cells are only units of time ("Thời gian" over "Quý" | "Tháng") above bare
numerals. Every text and file is made up here, as cells type them.
"""

from __future__ import annotations

import docx

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.tests.builders import save, text_plan


def _plan(text: str, name: str = "nghiquyet.txt"):
    return text_plan(text, name)


def _save(document) -> bytes:
    return save(document)


def _got(plan) -> list[tuple[int | None, int | None, str, list[str]]]:
    return [(t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in plan.topics]


HEAD = """\
ĐẢNG BỘ XÃ HÒA AN
CHI BỘ THÔN ĐÔNG
Số 01-NQ/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa An, ngày 08 tháng 01 năm 2025
NGHỊ QUYẾT
về nhiệm vụ năm 2025
Chi bộ thôn Đông họp thường kỳ, thảo luận và quyết nghị nhiệm vụ năm 2025 như sau:
I. PHƯƠNG HƯỚNG, NHIỆM VỤ
1. Chỉ tiêu: Chi bộ đạt hoàn thành tốt nhiệm vụ; 100% đảng viên hoàn thành nhiệm vụ.
2. Nâng cao chất lượng sinh hoạt chi bộ:
"""

RESOLUTION_PROSE = (
    HEAD
    + """\
Trong năm 2025, Chi bộ tổ chức 4 chuyên đề: quý I chuyên đề về “Đảng viên đi đầu trong dồn \
điền đổi thửa ở thôn” (tháng 3); quý II chuyên đề về “Giữ gìn vệ sinh môi trường, phân loại \
rác tại hộ”, sinh hoạt vào kỳ tháng 5; quý III chuyên đề về “Học tập và làm theo Bác về \
“Dân vận khéo” ở khu dân cư” (tháng 8); quý IV chuyên đề về “Phát huy dân chủ ở cơ sở trong \
xây dựng đường làng” (tháng 11).
Phân công chuẩn bị: chuyên đề quý I và quý IV do đồng chí Đỗ Văn Khải, Bí thư Chi bộ chuẩn \
bị; chuyên đề quý II do Chi hội trưởng Phụ nữ Mai Thị Hạnh chuẩn bị; chuyên đề quý III do \
đồng chí Hà Văn Lâm và đồng chí Lò Thị Xuân chuẩn bị.
II. TỔ CHỨC THỰC HIỆN
Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng.
"""
)


def test_topics_told_in_a_resolutions_running_prose_and_shared_out_by_quarter():
    assert _got(_plan(RESOLUTION_PROSE)) == [
        (1, 3, "Đảng viên đi đầu trong dồn điền đổi thửa ở thôn", ["Đỗ Văn Khải"]),
        (2, 5, "Giữ gìn vệ sinh môi trường, phân loại rác tại hộ", ["Mai Thị Hạnh"]),
        (3, 8, "Học tập và làm theo Bác về “Dân vận khéo” ở khu dân cư",
         ["Hà Văn Lâm", "Lò Thị Xuân"]),
        (4, 11, "Phát huy dân chủ ở cơ sở trong xây dựng đường làng", ["Đỗ Văn Khải"]),
    ]  # fmt: skip


def test_a_sentence_quoting_one_resolution_or_naming_quarters_without_titles_is_no_topic():
    one = HEAD + (
        "Trong quý I, Chi bộ tổ chức học tập “Nghị quyết Đại hội Đảng bộ xã lần thứ XV”; "
        "các quý sau tiếp tục sinh hoạt chuyên đề theo hướng dẫn của Đảng ủy.\n"
    )
    assert _plan(one).topics == []
    bare = HEAD + (
        "Chi bộ sinh hoạt chuyên đề mỗi quý một lần: quý I, quý II, quý III và quý IV; "
        "nội dung do Chi ủy thông báo sau.\n"
    )
    assert _plan(bare).topics == []


def _two_row_topics(document, band: bool = False) -> None:
    grid = document.add_table(rows=1, cols=3)
    for j, text in enumerate(["Thời gian", "Người thực hiện", "Sản phẩm"]):
        grid.cell(0, j).text = text
    items = [
        ("Chuyên đề 1: Học tập và làm theo Bác về tác phong gần dân của cán bộ",
         "Quý I/2025 (tháng 02)", "Đ/c Đỗ Văn Khải", "Đề cương"),
        ("Chuyên đề 2: Nâng cao hiệu quả công tác dân vận ở khu dân cư",
         "Tháng 5/2025", "Đ/c Mai Thị Hạnh", "Báo cáo đề dẫn"),
        ("Chuyên đề 3: Công tác kiểm tra, giám sát của Chi bộ đối với đảng viên",
         "Tháng 8/2025", "Đ/c Hà Văn Lâm", "Chuyên đề"),
    ]  # fmt: skip
    for title, when, who, product in items:
        row = grid.add_row()
        row.cells[0].merge(row.cells[2]).text = "QUÝ I" if band else title
        row = grid.add_row()
        row.cells[0].text, row.cells[1].text, row.cells[2].text = when, who, product


def test_a_table_whose_topics_take_two_rows_the_title_merged_across():
    document = docx.Document()
    document.add_paragraph(
        "Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:"
    )
    _two_row_topics(document)
    plan = parse_plan(read_document(_save(document), "kh.docx"))
    assert _got(plan) == [
        (1, 2, "Học tập và làm theo Bác về tác phong gần dân của cán bộ", ["Đỗ Văn Khải"]),
        (2, 5, "Nâng cao hiệu quả công tác dân vận ở khu dân cư", ["Mai Thị Hạnh"]),
        (3, 8, "Công tác kiểm tra, giám sát của Chi bộ đối với đảng viên", ["Hà Văn Lâm"]),
    ]
    # Rows across that only tell a time are bands over the rows, no titles.
    document = docx.Document()
    _two_row_topics(document, band=True)
    rows = read_document(_save(document), "kh.docx").tables[0]
    from chibo.importer.shapes import title_rows
    from chibo.importer.text import Line

    assert title_rows(Line("", rows=rows)).rows == rows


def test_a_two_level_header_of_time_units_over_bare_numerals():
    document = docx.Document()
    document.add_paragraph("II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG")
    grid = document.add_table(rows=2, cols=5)
    grid.cell(0, 0).merge(grid.cell(1, 0)).text = "STT"
    grid.cell(0, 1).merge(grid.cell(0, 2)).text = "Thời gian"
    grid.cell(0, 3).merge(grid.cell(1, 3)).text = "Chuyên đề"
    grid.cell(0, 4).merge(grid.cell(1, 4)).text = "Người thực hiện"
    grid.cell(1, 1).text, grid.cell(1, 2).text = "Quý", "Tháng"
    for n, (q, m, title, who) in enumerate(
        [
            ("I", "2", "Phát triển kinh tế đồi rừng, trồng cây ăn quả", "Ông Đỗ Văn Khải"),
            ("II", "5", "Xây dựng nếp sống văn minh trong việc cưới, việc tang", "Bà Mai Thị Hạnh"),
            ("III", "8", "Bảo vệ môi trường nông thôn, vệ sinh chuồng trại", "Ông Hà Văn Lâm"),
        ],
        1,
    ):
        row = grid.add_row()
        for j, text in enumerate([str(n), q, m, title, who]):
            row.cells[j].text = text
    read = read_document(_save(document), "kh.docx")
    assert read.tables[0][0] == ["STT", "Quý", "Tháng", "Chuyên đề", "Người thực hiện"]
    got = [(t.quarter, t.month) for t in parse_plan(read).topics]
    assert got == [(1, 2), (2, 5), (3, 8)]


MESSAGE = """\
Chi bộ thôn Đông gửi các đồng chí
lịch sinh hoạt chuyên đề năm 2025
(Chi ủy đã thống nhất)

1/ Tháng 2 (quý 1):
Đảng viên đi đầu trong dồn điền đổi
thửa ở thôn
a Đỗ Văn Khải chuẩn bị

2/ Tháng 6 (quý 2):
Chị em giữ gìn đường làng sạch
đẹp, phân loại rác tại hộ
chị Mai Thị Hạnh (chi hội trưởng
phụ nữ) chuẩn bị

3/ Tháng 9 (quý 3):
Khuyến học, khuyến tài trong
dòng họ
a Hà Văn Lâm + a Lò Văn Xuân chuẩn bị

* Sinh hoạt tại nhà văn hóa thôn
* Ai bận báo trước cho Chi ủy
"""


def test_a_message_whose_items_are_their_times_over_title_and_people():
    plan = _plan(MESSAGE, "tinnhan.txt")
    assert _got(plan) == [
        (1, 2, "Đảng viên đi đầu trong dồn điền đổi thửa ở thôn", ["Đỗ Văn Khải"]),
        (2, 6, "Chị em giữ gìn đường làng sạch đẹp, phân loại rác tại hộ", ["Mai Thị Hạnh"]),
        (3, 9, "Khuyến học, khuyến tài trong dòng họ", ["Hà Văn Lâm", "Lò Văn Xuân"]),
    ]
    # The same items in a message about something else (no topics spoken of) are no topics.
    other = MESSAGE.replace("lịch sinh hoạt chuyên đề", "lịch trực đường làng")
    assert _plan(other, "tinnhan.txt").topics == []


ARTICLE = """\
Trang chủ » Tin tức – Sự kiện » Xây dựng Đảng
Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2025
Thứ Hai, 20/01/2025 – 08:30
(HA) – Ngày 10/01/2025 Chi bộ thôn Đông đã ban hành Kế hoạch số 02-KH/CB về sinh hoạt chuyên đề.
Theo kế hoạch, năm 2025 Chi bộ tổ chức 03 chuyên đề. Chuyên đề thứ nhất về “Đảng viên đi đầu \
trong dồn điền đổi thửa” sinh hoạt vào kỳ tháng 3, do đồng chí Đỗ Văn Khải, Bí thư Chi bộ chủ \
trì; chuyên đề thứ hai về “Giữ gìn vệ sinh môi trường nông thôn” vào tháng 6/2025, giao đồng chí \
Mai Thị Hạnh chuẩn bị; chuyên đề cuối cùng (quý IV) về “Phát huy dân chủ ở cơ sở trong xây dựng \
đường làng”, sinh hoạt tháng 11, đồng chí Hà Văn Lâm cùng đồng chí Lò Thị Xuân chuẩn bị.
Hải Yến – Đài Truyền thanh xã Hòa An
"""


def test_an_article_that_tells_the_topics_in_the_third_person_by_their_order():
    assert _got(_plan(ARTICLE, "baiviet.txt")) == [
        (1, 3, "Đảng viên đi đầu trong dồn điền đổi thửa", ["Đỗ Văn Khải"]),
        (2, 6, "Giữ gìn vệ sinh môi trường nông thôn", ["Mai Thị Hạnh"]),
        (4, 11, "Phát huy dân chủ ở cơ sở trong xây dựng đường làng",
         ["Hà Văn Lâm", "Lò Thị Xuân"]),
    ]  # fmt: skip
    # One topic told so is not a list of them.
    one = ARTICLE.split("; chuyên đề thứ hai")[0] + ".\n"
    assert _plan(one, "baiviet.txt").topics == []


MONTHS_PROGRAMME = (
    HEAD
    + """\
Tháng 3/2025
a) Đánh giá kết quả tháng 2; triển khai nhiệm vụ tháng 3.
b) Sinh hoạt chuyên đề (quý I) với chủ đề “Giữ gìn bản sắc văn hóa, nếp sống văn minh”: \
đ/c Đỗ Văn Khải – Bí thư Chi bộ chủ trì; đ/c Mai Thị Hạnh chuẩn bị đề cương.
Tháng 4/2025
a) Đánh giá kết quả tháng 3.
Tháng 6/2025
a) Sơ kết 6 tháng đầu năm.
b) Sinh hoạt chuyên đề (quý II) với chủ đề “Phát triển rừng trồng, giảm nghèo bền vững”: \
đ/c Hà Văn Lâm chuẩn bị và trình bày.
"""
)

SENTENCE_LINES = (
    HEAD
    + """\
Tháng 3/2025, đồng chí Đỗ Văn Khải – Bí thư Chi bộ, chuyên đề: Xóa bỏ hủ tục trong việc cưới.
Tháng 5/2025, đồng chí Mai Thị Hạnh và đồng chí Hà Văn Lâm, chuyên đề: Phát triển cây ăn quả.
Tháng 12/2025, Chi bộ kiểm điểm, đánh giá chất lượng đảng viên.
"""
)


def test_a_topic_a_line_led_by_its_quarter_under_month_headings_or_by_its_month_and_people():
    assert _got(_plan(MONTHS_PROGRAMME)) == [
        (1, 3, "Giữ gìn bản sắc văn hóa, nếp sống văn minh", ["Đỗ Văn Khải", "Mai Thị Hạnh"]),
        (2, 6, "Phát triển rừng trồng, giảm nghèo bền vững", ["Hà Văn Lâm"]),
    ]
    assert _got(_plan(SENTENCE_LINES)) == [
        (1, 3, "Xóa bỏ hủ tục trong việc cưới", ["Đỗ Văn Khải"]),
        (2, 5, "Phát triển cây ăn quả", ["Mai Thị Hạnh", "Hà Văn Lâm"]),
    ]


QUARTER_BLOCKS = """\
ĐẢNG BỘ XÃ HÒA AN
CHI BỘ THÔN ĐÔNG
Số 01-KH/CB
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng sinh hoạt chi bộ.
II. NỘI DUNG
QUÝ I
- Quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ XX
  Thời gian: 03/2025    Phụ trách: đ/c Đỗ Văn Khải – Bí thư Chi bộ
QUÝ II
- Giữ vững danh hiệu thôn văn hóa, đoàn kết đồng bào
  Thời gian: 05/2025    Phụ trách: đ/c Mai Thị Hạnh + đ/c Hà Văn Lâm
III. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc việc chuẩn bị.
"""


def test_a_title_over_labelled_lines_of_its_time_and_people():
    assert _got(_plan(QUARTER_BLOCKS, "kehoach.txt")) == [
        (1, 3, "Quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ XX", ["Đỗ Văn Khải"]),
        (
            2,
            5,
            "Giữ vững danh hiệu thôn văn hóa, đoàn kết đồng bào",
            ["Mai Thị Hạnh", "Hà Văn Lâm"],
        ),
    ]
    # A work plan's tasks written so are no topics.
    work = QUARTER_BLOCKS.replace("Sinh hoạt chuyên đề năm 2025", "Công tác năm 2025").replace(
        "Nâng cao chất lượng sinh hoạt chi bộ", "Hoàn thành nhiệm vụ năm"
    )
    assert _plan(work, "kehoach.txt").topics == []


def test_a_scans_heading_over_two_rows_the_second_naming_units_of_time():
    from chibo.importer.shapes import sub_heading_row
    from chibo.importer.text import Line

    rows = [
        ["TT", "Thời gian", "Chuyên đề", "Người thực hiện"],
        ["", "Quý", "Tháng", "", ""],
        ["1", "I", "3", "Trồng xen sầu riêng trong vườn cà phê", "Đ/c Y Khuê Niê"],
        ["2", "II", "5", "Giữ gìn an ninh trật tự buôn làng", "Đ/c Y Hín Mlô"],
    ]
    assert sub_heading_row(Line("", rows=rows)).rows[0] == [
        "TT", "Quý", "Tháng", "Chuyên đề", "Người thực hiện",
    ]  # fmt: skip
    typed = [["TT", "Thời gian", "", "Chuyên đề"], ["", "Quý", "Ngày cụ thể", ""], *rows[2:]]
    assert sub_heading_row(Line("", rows=[r[:4] for r in typed])).rows[0] == [
        "TT", "Quý", "Thời gian – Ngày cụ thể", "Chuyên đề",
    ]  # fmt: skip
    # A second row of data (a first topic) is no heading.
    data = [rows[0][:3] + ["Người thực hiện", "Ghi chú"], *rows[2:]]
    assert sub_heading_row(Line("", rows=data)).rows == data


def test_a_table_of_a_row_a_field_under_a_quarter_merged_down():
    document = docx.Document()
    document.add_paragraph("Chi bộ ấp Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:")
    grid = document.add_table(rows=1, cols=3)
    for j, text in enumerate(["Quý", "Hạng mục", "Nội dung"]):
        grid.cell(0, j).text = text
    items = [
        ("Quý I", "Quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ XX", "03/2025",
         "đ/c Đỗ Văn Khải – Bí thư Chi bộ"),
        ("Quý II", "Giúp hộ nghèo tiếp cận vốn vay ưu đãi để sản xuất", "Tuần 3 tháng 6/2025",
         "đ/c Mai Thị Hạnh + đ/c Hà Văn Lâm"),
    ]  # fmt: skip
    for quarter, title, when, who in items:
        first = len(grid.rows)
        for label, value in (("Chuyên đề", title), ("Thời gian", when), ("Phụ trách", who)):
            row = grid.add_row()
            row.cells[1].text, row.cells[2].text = label, value
        merged = grid.cell(first, 0).merge(grid.cell(first + 2, 0))
        merged.text = quarter
    plan = parse_plan(read_document(_save(document), "kh.docx"))
    assert _got(plan) == [
        (1, 3, "Quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ XX", ["Đỗ Văn Khải"]),
        (2, 6, "Giúp hộ nghèo tiếp cận vốn vay ưu đãi để sản xuất", ["Mai Thị Hạnh", "Hà Văn Lâm"]),
    ]


def test_a_month_shortened_th_dot_before_its_number():
    from chibo.importer.text import clean

    assert (
        clean("1/ Th.3/2023 – Kỷ niệm ngày thành lập xã")
        == "1/ Tháng 3/2023 – Kỷ niệm ngày thành lập xã"
    )
    assert clean("2/ th.11 – Chăm lo hộ khó khăn") == "2/ tháng 11 – Chăm lo hộ khó khăn"
    # A master's title, a number of a decree or a word ending in 'th.' stay as they are.
    for text in ("ThS. Nguyễn Văn An", "Đ/c Th.S Lê Văn Cường", "Điều 5, khoản Th.13", "Smith.3"):
        assert clean(text) == text


def test_topics_among_a_tables_other_work_and_a_column_of_regular_meetings():
    from chibo.importer.shapes import topic_rows
    from chibo.importer.text import Line

    work = [
        ["TT", "Nội dung công tác", "Thời gian", "Người phụ trách"],
        ["1", "Tổ chức Đại hội Chi bộ nhiệm kỳ 2025 – 2027", "Tháng 4", "Đ/c Đỗ Văn Khải"],
        ["2", "Sinh hoạt chuyên đề: Trồng quế gắn với bảo vệ rừng", "Tháng 6", "Đ/c Hà Văn Lâm"],
        ["3", "Ra quân làm đường bê tông nội thôn", "Tháng 7", "Đ/c Mai Thị Hạnh"],
        ["4", "Sinh hoạt chuyên đề: Xóa bỏ tảo hôn", "Tháng 9", "Đ/c Mai Thị Hạnh"],
    ]
    assert topic_rows(Line("", rows=work)).rows == [work[0], work[2], work[4]]
    months = [
        ["Tháng", "Nội dung sinh hoạt thường kỳ", "Sinh hoạt chuyên đề", "Người chuẩn bị"],
        ["1", "Triển khai nghị quyết năm", "", ""],
        ["2", "Chuẩn bị Tết", "Không tổ chức (nghỉ Tết Nguyên đán)", ""],
        ["3", "Ra quân đầu năm", "Bê tông hóa đường giao thông nông thôn", "A Đông"],
    ]
    assert topic_rows(Line("", rows=months)).rows == [
        ["Tháng", "Sinh hoạt chuyên đề", "Người chuẩn bị"],
        ["1", "", ""],
        ["2", "", ""],
        ["3", "Bê tông hóa đường giao thông nông thôn", "A Đông"],
    ]
    # A table of topics alone, some named 'Chuyên đề …', keeps every row.
    topics = [work[0], work[2], work[4], ["5", "Giữ gìn bản sắc văn hóa", "Tháng 11", "Đ/c An"]]
    assert topic_rows(Line("", rows=topics)).rows == topics


def test_the_last_line_of_a_titled_blocks_description_is_no_title():
    described = """\
Chuyên đề 1: Nâng cao chất lượng sinh hoạt chi bộ
Nội dung chính:
Đánh giá thực trạng tinh thần trách nhiệm của đảng viên trong công tác.
Gắn trách nhiệm nêu gương của đảng viên với việc giữ gìn phẩm chất nhà giáo
Thời gian: Quý II năm 2025.
Phân công chuẩn bị: Đồng chí Mai Thị Hạnh
"""
    plan = _plan(QUARTER_BLOCKS.split("QUÝ I")[0] + described, "kehoach.txt")
    assert [t.title for t in plan.topics] == ["Nâng cao chất lượng sinh hoạt chi bộ"]
