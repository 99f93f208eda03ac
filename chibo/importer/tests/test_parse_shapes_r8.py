"""Shapes of topics read in session 8 (issue 17), each with a near miss that must not become a
topic: a topic named by its time before its title ("Sinh hoạt chuyên đề quý 1: “Tên”",
"Chuyên đề Q1 (…): Tên", "SHCĐ (T3): “Tên”"), the time told in a clause after a quoted title,
a quoted topic in a row of a table of tasks, a notice whose subject is the topics, and the
topics of a list of assignments headed by the people ("1. Đồng chí A – Bí thư:"). Every text is
made up here, as cells type them.
"""

from __future__ import annotations

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.text import Line
from chibo.importer.topics import mentions_in, merge


def _plan(text: str, name: str = "kehoach.txt"):
    return parse_plan(read_document(text.encode("utf-8"), name))


def _topics(text: str) -> list[tuple[int | None, int | None, str]]:
    return [(t.quarter, t.month, t.title) for t in _plan(text).topics]


HEAD = """\
ĐẢNG BỘ XÃ HÒA AN
CHI BỘ THÔN ĐÔNG
Số 02-CTr/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa An, ngày 10 tháng 01 năm 2025
"""

TIME_BEFORE_QUOTED_TITLE = (
    HEAD
    + """\
CHƯƠNG TRÌNH
sinh hoạt chi bộ năm 2025
Chi bộ thôn Đông xây dựng chương trình sinh hoạt năm 2025 như sau:
I. NỘI DUNG TỪNG THÁNG
Tháng Hai:
  - Sinh hoạt thường kỳ: ra quân làm thủy lợi đầu năm.
  - Sinh hoạt chuyên đề quý 1: “Đảng viên đi đầu trong dồn điền đổi thửa ở thôn”; người chuẩn bị: đồng chí Đỗ Văn Khải.
Tháng Năm:
  - Sinh hoạt chuyên đề (Q2): “Giữ gìn vệ sinh môi trường nông thôn, phân loại rác tại hộ”; người chuẩn bị: đồng chí Mai Thị Hạnh.
Tháng Tám:
  - Sinh hoạt thường kỳ: phòng, chống lụt bão; thu đảng phí quý II.
  - Sinh hoạt chuyên đề q.3: “Phát huy dân chủ ở cơ sở trong xây dựng đường làng”; người chuẩn bị: đồng chí Đỗ Văn Khải.
II. TỔ CHỨC THỰC HIỆN
- Sinh hoạt chuyên đề mỗi quý một lần: đảng viên chuẩn bị ý kiến trước kỳ họp.
"""
)


def test_time_before_a_quoted_title_under_month_headings():
    assert _topics(TIME_BEFORE_QUOTED_TITLE) == [
        (1, 2, "Đảng viên đi đầu trong dồn điền đổi thửa ở thôn"),
        (2, 5, "Giữ gìn vệ sinh môi trường nông thôn, phân loại rác tại hộ"),
        (3, 8, "Phát huy dân chủ ở cơ sở trong xây dựng đường làng"),
    ]


TIME_BEFORE_UNQUOTED_TITLE = (
    HEAD
    + """\
CHƯƠNG TRÌNH CÔNG TÁC
NĂM 2025
Chi bộ thôn Đông đề ra chương trình công tác năm 2025 như sau:
I. NHIỆM VỤ TRỌNG TÂM
Sinh hoạt chuyên đề mỗi quý một lần vào kỳ họp đầu tháng.
II. CHƯƠNG TRÌNH CỤ THỂ
QUÝ I
1. Tổ chức đón Tết vui tươi, an toàn.
2. Sinh hoạt chuyên đề tuần 2 tháng 3/2025: Nâng cao vai trò của tổ tự quản trong giữ gìn trật tự thôn. Người chuẩn bị: đ/c Đỗ Văn Khải.
QUÝ II
1. Chuyên đề Q2 (kỳ sinh hoạt tháng 5/2025 – bổ sung): Vận động hộ nghèo vay vốn đúng mục đích. Đ/c Mai Thị Hạnh (chủ trì); đ/c Đỗ Văn Khải.
2. Chuyên đề quý III Chi bộ sẽ phân công: tại kỳ họp tháng 6/2025 theo ý kiến của đảng viên.
3. Sinh hoạt chuyên đề mỗi quý: đảng viên gửi ý kiến bằng văn bản cho chi ủy.
"""
)


def test_time_before_an_unquoted_title_and_near_misses():
    topics = _plan(TIME_BEFORE_UNQUOTED_TITLE).topics
    assert [(t.quarter, t.month, t.title) for t in topics] == [
        (1, 3, "Nâng cao vai trò của tổ tự quản trong giữ gìn trật tự thôn"),
        (2, 5, "Vận động hộ nghèo vay vốn đúng mục đích"),
    ]
    assert [p.name for p in topics[1].presenters] == ["Mai Thị Hạnh", "Đỗ Văn Khải"]


TIME_AFTER_QUOTED_TITLE = (
    HEAD
    + """\
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
I. YÊU CẦU
Mỗi quý một chuyên đề.
II. PHÂN CÔNG
1. Đ/c Đỗ Văn Khải – Bí thư: chuyên đề “Đảng viên gương mẫu nộp quỹ, đóng góp xây dựng thôn”; vào kỳ sinh hoạt tháng 4/2025 (chuyên đề quý I).
2. Đ/c Mai Thị Hạnh: chuyên đề “Phụ nữ thôn Đông phát triển kinh tế hộ”; tháng 6/2025 (quý II).
"""
)


def test_time_in_a_clause_after_a_quoted_title():
    assert _topics(TIME_AFTER_QUOTED_TITLE) == [
        (1, 4, "Đảng viên gương mẫu nộp quỹ, đóng góp xây dựng thôn"),
        (2, 6, "Phụ nữ thôn Đông phát triển kinh tế hộ"),
    ]


NOTICE_OF_ASSIGNMENTS = (
    HEAD.replace("CTr", "TB")
    + """\
THÔNG BÁO
Phân công chuẩn bị sinh hoạt chuyên đề năm 2025
Chi bộ thôn Đông thông báo phân công chuẩn bị sinh hoạt chuyên đề năm 2025 như sau:
1. Đồng chí Đỗ Văn Khải – Bí thư Chi bộ:
- Chuyên đề quý I: “Chi bộ lãnh đạo chuyển đổi giống lúa chất lượng cao”; sinh hoạt vào kỳ tháng Hai.
2. Đồng chí Mai Thị Hạnh – Chi hội trưởng phụ nữ:
- Chuyên đề quý II: “Xây dựng gia đình văn hóa, không bạo lực”; sinh hoạt vào kỳ tháng Năm.
Các đồng chí gửi đề cương cho Bí thư trước kỳ sinh hoạt một tuần.
"""
)


def test_notice_whose_subject_is_the_topics():
    topics = _plan(NOTICE_OF_ASSIGNMENTS).topics
    assert [(t.quarter, t.month, t.title) for t in topics] == [
        (1, 2, "Chi bộ lãnh đạo chuyển đổi giống lúa chất lượng cao"),
        (2, 5, "Xây dựng gia đình văn hóa, không bạo lực"),
    ]
    # The person over each item prepares its topics.
    assert [[p.name for p in t.presenters] for t in topics] == [["Đỗ Văn Khải"], ["Mai Thị Hạnh"]]


def test_notice_about_something_else_reads_no_topic_from_a_labelled_list():
    text = NOTICE_OF_ASSIGNMENTS.replace(
        "Phân công chuẩn bị sinh hoạt chuyên đề năm 2025", "Lịch trực Tết năm 2025"
    ).replace("Chuyên đề quý", "Trực Tết quý")
    assert _topics(text) == []


TASKS = [
    ["STT", "Nhiệm vụ", "Thời gian", "Phân công"],
    ["1", "Quán triệt Nghị quyết Chi bộ năm 2025", "Tháng 01", "Đ/c Đỗ Văn Khải"],
    [
        "2",
        "- Kiểm tra sổ sách đảng phí\n- SHCĐ (T3): “Đảng viên gương mẫu chấp hành kỷ luật lao động” – đ/c Hà Văn Lâm trình bày",
        "Quý I",
        "đ/c Mai Thị Hạnh\nđ/c Hà Văn Lâm",
    ],
    ["3", "Sinh hoạt thường kỳ: “Tổng kết năm”", "Tháng 12", "Đ/c Đỗ Văn Khải"],
]


def test_a_quoted_topic_in_a_row_of_a_task_table():
    topics = merge(mentions_in([Line("", rows=TASKS)], [""]))
    assert [(t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in topics] == [
        (1, 3, "Đảng viên gương mẫu chấp hành kỷ luật lao động", ["Hà Văn Lâm"])
    ]


PERSON_THEN_LABELLED_TOPIC = (
    HEAD.replace("CTr", "TB")
    + """\
THÔNG BÁO
phân công chuẩn bị sinh hoạt chuyên đề năm 2025
Chi ủy thông báo phân công đảng viên chuẩn bị các chuyên đề năm 2025 như sau:
1. Đồng chí Đỗ Văn Khải, Bí thư Chi bộ
Chuẩn bị chuyên đề: Đảng viên gương mẫu hiến đất mở rộng đường liên xóm.
Cùng chuẩn bị: đ/c Hà Văn Lâm.
Thời gian sinh hoạt: kỳ sinh hoạt tháng 4/2025 (quý II).
2. Đồng chí Mai Thị Hạnh, Chi ủy viên
Chuẩn bị chuyên đề: đ/c Mai Thị Hạnh.
Thời gian sinh hoạt: tháng 9/2025.
"""
)


def test_a_person_then_the_topic_they_prepare_as_labelled_lines():
    topics = _plan(PERSON_THEN_LABELLED_TOPIC).topics
    # The second item names no topic ("Chuẩn bị chuyên đề: đ/c …" is who, not what).
    assert [(t.quarter, t.month, t.title) for t in topics] == [
        (2, 4, "Đảng viên gương mẫu hiến đất mở rộng đường liên xóm")
    ]
    assert [p.name for p in topics[0].presenters] == ["Đỗ Văn Khải", "Hà Văn Lâm"]


BRACKETED_TIMES_UNDER_A_LEAD_IN = (
    HEAD.replace("CTr", "NQ")
    + """\
NGHỊ QUYẾT về nhiệm vụ năm 2025
Chi bộ thôn Đông họp và thống nhất quyết nghị nhiệm vụ năm 2025 như sau:
I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Lãnh đạo thôn hoàn thành kế hoạch sản xuất năm 2025.
2. Sinh hoạt chuyên đề: mỗi quý một kỳ, ghép vào kỳ sinh hoạt thường kỳ đầu tháng:
- Sáu tháng đầu năm:
- (tháng Hai) Vận động nhân dân giữ gìn đường làng xanh, sạch, đẹp – đ/c Đỗ Văn Khải – Bí thư chuẩn bị.
- (tháng 5) Phát triển mô hình nuôi cá lồng trên sông – đ/c Mai Thị Hạnh chuẩn bị.
- Sáu tháng cuối năm:
- (thu hoạch xong) Tổng kết mùa vụ và bình xét thi đua trong thôn – đ/c Hà Văn Lâm chuẩn bị.
II. TỔ CHỨC THỰC HIỆN
Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng.
"""
)


def test_items_led_by_a_time_in_brackets_under_a_lead_in_about_topics():
    # The half-year lines head the items; an item led by a bracket that is no time is no topic.
    assert _topics(BRACKETED_TIMES_UNDER_A_LEAD_IN) == [
        (1, 2, "Vận động nhân dân giữ gìn đường làng xanh, sạch, đẹp"),
        (2, 5, "Phát triển mô hình nuôi cá lồng trên sông"),
    ]


def _read(tables: list[list[list[str]]], thematic: bool = True):
    lines = [Line("", rows=rows) for rows in tables]
    topics = merge(mentions_in(lines, [""] * len(lines), thematic=thematic))
    return [(t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in topics]


def test_a_table_of_one_topic_written_down_its_rows():
    one = [
        ["Tên chuyên đề", "Thanh niên thôn Đông với phong trào khởi nghiệp"],
        ["Thời gian", "Tháng 4/2025"],
        ["Địa điểm", "Nhà văn hóa thôn"],
        ["Người chuẩn bị, trình bày", "Đ/c Hà Văn Lâm – Bí thư Chi đoàn"],
    ]
    assert _read([one]) == [
        (2, 4, "Thanh niên thôn Đông với phong trào khởi nghiệp", ["Hà Văn Lâm"])
    ]
    # Two columns whose first is no label (a list of names and duties) is no topic.
    duties = [
        ["Đỗ Văn Khải", "Bí thư"],
        ["Mai Thị Hạnh", "Phó Bí thư"],
        ["Hà Văn Lâm", "Chi ủy viên"],
    ]
    assert _read([duties]) == []


def test_a_list_of_topics_then_a_table_of_their_numbers_times_and_people():
    listed = [
        ["STT", "Tên chuyên đề"],
        ["01", "Đảng viên gương mẫu giữ gìn an ninh thôn xóm"],
        ["02", "Phát triển kinh tế vườn đồi gắn với du lịch"],
    ]
    assigned = [
        ["Chuyên đề", "Thời gian", "Xây dựng đề cương", "Trình bày"],
        ["Chuyên đề 01", "Tháng 3/2025", "Đ/c Đỗ Văn Khải", "Đ/c Hà Văn Lâm"],
        ["Chuyên đề 02", "Tháng 6/2025", "Đ/c Mai Thị Hạnh", "Đ/c Mai Thị Hạnh"],
    ]
    assert _read([listed, assigned]) == [
        (1, 3, "Đảng viên gương mẫu giữ gìn an ninh thôn xóm", ["Đỗ Văn Khải", "Hà Văn Lâm"]),
        (2, 6, "Phát triển kinh tế vườn đồi gắn với du lịch", ["Mai Thị Hạnh"]),
    ]
    # Outside a thematic plan, a list of titles without time or people is not read as topics.
    assert _read([listed], thematic=False) == []


def test_a_row_whose_note_names_it_a_topic_by_its_time():
    schedule = [
        ["Thời gian", "Nội dung công việc", "Người thực hiện", "Ghi chú"],
        ["Tháng 3", "Kiểm tra việc thu nộp đảng phí của đảng viên", "Đ/c Đỗ Văn Khải", ""],
        [
            "Tháng 5",
            "Xây dựng gia đình văn hóa ở khu dân cư\n(mời Chi hội Phụ nữ)",
            "Đ/c Mai Thị Hạnh",
            "Chuyên đề quý II",
        ],
    ]
    assert _read([schedule], thematic=False) == [
        (2, 5, "Xây dựng gia đình văn hóa ở khu dân cư", ["Mai Thị Hạnh"])
    ]


PLAN_IN_A_MAIL_REPLY = """\
From: Van phong Dang uy xa Hoa An
Subject: RE: KH sinh hoat chuyen de 2025
Văn phòng đã nhận, đề nghị đồng chí gửi bản có chữ ký.
On Mon, Jan 6, 2025 at 9:10 AM Do Van Khai wrote:
> ĐẢNG BỘ XÃ HÒA AN
> CHI BỘ THÔN ĐÔNG
> Số 01-KH/CB
> Hòa An, ngày 06 tháng 01 năm 2025
>
> KẾ HOẠCH
> Sinh hoạt chuyên đề năm 2025
>
> Chi bộ thôn Đông (18 đảng viên) xây dựng kế hoạch sinh hoạt
> chuyên đề năm 2025 như sau:
> 1. Mục đích
> Mỗi quý một chuyên đề sát với việc của thôn.
> 2. Nội dung, thời gian, người chuẩn bị
>
> Quý I - sinh hoạt tháng 3/2025: Phòng, chống cháy rừng trong mùa khô và
> quản lý người vào rừng.
> Người chuẩn bị: đ/c Đỗ Văn Khải, Bí thư chi bộ.
>
> Quý III - chuẩn bị từ 15/8, sinh hoạt ngày 12/9/2025: Đảng viên giúp hộ
> nghèo phát triển chăn nuôi.
> Người chuẩn bị: đ/c Mai Thị Hạnh.
"""


def test_a_plan_quoted_in_a_mail_reply_and_a_time_said_with_its_meeting():
    assert _topics(PLAN_IN_A_MAIL_REPLY) == [
        (1, 3, "Phòng, chống cháy rừng trong mùa khô và quản lý người vào rừng"),
        (3, 9, "Đảng viên giúp hộ nghèo phát triển chăn nuôi"),
    ]


def test_time_after_a_quoted_title_is_no_part_of_it():
    text = TIME_BEFORE_QUOTED_TITLE.replace(
        "  - Sinh hoạt chuyên đề quý 1: “Đảng viên đi đầu trong dồn điền đổi thửa ở thôn”; người",
        "  - Chuyên đề 1: “Đảng viên đi đầu trong dồn điền đổi thửa ở thôn”, sinh hoạt đầu tháng 2; người",
    )
    assert _topics(text)[0] == (1, 2, "Đảng viên đi đầu trong dồn điền đổi thửa ở thôn")


NUMBERED_BLOCKS_WITH_A_CONTENT_LINE = (
    HEAD.replace("CTr", "KH")
    + """\
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:
I. CÁC CHUYÊN ĐỀ
Chuyên đề 1 (03/3 – 14/3/2025, quý I)
   + Nội dung: Phát huy vai trò của người có uy tín trong thôn
   + Chủ trì: đ/c Đỗ Văn Khải, Bí thư Chi bộ
   + Thành phần: toàn thể đảng viên
Chuyên đề 2 (02/6 – 13/6/2025, quý II)
   + Nội dung: Vận động nhân dân hiến đất làm đường
   + Nội dung: tổ chức thảo luận theo nhóm, mỗi nhóm báo cáo kết quả
   + Chủ trì: đ/c Mai Thị Hạnh
II. TỔ CHỨC THỰC HIỆN
Chi ủy kiểm tra việc chuẩn bị.
"""
)


def test_a_numbered_block_whose_first_content_line_is_its_title():
    topics = _plan(NUMBERED_BLOCKS_WITH_A_CONTENT_LINE).topics
    assert [(t.quarter, t.month, t.title) for t in topics][0] == (
        1,
        3,
        "Phát huy vai trò của người có uy tín trong thôn",
    )
    assert [t.title for t in topics][1] == "Vận động nhân dân hiến đất làm đường"
    assert len(topics) == 2  # the second (two content lines) is one topic, not two


def test_a_sentence_that_tells_several_topics_is_no_subject():
    from chibo.importer.structure import subject_of

    told = (
        "Học kỳ II có 02 chuyên đề: chuyên đề thứ nhất vào kỳ sinh hoạt tháng 3/2026 về "
        "công tác phát triển đảng viên; chuyên đề thứ hai vào kỳ sinh hoạt tháng 5/2026 về thi cử"
    )
    assert subject_of(told) == ""
    assert subject_of("Sáu tháng cuối năm") == ""
    assert subject_of("Người chuẩn bị, trình bày") == ""
    assert subject_of("Mời dự: Ban công tác Mặt trận thôn") == ""
    assert subject_of("Địa điểm: Nhà văn hóa thôn Đông") == ""
    assert subject_of("Thực hiện quy chế dân chủ ở cơ sở tại thôn") != ""


NUMBERED_QUOTED_TOPICS_THEN_ORDINAL_ASSIGNMENTS = (
    HEAD.replace("CTr", "KH")
    + """\
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:
I. NỘI DUNG CÁC CHUYÊN ĐỀ
1. Chuyên đề “Đảng viên gương mẫu giữ gìn vệ sinh đường làng” – thực hiện tháng 3/2025 (quý I/2025).
2. Chuyên đề “Học tập và làm theo Bác về tiết kiệm” (gắn với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” ở khu dân cư của thôn) – thực hiện tháng 6/2025 (quý II/2025).
II. PHÂN CÔNG CHUẨN BỊ
- Chuyên đề thứ nhất: đồng chí Đỗ Văn Khải – Bí thư Chi bộ.
- Chuyên đề thứ hai: đồng chí Mai Thị Hạnh – Chi ủy viên.
"""
)


def test_numbered_quoted_topics_met_by_their_ordinals():
    topics = _plan(NUMBERED_QUOTED_TOPICS_THEN_ORDINAL_ASSIGNMENTS).topics
    assert [(t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in topics] == [
        (1, 3, "Đảng viên gương mẫu giữ gìn vệ sinh đường làng", ["Đỗ Văn Khải"]),
        (2, 6, "Học tập và làm theo Bác về tiết kiệm", ["Mai Thị Hạnh"]),
    ]


def test_a_table_whose_topics_run_down_its_columns():
    turned = [
        ["Nội dung", "Quý 1", "Quý 2"],
        [
            "Tên chuyên đề",
            "Đảng viên gương mẫu giữ gìn vệ sinh đường làng",
            "Phát triển kinh tế vườn hộ",
        ],
        ["Thời gian", "tuần 2 tháng 3/2025", "đầu tháng 5/2025"],
        ["Người chuẩn bị", "Đ/c Đỗ Văn Khải – Bí thư", "Đ/c Mai Thị Hạnh"],
        ["Hình thức", "Báo cáo, thảo luận", "Thảo luận"],
    ]
    assert _read([turned]) == [
        (1, 3, "Đảng viên gương mẫu giữ gìn vệ sinh đường làng", ["Đỗ Văn Khải"]),
        (2, 5, "Phát triển kinh tế vườn hộ", ["Mai Thị Hạnh"]),
    ]


def test_a_section_name_without_number_ends_the_last_topic():
    text = (
        HEAD.replace("CTr", "KH")
        + """\
LỊCH SINH HOẠT CHUYÊN ĐỀ
năm 2025
Chi bộ thôn Đông lập lịch sinh hoạt chuyên đề năm 2025 như sau:
Chuyên đề 1
Tên chuyên đề: Đảng viên gương mẫu giữ gìn vệ sinh đường làng
Thời gian: Quý I – kỳ sinh hoạt tháng 3/2025
Hình thức: Báo cáo chuyên đề, thảo luận
Tổ chức thực hiện
Đồng chí được phân công chuẩn bị báo cáo trước kỳ sinh hoạt 07 ngày.
"""
    )
    topics = _plan(text).topics
    assert [(t.quarter, t.month, t.title, t.form) for t in topics] == [
        (1, 3, "Đảng viên gương mẫu giữ gìn vệ sinh đường làng", "Báo cáo chuyên đề, thảo luận")
    ]


def test_a_row_that_is_the_regular_meeting_is_no_topic_and_inner_quotes_stay():
    schedule = [
        ["Thời gian", "Chuyên đề", "Người thực hiện"],
        [
            "Quý I/2025",
            "Học tập và làm theo Bác về “Tất cả vì nhân dân phục vụ”",
            "Đ/c Đỗ Văn Khải",
        ],
        [
            "Quý II/2025",
            "Tổng kết năm, đánh giá chất lượng đảng viên (sinh hoạt thường kỳ)",
            "Chi ủy",
        ],
    ]
    text = (
        HEAD.replace("CTr", "KH")
        + "KẾ HOẠCH\nSinh hoạt chuyên đề năm 2025\n"
        + "Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:\n"
        + "I. NỘI DUNG\n"
        + "\n".join("\t".join(row) for row in schedule)
        + "\nII. TỔ CHỨC THỰC HIỆN\nChi ủy đôn đốc.\n"
    )
    assert [t.title for t in _plan(text).topics] == [
        "Học tập và làm theo Bác về “Tất cả vì nhân dân phục vụ”"
    ]


def test_a_table_that_lays_the_topics_out_in_two_columns():
    halves = [
        ["6 THÁNG ĐẦU NĂM 2025", "6 THÁNG CUỐI NĂM 2025"],
        [
            "Quý I – tháng 3: Đảng viên gương mẫu giữ gìn vệ sinh đường làng\n"
            "Người thực hiện: đ/c Đỗ Văn Khải – Bí thư",
            "Quý III – tháng 8: Phát triển kinh tế vườn hộ gắn với du lịch\n"
            "Người thực hiện: đ/c Mai Thị Hạnh",
        ],
    ]
    assert _read([halves]) == [
        (1, 3, "Đảng viên gương mẫu giữ gìn vệ sinh đường làng", ["Đỗ Văn Khải"]),
        (3, 8, "Phát triển kinh tế vườn hộ gắn với du lịch", ["Mai Thị Hạnh"]),
    ]
    # A table of two columns of names and duties lays out no topic.
    duties = [["Chi ủy", "Nhiệm vụ"], ["Đ/c Đỗ Văn Khải\nĐ/c Mai Thị Hạnh", "Bí thư\nPhó Bí thư"]]
    assert _read([duties]) == []


def test_a_grid_of_people_by_quarter_naming_topics_by_number():
    listed = (
        HEAD.replace("CTr", "KH")
        + """\
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:
I. CÁC CHUYÊN ĐỀ
Chuyên đề 1. Đảng viên gương mẫu giữ gìn vệ sinh đường làng
Chuyên đề 2. Phát triển kinh tế vườn hộ gắn với du lịch
II. THỜI GIAN VÀ PHÂN CÔNG
"""
    )
    grid = [
        ["Đồng chí", "Chức vụ", "Quý I", "Quý II", "Quý III"],
        ["Đ/c Đỗ Văn Khải", "Bí thư", "CĐ 1 – chủ trì\n(tháng 02/2025)", "", ""],
        ["Đ/c Mai Thị Hạnh", "Chi ủy viên", "", "", "CĐ 2\n(T8)"],
        ["Đảng viên trong chi bộ", "", "Dự, thảo luận", "Dự, thảo luận", ""],
    ]
    lines = [Line(t) for t in listed.splitlines()[-4:-1]] + [Line("", rows=grid)]
    topics = merge(mentions_in(lines, ["I. CÁC CHUYÊN ĐỀ"] * 3 + ["II"], thematic=True))
    assert [(t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in topics] == [
        (1, 2, "Đảng viên gương mẫu giữ gìn vệ sinh đường làng", ["Đỗ Văn Khải"]),
        (3, 8, "Phát triển kinh tế vườn hộ gắn với du lịch", ["Mai Thị Hạnh"]),
    ]


CHAT = """\
Chi bộ thôn Đông (20 thành viên)

[06/01/2025 20:15] Đỗ Văn Khải:
📢 THÔNG BÁO LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM 2025 – CHI BỘ THÔN ĐÔNG
Chi ủy thống nhất giao mỗi tổ đảng chuẩn bị 1 chuyên đề, cụ thể:
📌 Quý I – tối 05/3/2025: “Giữ vệ sinh ngõ xóm, phân loại rác tại nguồn” – Tổ đảng số 1, đ/c Hà Văn Lâm trình bày, đ/c Mai Thị Hạnh tham luận
📌 Quý II – tối 04/6/2025: “Đảng viên nghỉ hưu tham gia hòa giải ở cơ sở” – Tổ đảng số 2 chuẩn bị
👉 Các tổ gửi đề cương cho chi ủy trước 1 tuần.
❤️ 12  👍 5

[06/01/2025 20:22] Hà Văn Lâm:
Tổ 1 nhận nhiệm vụ ạ 👍

[07/01/2025 08:02] Mai Thị Hạnh:
Tổ 2 ghi nhận tháng 6 ạ, em sẽ báo lại cả nhà.
"""


def test_a_notice_posted_in_a_chat_and_its_replies():
    topics = _plan(CHAT).topics
    # The replies, each under the time it was sent, are no topics.
    assert [(t.quarter, t.month, t.title) for t in topics] == [
        (1, 3, "Giữ vệ sinh ngõ xóm, phân loại rác tại nguồn"),
        (2, 6, "Đảng viên nghỉ hưu tham gia hòa giải ở cơ sở"),
    ]
    assert [p.name for p in topics[0].presenters] == ["Hà Văn Lâm", "Mai Thị Hạnh"]


def test_a_unit_written_as_a_label_and_a_column_of_meetings():
    from chibo.importer.topics import parse_time

    time = parse_time("Quý II Tháng: 05")
    assert (time.quarters, time.months) == ([2], [5])
    assert parse_time("Quý: chưa định, tháng: sau Tết").quarters == []
    schedule = [
        ["Quý", "Chủ đề chuyên đề", "Đồng chí báo cáo", "Kỳ sinh hoạt"],
        [
            "Quý I",
            "Nâng cao chất lượng giảng dạy thực hành",
            "Đ/c Hà Văn Lâm",
            "Định kỳ tháng 3/2025",
        ],
    ]
    assert _read([schedule]) == [(1, 3, "Nâng cao chất lượng giảng dạy thực hành", ["Hà Văn Lâm"])]


MONTH_HEADINGS_AND_A_MOVED_TOPIC = (
    HEAD.replace("CTr", "KH")
    + """\
KẾ HOẠCH
Sinh hoạt chuyên đề học kỳ II năm học 2024 – 2025
Chi bộ thôn Đông điều chỉnh lịch sinh hoạt chuyên đề như sau:
I. LỊCH SINH HOẠT CHUYÊN ĐỀ
THÁNG MƯỜI HAI – quý IV/2024
Nội dung: Đảng viên gương mẫu giữ gìn vệ sinh đường làng.
(Điều chỉnh: lùi sang kỳ sinh hoạt tháng Giêng năm 2025 – quý I/2025, do trùng kỳ kiểm tra.)
Chủ trì: Đ/c Đỗ Văn Khải – Bí thư Chi bộ.
THÁNG NĂM – quý II/2025
Nội dung: Phát triển kinh tế vườn hộ gắn với du lịch.
Chủ trì: Đ/c Mai Thị Hạnh.
II. TỔ CHỨC THỰC HIỆN
Chi ủy đôn đốc.
"""
)


def test_a_topic_moved_to_another_meeting_and_a_month_heading_in_capitals():
    assert _topics(MONTH_HEADINGS_AND_A_MOVED_TOPIC) == [
        (1, 1, "Đảng viên gương mẫu giữ gìn vệ sinh đường làng"),
        (2, 5, "Phát triển kinh tế vườn hộ gắn với du lịch"),
    ]
    from chibo.importer.topics import parse_time

    assert parse_time("THÁNG NĂM 2025").months == []  # month and year, no month named


def test_a_bracket_left_open_at_a_line_end_closes_on_the_next():
    from chibo.importer.text import rejoin

    lines = rejoin(
        [
            Line("quý II (tháng 5) – chuyên đề “Tên thứ nhất”; quý III (tháng"),
            Line("8) – chuyên đề “Tên thứ hai”."),
        ],
        lowercase_only=True,
    )
    assert [line.text for line in lines] == [
        "quý II (tháng 5) – chuyên đề “Tên thứ nhất”; quý III (tháng 8) – chuyên đề “Tên thứ hai”."
    ]
    apart = rejoin(
        [Line("Chi bộ có 2 tổ (tổ 1, tổ 2)."), Line("8) Tổ chức thực hiện")], lowercase_only=True
    )
    assert len(apart) == 2


def test_boxes_of_a_scanned_plan_each_a_topic_run_together():
    boxes = [
        [
            "QUÝ 1- THÁNG 2 Phòng chống rét cho đàn gia súc trong thôn Người thực hiện: Đ/c Hà Văn Lâm",
            "QUÝ 2 —- THÁNG 5 Đảng viên đi đầu trồng quế trên đất dốc Người thực hiện: Đ/c Mai Thị Hạnh",
        ]
    ]
    assert sorted(_read([boxes])) == [
        (1, 2, "Phòng chống rét cho đàn gia súc trong thôn", ["Hà Văn Lâm"]),
        (2, 5, "Đảng viên đi đầu trồng quế trên đất dốc", ["Mai Thị Hạnh"]),
    ]
    # Boxes that begin with no time are no cards of topics.
    other = [
        [
            "Chi ủy Đỗ Văn Khải Người thực hiện: Đ/c Hà Văn Lâm",
            "Tổ 2 Người thực hiện: Đ/c Mai Thị Hạnh",
        ]
    ]
    assert _read([other]) == []


def test_a_scans_dashes_and_quarters_as_typed():
    from chibo.importer.parser import _scanned_quarters
    from chibo.importer.schema import ParsedTopic
    from chibo.importer.text import _scanned

    assert _scanned("năm học 2026 — 2027") == "năm học 2026 – 2027"
    assert _scanned("QUÝ 3 —- THÁNG 8") == "QUÝ 3 – THÁNG 8"
    # 'Q.II' read 'Q.I' beside 'Tháng 5': the month's quarter; a topic without a month keeps its own.
    read_wrong = ParsedTopic(
        title="Tên", quarter=1, month=5, conflicts=["Tháng 5 không thuộc Quý I."]
    )
    no_month = ParsedTopic(title="Tên khác", quarter=1)
    _scanned_quarters([read_wrong, no_month])
    assert (read_wrong.quarter, read_wrong.conflicts, no_month.quarter) == (2, [], 1)
    kept = ParsedTopic(title="Tên", quarter=3, month=2)  # III is no I with strokes lost
    _scanned_quarters([kept])
    assert kept.quarter == 3


def test_a_title_that_says_it_was_moved():
    text = TIME_BEFORE_UNQUOTED_TITLE.replace(
        "Vận động hộ nghèo vay vốn đúng mục đích.",
        "Vận động hộ nghèo vay vốn đúng mục đích (lùi sang quý 3 do mùa vụ).",
    )
    topics = _plan(text).topics
    assert [(t.quarter, t.title) for t in topics][1] == (
        3,
        "Vận động hộ nghèo vay vốn đúng mục đích",
    )
    assert not any("hai quý" in c for c in topics[1].conflicts)  # moved from, not a second time


def test_the_other_posts_under_a_plan_shown_on_a_web_page_are_no_topics():
    text = (
        TIME_BEFORE_UNQUOTED_TITLE
        + """\
T/M CHI BỘ
BÍ THƯ
Đỗ Văn Khải
Các tin khác
Sinh hoạt chuyên đề quý II/2024: Học tập và làm theo Bác về tinh thần tự học (20/05/2024)
Chi bộ thôn Đông sinh hoạt chi bộ tháng 8 (25/07/2024)
"""
    )
    assert [t.title for t in _plan(text).topics] == [
        "Nâng cao vai trò của tổ tự quản trong giữ gìn trật tự thôn",
        "Vận động hộ nghèo vay vốn đúng mục đích",
    ]
