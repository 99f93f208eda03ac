"""Shapes of text read in session 10 (issue 17), each with a near miss that must stay as it was:
a plan typed in an old font and converted ("Ð" for "Đ"), a text exported from a PDF (words
hyphenated at a line's end, a page's footer), rows pasted from a spreadsheet (a quoted cell over
two lines), a short plan with neither sections nor an opening sentence, a message typed in short
lines (the person under the title), and a time in brackets closing a title. Every text is made
up here, as cells type them.
"""

from __future__ import annotations

from chibo.importer import shapes
from chibo.importer.schema import ParsedTopic
from chibo.importer.tests.builders import text_plan
from chibo.importer.text import Line


def _plan(text: str, name: str = "kehoach.txt"):
    return text_plan(text, name)


def _topics(text: str) -> list[tuple[int | None, int | None, str, list[str]]]:
    return [
        (t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in _plan(text).topics
    ]


HEAD = """\
ĐẢNG BỘ XÃ HÒA AN
CHI BỘ THÔN ĐÔNG
Số 02-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa An, ngày 10 tháng 01 năm 2025
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
"""


def test_an_old_fonts_eth_is_the_vietnamese_d():
    assert shapes.letters("Ð/c Ðỗ Văn Thành, Ðảng ủy; ðồng") == "Đ/c Đỗ Văn Thành, Đảng ủy; đồng"
    assert shapes.letters("Đỗ Văn Thành") == "Đỗ Văn Thành"
    text = HEAD + (
        "I. NỘI DUNG SINH HOẠT CHUYÊN ÐỀ\n"
        "Quí I – tháng 3/2025: Giữ vững thôn nông thôn mới kiểu mẫu, duy tu đường làng.\n"
        "Phân công: Ð/c Ðỗ Văn Thành – Phó Bí thư, Trưởng thôn.\n"
        "Quý II – tháng 5/2025: Hoà giải ở cơ sở, xây dựng khối đại đoàn kết ở khu dân cư.\n"
        "Phân công: Ð/c Phạm Văn Tùng – Trưởng Ban công tác Mặt trận.\n"
    )
    assert _topics(text) == [
        (1, 3, "Giữ vững thôn nông thôn mới kiểu mẫu, duy tu đường làng", ["Đỗ Văn Thành"]),
        (
            2,
            5,
            "Hoà giải ở cơ sở, xây dựng khối đại đoàn kết ở khu dân cư",
            ["Phạm Văn Tùng"],
        ),
    ]


def test_words_hyphenated_at_a_pdf_lines_end_and_a_page_footer():
    lines = ["chuyên đề “Phát triển ki-", "nh tế hộ”. Người thực hiện: đồng chí A (tham lu-",
             "ận).", "", "Trang 1/2", "", "3. Quý III"]  # fmt: skip
    assert shapes.page_text(lines) == [
        "chuyên đề “Phát triển kinh tế hộ”. Người thực hiện: đồng chí A (tham luận).",
        "",
        "3. Quý III",
    ]
    # Near misses: a dash between words, a number after a hyphen, a capital after it.
    kept = ["kinh tế -", "xã hội", "Covid-", "19 và", "Hà Nội-", "Hải Phòng"]
    assert shapes.page_text(kept) == kept


def test_a_pdfs_text_whose_words_are_cut_at_line_ends():
    text = HEAD + (
        "Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm\n"
        "2025, mỗi quý một chuyên đề, gắn với nhiệm vụ phát triển kinh\n"
        "tế của thôn, như sau:\n"
        "I. NỘI DUNG, THỜI GIAN VÀ NGƯỜI THỰC HIỆN\n"
        "1. Quý I/2025 (kỳ sinh hoạt tháng 3): chuyên đề “Phát triển ki-\n"
        "nh tế hộ gia đình, trồng chè và chăn nuôi trâu, bò hàng\n"
        "hóa”. Người thực hiện: đồng chí Vàng Văn Sáng, Trưởng thôn\n"
        "(chủ trì); đồng chí Lù Thị Mai, Chi hội trưởng Phụ nữ (tham lu-\n"
        "ận).\n"
        "\n"
        "Trang 1/2\n"
        "\n"
        "2. Quý II/2025 (kỳ sinh hoạt tháng 5): chuyên đề “Thực hiện Ch-\n"
        "ương trình nông thôn mới, tu sửa đường làng, ngõ xóm”. Người\n"
        "thực hiện: đồng chí Sèn Văn Dũng, Bí thư Chi đoàn thanh niên.\n"
        "3. Quý III/2025 (kỳ sinh hoạt tháng 8): chuyên đề “Vận động học\n"
        "sinh trong độ tuổi đến trường, không để học sinh bỏ học”. Người\n"
        "thực hiện: đồng chí Vàng Văn Sáng.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "- Chi ủy đôn đốc việc chuẩn bị, thông báo nội dung trước mỗi kỳ\n"
        "sinh hoạt; sau mỗi chuyên đề có kết luận.\n"
    )
    assert _topics(text)[:2] == [
        (
            1,
            3,
            "Phát triển kinh tế hộ gia đình, trồng chè và chăn nuôi trâu, bò hàng hóa",
            ["Vàng Văn Sáng", "Lù Thị Mai"],
        ),
        (
            2,
            5,
            "Thực hiện Chương trình nông thôn mới, tu sửa đường làng, ngõ xóm",
            ["Sèn Văn Dũng"],
        ),
    ]


SPREADSHEET = (
    "ĐẢNG BỘ XÃ IA LANG - CHI BỘ LÀNG KÓ\r\n"
    "Kế hoạch số 02-KH/CB, Ia Lang, ngày 15 tháng 01 năm 2021\r\n"
    "LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM 2021\r\n"
    "\r\n"
    "STT\tThời gian\tChuyên đề\tNgười thực hiện\tGhi chú\r\n"
    '1\t"Tháng 3/2021\n(quý I)"\t"Vận động bà con chăm sóc vườn điều, cà phê;\n'
    'không phá rừng làm rẫy"\t"Siu Bin - Bí thư\nRơ Mah Thơi - Phó Bí thư"\t\r\n'
    "2\tTháng 6/2021 (quý II)\tPhối hợp Đồn Biên phòng giữ gìn an ninh biên giới\t"
    'Ksor Hlíp\t"Đọc trước ""Sổ tay đảng viên"""\r\n'
    "\r\n"
    "Ghi chú: sinh hoạt tại nhà văn hóa làng.\r\n"
)


def test_rows_pasted_from_a_spreadsheet_with_a_quoted_cell_over_two_lines():
    assert _topics(SPREADSHEET) == [
        (
            1,
            3,
            "Vận động bà con chăm sóc vườn điều, cà phê; không phá rừng làm rẫy",
            ["Siu Bin", "Rơ Mah Thơi"],
        ),
        (2, 6, "Phối hợp Đồn Biên phòng giữ gìn an ninh biên giới", ["Ksor Hlíp"]),
    ]
    rows = [r for r in shapes.quoted_tab_rows(SPREADSHEET.replace("\r\n", "\n").split("\n"))]
    table = next(r for r in rows if isinstance(r, list))
    assert table[2][4] == 'Đọc trước "Sổ tay đảng viên"'
    # Near miss: tabbed lines with no quoted cell over a line's end are left as lines.
    plain = ["STT\tThời gian\tChuyên đề", "1\tTháng 3\tVận động bà con", "Ghi chú"]
    assert shapes.quoted_tab_rows(list(plain)) == plain


def test_a_person_addressed_by_courtesy_starts_a_line_of_a_message():
    assert shapes.names_a_person("a Y Khai Niê + a Y Thuân Ayun")
    assert shapes.names_a_person("chị H’Nga Mlô (chi hội trưởng")
    assert shapes.names_a_person("a Y Nghiêl Êban chủ trì,", "giữ vững buôn văn hóa")
    # Near misses: words of a title that start with a small letter.
    assert not shapes.names_a_person("bà con trồng xen sầu riêng")
    assert not shapes.names_a_person("anh em trong thôn")
    assert not shapes.names_a_person("cô giáo chủ nhiệm lớp")
    # Near misses: a formal sentence wrapped by the page, or a line that calls for more.
    assert not shapes.names_a_person("đ/c Hoàng Thị Nhàn – Chi hội trưởng Phụ nữ chuẩn bị")
    assert not shapes.names_a_person("chị Y Hlên, Chi hội trưởng Phụ nữ", "đồng chí A chủ trì,")


def _topic(title: str, quarter: int | None = None, month: int | None = None) -> ParsedTopic:
    return ParsedTopic(title=title, quarter=quarter, month=month)


def test_a_time_in_brackets_closing_a_title_is_the_topics_time():
    topics = [
        _topic("Quán triệt Nghị quyết Đại hội Chi bộ (Thực hiện trong tháng 3/2020)"),
        _topic("Dạy học trực tuyến cho học sinh (tháng 6)", quarter=2),
        _topic("Tri ân nhà giáo nhân Ngày Nhà giáo Việt Nam 20/11 (Thực hiện trong tháng 11/2020)"),
        # Near misses: a bracket that says something else, or two months.
        _topic("Học tập và làm theo Bác (chuyên đề năm 2020)"),
        _topic("Phòng, chống dịch COVID-19 ở trường (tháng 3, 4)"),
    ]
    shapes.bracketed_times(topics)
    assert [(t.quarter, t.month, t.title) for t in topics] == [
        (1, 3, "Quán triệt Nghị quyết Đại hội Chi bộ"),
        (2, 6, "Dạy học trực tuyến cho học sinh"),
        (4, 11, "Tri ân nhà giáo nhân Ngày Nhà giáo Việt Nam 20/11"),
        (None, None, "Học tập và làm theo Bác (chuyên đề năm 2020)"),
        # round 13: two months over a quarter's edge are a time that leaves the month open
        (None, None, "Phòng, chống dịch COVID-19 ở trường"),
    ]


def test_a_short_plan_with_no_sections_starts_at_its_first_item_or_table():
    head = [Line("Chi bộ buôn Kroa thông báo kế hoạch sinh hoạt chuyên đề năm 2020"),
            Line("(Chi ủy đã thống nhất)"), Line("15/01/2020 Chi ủy họp")]  # fmt: skip
    assert shapes.body_start([*head, Line("1/ Tháng 3 (quý 1):"), Line("Vận động")]) == 3
    table = Line("", rows=[["STT", "Thời gian", "Chuyên đề"], ["1", "Tháng 3", "Vận động"]])
    one_row = Line("", rows=[["ĐẢNG BỘ XÃ A", "ĐẢNG CỘNG SẢN VIỆT NAM"]])
    assert shapes.body_start([one_row, *head, table]) == 4
    # Near miss: a date opening a line is no item, a one-row header table no table of topics.
    assert shapes.body_start([one_row, *head]) is None


def test_a_long_numbered_title_with_labelled_lines_under_it():
    long_title = (
        "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về “Trung thực, trách nhiệm; gắn bó "
        "với nhân dân; đoàn kết, xây dựng Đảng trong sạch, vững mạnh” gắn với việc thực hiện "
        "nhiệm vụ của nhà giáo, của mỗi đảng viên trong năm học 2013 – 2014"
    )
    text = HEAD + (
        "I. CÁC CHUYÊN ĐỀ\n"
        f"1. {long_title}\n"
        "- Người thực hiện: đồng chí Nguyễn Văn Bình.\n"
        "- Thời gian thực hiện: Tháng 10/2013 (quý IV).\n"
        "2. Đổi mới phương pháp dạy học theo định hướng phát triển năng lực học sinh\n"
        "- Người thực hiện: đồng chí Thái Thị Hương.\n"
        "- Thời gian thực hiện: Quý I/2014 (tháng 02).\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "- Chi ủy đôn đốc việc chuẩn bị.\n"
    )
    assert [(q, m, title) for q, m, title, _ in _topics(text)] == [
        (4, 10, long_title),
        (1, 2, "Đổi mới phương pháp dạy học theo định hướng phát triển năng lực học sinh"),
    ]
    # Near miss: a long numbered sentence (full stops inside) stays no title.
    assert (
        shapes.most_title_words("II. CÁC CHUYÊN ĐỀ", "Mỗi quý một chuyên đề. Chi ủy duyệt.") == 30
    )
    assert shapes.most_title_words("III. TỔ CHỨC THỰC HIỆN", long_title) == 30


def test_a_block_per_topic_with_a_title_and_its_main_content():
    text = HEAD + (
        "I. NỘI DUNG, THỜI GIAN SINH HOẠT CHUYÊN ĐỀ\n"
        "QUÝ I/2025\n"
        "Chủ đề: Nghiên cứu, quán triệt Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 – 2030.\n"
        "Nội dung chính: những chỉ tiêu của Nghị quyết liên quan đến thôn; việc làm của đảng viên.\n"
        "Báo cáo viên: đ/c Nguyễn Thị Thu Hà – Bí thư Chi bộ.\n"
        "Thời gian: Thứ Năm, ngày 20/3/2025.\n"
        "QUÝ II/2025\n"
        "Chủ đề: Chuyển đổi số trong công tác của thôn.\n"
        "Nội dung chính: sử dụng sổ tay đảng viên điện tử; kỹ năng bảo mật thông tin.\n"
        "Báo cáo viên: đ/c Phùng Thị Lan – Chi ủy viên.\n"
        "Thời gian: Thứ Sáu, ngày 16/5/2025.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "- Chi ủy đôn đốc việc chuẩn bị.\n"
    )
    assert _topics(text) == [
        (
            1,
            3,
            "Nghiên cứu, quán triệt Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 – 2030",
            ["Nguyễn Thị Thu Hà"],
        ),
        (2, 5, "Chuyển đổi số trong công tác của thôn", ["Phùng Thị Lan"]),
    ]
