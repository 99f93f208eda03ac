"""Where plans put the time of a topic, read in round 12 (issue 17): a month grid numbered in a
second header row ('Tháng' over '1' … '12'); a quarter written only on the first row of its
group; the quarter in the number ('I.1', 'II.1'); a row's note ('Ghi chú: Tổ chức vào tháng 9');
one paragraph 'Quý I: …; Quý II: …'; a footnote '(*) Chuyên đề 3 tổ chức vào tháng 9'. Each with a
near miss. Every text is made up here, as plans type them.
"""

from __future__ import annotations

import io

import docx

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.text import clean

HEAD = """\
ĐẢNG BỘ XÃ PHÚ LỘC
CHI BỘ THÔN TÂY
Số 05-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lộc, ngày 08 tháng 01 năm 2025
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
Chi bộ thôn Tây xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:
"""

TITLES = [
    "Quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ XX",
    "Phát triển kinh tế hộ gia đình gắn với xây dựng nông thôn mới",
    "Công tác phòng chống ma túy trên địa bàn thôn",
    "Học tập và làm theo tư tưởng đạo đức phong cách Hồ Chí Minh",
]
PEOPLE = ["đ/c Nguyễn Văn An", "đ/c Trần Thị Bình", "đ/c Lê Văn Cường", "đ/c Phạm Thị Dung"]


def _plan(text: str):
    return parse_plan(read_document((HEAD + text).encode("utf-8"), "kehoach.txt"))


def _docx_plan(blocks: list[str | list[list[str]]]):
    """Paragraphs and tables; a row of one cell in a wider table is merged across it."""
    document = docx.Document()
    for line in HEAD.splitlines():
        document.add_paragraph(line)
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        width = max(len(row) for row in block)
        table = document.add_table(rows=0, cols=width)
        for row in block:
            cells = table.add_row().cells
            if len(row) == 1 and width > 1:
                cells[0].merge(cells[-1]).text = row[0]
                continue
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    out = io.BytesIO()
    document.save(out)
    return parse_plan(read_document(out.getvalue(), "kehoach.docx"))


def _times(plan) -> list[tuple[int | None, int | None]]:
    return [(t.quarter, t.month) for t in plan.topics]


def _written(plan) -> list[tuple[int | None, int | None]]:
    """The times the file writes: a quarter inferred from the topics' order (round 14,
    times.quarters_by_order) is left out."""
    return [(None if "quarter" in t.inferred else t.quarter, t.month) for t in plan.topics]


def _merged_month_grid(months: list[int]):
    """'Tháng' merged across twelve columns over their numbers, a cross in each topic's month."""
    document = docx.Document()
    for line in HEAD.splitlines():
        document.add_paragraph(line)
    document.add_paragraph("II. NỘI DUNG CHUYÊN ĐỀ")
    table = document.add_table(rows=2 + len(months), cols=15)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "TT"
    table.cell(0, 1).merge(table.cell(1, 1)).text = "Nội dung chuyên đề"
    table.cell(0, 2).merge(table.cell(1, 2)).text = "Người thực hiện"
    table.cell(0, 3).merge(table.cell(0, 14)).text = "Tháng"
    for month in range(1, 13):
        table.cell(1, 2 + month).text = str(month)
    for i, month in enumerate(months):
        table.cell(2 + i, 0).text = str(i + 1)
        table.cell(2 + i, 1).text = TITLES[i]
        table.cell(2 + i, 2).text = PEOPLE[i]
        table.cell(2 + i, 2 + month).text = "x"
    out = io.BytesIO()
    document.save(out)
    return parse_plan(read_document(out.getvalue(), "kehoach.docx"))


def test_a_cross_under_a_month_numbered_under_a_merged_heading():
    plan = _merged_month_grid([3, 5, 9, 11])
    assert _times(plan) == [(1, 3), (2, 5), (3, 9), (4, 11)]


def test_a_cross_under_a_month_numbered_in_a_second_row():
    head = ["TT", "Nội dung chuyên đề", "Người thực hiện", "Tháng", *[""] * 11]
    numbers = ["", "", "", *[str(m) for m in range(1, 13)]]
    rows = [
        [str(i + 1), TITLES[i], PEOPLE[i], *["x" if m == month else "" for m in range(1, 13)]]
        for i, month in enumerate([3, 5, 9, 11])
    ]
    plan = _docx_plan(["II. NỘI DUNG CHUYÊN ĐỀ", [head, numbers, *rows]])
    assert _times(plan) == [(1, 3), (2, 5), (3, 9), (4, 11)]


def test_a_second_row_of_numbers_that_are_no_months_is_no_grid():
    # near miss: a second row counting members ('Số đảng viên' over '12' | '15'), no month heading
    head = ["TT", "Nội dung chuyên đề", "Người thực hiện", "Số lượng", ""]
    numbers = ["", "", "", "12", "15"]
    rows = [[str(i + 1), TITLES[i], PEOPLE[i], f"Quý {q}", ""] for i, q in enumerate(["I", "II"])]
    plan = _docx_plan(["II. NỘI DUNG CHUYÊN ĐỀ", [head, numbers, *rows]])
    assert [t.month for t in plan.topics] == [None, None]


def test_a_quarter_written_on_the_first_row_of_its_group_is_carried_down():
    rows = [
        ["Quý", "Nội dung chuyên đề", "Người thực hiện"],
        ["Quý I", TITLES[0], PEOPLE[0]],
        ["", TITLES[1], PEOPLE[1]],
        ["Quý III", TITLES[2], PEOPLE[2]],
        ["", TITLES[3], PEOPLE[3]],
    ]
    plan = _docx_plan(["II. NỘI DUNG CHUYÊN ĐỀ", rows])
    assert _times(plan) == [(1, None), (1, None), (3, None), (3, None)]


def test_months_left_blank_are_not_carried_down():
    # near miss: a month column with blank cells: a month not yet fixed, not the one above
    rows = [
        ["TT", "Nội dung chuyên đề", "Thời gian", "Người thực hiện"],
        ["1", TITLES[0], "Tháng 3", PEOPLE[0]],
        ["2", TITLES[1], "", PEOPLE[1]],
        ["3", TITLES[2], "Tháng 9", PEOPLE[2]],
        ["4", TITLES[3], "", PEOPLE[3]],
    ]
    plan = _docx_plan(["II. NỘI DUNG CHUYÊN ĐỀ", rows])
    # Since round 14 the quarters the order leaves (II between I and III, IV after III) are
    # inferred and marked for the review screen (times.quarters_by_order); no month is.
    assert _times(plan) == [(1, 3), (2, None), (3, 9), (4, None)]
    assert [bool(t.inferred) for t in plan.topics] == [False, True, False, True]


def test_the_quarter_in_the_number_of_the_topic():
    rows = [["STT", "Nội dung chuyên đề", "Người thực hiện"]] + [
        [number, TITLES[i], PEOPLE[i]] for i, number in enumerate(["I.1", "II.1", "III.1", "IV.1"])
    ]
    plan = _docx_plan(["II. NỘI DUNG CHUYÊN ĐỀ", rows])
    assert _times(plan) == [(1, None), (2, None), (3, None), (4, None)]


def test_roman_numbers_that_go_back_are_no_quarters():
    # near miss: two lists numbered I.1, I.2 then I.1 again: parts of the plan, not quarters
    rows = [["STT", "Nội dung chuyên đề", "Người thực hiện"]] + [
        [number, TITLES[i], PEOPLE[i]] for i, number in enumerate(["I.1", "II.1", "I.2", "II.2"])
    ]
    plan = _docx_plan(["II. NỘI DUNG CHUYÊN ĐỀ", rows])
    assert all(t.quarter is None for t in plan.topics)


def test_the_time_told_in_a_note_column():
    rows = [["TT", "Nội dung chuyên đề", "Người thực hiện", "Ghi chú"]] + [
        [str(i + 1), TITLES[i], PEOPLE[i], note]
        for i, note in enumerate(
            ["Tổ chức vào tháng 3", "Dự kiến tháng 6/2025", "Sinh hoạt trong quý III", ""]
        )
    ]
    plan = _docx_plan(["II. NỘI DUNG CHUYÊN ĐỀ", rows])
    assert _written(plan) == [(1, 3), (2, 6), (3, None), (None, None)]


def test_a_note_that_moves_the_meeting_is_not_its_time():
    # near miss: "Lùi từ tháng 3 sang tháng 4" is read by the readers of moves, not as a time
    rows = [["TT", "Nội dung chuyên đề", "Người thực hiện", "Ghi chú"]] + [
        [str(i + 1), TITLES[i], PEOPLE[i], note]
        for i, note in enumerate(["Tháng 3 và tháng 4", "Tổ chức vào tháng 6"])
    ]
    plan = _docx_plan(["II. NỘI DUNG CHUYÊN ĐỀ", rows])
    assert _times(plan) == [(None, None), (2, 6)]


def test_one_paragraph_of_quarters():
    items = "; ".join(
        f"Quý {q}: {TITLES[i]} ({PEOPLE[i]})" for i, q in enumerate(["I", "II", "III", "IV"])
    )
    plan = _plan(f"II. NỘI DUNG\nCác chuyên đề trong năm: {items}.\n")
    assert [t.title for t in plan.topics] == TITLES
    assert _times(plan) == [(1, None), (2, None), (3, None), (4, None)]


def test_a_paragraph_naming_quarters_out_of_order_is_not_split():
    # near miss: a sentence that speaks of two quarters, not a list of the year's topics
    text = (
        "II. NỘI DUNG\nChi ủy rút kinh nghiệm, quý II: chậm so với kế hoạch; quý I: đạt yêu cầu.\n"
    )
    assert _plan(text).topics == []


def test_a_footnote_gives_one_topic_its_time():
    lines = [
        f"1. {TITLES[0]} - tháng 3. Người thực hiện: {PEOPLE[0]}.",
        f"2. {TITLES[1]} - tháng 6. Người thực hiện: {PEOPLE[1]}.",
        f"3. {TITLES[2]} (*). Người thực hiện: {PEOPLE[2]}.",
        f"4. {TITLES[3]} - tháng 12. Người thực hiện: {PEOPLE[3]}.",
        "(*) Chuyên đề 3 tổ chức vào tháng 9.",
    ]
    plan = _plan("II. CÁC CHUYÊN ĐỀ\n" + "\n".join(lines) + "\n")
    assert [t.title for t in plan.topics] == TITLES
    assert _times(plan) == [(1, 3), (2, 6), (3, 9), (4, 12)]


def test_a_footnote_does_not_change_a_time_written_with_the_topic():
    # near miss: the topic has its month; a note naming it with another is no time of it
    lines = [
        f"1. {TITLES[0]} - tháng 3. Người thực hiện: {PEOPLE[0]}.",
        f"2. {TITLES[1]} - tháng 6. Người thực hiện: {PEOPLE[1]}.",
        "(*) Chuyên đề 1 báo cáo kết quả vào tháng 12.",
    ]
    plan = _plan("II. CÁC CHUYÊN ĐỀ\n" + "\n".join(lines) + "\n")
    assert _times(plan) == [(1, 3), (2, 6)]


def test_a_footnote_mark_is_no_word():
    assert clean("Tên chuyên đề (*)") == "Tên chuyên đề"
    assert clean("(*) Chuyên đề 3 tổ chức vào tháng 9") == "(*) Chuyên đề 3 tổ chức vào tháng 9"
    assert clean("**Quý I**") == "Quý I"


def test_items_numbered_under_the_quarter_in_the_text():
    lines = [f"{r}.1. {TITLES[i]}. Người thực hiện: {PEOPLE[i]}." for i, r in enumerate(ROMANS)]
    plan = _plan("II. CÁC CHUYÊN ĐỀ\n" + "\n".join(lines) + "\n")
    assert [t.title for t in plan.topics] == TITLES
    assert _times(plan) == [(1, None), (2, None), (3, None), (4, None)]


def test_items_numbered_under_one_part_are_no_quarters():
    # near miss: "II.1", "II.2", … are the items of part II, not topics of quarter II
    lines = [f"II.{i + 1}. {TITLES[i]}. Người thực hiện: {PEOPLE[i]}." for i in range(4)]
    plan = _plan("II. CÁC CHUYÊN ĐỀ\n" + "\n".join(lines) + "\n")
    assert all(t.quarter is None for t in plan.topics)


ROMANS = ["I", "II", "III", "IV"]


def test_a_schedule_table_naming_the_topics_by_number():
    topics = [["STT", "Tên chuyên đề", "Đồng chí thực hiện"]] + [
        [str(i + 1), TITLES[i], PEOPLE[i]] for i in range(4)
    ]
    schedule = [["Tháng", "Ngày sinh hoạt", "Nội dung"]] + [
        [
            f"Tháng {m:02d}",
            f"05/{m}",
            f"Sinh hoạt thường kỳ; sinh hoạt chuyên đề số {[2, 5, 8, 11].index(m) + 1}"
            if m in (2, 5, 8, 11)
            else "Sinh hoạt thường kỳ",
        ]
        for m in range(1, 13)
    ]
    plan = _docx_plan(
        ["II. CÁC CHUYÊN ĐỀ", topics, "III. LỊCH SINH HOẠT CHI BỘ", "Lịch như sau:", schedule]
    )
    assert [t.title for t in plan.topics] == TITLES
    assert _times(plan) == [(1, 2), (2, 5), (3, 8), (4, 11)]


def test_a_schedule_row_naming_two_topics_is_not_read_as_one():
    # near miss: "chuyên đề số 1 và chuyên đề số 2" in one month: no table of times is made
    topics = [["STT", "Tên chuyên đề", "Đồng chí thực hiện"]] + [
        [str(i + 1), TITLES[i], PEOPLE[i]] for i in range(2)
    ]
    schedule = [
        ["Tháng", "Nội dung"],
        ["Tháng 01", "Sinh hoạt thường kỳ"],
        ["Tháng 02", "Sinh hoạt chuyên đề số 1; sinh hoạt chuyên đề số 2"],
        ["Tháng 03", "Sinh hoạt thường kỳ"],
    ]
    plan = _docx_plan(["II. CÁC CHUYÊN ĐỀ", topics, "III. LỊCH SINH HOẠT", schedule])
    assert [t.month for t in plan.topics if t.title in TITLES] == [None, None]


def test_a_week_of_the_school_year_with_its_days():
    rows = [["Tuần học", "Chuyên đề", "Người trình bày"]] + [
        [week, TITLES[i], PEOPLE[i]]
        for i, week in enumerate(
            ["Tuần 15 (12 – 17/12/2022)", "Tuần 26 (06 – 11/3/2023)", "Tuần 33 (24 – 29/4/2023)"]
        )
    ]
    plan = _docx_plan(["II. LỊCH SINH HOẠT CHUYÊN ĐỀ", rows])
    assert _times(plan) == [(4, 12), (1, 3), (2, 4)]


def test_a_month_shortened_without_its_dot():
    assert clean("th 02-2022") == "tháng 02-2022"
    assert clean("Th 8/2021") == "Tháng 8/2021"
    # near miss: "th" before a number with no year is no month
    assert clean("th 3 đảng viên") == "th 3 đảng viên"


def test_a_scanned_month_grid_repeats_its_first_header_row():
    from chibo.importer.shapes import month_numbers_row

    rows = [
        ["TT", "Tên chuyên đề", "Người thực hiện", "Tháng (năm học 2020 – 2021)"],
        ["TT", "Tên chuyên đề", "Người thực hiện", "9", "10", "11", "12", "1"],
        ["1", TITLES[0], PEOPLE[0], "", "x", "", "", ""],
    ]
    header = month_numbers_row(rows)[0]
    assert header == [
        "TT", "Tên chuyên đề", "Người thực hiện", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12",
        "Tháng 1",
    ]  # fmt: skip
    # near miss: a second row of other words is a row of the table, not the months' numbers
    rows[1] = ["1", TITLES[1], PEOPLE[1], "9", "10", "11"]
    assert month_numbers_row(rows) is rows


def test_a_table_set_by_spaces_under_a_rule_of_dashes():
    rows = "\n".join(
        f"{i + 1}   {qm:<9}  {TITLES[i]}\n               Thực hiện: {PEOPLE[i]}"
        for i, qm in enumerate(["I/03", "II/05", "III/10"])
    )
    text = (
        "II. NỘI DUNG, THỜI GIAN, NGƯỜI THỰC HIỆN\n\n"
        "TT  Quý/Tháng  Nội dung chuyên đề\n"
        "--  ---------  ------------------------------------------------------------\n"
        f"{rows}\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
    )
    plan = _plan(text)
    assert [t.title for t in plan.topics] == TITLES[:3]
    # 'III/10': the quarter and the month as written (a month outside it is flagged)
    assert _times(plan) == [(1, 3), (2, 5), (3, 10)]
    assert [p.name for p in plan.topics[0].presenters] == ["Nguyễn Văn An"]


def test_a_rule_of_dashes_under_a_sentence_is_no_table():
    # near miss: one line of dashes under a paragraph's last line, no rows in columns
    plan = _plan(
        "II. CÁC CHUYÊN ĐỀ\n"
        f"1. {TITLES[0]}. Thời gian: tháng 3. Người thực hiện: {PEOPLE[0]}.\n"
        "----------  ----------\n\n"
    )
    assert _times(plan) == [(1, 3)]


def test_a_column_naming_each_topic_by_its_month():
    rows = [["Chuyên đề", "Nội dung", "Người thực hiện"]] + [
        [f"CĐ T{m}", TITLES[i], PEOPLE[i]] for i, m in enumerate([10, 12, 3, 5])
    ]
    plan = _docx_plan(["II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ", rows])
    assert [t.title for t in plan.topics] == TITLES
    assert _times(plan) == [(4, 10), (4, 12), (1, 3), (2, 5)]


def test_one_paragraph_of_months_in_words():
    items = "; ".join(
        f"tháng {m}: “{TITLES[i]}” ({PEOPLE[i]} chuẩn bị)"
        for i, m in enumerate(["ba", "sáu", "chín", "mười hai"])
    )
    plan = _plan(f"II. CÁC CHUYÊN ĐỀ\nSinh hoạt chuyên đề vào các tháng: {items}.\n")
    assert [t.title for t in plan.topics] == TITLES
    assert _times(plan) == [(1, 3), (2, 6), (3, 9), (4, 12)]


def test_a_topic_held_in_a_months_regular_meeting():
    blocks = "\n".join(
        f"{i + 1}. {TITLES[i]}\n- Thời gian: Quý {r}.\n- Hình thức: {form}.\n"
        f"- Người thực hiện: {PEOPLE[i]}."
        for i, (r, form) in enumerate(
            [
                ("I", "ghép với kỳ sinh hoạt thường kỳ tháng 3, tại nhà văn hóa thôn"),
                ("II", "lồng ghép vào kỳ sinh hoạt chi bộ tháng 4"),
                # near miss: a form that names no meeting of a month gives no month
                ("III", "sinh hoạt riêng tại đồi chè, ngày cụ thể thông báo sau"),
            ]
        )
    )
    plan = _plan("II. NỘI DUNG CÁC CHUYÊN ĐỀ\n" + blocks + "\n")
    assert _times(plan) == [(1, 3), (2, 4), (3, None)]


def test_a_month_written_t_space_number_leading_an_item():
    assert clean("+ T 3: “Tên” – đ/c A") == "+ Tháng 3: “Tên” – đ/c A"
    # near miss: "T 3" inside a sentence is left as it is
    assert clean("Tổ T 3 gồm 5 đảng viên") == "Tổ T 3 gồm 5 đảng viên"


def test_a_scanned_quarter_whose_month_lost_its_t():
    rows = [["TT", "Thời gian", "Nội dung chuyên đề", "Người báo cáo"]] + [
        [str(i + 1), cell, TITLES[i], PEOPLE[i]]
        for i, cell in enumerate(["Q1(13)", "Q2(15)", "Q3 (18)", "Q4(T11)"])
    ]
    plan = _docx_plan(["II. NỘI DUNG", rows])
    assert _times(plan) == [(1, 3), (2, 5), (3, 8), (4, 11)]


def test_a_bracketed_number_outside_the_quarter_is_no_month():
    # near miss: "(14)" after quarter I: 4 is not a month of quarter I
    rows = [["TT", "Thời gian", "Nội dung chuyên đề", "Người báo cáo"]] + [
        [str(i + 1), cell, TITLES[i], PEOPLE[i]] for i, cell in enumerate(["Q1(14)", "Q2(15)"])
    ]
    plan = _docx_plan(["II. NỘI DUNG", rows])
    assert [t.month for t in plan.topics] == [None, 5]


def test_a_schedule_that_assigns_people_is_read_as_it_is():
    # near miss: "Kỳ sinh hoạt | Chuyên đề | Chủ trì | Chuẩn bị": the people stay with the topics
    topics = "\n".join(f"{i + 1}. {TITLES[i]}." for i in range(3))
    schedule = [["Kỳ sinh hoạt", "Chuyên đề", "Chủ trì", "Chuẩn bị"]] + [
        [f"Kỳ sinh hoạt thường kỳ tháng {m}", f"Chuyên đề {i + 1}", "Bí thư Nguyễn Văn An",
         f"Phó Bí thư {PEOPLE[i][5:]}"]
        for i, m in enumerate([3, 6, 9])
    ]  # fmt: skip
    plan = _docx_plan(["II. CÁC CHUYÊN ĐỀ", *topics.split("\n"), "III. LỊCH SINH HOẠT", schedule])
    assert _times(plan) == [(1, 3), (2, 6), (3, 9)]
    assert all(t.presenters for t in plan.topics)


def test_footnotes_keyed_by_their_stars():
    lines = [
        f"1. {TITLES[0]} (*)\nNgười trình bày: {PEOPLE[0]}",
        f"2. {TITLES[1]} (**)\nNgười trình bày: {PEOPLE[1]}",
        f"3. {TITLES[2]} (***)\nNgười trình bày: {PEOPLE[2]}",
        f"4. {TITLES[3]} (****)\nNgười trình bày: {PEOPLE[3]}",
        "(*) Sinh hoạt vào kỳ họp tháng 3/2024.",
        "(**) Sinh hoạt vào kỳ họp tháng 5/2024.",
        "(***) Trong quý III/2024, thời gian cụ thể Chi ủy thông báo sau.",
        # near miss: a note that leaves the month open gives the topic none
        "(****) Tháng 11 hoặc tháng 12/2024.",
    ]
    plan = _plan("II. CÁC CHUYÊN ĐỀ\n" + "\n".join(lines) + "\nIII. TỔ CHỨC THỰC HIỆN\n")
    assert [t.title for t in plan.topics] == TITLES
    assert _times(plan)[:3] == [(1, 3), (2, 5), (3, None)]
    assert plan.topics[3].month is None
