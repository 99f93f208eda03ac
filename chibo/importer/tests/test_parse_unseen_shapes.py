"""Shapes of plans the parser had not seen before the third corpus batch (issue 17): one time
grammar (months in words, "6/2022", weeks, dates), topics told as runs of labelled lines under a
time heading, topics named by their time or an ordinal in an assignment section, presenter and
discussant columns, topics in prose without quotes, fields told after a title, targets under a
lead-in line or a "Mục tiêu" heading. Every text is made up here, as cells type them.
"""

from __future__ import annotations

import pytest

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.topics import parse_time


def _plan(text: str, name: str = "kehoach.txt"):
    return parse_plan(read_document(text.encode("utf-8"), name))


def _topics(text: str) -> list[tuple[int | None, int | None, str, list[str]]]:
    return [
        (t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in _plan(text).topics
    ]


@pytest.mark.parametrize(
    ("written", "quarters", "months"),
    [
        ("tháng Ba năm 2018", [], [3]),
        ("tháng Mười một năm 2018", [], [11]),
        ("Tuần 2, tháng 3/2023", [], [3]),
        ("6/2022", [], [6]),
        ("tuần đầu tháng 8", [], [8]),
        ("ngày 30/3/2021", [], [3]),
        ("Quý I/2018", [1], []),
        ("Tháng 5 năm 2025 (Quý II)", [2], [5]),
        ("mỗi tháng một lần", [], []),
        ("tháng năm 2020", [], []),
    ],
)
def test_one_time_grammar(written, quarters, months):
    time = parse_time(written)
    assert (time.quarters, time.months) == (quarters, months)


PROSE_UNQUOTED = """\
ĐẢNG BỘ XÃ TÂN PHÚ
CHI BỘ THÔN 5
Số 03-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Phú, ngày 10 tháng 01 năm 2024
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
Chi bộ thôn 5 xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng sinh hoạt chi bộ.
II. NỘI DUNG
Tháng 3/2024, chi bộ sinh hoạt chuyên đề về công tác phát triển đảng viên trong đoàn viên thanh niên, do đồng chí Lê Văn Nam chuẩn bị.
Tháng 6/2024, chi bộ sinh hoạt chuyên đề với nội dung phòng, chống bạo lực gia đình ở khu dân cư; đồng chí Trần Thị Thu trình bày, đồng chí Hà Văn Tâm tham luận.
Tháng 9/2024: sinh hoạt chuyên đề về bảo vệ môi trường nông thôn, giao đồng chí Lê Văn Nam chuẩn bị.
Tháng 12/2024, chi bộ sinh hoạt chuyên đề về nâng cao vai trò của đảng viên cao tuổi, đồng chí Phạm Thị Hoa chuẩn bị đề cương.
III. TỔ CHỨC THỰC HIỆN
Chi ủy đôn đốc thực hiện.
T/M CHI BỘ
BÍ THƯ
Lê Văn Nam
"""


def test_topics_told_in_prose_without_quotes():
    assert _topics(PROSE_UNQUOTED) == [
        (1, 3, "Công tác phát triển đảng viên trong đoàn viên thanh niên", ["Lê Văn Nam"]),
        (2, 6, "Phòng, chống bạo lực gia đình ở khu dân cư", ["Trần Thị Thu", "Hà Văn Tâm"]),
        (3, 9, "Bảo vệ môi trường nông thôn", ["Lê Văn Nam"]),
        (4, 12, "Nâng cao vai trò của đảng viên cao tuổi", ["Phạm Thị Hoa"]),
    ]


MONTH_HEADINGS = """\
ĐẢNG BỘ PHƯỜNG HÒA BÌNH
CHI BỘ KHU PHỐ 2
Số 02-KH/CB
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2023
II. LỊCH SINH HOẠT CHUYÊN ĐỀ
THÁNG 3
Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tự lực, tự cường.
Người trình bày: đ/c Nguyễn Văn Hải.
THÁNG 6
Chuyên đề: Nâng cao chất lượng hoạt động của tổ tự quản khu phố.
Người trình bày: đ/c Đỗ Thị Lan.
Người tham luận: đ/c Nguyễn Văn Hải, đ/c Bùi Văn Sơn.
THÁNG 9
Chuyên đề: Vai trò của đảng viên trong phong trào toàn dân bảo vệ an ninh Tổ quốc.
Người trình bày: đ/c Bùi Văn Sơn.
THÁNG 11
Chuyên đề: Đảng viên gương mẫu thực hiện nếp sống văn minh trong việc cưới, việc tang.
Người trình bày: đ/c Đỗ Thị Lan.
III. TỔ CHỨC THỰC HIỆN
Chi ủy theo dõi.
"""


def test_month_headings_over_labelled_lines_with_presenter_and_discussants():
    topics = _topics(MONTH_HEADINGS)
    assert [(q, m, people) for q, m, _, people in topics] == [
        (1, 3, ["Nguyễn Văn Hải"]),
        (2, 6, ["Đỗ Thị Lan", "Nguyễn Văn Hải", "Bùi Văn Sơn"]),
        (3, 9, ["Bùi Văn Sơn"]),
        (4, 11, ["Đỗ Thị Lan"]),
    ]
    assert topics[1][2] == "Nâng cao chất lượng hoạt động của tổ tự quản khu phố"


ORDINALS = """\
ĐẢNG BỘ TRƯỜNG ĐẠI HỌC X
CHI BỘ KHOA KINH TẾ
KẾ HOẠCH
Sinh hoạt chuyên đề năm học 2023 – 2024
II. CÁC CHUYÊN ĐỀ
1. Chuyên đề thứ nhất: Đổi mới phương pháp giảng dạy gắn với chuyển đổi số (tháng 10/2023).
2. Chuyên đề thứ hai: Nâng cao chất lượng nghiên cứu khoa học của giảng viên trẻ (tháng 12/2023).
3. Chuyên đề thứ ba: Công tác tư vấn, hỗ trợ sinh viên khởi nghiệp (tháng 3/2024).
4. Chuyên đề thứ tư: Phát triển đảng viên trong sinh viên (tháng 5/2024).
III. PHÂN CÔNG
- Chuyên đề thứ nhất: đồng chí Nguyễn Minh Tú chuẩn bị.
- Chuyên đề thứ hai: đồng chí Lê Thu Hà chuẩn bị; đồng chí Trần Quang Vinh tham luận.
- Chuyên đề thứ ba: đồng chí Trần Quang Vinh chuẩn bị.
- Chuyên đề thứ tư: đồng chí Nguyễn Minh Tú, đồng chí Lê Thu Hà chuẩn bị.
"""


def test_topics_numbered_by_ordinal_words_meet_their_assignment():
    assert [(q, m, people) for q, m, _, people in _topics(ORDINALS)] == [
        (4, 10, ["Nguyễn Minh Tú"]),
        (4, 12, ["Lê Thu Hà", "Trần Quang Vinh"]),
        (1, 3, ["Trần Quang Vinh"]),
        (2, 5, ["Nguyễn Minh Tú", "Lê Thu Hà"]),
    ]


NUMBERED_TAIL = """\
ĐẢNG BỘ XÃ AN HÒA
CHI BỘ ẤP 3
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
II. NỘI DUNG SINH HOẠT
1. Công tác vận động Nhân dân hiến đất làm đường giao thông nông thôn (Quý I, tháng 3) – Người chuẩn bị: đ/c Võ Văn Mười.
2. Phát triển mô hình kinh tế hộ gia đình gắn với chuyển đổi số (Quý II, tháng 6) – Người chuẩn bị: đ/c Nguyễn Thị Hạnh, đ/c Võ Văn Mười.
3. Xây dựng gia đình văn hóa, phòng chống tệ nạn xã hội (Quý III, tháng 9) – Người chuẩn bị: đ/c Trần Văn Bảy.
4. Đảng viên gương mẫu trong thực hiện chính sách pháp luật (Quý IV, tháng 12) – Người chuẩn bị: đ/c Nguyễn Thị Hạnh.
"""


def test_numbered_items_with_time_in_brackets_and_a_labelled_tail():
    assert _topics(NUMBERED_TAIL)[1] == (
        2, 6, "Phát triển mô hình kinh tế hộ gia đình gắn với chuyển đổi số",
        ["Nguyễn Thị Hạnh", "Võ Văn Mười"],
    )  # fmt: skip
    assert len(_topics(NUMBERED_TAIL)) == 4


QUARTER_RECORDS = """\
ĐẢNG BỘ XÃ ĐẮK R'LA
CHI BỘ BON BU DĂR
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2019
II. NỘI DUNG, THỜI GIAN, NGƯỜI CHUẨN BỊ
1. Quý I
- Thời gian: tháng Hai năm 2019.
- Nội dung: Giữ gìn bản sắc văn hóa của đồng bào M'nông trong bon.
- Người chuẩn bị: đồng chí Điểu Khanh (trình bày), đồng chí Thị Hương (tham luận).
2. Quý II
- Thời gian: tháng Sáu năm 2019.
- Nội dung: Vận động hộ nghèo vươn lên bằng chăn nuôi bò sinh sản.
- Người chuẩn bị: đồng chí Y Bhăm.
III. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc.
"""


def test_quarter_headings_over_time_content_and_preparer_lines():
    assert _topics(QUARTER_RECORDS) == [
        (
            1,
            2,
            "Giữ gìn bản sắc văn hóa của đồng bào M'nông trong bon",
            ["Điểu Khanh", "Thị Hương"],
        ),
        (2, 6, "Vận động hộ nghèo vươn lên bằng chăn nuôi bò sinh sản", ["Y Bhăm"]),
    ]


ASSIGNED_BY_TIME = """\
ĐẢNG BỘ PHƯỜNG ĐỨC XUÂN
KẾ HOẠCH
SINH HOẠT CHUYÊN ĐỀ CỦA CHI BỘ 7 NĂM 2020
II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ
a) Quý I/2020: Xây dựng tổ dân phố không có tội phạm và tệ nạn xã hội – thời gian: tháng 03.
b) Quý III/2020: Đảng viên nêu gương giữ gìn vệ sinh môi trường khu dân cư – thời gian: tuần đầu tháng 9.
III. PHÂN CÔNG CHUẨN BỊ
Chuyên đề\tĐồng chí chuẩn bị\tThời hạn gửi dự thảo
"""


def test_assignment_table_naming_topics_by_their_quarter():
    from chibo.importer.text import Line
    from chibo.importer.topics import Mention, Time, mentions_in, merge  # noqa: F401

    lines = [
        Line("II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"),
        Line("a) Quý I/2020: Xây dựng tổ dân phố không có tội phạm và tệ nạn xã hội – thời gian: tháng 03."),
        Line("b) Quý III/2020: Đảng viên nêu gương giữ gìn vệ sinh môi trường khu dân cư – thời gian: tuần đầu tháng 9."),
        Line("III. PHÂN CÔNG CHUẨN BỊ"),
        Line("", rows=[
            ["Chuyên đề", "Đồng chí chuẩn bị", "Thời hạn gửi dự thảo"],
            ["Chuyên đề quý III (tháng 9)", "Lò Văn Páo, Hà Thị Yến", "Trước ngày 01/09/2020"],
            ["Chuyên đề quý I (tháng 3)", "Lò Văn Páo", "Trước ngày 01/03/2020"],
        ]),
    ]  # fmt: skip
    sections = [""] + [lines[0].text] * 3 + [lines[3].text]
    topics = merge(mentions_in(lines, sections, thematic=True))
    assert [(t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in topics] == [
        (1, 3, "Xây dựng tổ dân phố không có tội phạm và tệ nạn xã hội", ["Lò Văn Páo"]),
        (
            3,
            9,
            "Đảng viên nêu gương giữ gìn vệ sinh môi trường khu dân cư",
            ["Lò Văn Páo", "Hà Thị Yến"],
        ),
    ]


def test_presenter_and_discussant_columns_in_any_order():
    from chibo.importer.text import Line
    from chibo.importer.topics import mentions_in, merge

    table = Line("", rows=[
        ["Người tham luận", "Nội dung sinh hoạt chuyên đề", "Báo cáo đề dẫn", "Thời gian"],
        ["Đ/c Mai Văn Lực\nĐ/c Kiều Thị Nhàn", "Phòng, chống dịch bệnh cho trẻ trong trường", "Đ/c Tạ Thu Hằng", "12/2016"],
        ["Đảng viên trong chi bộ", "Bồi dưỡng quần chúng ưu tú vào Đảng", "Đ/c Mai Văn Lực", "tháng Chín năm 2016"],
    ])  # fmt: skip
    topics = merge(mentions_in([table], ["II. LỊCH SINH HOẠT"], thematic=True))
    assert [(t.quarter, t.month, [p.name for p in t.presenters]) for t in topics] == [
        (4, 12, ["Mai Văn Lực", "Kiều Thị Nhàn", "Tạ Thu Hằng"]),
        (3, 9, ["Mai Văn Lực"]),
    ]


TARGETS_LEAD_IN = """\
ĐẢNG BỘ XÃ PHÚ LỘC
CHI BỘ THÔN 2
KẾ HOẠCH
Hoạt động của chi bộ năm 2024
I. ĐÁNH GIÁ TÌNH HÌNH
Chi bộ có 30 đảng viên.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
1. Nhiệm vụ trọng tâm
- Lãnh đạo thực hiện tốt các chỉ tiêu phát triển kinh tế.
2. Các chỉ tiêu chủ yếu:
a) 100% đảng viên được học tập, quán triệt nghị quyết.
b) Kết nạp 01 đảng viên mới.
c) Chi bộ đạt hoàn thành tốt nhiệm vụ.
d) Tỷ lệ hộ nghèo giảm còn dưới 3%.
3. Giải pháp
- Tăng cường công tác kiểm tra.
III. TỔ CHỨC THỰC HIỆN
Chi ủy phân công.
"""

TARGETS_AIMS = """\
ĐẢNG BỘ PHƯỜNG 4
CHI BỘ KHU PHỐ 6
KẾ HOẠCH
Hoạt động của chi bộ năm 2025
I. MỤC TIÊU
Phấn đấu đến cuối năm 2025:
- 95% hộ gia đình đạt danh hiệu gia đình văn hóa.
- Chi bộ hoàn thành tốt nhiệm vụ.
- Không có đảng viên vi phạm kỷ luật.
- Phát triển 02 đảng viên mới.
II. NHIỆM VỤ, GIẢI PHÁP
- Duy trì sinh hoạt chi bộ định kỳ.
"""


@pytest.mark.parametrize("text", [TARGETS_LEAD_IN, TARGETS_AIMS])
def test_targets_under_a_lead_in_or_an_aims_heading(text):
    plan = _plan(text)
    assert plan.kind == "activity"
    assert [t.kind for t in plan.targets] in (
        ["percent", "count", "yes_no", "threshold"],
        ["percent", "yes_no", "yes_no", "count"],
    )
    assert not any(t.text[:2] in ("a)", "b)", "c)", "d)") for t in plan.targets)


def test_a_content_column_holds_the_topics_of_a_thematic_plan():
    from chibo.importer.text import Line
    from chibo.importer.topics import mentions_in, merge

    table = Line("", rows=[
        ["TT", "Nội dung", "Thời gian", "Người thực hiện"],
        ["1", "Công tác phát triển đảng viên trong thanh niên", "Tháng 3", "Đ/c Lê Văn Ân"],
        ["2", "Nâng cao chất lượng sinh hoạt chi bộ", "Tháng 6", "Đ/c Trần Thị Bích"],
    ])  # fmt: skip
    topics = merge(mentions_in([table], ["II. LỊCH SINH HOẠT"], thematic=True))
    assert [(t.quarter, t.month, t.title) for t in topics] == [
        (1, 3, "Công tác phát triển đảng viên trong thanh niên"),
        (2, 6, "Nâng cao chất lượng sinh hoạt chi bộ"),
    ]
    assert merge(mentions_in([table], ["IV. LỊCH CÔNG TÁC"], thematic=False)) == []


MEETING_HEADINGS = """\
ĐẢNG BỘ XÃ HÒA AN
CHI BỘ THÔN PHÚ XUÂN
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2024
II. NỘI DUNG
Buổi 1 (tháng 3/2024)
- Chuyên đề: Công tác phát triển đảng viên trong thanh niên nông thôn.
Đồng chí Lê Văn Ân trình bày; đồng chí Trần Thị Bích, đồng chí Hà Văn Cường tham luận.
Buổi 2 (tháng 6/2024)
- Chuyên đề: Nâng cao chất lượng sinh hoạt chi bộ thôn.
Đồng chí Trần Thị Bích trình bày.
Lần 3 - Quý III
Tên chuyên đề: Giữ gìn an ninh trật tự trên địa bàn thôn.
Thời gian: tháng 9.
Người trình bày: Lê Văn Ân.
+ Quý IV – tháng 11: Tổng kết phong trào thi đua yêu nước của thôn (đ/c Trần Thị Bích, đ/c Hà Văn Cường).
III. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc.
"""


def test_meeting_headings_people_sentences_and_a_long_time_head():
    assert _topics(MEETING_HEADINGS) == [
        (1, 3, "Công tác phát triển đảng viên trong thanh niên nông thôn",
         ["Lê Văn Ân", "Trần Thị Bích", "Hà Văn Cường"]),
        (2, 6, "Nâng cao chất lượng sinh hoạt chi bộ thôn", ["Trần Thị Bích"]),
        (3, 9, "Giữ gìn an ninh trật tự trên địa bàn thôn", ["Lê Văn Ân"]),
        (4, 11, "Tổng kết phong trào thi đua yêu nước của thôn", ["Trần Thị Bích", "Hà Văn Cường"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "month"),
    [("tháng Tâm năm 2025", 8), ("tháng sau", None), ("tháng Sáu năm 2024", 6), ("tháng tư", 4)],
)
def test_months_in_words_survive_a_scan_without_their_accents(written, month):
    assert parse_time(written).months == ([month] if month else [])
