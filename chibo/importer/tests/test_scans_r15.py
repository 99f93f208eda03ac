"""Scans, round 15 (issue 17): a month outside its quarter, a lost stroke of the roman numeral
or written so (the scan twin of plan 11); a narrow column's heading wrapped inside its word
(the scan twins of plans 260 and 336: "Thán" over "g", "ST" over "T")."""

from chibo.importer.ocr import join_wrapped
from chibo.importer.parser import _scanned_quarters
from chibo.importer.schema import ParsedTopic


def _topics(*times: tuple[int, int]) -> list[ParsedTopic]:
    topics = [
        ParsedTopic(title=f"Chuyên đề {n}", quarter=q, month=m) for n, (q, m) in enumerate(times)
    ]
    for topic in topics:
        if topic.quarter and topic.month and (topic.month - 1) // 3 + 1 != topic.quarter:
            topic.conflicts = [f"Tháng {topic.month} không thuộc Quý {topic.quarter}."]
    return topics


def test_a_lost_stroke_leaves_two_topics_in_one_quarter_and_one_quarter_empty():
    # 'Quý III | Tháng 8' read 'Quý II | Tháng 8' (a real scan of the development half)
    topics = _topics((1, 3), (2, 5), (2, 8), (4, 11))
    _scanned_quarters(topics)
    assert [t.quarter for t in topics] == [1, 2, 3, 4]
    assert topics[2].conflicts == []
    # 'Q.II', 'Q.III' both read 'Q.I'
    topics = _topics((4, 11), (1, 3), (1, 5), (1, 8))
    _scanned_quarters(topics)
    assert [t.quarter for t in topics] == [4, 1, 2, 3]


def test_a_month_written_outside_its_quarter_is_kept_and_flagged():
    # 'Quý II (tháng 7)' between 'Quý I' and 'Quý III (tháng 9)': the plan wrote it so
    topics = _topics((1, 3), (2, 7), (3, 9), (4, 12))
    _scanned_quarters(topics)
    assert [t.quarter for t in topics] == [1, 2, 3, 4]
    assert topics[1].conflicts == ["Tháng 7 không thuộc Quý 2."]
    # the same alone in its quarter but with the month's quarter empty: a lost stroke
    topics = _topics((1, 3), (2, 7), (4, 12))
    _scanned_quarters(topics)
    assert [t.quarter for t in topics] == [1, 3, 4]


def test_a_headings_word_wrapped_in_a_narrow_column_is_one_word():
    assert join_wrapped(["Thán", "g"]) == "Tháng"
    assert join_wrapped(["ST", "T"]) == "STT"
    # near misses: a vowel is a syllable, an initial stands after a word, an office after a name
    assert join_wrapped(["Quý", "I"]) == "Quý I"
    assert join_wrapped(["Nguyễn Văn", "B"]) == "Nguyễn Văn B"
    assert join_wrapped(["Đảng ủy", "TP"]) == "Đảng ủy TP"
    assert join_wrapped(["Tháng", "3"]) == "Tháng 3"


def test_a_row_the_page_break_cut_between_a_times_unit_and_its_value_is_one_row():
    from chibo.importer.ocr import rejoin_cut_rows

    rows = [
        ["Quí", "Thời gian", "Tên chuyên đề", "Người chuẩn bị"],
        [
            "Quí III/2010",
            "tháng 8",
            "Đảng viên gương mẫu làm giao thông nông thôn",
            "Đ/c Lâm Văn Bé",
        ],
        ["Quí", "ngày", "Góp ý dự thảo các văn kiện trình Đại", "Đ/c Phạm Văn Út"],
        ["IV/2010", "15/11/2010", "hội đại biểu toàn quốc lần thứ XI", "Đ/c Võ Minh Trung"],
    ]
    assert rejoin_cut_rows(rows)[2:] == [
        [
            "Quí IV/2010",
            "ngày 15/11/2010",
            "Góp ý dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XI",
            "Đ/c Phạm Văn Út Đ/c Võ Minh Trung",
        ]
    ]
    # near miss: a row under a heading whose time cells are whole is a row of its own
    assert rejoin_cut_rows(rows[:2]) == rows[:2]
    whole = [["Quý I", "tháng 3", "Tên một", "Đ/c A"], ["Quý II", "tháng 5", "tên hai", "Đ/c B"]]
    assert rejoin_cut_rows(whole) == whole
    # near misses: a heading of two rows ('Thời gian' over 'Quý' | 'Tháng') over its values
    two = [
        ["TT", "Thời gian", "Thời gian", "Chuyên đề"],
        ["", "Quý", "Tháng", ""],
        ["1", "I", "3", "Học tập và làm theo Bác"],
        ["2", "II", "5", "Phòng chống dịch bệnh"],
    ]
    assert rejoin_cut_rows(two) == two
    assert rejoin_cut_rows(two[1:]) == two[1:]


def test_a_cells_dashed_items_stay_items_and_a_month_cut_from_its_number_is_one_row():
    from chibo.importer.ocr import rejoin_cut_rows

    # the scan twin of plan 75: a month's work and its thematic meeting, two items of one cell
    cell = join_wrapped(["- Sơ kết quý I", "- Sinh hoạt chuyên đề: Nhân rộng mô hình", "hùn vốn"])
    assert cell == "- Sơ kết quý I\n- Sinh hoạt chuyên đề: Nhân rộng mô hình hùn vốn"
    assert join_wrapped(["Đ/c Lâm Văn Bé", "-Bí thư"]) == "Đ/c Lâm Văn Bé -Bí thư"  # no item
    rows = [
        ["Thời gian", "Nội dung công tác", "Phân công thực hiện"],
        ["Tháng 06/2024", "- Sơ kết 6 tháng", "- Chi ủy"],
        ["Tháng", "- Rà soát hộ nghèo", "- Ban nhân dân ấp"],
        ["08/2024", "- Sinh hoạt chuyên đề: Chuyển đổi cây trồng", "- Đ/c Kim Văn Sơn"],
    ]
    assert rejoin_cut_rows(rows)[2] == [
        "Tháng 08/2024",
        "- Rà soát hộ nghèo\n- Sinh hoạt chuyên đề: Chuyển đổi cây trồng",
        "- Ban nhân dân ấp\n- Đ/c Kim Văn Sơn",
    ]


def test_a_title_cut_from_its_row_and_a_month_grids_tenth_month_read_apart():
    from chibo.importer.ocr import _SPACED_MONTH, rejoin_cut_rows

    # the scan twin of plan 63: a month grid whose title's last line stands as a row of its own
    rows = [
        ["Nội dung \\ Tháng", "1", "2", "3", "Phụ trách"],
        ["Họp chi bộ thường kỳ", "X", "X", "X", "Bí thư"],
        ["Sinh hoạt chuyên đề: Xây dựng chi bộ kiểu mẫu gắn với xây", "", "", "X", "đ/c Thịnh"],
        ["dựng nông thôn mới kiểu mẫu", "", "", "", ""],
        ["Sơ kết 6 tháng", "", "", "", "Chi ủy"],
    ]
    assert [r[0] for r in rejoin_cut_rows(rows)] == [
        "Nội dung \\ Tháng",
        "Họp chi bộ thường kỳ",
        "Sinh hoạt chuyên đề: Xây dựng chi bộ kiểu mẫu gắn với xây dựng nông thôn mới kiểu mẫu",
        "Sơ kết 6 tháng",
    ]
    # near miss: a row whose text opens with a capital is a row of its own
    assert rejoin_cut_rows(rows[:3] + [["Dựng lại nhà văn hóa", "", "", "", ""]])[-1][0] == (
        "Dựng lại nhà văn hóa"
    )
    assert [_SPACED_MONTH.sub(r"\1\2", c) for c in ("1 0", "1 1", "1 2", "1 3", "2 0")] == [
        "10",
        "11",
        "12",
        "1 3",
        "2 0",
    ]


def test_an_em_dash_ending_a_scans_line_is_the_en_dash_typed():
    from chibo.importer.text import _scanned

    # the scan twin of plan 303: 'xanh – an toàn –' over 'thân thiện'
    assert _scanned("trường mầm non xanh — an toàn —") == "trường mầm non xanh – an toàn –"
    assert _scanned("an toàn —\nthân thiện") == "an toàn –\nthân thiện"
    assert _scanned("—") == "—"  # near miss: a dash alone on its line ends nothing


def test_a_fields_label_set_apart_by_a_tab_is_no_column_of_a_table():
    from chibo.importer.ocr import _FIELD_LABEL, _field_label

    # the scan twin of plan 118: cards of topics whose fields are tabbed on paper
    assert _field_label("Thời gian:") and _field_label("Chủ trì:\t")
    assert _FIELD_LABEL.sub(r"\1 ", "Thời gian:\tQuý II/2026 (tháng 5)") == (
        "Thời gian: Quý II/2026 (tháng 5)"
    )
    # near misses: a signature block's recipients, a header's cell, a time before a colon
    assert not _field_label("Nơi nhận:")
    assert not _field_label("ĐẢNG BỘ PHƯỜNG THỦ DẦU MỘT")
    assert not _field_label("Nơi nhận:\n- Đảng ủy phường")
    assert not _field_label("15/9:")


def test_a_sentence_of_times_wrapped_after_a_semicolon_is_one_line():
    from chibo.importer.text import Line, rejoin

    # the scan twin of plan 278: its section of times, wrapped by the page after a clause
    lines = rejoin(
        [
            Line("Chuyên đề về giáo dục truyền thống sinh hoạt vào tháng 4/2023 (dịp 30/4);"),
            Line("chuyên đề về chuyển đổi số: tháng 6/2023; chuyên đề về Quy định 69: tháng 10,"),
            Line("ngày cụ thể Chi ủy thông báo sau."),
        ]
    )
    assert len(lines) == 1 and "(dịp 30/4); chuyên đề về chuyển đổi số" in lines[0].text
    # near misses: a line in capitals or a bullet after a semicolon opens its own
    kept = rejoin([Line("Giữ gìn an ninh trật tự;"), Line("Chuyên đề 2: Xây dựng đời sống")])
    assert len(kept) == 2
    kept = rejoin([Line("Giữ gìn an ninh trật tự;"), Line("chuyên đề 2", bullet="-")])
    assert len(kept) == 2


def test_a_column_of_month_codes_read_from_a_scan():
    from chibo.importer.shapes import topics_named_by_time
    from chibo.importer.text import Line

    # the scan twin of plan 269: 'CĐ T3' read 'CĐ 13', 'CĐ T5' read 'CĐT5'
    rows = [
        ["Chuyên đề", "Nội dung", "Người thực hiện"],
        ["CĐ T10", "Quán triệt Nghị quyết Đại hội Chi bộ", "Đ/c Nguyễn Văn Khánh"],
        ["CĐ 13", "Học tập và làm theo Bác về tinh thần tự học", "Đ/c Đỗ Văn Thành"],
        ["CĐT5", "Bồi dưỡng quần chúng ưu tú", "Đ/c Trần Thị Hải Yến"],
    ]
    out = topics_named_by_time(Line("", rows=rows)).rows
    assert [r[0] for r in out] == ["Thời gian", "T10", "T3", "T5"]
    # near miss: topics numbered 13, 14, 15 are no months
    numbered = [
        rows[0],
        *[["CĐ " + n, *r[1:]] for n, r in zip(("13", "14", "15"), rows[1:], strict=True)],
    ]
    assert topics_named_by_time(Line("", rows=numbered)).rows == numbered


def test_a_quarter_numeral_whose_first_stroke_was_read_as_a_bracket():
    from .test_scan_marks_r14 import _numeral_read_as

    # the scan twin of plan 106: "chuyên đề quý [II “…”" for quý III
    assert _numeral_read_as("III", "[II", "quý") == "III"
    assert _numeral_read_as("II", "[I", "Quý") == "II"
    assert _numeral_read_as("II", "[I", "Điều") == "[I"  # near miss: after no "Quý"


def test_a_sections_numeral_with_a_comma_for_its_stop():
    from chibo.importer.text import _scanned

    # the scan twin of plan 192: 'I, ĐÁNH GIÁ …' — last year's topics then read as this year's
    assert _scanned("I, ĐÁNH GIÁ VIỆC SINH HOẠT CHUYÊN ĐỀ NĂM 2019") == (
        "I. ĐÁNH GIÁ VIỆC SINH HOẠT CHUYÊN ĐỀ NĂM 2019"
    )
    # near misses: a numeral in a sentence, a list of numerals
    assert _scanned("I, Đ/c An chuẩn bị") == "I, Đ/c An chuẩn bị"
    assert _scanned("Quý I, II và III") == "Quý I, II và III"


def test_a_list_items_number_with_a_comma_and_a_closing_bracket_for_a_stroke():
    from chibo.importer.text import _scanned

    from .test_scan_marks_r14 import _numeral_read_as

    # the scan twin of plan 259: '3, Đổi mới …' (its topic then missing), '(Quý ])'
    assert _scanned("3, Đổi mới, phát triển kinh tế tập thể") == (
        "3. Đổi mới, phát triển kinh tế tập thể"
    )
    assert _scanned("15, 16 tháng 3") == "15, 16 tháng 3"  # near miss: numbers in a list
    assert _scanned("2, 3 và 4") == "2, 3 và 4"
    assert _numeral_read_as("I)", "])", "(Quý") == "I)"
