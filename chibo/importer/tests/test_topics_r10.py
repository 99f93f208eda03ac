"""Shapes of topics and their time read in session 10 (issue 17), each with a near miss: a web
table pasted as text one cell per line, a topic told as 'time: “title”; who' (in minutes, in a
school year's items), people joined by '+' or a scan's lines, a note closing with '… cụ thể.'
after the table, notes that move meetings, and a span of dates that is a quarter, not a month.
Every text is made up here, as cells type them.
"""

from __future__ import annotations

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.tests.builders import docx_bytes, text_plan
from chibo.importer.text import Line
from chibo.importer.topics import parse_time


def _plan(text: str, name: str = "kehoach.txt"):
    return text_plan(text, name)


def _topics(text: str) -> list[tuple[int | None, int | None, str]]:
    return [(t.quarter, t.month, t.title) for t in _plan(text).topics]


def _people(text: str) -> list[list[str]]:
    return [[p.name for p in t.presenters] for t in _plan(text).topics]


def _docx(parts: list) -> bytes:
    return docx_bytes(parts, split_lines=True)


HEAD = """\
ĐẢNG BỘ XÃ PHÚ LỘC
CHI BỘ ẤP TÂN HÒA
Số 03-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lộc, ngày 12 tháng 01 năm 2024
"""


# -- a web table pasted as text, one cell per line -------------------------------------------

WEB_CELLS = (
    HEAD
    + """
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng sinh hoạt chi bộ.

II. LỊCH SINH HOẠT CHUYÊN ĐỀ

STT

Thời gian

Nội dung chuyên đề

Người thực hiện

Ghi chú

1

Tháng 2/2024

Đảng viên gương mẫu chuyển đổi cây trồng trên đất lúa kém hiệu quả

Đồng chí Lâm Văn Tài (Bí thư)

Quý I

2

Tháng 6/2024

Phòng, chống đuối nước cho trẻ em trong mùa mưa lũ

Chi ủy chuẩn bị, đồng chí Huỳnh Thị Mai

3

Tháng 8/2024

Học tập và làm theo Bác về tiết kiệm trong sinh hoạt gia đình

Đồng chí Trần Minh Đức, đồng chí Lâm Văn Tài

QUÝ III

III. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc việc chuẩn bị.
"""
)


def test_a_web_table_pasted_one_cell_per_line_is_read_by_its_rows():
    plan = _plan(WEB_CELLS)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, 2, "Đảng viên gương mẫu chuyển đổi cây trồng trên đất lúa kém hiệu quả"),
        (2, 6, "Phòng, chống đuối nước cho trẻ em trong mùa mưa lũ"),  # its note cell is empty
        (3, 8, "Học tập và làm theo Bác về tiết kiệm trong sinh hoạt gia đình"),
    ]
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Lâm Văn Tài"],
        ["Huỳnh Thị Mai"],
        ["Trần Minh Đức", "Lâm Văn Tài"],
    ]


def test_labels_one_per_line_without_rows_of_times_are_no_table():
    from chibo.importer.structure import cell_line_tables

    lines = [
        Line(t)
        for t in (
            "Thời gian",
            "Nội dung",
            "Người thực hiện",
            "Các đồng chí chi ủy viên theo dõi",
            "Đảng viên tham gia đầy đủ",
            "Báo cáo kết quả về Đảng ủy",
        )
    ]
    out, _ = cell_line_tables(lines, [""] * len(lines))
    assert not any(line.is_table for line in out) and len(out) == len(lines)


# -- a time, then the title in quotes, then who --------------------------------------------

MINUTES = (
    HEAD
    + """
BIÊN BẢN
Họp Chi bộ thông qua các chuyên đề năm 2024
I. KẾT LUẬN
Chi bộ thống nhất các chuyên đề năm 2024 như sau:
- Chuyên đề 1 – Quý 1/2024 (tháng 2): “Giữ gìn an ninh trật tự trong mùa lễ hội đầu xuân”; chủ trì: đ/c Lâm Văn Tài; chuẩn bị: đ/c Huỳnh Thị Mai.
- Chuyên đề 2 – kỳ sinh hoạt thường kỳ tháng 5: “Phòng, chống dịch bệnh trên đàn gia súc, gia cầm”; đ/c Trần Minh Đức chuẩn bị và trình bày.
- Chuyên đề 3 – tháng 11 năm 2024 (quý IV): “Xây dựng ấp văn hóa gắn với nông thôn mới nâng cao”; đ/c Lâm Văn Tài chủ trì, đ/c Trần Minh Đức tham gia chuẩn bị.
II. BẾ MẠC
Cuộc họp kết thúc lúc 21 giờ cùng ngày.
"""
)


def test_a_topic_told_as_time_then_quoted_title_then_who():
    plan = _plan(MINUTES)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, 2, "Giữ gìn an ninh trật tự trong mùa lễ hội đầu xuân"),
        (2, 5, "Phòng, chống dịch bệnh trên đàn gia súc, gia cầm"),
        (4, 11, "Xây dựng ấp văn hóa gắn với nông thôn mới nâng cao"),
    ]
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Lâm Văn Tài", "Huỳnh Thị Mai"],
        ["Trần Minh Đức"],
        ["Lâm Văn Tài", "Trần Minh Đức"],
    ]


SEMESTERS = (
    HEAD
    + """
KẾ HOẠCH
Sinh hoạt chuyên đề năm học 2024 – 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng sinh hoạt chi bộ.
II. NỘI DUNG VÀ THỜI GIAN
1. Học kỳ I (tháng 10): “Đổi mới hoạt động chăm sóc, giáo dục trẻ theo hướng lấy trẻ làm trung tâm”. Đồng chí phụ trách: Lê Thị Thanh (Hiệu trưởng) và Võ Thị Hằng (Phó Hiệu trưởng).
2. Học kỳ I – tháng 12/2024: “Xây dựng môi trường giáo dục an toàn, thân thiện”. Đồng chí phụ trách: Võ Thị Hằng (Tổ trưởng chuyên môn).
3. Học kỳ II (tháng 3/2025): Học tập và làm theo Bác về yêu thương trẻ như con.
III. TỔ CHỨC THỰC HIỆN
Chi ủy đôn đốc việc chuẩn bị.
"""
)


def test_items_of_a_school_year_led_by_their_semester_and_month():
    plan = _plan(SEMESTERS)
    assert [(t.month, t.title) for t in plan.topics] == [
        (10, "Đổi mới hoạt động chăm sóc, giáo dục trẻ theo hướng lấy trẻ làm trung tâm"),
        (12, "Xây dựng môi trường giáo dục an toàn, thân thiện"),
        (3, "Học tập và làm theo Bác về yêu thương trẻ như con"),
    ]
    assert [[p.name for p in t.presenters] for t in plan.topics][:2] == [
        ["Lê Thị Thanh", "Võ Thị Hằng"],
        ["Võ Thị Hằng"],
    ]


def test_a_quoted_title_led_by_something_other_than_a_time_keeps_its_lead():
    text = (
        HEAD
        + """
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
I. CÁC CHUYÊN ĐỀ
Chuyên đề 1: Tuyên truyền cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trong ấp. Thời gian: tháng 3/2024.
"""
    )
    titles = [t.title for t in _plan(text).topics]
    assert titles == [
        "Tuyên truyền cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trong ấp"
    ]


# -- people of one cell ------------------------------------------------------------------------

TABLE_PERSON_FIRST = [
    ["STT", "Người thực hiện", "Thời gian", "Nội dung chuyên đề", "Ghi chú"],
    ["1", "Lâm Văn Tài (Bí thư) + Huỳnh Thị Mai (Chủ tịch Công đoàn)", "Tháng 3/2024",
     "Xây dựng quan hệ lao động hài hòa tại doanh nghiệp", "Đã thực hiện"],
    ["2", "Trần Minh Đức (Phó Bí thư) Lê Văn Sơn (Tổ trưởng sản xuất)", "Tháng 6/2024",
     "Đảng viên gương mẫu thực hành tiết kiệm trong sản xuất", "Lùi từ tháng 5/2024"],
    ["3", "Lâm Văn Tài", "Tháng 10/2024",
     "Công tác phát triển đảng viên trong công nhân trực tiếp sản xuất", "Giữ nguyên"],
]  # fmt: skip


def test_people_of_one_cell_joined_by_a_plus_or_by_a_closing_bracket():
    head = HEAD + "KẾ HOẠCH\nSinh hoạt chuyên đề năm 2024\nII. LỊCH SINH HOẠT CHUYÊN ĐỀ\n"
    plan = parse_plan(read_document(_docx([head, TABLE_PERSON_FIRST]), "kehoach.docx"))
    assert [(t.month, [p.name for p in t.presenters]) for t in plan.topics] == [
        (3, ["Lâm Văn Tài", "Huỳnh Thị Mai"]),
        (6, ["Trần Minh Đức", "Lê Văn Sơn"]),
        (10, ["Lâm Văn Tài"]),
    ]


# -- where the topics begin; what is no topic -------------------------------------------------


def test_a_note_ending_with_cu_the_after_the_table_does_not_hide_the_table():
    head = (
        HEAD
        + "KẾ HOẠCH\nSinh hoạt chuyên đề năm 2024\n"
        + "Chi bộ ấp Tân Hòa đề ra lịch sinh hoạt chuyên đề năm 2024 như sau:\n"
    )
    table = [
        ["Đồng chí phụ trách", "Nội dung chuyên đề", "Thời gian"],
        ["Lâm Văn Tài (Bí thư)", "Quán triệt nghị quyết đại hội chi bộ nhiệm kỳ mới", "Quý 1/2024 – T3"],
        ["Huỳnh Thị Mai", "Giữ gìn vệ sinh môi trường khu dân cư", "Quý 2/2024 – T5"],
        ["Trần Minh Đức", "Phát huy vai trò Ban công tác Mặt trận ở ấp", "Ngày 14/11/2024 (quý IV)"],
    ]  # fmt: skip
    note = "Thời gian có thể điều chỉnh; Chi ủy sẽ thông báo cụ thể.\n"
    plan = parse_plan(read_document(_docx([head, table, note]), "kehoach.docx"))
    assert [(t.quarter, t.month, t.presenters[0].name) for t in plan.topics] == [
        (1, 3, "Lâm Văn Tài"),
        (2, 5, "Huỳnh Thị Mai"),
        (4, 11, "Trần Minh Đức"),
    ]


ADJUSTED = (
    HEAD
    + """
KẾ HOẠCH
Điều chỉnh lịch sinh hoạt chuyên đề năm 2024
I. LÝ DO ĐIỀU CHỈNH
Quý II và quý III năm 2024 bà con tập trung thu hoạch lúa, nhiều đảng viên không thể dự sinh hoạt vào tháng 5 và tháng 9.
Chi ủy thống nhất lùi chuyên đề quý II sang tháng 6/2024 và dời kỳ sinh hoạt tháng 9 sang tháng 10/2024.
II. LỊCH SINH HOẠT SAU ĐIỀU CHỈNH
1. Tháng 6/2024: Phòng, chống đuối nước cho trẻ em trong mùa mưa lũ; đ/c Huỳnh Thị Mai chuẩn bị.
2. Tháng 10/2024: Học tập và làm theo Bác về tiết kiệm trong sinh hoạt gia đình; đ/c Trần Minh Đức chuẩn bị.
"""
)


def test_notes_that_move_meetings_and_their_reasons_are_no_topics():
    assert _topics(ADJUSTED) == [
        (2, 6, "Phòng, chống đuối nước cho trẻ em trong mùa mưa lũ"),
        (4, 10, "Học tập và làm theo Bác về tiết kiệm trong sinh hoạt gia đình"),
    ]


def test_a_topic_about_changing_crops_is_still_a_topic():
    from chibo.importer.structure import subject_of

    assert subject_of("Vận động nhân dân chuyển đổi cây trồng sang cây ăn quả")
    assert not subject_of("Chi ủy thống nhất lùi chuyên đề quý II sang tháng 6/2024")
    assert not subject_of("Đề nghị dời kỳ sinh hoạt tháng 9 sang tháng 10")


# -- times ---------------------------------------------------------------------------------------


def test_a_span_of_dates_over_a_quarter_is_the_quarter_not_a_month():
    assert (
        parse_time("Từ 01/01 đến 31/3/2021").quarters,
        parse_time("Từ 01/01 đến 31/3/2021").months,
    ) == ([1], [])
    assert parse_time("Từ 01/7 đến 30/9/2021").months == []
    # a meeting over some days is held in the month of its last day
    assert parse_time("14/4 – 25/4/2025").months == [4]
    assert parse_time("25/3 – 5/4/2025").months == [4]


def test_a_regular_meeting_named_with_its_month_is_a_time():
    from chibo.importer.topics import _is_time_only

    assert _is_time_only("kỳ sinh hoạt thường kỳ tháng 5")
    assert parse_time("kỳ sinh hoạt thường kỳ tháng 5").months == [5]
    assert not _is_time_only("Tổng kết sinh hoạt thường kỳ tháng 5")


NOTICE_CORRECTED = (
    HEAD
    + """
THÔNG BÁO
Lịch sinh hoạt chuyên đề năm 2024
Chi ủy thông báo lịch sinh hoạt chuyên đề năm 2024 như sau:
- Quý I – tối 05/3/2024: “Phân loại rác tại nguồn, giữ vệ sinh ngõ xóm”; đ/c Lâm Văn Tài trình bày.
- Quý III – tối 10/8/2024: “Vận động nhân dân dùng dịch vụ công trực tuyến”; đ/c Huỳnh Thị Mai trình bày.
- Quý IV – tối 05/11/2024: “Phát huy vai trò đảng viên cao tuổi ở khu dân cư”; đ/c Trần Minh Đức trình bày.
Đính chính: chuyên đề quý III sinh hoạt tối 10/9/2024 (không phải 10/8 – tháng 8 trùng kỳ nghỉ hè).
Trường hợp cần chuyển kỳ sinh hoạt sang tháng sau, Chi ủy sẽ thông báo.
"""
)


def test_a_correction_of_a_topic_named_by_its_quarter_gives_its_new_month():
    assert [(t.quarter, t.month) for t in _plan(NOTICE_CORRECTED).topics] == [
        (1, 3),
        (3, 9),
        (4, 11),
    ]


def test_a_topic_moved_by_its_quarter_into_another_quarter():
    text = (
        HEAD
        + """
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
I. CÁC CHUYÊN ĐỀ
1. Quý II (tháng 5): Phòng, chống đuối nước cho trẻ em trong mùa mưa lũ; đ/c Huỳnh Thị Mai chuẩn bị.
2. Quý III (tháng 9): Học tập và làm theo Bác về tiết kiệm trong gia đình; đ/c Trần Minh Đức chuẩn bị.
II. TỔ CHỨC THỰC HIỆN
Do mùa thu hoạch, Chi ủy thống nhất chuyển chuyên đề quý III sang kỳ sinh hoạt tháng 10/2024.
"""
    )
    assert [(t.quarter, t.month) for t in _plan(text).topics] == [(2, 5), (4, 10)]


def test_a_schools_professional_topic_among_its_work_is_no_topic():
    head = HEAD + "KẾ HOẠCH\nCông tác của Chi bộ năm học 2024 – 2025\nII. NỘI DUNG TỪNG THÁNG\n"
    table = [
        ["Thời gian", "Nội dung công tác trọng tâm", "Phụ trách"],
        ["Tháng 9/2024", "- Khai giảng năm học mới\n- Sinh hoạt chi bộ thường kỳ", "Chi ủy"],
        ["Tháng 10/2024", "- Sinh hoạt chuyên đề “Học tập và làm theo Bác về trách nhiệm nhà giáo” "
         "(đ/c Lê Thị Thanh chuẩn bị)\n- Sinh hoạt chi bộ thường kỳ", "Chi ủy"],
        ["Tháng 11/2024", "- Tổ chuyên môn thực hiện chuyên đề “Phát triển vận động cho trẻ 24 – 36 "
         "tháng”\n- Kỷ niệm Ngày Nhà giáo Việt Nam", "Phó Hiệu trưởng"],
        ["Tháng 12/2024", "- Kiểm điểm, xếp loại đảng viên\n- Sinh hoạt chi bộ thường kỳ", "Chi ủy"],
    ]  # fmt: skip
    plan = parse_plan(read_document(_docx([head, table]), "kehoach.docx"))
    assert [t.title for t in plan.topics] == ["Học tập và làm theo Bác về trách nhiệm nhà giáo"]


def _scan(paragraphs: list[str], rows: list[list[str]], after: list[str]):
    from chibo.importer.reader import Block, ReadResult

    blocks = [Block("paragraph", text=p) for p in paragraphs]
    blocks += [Block("table", rows=rows)] + [Block("paragraph", text=p) for p in after]
    text = "\n".join(paragraphs + after)
    return ReadResult(text, paragraphs + after, [rows], blocks, [], "scan", "kehoach.pdf")


def test_a_scans_cell_of_people_run_over_rows_gives_them_nobody():
    run = "Trần Minh Đức (Tổ trưởng) Huỳnh Thị Mai (Chi hội trưởng) Lâm Văn Tài (Bí thư) Lâm Văn Tài (Bí thư)"
    rows = [
        ["Đồng chí phụ trách", "Nội dung chuyên đề", "Thời gian"],
        ["Lâm Văn Tài (Bí thư)", "Quán triệt nghị quyết đại hội chi bộ nhiệm kỳ mới", "Quý 1/2024 – T3"],
        [run, "Giữ gìn vệ sinh môi trường khu dân cư", "Quý 2/2024 – T5"],
        [run, "Phát huy vai trò Ban công tác Mặt trận ở khu dân cư", "Quý 3/2024 – T8"],
        ["Huỳnh Thị Mai", "Xây dựng khu dân cư văn minh đô thị", "Quý 4/2024 – T11"],
    ]  # fmt: skip
    head = ["ĐẢNG BỘ PHƯỜNG AN HẢI", "CHI BỘ KHU DÂN CƯ SỐ 3", "KẾ HOẠCH",
            "Sinh hoạt chuyên đề năm 2024", "Chi bộ đề ra lịch sinh hoạt chuyên đề như sau:"]  # fmt: skip
    plan = parse_plan(_scan(head, rows, ["Chi ủy sẽ thông báo cụ thể."]))
    assert [(t.month, [p.name for p in t.presenters]) for t in plan.topics] == [
        (3, ["Lâm Văn Tài"]),
        (5, []),
        (8, []),
        (11, ["Huỳnh Thị Mai"]),
    ]
    # a cell repeated over the rows it spans, naming nobody twice, was merged on purpose
    rows[2][0] = rows[3][0] = "Trần Minh Đức (Tổ trưởng)"
    plan = parse_plan(_scan(head, rows, []))
    assert [p.name for p in plan.topics[1].presenters] == ["Trần Minh Đức"]


def test_a_name_in_quotes_inside_a_quoted_title_stays_in_it():
    text = (
        HEAD
        + """
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
I. CÁC CHUYÊN ĐỀ
- Quý II, kỳ sinh hoạt tháng 5: chuyên đề “Vận động đồng bào bỏ tập quán lạc hậu, không nghe theo tà đạo “Hà Mòn””; đồng chí Lâm Văn Tài chủ trì.
- Quý III, tháng 8: chuyên đề “Giữ gìn vệ sinh môi trường khu dân cư”; đồng chí Huỳnh Thị Mai chuẩn bị.
"""
    )
    assert _topics(text) == [
        (2, 5, "Vận động đồng bào bỏ tập quán lạc hậu, không nghe theo tà đạo “Hà Mòn”"),
        (3, 8, "Giữ gìn vệ sinh môi trường khu dân cư"),
    ]


def test_times_written_other_ways_are_times():
    from chibo.importer.topics import _is_time_only

    for written, month in [
        ("Th3/2024", 3),
        ("Th.10", 10),
        ("trung tuần tháng 4", 4),
        ("hạ tuần tháng 5/2024", 5),
        ("Kỳ sinh hoạt chi bộ tháng 9", 9),
    ]:
        assert _is_time_only(written) and parse_time(written).months == [month]
    assert not _is_time_only("Tổng kết công tác chi bộ tháng 9")
    assert parse_time("Thôn 3").months == []


def test_a_topic_with_its_meeting_in_brackets_after_it():
    text = (
        HEAD
        + """
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
I. CÁC CHUYÊN ĐỀ
1. Giữ gìn vệ sinh môi trường khu dân cư (kỳ sinh hoạt chi bộ tháng 4); đ/c Huỳnh Thị Mai chuẩn bị.
2. Học tập và làm theo Bác về tiết kiệm trong gia đình (trung tuần tháng 8); đ/c Trần Minh Đức chuẩn bị.
"""
    )
    assert _topics(text) == [
        (2, 4, "Giữ gìn vệ sinh môi trường khu dân cư"),
        (3, 8, "Học tập và làm theo Bác về tiết kiệm trong gia đình"),
    ]


def test_a_row_that_says_it_is_the_regular_meeting_stays_no_topic():
    head = (
        HEAD + "KẾ HOẠCH\nSinh hoạt chuyên đề năm học 2024 – 2025\nII. LỊCH SINH HOẠT CHUYÊN ĐỀ\n"
    )
    table = [
        ["Thời gian", "Nội dung chuyên đề", "Người thực hiện"],
        ["Tháng 10/2024", "Xây dựng môi trường giáo dục an toàn, thân thiện", "Lê Thị Thanh"],
        ["Tháng 12/2024", "Đổi mới hoạt động chăm sóc trẻ theo hướng lấy trẻ làm trung tâm", "Võ Thị Hằng"],
        ["Tháng 5/2025", "Tổng kết năm học (sinh hoạt thường kỳ tháng 5)", "Lê Thị Thanh"],
    ]  # fmt: skip
    plan = parse_plan(read_document(_docx([head, table]), "kehoach.docx"))
    assert [t.month for t in plan.topics] == [10, 12]


def test_numbered_topics_with_a_quoted_title_between_their_time_and_people():
    text = (
        HEAD
        + """
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
I. CÁC CHUYÊN ĐỀ
Chuyên đề 1 (Quý I): “Giữ gìn an ninh trật tự trong mùa lễ hội”; chủ trì: đ/c Lâm Văn Tài; chuẩn bị: đ/c Huỳnh Thị Mai.
Chuyên đề 2: Tháng 6/2024. “Đảng viên gương mẫu trong xây dựng nông thôn mới”. Người thực hiện: đ/c Trần Minh Đức.
Chuyên đề 3: “Phát huy vai trò cựu chiến binh ở ấp” (tháng 9); đ/c Lâm Văn Tài chuẩn bị.
Chuyên đề 4: “Xây dựng ấp văn hóa gắn với nông thôn mới” (tháng 11).
"""
    )
    plan = _plan(text)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, None, "Giữ gìn an ninh trật tự trong mùa lễ hội"),
        (2, 6, "Đảng viên gương mẫu trong xây dựng nông thôn mới"),
        (3, 9, "Phát huy vai trò cựu chiến binh ở ấp"),
        (4, 11, "Xây dựng ấp văn hóa gắn với nông thôn mới"),
    ]
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Lâm Văn Tài", "Huỳnh Thị Mai"],
        ["Trần Minh Đức"],
        ["Lâm Văn Tài"],
        [],
    ]


def test_a_note_beside_a_row_that_moves_the_meeting_gives_the_new_time():
    head = HEAD + "KẾ HOẠCH\nSinh hoạt chuyên đề năm 2024\nII. LỊCH SINH HOẠT CHUYÊN ĐỀ\n"
    table = [
        ["Người thực hiện", "Thời gian", "Nội dung chuyên đề", "Ghi chú"],
        ["Đ/c Lâm Văn Tài", "Tháng 3/2024", "Giữ gìn an ninh trật tự trong mùa lễ hội", "Đã thực hiện"],
        ["Đ/c Huỳnh Thị Mai", "Tháng 6/2024", "Phòng, chống dịch bệnh trên đàn gia súc",
         "Lùi sang tháng 7/2024 do mùa vụ"],
        ["Đ/c Trần Minh Đức", "Tháng 10/2024", "Xây dựng ấp văn hóa gắn với nông thôn mới",
         "Điều chỉnh từ tháng 9/2024"],
    ]  # fmt: skip
    plan = parse_plan(read_document(_docx([head, table]), "kehoach.docx"))
    assert [(t.quarter, t.month, t.conflicts) for t in plan.topics] == [
        (1, 3, []),
        (3, 7, []),
        (4, 10, []),
    ]


def test_items_led_by_their_time_and_the_word_chuyen_de():
    text = (
        HEAD
        + """
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
I. CÁC CHUYÊN ĐỀ
1. Quý I/2024 – Chuyên đề “Giữ gìn an ninh trật tự trong mùa lễ hội”. Đồng chí Lâm Văn Tài chuẩn bị.
2. Tháng 5 năm 2024 (quý II), chuyên đề: Phòng, chống dịch bệnh trên đàn gia súc. Người chuẩn bị: đ/c Huỳnh Thị Mai.
3. Trung tuần tháng 11/2024: chuyên đề “Đảng viên gương mẫu trong xây dựng nông thôn mới”, giao đồng chí Trần Minh Đức chuẩn bị.
"""
    )
    plan = _plan(text)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, None, "Giữ gìn an ninh trật tự trong mùa lễ hội"),
        (2, 5, "Phòng, chống dịch bệnh trên đàn gia súc"),
        (4, 11, "Đảng viên gương mẫu trong xây dựng nông thôn mới"),
    ]
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Lâm Văn Tài"],
        ["Huỳnh Thị Mai"],
        ["Trần Minh Đức"],
    ]
