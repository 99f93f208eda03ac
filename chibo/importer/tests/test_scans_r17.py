"""Round 17: a ruled table's cell holding several paragraphs — a topic with its time, then who
presents it, then the next topic — comes back from a scan paragraph by paragraph, as Word's
reader gives it, not as one run of words."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from chibo.importer.ocr import Placed, join_wrapped, page_paragraphs, paragraph_starts
from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document

from .builders import docx_bytes, docx_plan
from .test_scan_same_as_word import TOOLS, _pages


def _line(left: int, right: int, first: int) -> Placed:
    return Placed("", left, right, [], [], first)


def test_a_line_whose_first_word_would_have_fitted_above_opens_a_paragraph():
    lines = [
        _line(100, 1500, 180),  # "Quý I – tháng 3: Nêu gương trong thực hành … gia đình đảng"
        _line(100, 190, 190),  # "viên": the word did not fit above — a wrap
        _line(100, 1460, 260),  # "Người thực hiện: …": "Người" fits after "viên" — a paragraph
        _line(100, 1480, 170),  # "Quý II – tháng 5: …": 20 px left above, "Quý" needs 70
        _line(100, 1495, 330),  # "Người thực hiện: …" under a full line: a wrap of one word
    ]
    assert paragraph_starts(lines) == [False, False, True, False, False]
    assert paragraph_starts(lines[:1]) == [False]
    assert paragraph_starts([]) == []
    text = join_wrapped(["Quý I – tháng 3: Nêu gương", "viên", "Người thực hiện: đ/c An"],
                        [False, False, True])  # fmt: skip
    assert text == "Quý I – tháng 3: Nêu gương viên\nNgười thực hiện: đ/c An"
    # a dash the line above had no room for goes on with it before a number or a small letter
    # (the scan twin of plan 200: '… nhiệm kỳ 2015' over '- 2020 và …' was a second topic); a
    # dash item is an item still
    lines = ["Quán triệt Nghị quyết Đại hội, nhiệm kỳ 2015", "- 2020 và Chương trình hành động"]
    assert join_wrapped(lines, [False, False]) == " ".join(lines)
    items = ["- Sơ kết quý I", "- Sinh hoạt chuyên đề: Chuyển đổi số"]
    assert join_wrapped(items, [False, True]) == "\n".join(items)
    assert join_wrapped(items, [False, False]) == "\n".join(items)
    # without the lines' places, a cell's lines are one text as before
    assert join_wrapped(["Quý I – tháng 3: Nêu gương", "viên", "Người thực hiện"]) == (
        "Quý I – tháng 3: Nêu gương viên Người thực hiện"
    )


def _half_year_plan(path: Path) -> None:
    """A plan whose table has a column per half year, each cell two topics of two paragraphs."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG\n*\nSố: 03-KH/CB"
    header.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM\n\nAn Phú, ngày 08 tháng 01 năm 2026"
    for cell in header.rows[0].cells:
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph()
    for line in ("KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(
        "Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:"
    )
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "6 THÁNG ĐẦU NĂM 2026"
    table.cell(0, 1).text = "6 THÁNG CUỐI NĂM 2026"
    cells = (
        (
            "Quý I – tháng 3: Phát huy vai trò nêu gương của đảng viên trong giữ gìn vệ sinh "
            "môi trường ở khu dân cư",
            "Người thực hiện: đ/c Lê Văn Bình – Bí thư",
            "Quý II – tháng 5: Đảng viên đi đầu chuyển đổi số trong sản xuất và kinh doanh",
            "Người thực hiện: đ/c Trần Thị Hoa",
        ),
        (
            "Quý III – tháng 8: Xây dựng nếp sống văn minh trong việc cưới, việc tang",
            "Người thực hiện: đ/c Phạm Văn Long",
            "Quý IV – tháng 11: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tiết kiệm",
            "Người thực hiện: đ/c Lê Văn Bình – Bí thư",
        ),
    )
    for column, paragraphs in enumerate(cells):
        cell = table.cell(1, column)
        cell.text = paragraphs[0]
        for paragraph in paragraphs[1:]:
            cell.add_paragraph(paragraph)
    document.add_paragraph("Chi ủy chỉ đạo thực hiện kế hoạch này.")
    document.save(path)


@pytest.mark.corpus
@pytest.mark.engine_free
@pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS), reason="LibreOffice/OCR")
def test_a_scans_cell_of_two_topics_with_their_presenters_reads_as_the_word_file(tmp_path):
    # the scan twin of plan 117: two topics to a cell came back one run of words, and only the
    # first topic of each half year was found (or the second took the first's presenter)
    from PIL import ImageFilter

    word_file = tmp_path / "half_year.docx"
    _half_year_plan(word_file)
    word = parse_plan(read_document(word_file.read_bytes(), word_file.name))
    assert [(t.quarter, t.month) for t in word.topics] == [(1, 3), (2, 5), (3, 8), (4, 11)]
    page = _pages(tmp_path, 200, word_file)[0]
    scan = page.rotate(1.0, expand=True, fillcolor=255).filter(ImageFilter.GaussianBlur(0.9))
    pdf = io.BytesIO()
    scan.save(pdf, "PDF", resolution=200)
    scanned = parse_plan(read_document(pdf.getvalue(), "scan.pdf"))
    assert [(t.title, t.quarter, t.month) for t in scanned.topics] == [
        (t.title, t.quarter, t.month) for t in word.topics
    ]
    assert [[p.name for p in t.presenters] for t in scanned.topics] == [
        [p.name for p in t.presenters] for t in word.topics
    ]


def _word_plan(opening: list[str], rows: list[list[str]]):  # type: ignore[no-untyped-def]
    head = ["ĐẢNG BỘ XÃ AN PHÚ", "CHI BỘ THÔN ĐÔNG", "Số 03-KH/CB",
            "An Phú, ngày 08 tháng 01 năm 2026", "KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"]  # fmt: skip
    return read_document(docx_bytes([*head, *opening, rows]), "plan.docx")


def _times(read) -> list[tuple[int | None, int | None]]:  # type: ignore[no-untyped-def]
    return sorted((t.quarter or 0, t.month or 0) for t in parse_plan(read).topics)


def test_the_opening_sentence_wrapped_before_sau_still_opens_the_body():
    # a scan's last line of "… như sau:" read as a paragraph of its own, capitalised by the OCR:
    # the table of topics under it was taken for part of the header
    read = _word_plan(
        ["Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như", "Sau:"],
        [
            ["6 THÁNG ĐẦU NĂM 2026", "6 THÁNG CUỐI NĂM 2026"],
            [
                "Quý I – tháng 3: Giữ gìn vệ sinh môi trường ở khu dân cư\n"
                "Quý II – tháng 5: Đảng viên đi đầu chuyển đổi số",
                "Quý III – tháng 8: Xây dựng nếp sống văn minh\n"
                "Quý IV – tháng 11: Học tập và làm theo Bác về tiết kiệm",
            ],
        ],
    )
    read.source = "scan"
    assert _times(read) == [(1, 3), (2, 5), (3, 8), (4, 11)]


OPENING = ["Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:"]


def test_a_table_with_a_column_per_part_of_the_year_is_read_column_by_column():
    # one topic to a cell under each half-year: only the first column's topics were found
    halves = _word_plan(
        OPENING,
        [
            ["6 THÁNG ĐẦU NĂM 2026", "6 THÁNG CUỐI NĂM 2026"],
            ["Quý I – tháng 3: Giữ gìn vệ sinh môi trường ở khu dân cư",
             "Quý III – tháng 8: Xây dựng nếp sống văn minh"],
            ["Quý II – tháng 5: Đảng viên đi đầu chuyển đổi số",
             "Quý IV – tháng 11: Học tập và làm theo Bác về tiết kiệm"],
        ],
    )  # fmt: skip
    assert _times(halves) == [(1, 3), (2, 5), (3, 8), (4, 11)]
    # a column per quarter, the topics without a time of their own: the quarter is the column's
    quarters = _word_plan(
        OPENING,
        [
            ["Quý I", "Quý II", "Quý III", "Quý IV"],
            ["Giữ gìn vệ sinh môi trường ở khu dân cư – đ/c Lê Văn Bình",
             "Đảng viên đi đầu chuyển đổi số – đ/c Trần Thị Hoa",
             "Xây dựng nếp sống văn minh – đ/c Lê Văn Bình",
             "Học tập và làm theo Bác về tiết kiệm – đ/c Trần Thị Hoa"],
        ],
    )  # fmt: skip
    plan = parse_plan(quarters)
    assert [(t.quarter, [p.name for p in t.presenters]) for t in plan.topics] == [
        (1, ["Lê Văn Bình"]),
        (2, ["Trần Thị Hoa"]),
        (3, ["Lê Văn Bình"]),
        (4, ["Trần Thị Hoa"]),
    ]
    terms = _word_plan(
        OPENING,
        [
            ["Học kỳ I", "Học kỳ II"],
            ["Tháng 10: Giữ gìn vệ sinh môi trường ở khu dân cư",
             "Tháng 3: Xây dựng nếp sống văn minh"],
            ["Tháng 12: Đảng viên đi đầu chuyển đổi số",
             "Tháng 5: Học tập và làm theo Bác về tiết kiệm"],
        ],
    )  # fmt: skip
    assert _times(terms) == [(1, 3), (2, 5), (4, 10), (4, 12)]


def test_a_table_with_a_column_per_meeting_is_read_a_row_per_column():
    titles = [
        "Giữ gìn vệ sinh môi trường ở khu dân cư",
        "Đảng viên đi đầu chuyển đổi số",
        "Xây dựng nếp sống văn minh",
        "Học tập và làm theo Bác về tiết kiệm",
    ]
    months = ["3", "6", "9", "12"]
    # the months over the topics, the presenters under them; no column of labels
    read = _word_plan(
        OPENING,
        [
            [f"Tháng {m}/2026" for m in months],
            titles,
            ["Đ/c Lê Văn Bình", "Đ/c Trần Thị Hoa", "Đ/c Lê Văn Bình", "Đ/c Trần Thị Hoa"],
        ],
    )
    plan = parse_plan(read)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (q, int(m), title) for q, m, title in zip((1, 2, 3, 4), months, titles, strict=True)
    ]
    assert [p.name for t in plan.topics for p in t.presenters] == [
        "Lê Văn Bình",
        "Trần Thị Hoa",
        "Lê Văn Bình",
        "Trần Thị Hoa",
    ]
    both = _word_plan(
        OPENING,
        [[f"Quý {q} (tháng {m})" for q, m in zip(("I", "II", "III", "IV"), months, strict=True)],
         titles],
    )  # fmt: skip
    assert _times(both) == [(1, 3), (2, 6), (3, 9), (4, 12)]


def test_a_grid_of_marks_under_quarters_is_not_read_column_by_column():
    from chibo.importer.shapes import time_group_columns
    from chibo.importer.text import Line

    grid = Line("", rows=[["Quý I", "Quý II"], ["x", ""], ["", "x"]])
    assert time_group_columns(grid) is grid
    months = Line("", rows=[["Tháng 3", "Tháng 6"], ["05/3/2026", "04/6/2026"]])
    assert time_group_columns(months) is months
    labelled = Line(
        "", rows=[["Thời gian", "Tháng 3"], ["Chuyên đề", "Giữ gìn vệ sinh môi trường"]]
    )
    assert time_group_columns(labelled) is labelled


def _timed_table(heading: str, times: list[str]):  # type: ignore[no-untyped-def]
    titles = [
        "Giữ gìn vệ sinh môi trường ở khu dân cư",
        "Đảng viên đi đầu chuyển đổi số",
        "Xây dựng nếp sống văn minh",
        "Học tập và làm theo Bác về tiết kiệm",
    ]
    rows = [["TT", "Tên chuyên đề", heading, "Người thực hiện"]]
    rows += [
        [str(i + 1), t, x, "Đ/c Lê Văn Bình"]
        for i, (t, x) in enumerate(zip(titles, times, strict=True))
    ]
    return _word_plan(OPENING, rows)


def test_a_time_column_of_bare_numerals_is_read_by_them():
    assert _times(_timed_table("Thời gian", ["3", "6", "9", "12"])) == [
        (1, 3),
        (2, 6),
        (3, 9),
        (4, 12),
    ]
    assert _times(_timed_table("Thời gian", ["I", "II", "III", "IV"])) == [
        (1, 0),
        (2, 0),
        (3, 0),
        (4, 0),
    ]
    # '1' … '4' might be quarters or months: left unread, the review screen asks
    assert _times(_timed_table("Thời gian", ["1", "2", "3", "4"])) == [(0, 0)] * 4


def test_months_and_dates_written_with_dots_or_hyphens_are_read():
    table = _timed_table("Thời gian", ["03.2026", "06-2026", "15.9.2026", "14-12-2026"])
    assert _times(table) == [(1, 3), (2, 6), (3, 9), (4, 12)]
    from chibo.importer.times import time_text

    assert time_text("năm học 2025-2026") == "năm học 2025-2026"
    assert time_text("Chỉ thị 05-CT/TW ngày 15.5.2026") == "Chỉ thị 05-CT/TW ngày 15/5/2026"


def _placed(text: str, left: int, right: int, first_word: int) -> Placed:
    return Placed(text, left, right, [], [], left + first_word)


def test_a_scans_text_lines_are_joined_into_paragraphs_by_where_they_end():
    # the scan twin of plan 134, a form of labelled lines: 'Thời gian: Quý I …' ran on from the
    # title's last line and every field after it was one paragraph
    right = 2340
    lines = [
        _placed("Chuyên đề 1", 335, 603, 180),
        _placed(
            "Tên chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về",
            451,
            2273,
            70,
        ),  # fmt: skip
        _placed(
            "phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”",
            453,
            2330,
            150,
        ),  # fmt: skip
        _placed("trong nội bộ", 452, 760, 110),
        _placed("Thời gian: Quý I - kỳ sinh hoạt tháng 3/2017", 451, 1431, 90),
        _placed(
            "Người báo cáo: Thiếu tá Trần Ngọc Biên - Chính trị viên, Bí thư Chi bộ Đồn",
            453,
            2320,
            110,
        ),  # fmt: skip
        _placed("Hình thức: Báo cáo chuyên đề, thảo luận", 453, 1333, 100),  # a label: its own
        _placed("- Lưu Chi bộ.", 347, 614, 15),
        _placed(
            "Đồng chí được phân công chuẩn bị báo cáo, thông qua Chi ủy trước kỳ họp.",
            346,
            2330,
            110,
        ),  # fmt: skip
        _placed("Chi ủy đôn đốc thực hiện.", 500, 1100, 60),  # set in under a full stop: its own
    ]
    assert page_paragraphs(lines, right) == [
        "Chuyên đề 1",
        "Tên chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phòng, "
        "chống suy thoái tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến” trong nội bộ",
        "Thời gian: Quý I - kỳ sinh hoạt tháng 3/2017",
        "Người báo cáo: Thiếu tá Trần Ngọc Biên - Chính trị viên, Bí thư Chi bộ Đồn",
        "Hình thức: Báo cáo chuyên đề, thảo luận",
        "- Lưu Chi bộ.",
        "Đồng chí được phân công chuẩn bị báo cáo, thông qua Chi ủy trước kỳ họp.",
        "Chi ủy đôn đốc thực hiện.",
    ]


def test_a_line_opening_with_a_label_never_runs_on_from_the_line_above():
    # 'Người báo cáo:' is no label the rejoin knew by heart: it ran on into the time above it
    read = read_document(
        """ĐẢNG BỘ BỘ ĐỘI BIÊN PHÒNG TỈNH
CHI BỘ ĐỒN BIÊN PHÒNG CẦN THẠNH
Số 02-KH/CB
Cần Giờ, ngày 12 tháng 01 năm 2017
LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM 2017
Chi bộ lập lịch sinh hoạt chuyên đề năm 2017 như sau:
Chuyên đề 1
Tên chuyên đề: Nâng cao hiệu quả tuần tra, kiểm soát trên vùng biển Cần Giờ
Thời gian: Quý I - kỳ sinh hoạt tháng 3/2017
Người báo cáo: Thiếu tá Phạm Văn Lực - Đồn trưởng, Phó Bí thư
Chuyên đề 2
Tên chuyên đề: Vận động ngư dân tham gia bảo vệ an ninh biên giới biển
Thời gian: Quý II - kỳ sinh hoạt tháng 5/2017
Người báo cáo: Thượng úy Huỳnh Minh Trí - Đội trưởng
""".encode(),
        "scan.txt",
    )
    read.source = "scan"
    plan = parse_plan(read)
    assert [(t.quarter, t.month, [p.name for p in t.presenters]) for t in plan.topics] == [
        (1, 3, ["Phạm Văn Lực"]),
        (2, 5, ["Huỳnh Minh Trí"]),
    ]


def test_a_hard_wrapped_line_is_measured_as_broken_not_as_its_paragraph_so_far():
    # whether the next word fits is asked of the line above as it was broken: measured on the
    # paragraph joined so far (always too long), every line after a join ran on into it
    from chibo.importer.reader import _unwrapped

    lines = [
        "Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 nhằm nâng",
        "cao chất lượng sinh hoạt chi bộ, phát huy vai trò nêu gương của cán bộ,",
        "đảng viên trong việc thực hiện nhiệm vụ chính trị của địa phương và các",
        "phong trào thi đua yêu nước do cấp ủy cấp trên phát động ở thôn",
        "Chuyên đề quý I tổ chức vào tháng 3, do đồng chí Bí thư chi bộ chuẩn bị",
        "đề cương, thông qua chi ủy trước khi sinh hoạt chi bộ ít nhất 07 ngày",
        "làm việc để đảng viên nghiên cứu và tham gia ý kiến đóng góp xây dựng",
        "Chuyên đề quý II tổ chức vào tháng 6",
    ]
    paragraphs = _unwrapped(lines)
    assert paragraphs[0].endswith("do cấp ủy cấp trên phát động ở thôn")
    assert paragraphs[1].startswith("Chuyên đề quý I tổ chức vào tháng 3")


def test_a_table_of_cards_each_a_meeting_under_its_time_is_read_card_by_card():
    # plan 107's scan once its cells kept their paragraphs: no card's topic was found
    read = _word_plan(
        ["Chi bộ thôn Đông tổ chức sinh hoạt chuyên đề năm 2026, mỗi quý một lần, như sau:"],
        [
            ["QUÝ 1 – THÁNG 2\nPhòng chống đói, rét cho đàn gia súc\n"
             "Người thực hiện: Đ/c Vàng Seo Lô – Bí thư",
             "QUÝ 2 – THÁNG 5\nĐảng viên đi đầu chuyển đổi cây trồng\n"
             "Người thực hiện: Đ/c Lù Seo Sử"],
            ["QUÝ 3 – THÁNG 8\nVận động học sinh đến trường, không bỏ học giữa chừng\n"
             "Người thực hiện: Đ/c Giàng Thị Mai",
             "QUÝ 4 – THÁNG 11\nXóa bỏ hủ tục trong cưới hỏi\n"
             "Người thực hiện: Đ/c Vàng Seo Lô – Bí thư"],
        ],
    )  # fmt: skip
    plan = parse_plan(read)
    assert [(t.quarter, t.month, [p.name for p in t.presenters]) for t in plan.topics] == [
        (1, 2, ["Vàng Seo Lô"]),
        (2, 5, ["Lù Seo Sử"]),
        (3, 8, ["Giàng Thị Mai"]),
        (4, 11, ["Vàng Seo Lô"]),
    ]


def _banded_rows(heading: bool) -> list[list[str]]:
    rows = [["TT", "Nội dung công việc", "Người phụ trách", "Ghi chú"]] if heading else []
    for month, title in (
        (4, None),
        (5, "Nâng cao chất lượng bữa ăn bán trú cho trẻ"),
        (9, "Xây dựng môi trường giáo dục lấy trẻ làm trung tâm"),
        (11, "Học tập và làm theo Bác về lòng yêu thương trẻ"),
    ):
        rows.append([f"THÁNG {month}/2024"] * 4)  # a band merged across the table
        rows.append(["1", "Sinh hoạt chi bộ thường kỳ", "Chi ủy", ""])
        if title:
            rows.append(["2", f"Sinh hoạt chuyên đề: “{title}”", "Đ/c Hoàng Thị Lan", ""])
    return rows


def test_bands_of_months_across_a_table_of_the_years_work_tell_its_topics_months():
    # the rows without a topic were dropped with the bands among them; a band's text in the
    # empty 'Ghi chú' column made it the time column
    want = [(2, 5), (3, 9), (4, 11)]
    for heading in (True, False):  # no heading row: the rest of a table over a page
        read = _word_plan(OPENING, _banded_rows(heading))
        assert _times(read) == want
        # a scan reads each band as one cell across the table
        for block in read.blocks:
            if block.kind == "table":
                block.rows = [row[:1] if len(set(row)) == 1 else row for row in block.rows]
        read.source = "scan"
        assert _times(read) == want


def test_a_tables_rest_opening_the_next_page_with_a_band_continues_it():
    # the scan twin of plan 266: the page's table opened with the band 'THÁNG 4/2024', one cell,
    # so it was taken for a table of its own and its bands' months were lost
    from chibo.importer.ocr import _add_table
    from chibo.importer.reader import Block

    head = ["TT", "Nội dung công việc", "Người phụ trách", "Ghi chú"]
    blocks = [Block("table", rows=[head, ["THÁNG 3/2024"], ["1", "Sinh hoạt", "Chi ủy", ""]])]
    blocks.append(Block("paragraph", "¬\tAM"))  # specks at the foot of the page
    _add_table(blocks, 2, [["THÁNG 4/2024"], ["1", "Sơ kết quý I", "Chi ủy", ""]], continued=True)
    assert len(blocks) == 1
    assert blocks[0].rows[-2:] == [["THÁNG 4/2024"], ["1", "Sơ kết quý I", "Chi ủy", ""]]


def test_topics_headed_by_their_time_in_different_words_are_siblings():
    # plan 261: 'CHUYÊN ĐỀ QUÝ I (tháng 3/2020)' then 'Quý II - Chuyên đề (tháng 6/2020):' — the
    # second was read as part of the first topic's presenter line, and the first topic was lost
    plan = docx_plan(
        [
            "ĐẢNG BỘ PHƯỜNG TỨ LIÊN",
            "CHI BỘ TRƯỜNG TIỂU HỌC TỨ LIÊN",
            "Số 03-KH/CB",
            "Tây Hồ, ngày 10 tháng 03 năm 2020",
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề của Chi bộ năm 2020",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Nâng cao chất lượng sinh hoạt chi bộ.",
            "II. NỘI DUNG",
            "CHUYÊN ĐỀ QUÝ I (tháng 3/2020)",
            "“Quán triệt Nghị quyết Đại hội Chi bộ; nâng cao chất lượng sinh hoạt chi bộ”",
            "- Nội dung chính: các chỉ tiêu của Nghị quyết Đại hội.",
            "- Người thực hiện: đ/c Nguyễn Thị Thu Hằng - Bí thư Chi bộ.",
            "Quý II - Chuyên đề (tháng 6/2020):",
            "“Dạy học qua truyền hình, trực tuyến trong thời gian học sinh nghỉ học”",
            "- Nội dung chính: kết quả dạy học từ xa.",
            "- Người thực hiện: đ/c Vũ Thị Thanh Thủy - Phó Bí thư.",
            "III. TỔ CHỨC THỰC HIỆN",
            "- Chi ủy đôn đốc việc chuẩn bị.",
        ]
    )
    assert [(t.quarter, t.month, [p.name for p in t.presenters]) for t in plan.topics] == [
        (1, 3, ["Nguyễn Thị Thu Hằng"]),
        (2, 6, ["Vũ Thị Thanh Thủy"]),
    ]


def test_a_wrapped_line_with_a_colon_after_a_bracket_is_no_label():
    # the scan twin of plan 289: 'Chi bộ chuẩn bị); tháng chín: “…”' was taken for a label
    # ('… chuẩn bị:') and opened a paragraph, cutting the sentence of topics in two
    from chibo.importer.topics import opens_field

    assert opens_field("Người báo cáo: Thiếu tá Trần Ngọc Biên")
    assert not opens_field("Chi bộ chuẩn bị); tháng chín: “Vận động trẻ em đến trường”")
    above = _placed("đức, phong cách Hồ Chí Minh (đ/c Đinh Văn Ngưr - Bí thư", 333, 2267, 0)
    line = _placed("Chi bộ chuẩn bị); tháng chín: “Vận động trẻ em đến trường", 333, 2337, 74)
    assert page_paragraphs([above, line], 2345) == [f"{above.text} {line.text}"]


def test_the_month_six_read_without_its_mark_before_its_topic_is_six():
    read = read_document(
        """ĐẢNG BỘ XÃ BAR MĂIH
CHI BỘ LÀNG TƠ DRĂH
Số 12-NQ/CB
Bar Măih, ngày 28 tháng 12 năm 2020
NGHỊ QUYẾT
Về chương trình sinh hoạt chuyên đề năm 2021
QUYẾT NGHỊ:
1. Sinh hoạt chuyên đề năm 2021 vào các tháng sau: tháng ba: “Giữ gìn đường bê tông của làng” (đ/c Đinh Văn Tuih chuẩn bị); tháng sau: “Học tập và làm theo Bác về xây dựng nông thôn mới” (đ/c Đinh Văn Ngưr chuẩn bị).
2. Giao Chi ủy thông báo ngày cụ thể.
""".encode(),
        "scan.txt",
    )
    read.source = "scan"
    assert _times(read) == [(1, 3), (2, 6)]
