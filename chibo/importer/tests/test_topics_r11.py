"""Topics and their people read in session 11 (issue 17): a list of assignments whose lines open
with a title or a post ("TS. A – Trưởng khoa: chủ trì chuyên đề 1 và chuyên đề 4"), with the month
("Tháng 2: đ/c A chuẩn bị") or with a short form of the title ("Chuyên đề về chuyển đổi số: đ/c
B"); a table with two people columns ("Người chủ trì" beside "Người thực hiện") and a column of
guests ("Người dự", "Thành phần") that gives no presenter. Each with the near miss that must stay
as it is. Every text is made up here, as cells type them.
"""

from __future__ import annotations

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.tests.builders import docx_bytes, text_plan
from chibo.importer.topics import guests_heading


def _plan(text: str, name: str = "kehoach.txt"):
    return text_plan(text, name)


def _people(plan) -> list[list[str]]:
    return [sorted(p.name for p in t.presenters if p.name) for t in plan.topics]


HEAD = """\
ĐẢNG BỘ TRƯỜNG ĐẠI HỌC ĐÔNG Á
CHI BỘ KHOA KINH TẾ
Số 03-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Đà Nẵng, ngày 05 tháng 01 năm 2024
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
Chi bộ Khoa Kinh tế xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng sinh hoạt chi bộ.
II. NỘI DUNG
Chuyên đề 1: Học tập và làm theo Bác về tinh thần tự học của nhà giáo (tháng 3/2024).
Chuyên đề 2: Chuyển đổi số trong quản lý đào tạo của Khoa (tháng 6/2024).
Chuyên đề 3: Nâng cao chất lượng nghiên cứu khoa học của giảng viên trẻ (tháng 9/2024).
III. PHÂN CÔNG THỰC HIỆN
"""

BY_TITLE_AND_POST = (
    HEAD
    + """\
- PGS.TS. Trần Văn Hải – Trưởng khoa, Bí thư Chi bộ: chủ trì chuyên đề 1 và chuyên đề 3; chỉ đạo chung.
- ThS. Lê Thị Thu – Chi ủy viên: chuẩn bị chuyên đề 2; cùng ThS. Phan Văn Lộc chuẩn bị chuyên đề 3.
- Các đảng viên khác đọc tài liệu, tham gia ý kiến.
"""
)


def test_assignment_lines_headed_by_a_title_or_a_post_point_by_number():
    assert _people(_plan(BY_TITLE_AND_POST)) == [
        ["Trần Văn Hải"],
        ["Lê Thị Thu"],
        ["Lê Thị Thu", "Phan Văn Lộc", "Trần Văn Hải"],
    ]


BY_MONTH = (
    HEAD
    + """\
- Tháng 3: đ/c Hồ Văn Nam – Bí thư Chi bộ chuẩn bị báo cáo, gửi chi ủy trước 07 ngày.
- Tháng 6: đ/c Võ Thị Hoa (đề dẫn), đ/c Đặng Văn Tú (tham luận) chuẩn bị báo cáo.
- Tháng 9: Chi ủy sẽ phân công sau.
"""
)


def test_assignment_lines_headed_by_a_month_point_to_that_months_topic():
    # the third line opens with no one: it gives the topic of September nobody
    assert _people(_plan(BY_MONTH))[:3] == [["Hồ Văn Nam"], ["Võ Thị Hoa", "Đặng Văn Tú"], []]


BY_SHORT_TITLE = (
    HEAD
    + """\
- Chuyên đề về chuyển đổi số: đ/c Mai Văn Khoa chuẩn bị.
- Chuyên đề về công tác đoàn thể: đ/c Lý Thị Hằng chuẩn bị.
"""
)


def test_an_assignment_by_a_short_form_of_the_title():
    # the second short form names no topic of the plan: nobody is given to one
    assert _people(_plan(BY_SHORT_TITLE)) == [[], ["Mai Văn Khoa"], []]


def _docx(rows: list[list[str]]) -> bytes:
    return docx_bytes(
        [
            "ĐẢNG BỘ XÃ LÓNG PHIÊNG",
            "CHI BỘ ĐỘI CÔNG TÁC",
            "Số 02-KH/CB",
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề năm 2026",
            "Chi bộ Đội công tác xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
            rows,
        ]
    )


def test_two_people_columns_both_give_presenters_and_guests_none():
    data = _docx(
        [
            ["Thời gian", "Nội dung", "Người chủ trì", "Người thực hiện", "Người dự"],
            [
                "Tháng 3/2026",
                "Chuyên đề: Phát huy vai trò đảng viên phụ trách hộ gia đình",
                "Thiếu tá Hà Văn Bình",
                "Đại úy Lò Văn Sơn",
                "Đ/c Lường Văn Pấng – Bí thư Đảng ủy xã",
            ],
            [
                "Tháng 6/2026",
                "Chuyên đề: Vận động nhân dân không di cư tự do",
                "Thiếu tá Hà Văn Bình",
                "Trung úy Cầm Văn Thủy; Đại úy Lò Văn Sơn",
                "Đ/c Quàng Thị Ên – Chủ tịch Hội Phụ nữ xã",
            ],
        ]
    )
    plan = parse_plan(read_document(data, "kehoach.docx"))
    assert [(t.quarter, t.month) for t in plan.topics] == [(1, 3), (2, 6)]
    assert _people(plan) == [
        ["Hà Văn Bình", "Lò Văn Sơn"],
        ["Cầm Văn Thủy", "Hà Văn Bình", "Lò Văn Sơn"],
    ]


def test_guests_headings():
    for heading in ("Người dự", "Thành phần", "Thành phần tham dự", "Đại biểu mời", "Khách mời"):
        assert guests_heading(heading), heading
    for heading in ("Người thực hiện", "Người chủ trì", "Người chuẩn bị", "Thời gian"):
        assert not guests_heading(heading), heading


POST_AFTER_NAME = """\
ĐẢNG BỘ XÃ IA KRÊL
CHI BỘ LÀNG KRÊL
Số 01-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Ia Krêl, ngày 06 tháng 01 năm 2025
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
I. NỘI DUNG
- Tháng 3 (quý I), sinh hoạt chuyên đề “Đoàn kết các dân tộc trong làng giữ gìn an ninh trật tự”; Trưởng thôn Rơ Mah Hyơ, Bí thư Chi bộ.
- Tháng 6 (quý II), sinh hoạt chuyên đề “Phát triển cây cà phê bền vững gắn với giảm nghèo”; Trưởng thôn, Chi hội trưởng Phụ nữ.
- Tháng 9 (quý III), sinh hoạt chuyên đề “Giữ gìn bản sắc văn hóa cồng chiêng của làng”; Trưởng ban công tác Mặt trận Ksor Nơi chuẩn bị và trình bày.
II. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc các đồng chí được phân công.
"""


def test_a_sentence_names_its_people_by_post_with_no_dong_chi():
    plan = _plan(POST_AFTER_NAME)
    assert [(t.quarter, t.month) for t in plan.topics] == [(1, 3), (2, 6), (3, 9)]
    # a clause with no verb names its people by post, the post first or after the name; posts
    # with no name name no one
    assert _people(plan) == [["Rơ Mah Hyơ"], [], ["Ksor Nơi"]]


def test_in_a_table_of_tasks_only_the_rows_marked_as_thematic_meetings_are_topics():
    data = _docx(
        [
            ["TT", "Nội dung công tác", "Thời gian", "Người phụ trách", "Phối hợp"],
            [
                "1",
                "Ra quân làm đường bê tông nội thôn",
                "Tháng 3/2026",
                "Đ/c Hà Văn Bình",
                "Chi đoàn",
            ],
            [
                "2",
                "Sinh hoạt chuyên đề: Trồng, chăm sóc rừng gắn với phòng, chống cháy rừng",
                "Tháng 6/2026",
                "Đ/c Lò Văn Sơn – Chi hội trưởng Cựu chiến binh",
                "Kiểm lâm địa bàn Trần Văn Hậu",
            ],
            ["3", "Bình xét hộ nghèo, hộ cận nghèo", "Tháng 10/2026", "Trưởng thôn", "Mặt trận"],
            [
                "4",
                "Sinh hoạt chuyên đề: Xóa bỏ tảo hôn trong đồng bào dân tộc",
                "Tháng 11/2026",
                "Đ/c Quàng Thị Ên – Chi hội trưởng Phụ nữ",
                "Trạm Y tế xã",
            ],
        ]
    )
    plan = parse_plan(read_document(data, "kehoach.docx"))
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (2, 6, "Trồng, chăm sóc rừng gắn với phòng, chống cháy rừng"),
        (4, 11, "Xóa bỏ tảo hôn trong đồng bào dân tộc"),
    ]
    assert _people(plan) == [["Lò Văn Sơn"], ["Quàng Thị Ên"]]


def test_a_column_of_members_who_share_the_work_gives_those_named_after_dong_chi():
    data = _docx(
        [
            ["Nội dung chuyên đề", "Thời gian", "Đồng chí phụ trách", "Phối hợp"],
            [
                "Vai trò của chi bộ trong doanh nghiệp: quy chế phối hợp với Ban Giám đốc",
                "Tháng 3/2026",
                "Đ/c Hà Văn Bình – Bí thư",
                "Ban Giám đốc công ty",
            ],
            [
                "Chăm lo việc làm và an toàn lao động cho người lao động",
                "Tháng 6/2026",
                "Đ/c Lường Thị Hoa – Kế toán trưởng",
                "Đ/c Võ Minh Quân – Tổ trưởng sản xuất",
            ],
        ]
    )
    plan = parse_plan(read_document(data, "kehoach.docx"))
    assert _people(plan) == [["Hà Văn Bình"], ["Lường Thị Hoa", "Võ Minh Quân"]]


def _docx_after(paragraphs: list[str], rows: list[list[str]]) -> bytes:
    return docx_bytes(
        [
            "ĐẢNG BỘ PHƯỜNG THIỆN AN",
            "CHI BỘ TRƯỜNG TIỂU HỌC HÒA BÌNH",
            "Số 02-KH/CB",
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề năm học 2020 – 2021",
            "Chi bộ Trường Tiểu học Hòa Bình xây dựng kế hoạch sinh hoạt chuyên đề như sau:",
            *paragraphs,
            rows,
        ]
    )


def test_a_table_of_each_members_duties_points_to_topics_and_holds_none():
    data = _docx_after(
        [
            "I. CÁC CHUYÊN ĐỀ",
            "1. Tháng 11/2020: Học tập và làm theo Bác về đạo đức, lối sống nhà giáo.",
            "2. Tháng 3/2021: Thực hiện Chương trình giáo dục phổ thông 2018 ở lớp 2.",
            "II. PHÂN CÔNG NHIỆM VỤ ĐẢNG VIÊN",
        ],
        [
            ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ trong Chi bộ"],
            [
                "1",
                "Nguyễn Thị Hồng",
                "Bí thư Chi bộ",
                "Phụ trách chung;\nChuẩn bị chuyên đề tháng 11/2020.",
            ],
            [
                "2",
                "Trần Văn Nam",
                "Phó Bí thư",
                "Phụ trách kiểm tra, giám sát;\nCùng đ/c Lan chuẩn bị chuyên đề tháng 3/2021.",
            ],
            ["3", "Phạm Thị Lan", "Đảng viên", "Tham gia chuẩn bị chuyên đề tháng 3/2021."],
            ["4", "Đỗ Văn Quang", "Đảng viên", "Phụ trách công tác Đội, Sao Nhi đồng."],
        ],
    )
    plan = parse_plan(read_document(data, "kehoach.docx"))
    assert [(t.month, t.title) for t in plan.topics] == [
        (11, "Học tập và làm theo Bác về đạo đức, lối sống nhà giáo"),
        (3, "Thực hiện Chương trình giáo dục phổ thông 2018 ở lớp 2"),
    ]
    people = _people(plan)
    assert people[0] == ["Nguyễn Thị Hồng"]
    assert {"Trần Văn Nam", "Phạm Thị Lan"} <= set(people[1])


def test_a_months_schedule_with_the_topics_in_their_own_column():
    data = _docx(
        [
            [
                "Tháng",
                "Nội dung sinh hoạt thường kỳ",
                "Sinh hoạt chuyên đề",
                "Người chuẩn bị chuyên đề",
            ],
            ["Tháng 1", "Triển khai nghị quyết năm; chuẩn bị Tết", "", ""],
            ["Tháng 2", "Ra quân làm đường bê tông", "Không tổ chức (nghỉ Tết Nguyên đán)", ""],
            [
                "Tháng 3",
                "Đánh giá tháng 2; kế hoạch trồng mới cà phê",
                "Huy động nhân dân bê tông hóa đường giao thông nông thôn",
                "đ/c Nguyễn Văn Hải (Bí thư)",
            ],
            ["Tháng 5", "Kiểm tra việc đảng viên giữ mối liên hệ nơi cư trú", "", ""],
            [
                "Tháng 6",
                "Đánh giá tiến độ làm đường; phòng, chống dịch bệnh",
                "Chăm sóc cà phê, cao su; áp dụng khoa học kỹ thuật vào sản xuất",
                "đ/c Hà Thị Đông (Chi ủy viên)",
            ],
        ]
    )
    plan = parse_plan(read_document(data, "kehoach.docx"))
    assert [(t.month, t.title) for t in plan.topics] == [
        (3, "Huy động nhân dân bê tông hóa đường giao thông nông thôn"),
        (6, "Chăm sóc cà phê, cao su; áp dụng khoa học kỹ thuật vào sản xuất"),
    ]
    assert _people(plan) == [["Nguyễn Văn Hải"], ["Hà Thị Đông"]]


WHEN_WHO_WHAT = """\
ĐẢNG BỘ XÃ PHA LONG
CHI BỘ THÔN LÙNG PHÌNH
Số 01-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Pha Long, ngày 10 tháng 01 năm 2024
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
I. LỊCH SINH HOẠT CHUYÊN ĐỀ
Chi bộ sinh hoạt chuyên đề kết hợp với kỳ sinh hoạt thường kỳ ngày 03 của tháng:
Tháng 3/2024, đồng chí Giàng Seo Phủ – Bí thư Chi bộ, chuyên đề: Xóa bỏ hủ tục trong việc cưới, việc tang.
Tháng 8/2024, đồng chí Sùng Thị Dợ – Chi hội trưởng Phụ nữ và đồng chí Lù A Sử – Bí thư Chi đoàn, chuyên đề: Phòng, chống tảo hôn; vận động học sinh đến trường.
Tháng 12/2024, Chi bộ kiểm điểm, đánh giá chất lượng đảng viên, chuyên đề: không.
II. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc việc chuẩn bị.
"""


def test_a_line_telling_when_then_who_then_the_topic():
    plan = _plan(WHEN_WHO_WHAT)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, 3, "Xóa bỏ hủ tục trong việc cưới, việc tang"),
        (3, 8, "Phòng, chống tảo hôn; vận động học sinh đến trường"),
    ]
    assert _people(plan) == [["Giàng Seo Phủ"], ["Lù A Sử", "Sùng Thị Dợ"]]


WITH_THEME = """\
ĐẢNG BỘ PHƯỜNG HỒNG HÀ
CHI BỘ TRƯỜNG MẦM NON HOA SEN
Số 02-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Hồng Hà, ngày 20 tháng 9 năm 2019
KẾ HOẠCH
Sinh hoạt chuyên đề năm học 2019 – 2020
I. NỘI DUNG, THỜI GIAN
a) CĐ1 – Tháng 10/2019 (quý IV): Sinh hoạt chuyên đề với chủ đề “Học tập và làm theo Bác về tinh thần yêu thương trẻ”.
b) CĐ.02 – Tháng 3/2020 (quý I): Sinh hoạt chuyên đề với chủ đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”.
II. PHÂN CÔNG THỰC HIỆN
- CĐ1: đ/c Ngô Thị Hân – Bí thư Chi bộ chuẩn bị và trình bày.
- CĐ.02: đ/c Phan Thị Hòa – Chi ủy viên chuẩn bị.
"""


def test_a_topic_with_its_theme_in_quotes_and_a_dotted_code():
    plan = _plan(WITH_THEME)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (4, 10, "Học tập và làm theo Bác về tinh thần yêu thương trẻ"),
        (1, 3, "Xây dựng trường mầm non lấy trẻ làm trung tâm"),
    ]
    assert _people(plan) == [["Ngô Thị Hân"], ["Phan Thị Hòa"]]


MONTHS_WITH_ITEMS = """\
ĐẢNG BỘ XÃ ĐỒNG LƯƠNG
CHI BỘ THÔN BA BẢN
Số 01-CTr/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Đồng Lương, ngày 06 tháng 01 năm 2023
CHƯƠNG TRÌNH
Sinh hoạt chi bộ năm 2023
I. NỘI DUNG SINH HOẠT CÁC THÁNG
Tháng 2/2023
a) Đánh giá kết quả thực hiện nghị quyết tháng 1; triển khai nhiệm vụ tháng 2/2023.
b) Ra quân trồng rừng đầu xuân.
Tháng 3/2023
a) Đánh giá kết quả thực hiện nghị quyết tháng 2; triển khai nhiệm vụ tháng 3/2023.
b) Sinh hoạt chuyên đề (quý I) với chủ đề “Giữ gìn bản sắc văn hóa Mường trong việc cưới, việc tang”: đ/c Phạm Văn Hưng – Bí thư Chi bộ chủ trì.
II. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc việc chuẩn bị.
"""


def test_a_topic_with_its_theme_among_a_months_items():
    plan = _plan(MONTHS_WITH_ITEMS)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, 3, "Giữ gìn bản sắc văn hóa Mường trong việc cưới, việc tang"),
    ]
    assert _people(plan) == [["Phạm Văn Hưng"]]


QUARTER_AFTER_NUMBER = """\
ĐẢNG BỘ XÃ NA MÈO
CHI BỘ BẢN SÁNG
Số 01-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Na Mèo, ngày 14 tháng 12 năm 2021
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2022
I. CÁC CHUYÊN ĐỀ
Chuyên đề 1 – Quý I: Bảo vệ đường biên, mốc giới; giữ gìn an ninh trật tự
Thời gian: kỳ sinh hoạt tháng 3/2022
Người trình bày: đ/c Lữ Văn Lập – Bí thư Chi bộ
Chuyên đề 2 – Quý III: Phát triển sản xuất: trồng luồng, keo, chăn nuôi gia súc
Thời gian: kỳ sinh hoạt tháng 10/2022 (sau khi gặt xong lúa mùa)
Người trình bày: đ/c Lò Văn Thiết – Phó Bí thư Chi bộ
II. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc việc chuẩn bị.
"""


def test_a_quarter_after_the_topics_number_leaves_the_title_and_is_kept():
    plan = _plan(QUARTER_AFTER_NUMBER)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, 3, "Bảo vệ đường biên, mốc giới; giữ gìn an ninh trật tự"),
        (3, 10, "Phát triển sản xuất: trồng luồng, keo, chăn nuôi gia súc"),
    ]
    assert plan.topics[1].conflicts  # October is not in the third quarter: kept and flagged


def test_a_schedule_naming_the_guides_topics_by_number_gives_them_time_and_people():
    data = _docx_after(
        [
            "I. CÁC CHUYÊN ĐỀ",
            "Hướng dẫn số 05-HD/ĐUK gợi ý 04 chuyên đề để các chi bộ lựa chọn:",
            "1. Học tập và làm theo Bác về nêu cao tinh thần trách nhiệm",
            "2. Nâng cao chất lượng sinh hoạt chi bộ trong các cơ quan",
            "3. Đổi mới, nâng cao hiệu quả kinh tế tập thể, hợp tác xã",
            "4. Thực hành tiết kiệm, chống lãng phí trong cơ quan",
        ],
        [
            ["Kỳ sinh hoạt", "Chuyên đề", "Người chuẩn bị"],
            ["Tháng 3/2016 (Quý I)", "Chuyên đề số 1 (theo Hướng dẫn)", "Đ/c Lý Thị Mỹ Hạnh"],
            ["Tháng 9/2016 (Quý III)", "Chuyên đề số 4 (theo Hướng dẫn)", "Đ/c Dương Thị Oanh"],
        ],
    )
    plan = parse_plan(read_document(data, "kehoach.docx"))
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, 3, "Học tập và làm theo Bác về nêu cao tinh thần trách nhiệm"),
        (3, 9, "Thực hành tiết kiệm, chống lãng phí trong cơ quan"),
    ]
    assert _people(plan) == [["Lý Thị Mỹ Hạnh"], ["Dương Thị Oanh"]]


TITLE_THEN_DETAILS = """\
ĐẢNG BỘ XÃ AN NINH
CHI BỘ ẤP CHÂU THÀNH
Số 01-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
An Ninh, ngày 08 tháng 01 năm 2026
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng sinh hoạt chi bộ
Thời gian: cả năm 2026
II. NỘI DUNG
QUÝ I
- Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
Thời gian: 03/2026
Phụ trách: đ/c Lý Thanh Tùng – Bí thư Chi bộ
QUÝ II
- Giữ vững danh hiệu ấp văn hóa; đoàn kết đồng bào Kinh, Khmer, Hoa
Thời gian: 05/2026
Phụ trách: đ/c Sơn Thị Sa Ly + đ/c Trần Văn Đức
III. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc việc chuẩn bị.
"""


def test_a_bare_title_then_its_time_and_people_on_labelled_lines():
    plan = _plan(TITLE_THEN_DETAILS)
    assert [(t.quarter, t.month, t.title) for t in plan.topics] == [
        (1, 3, "Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
        (2, 5, "Giữ vững danh hiệu ấp văn hóa; đoàn kết đồng bào Kinh, Khmer, Hoa"),
    ]
    assert _people(plan) == [["Lý Thanh Tùng"], ["Sơn Thị Sa Ly", "Trần Văn Đức"]]
