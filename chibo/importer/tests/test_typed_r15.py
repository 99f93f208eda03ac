"""What the development half showed in round 15 (issue 17), typed plans: a topic whose subject
only ends with a word of routine business ('… bồi dưỡng học sinh ưu tú … để kết nạp vào Đảng')
is a topic, with the time of its row (plan 296); a month's heading over the topic of a quarter
it lies outside ('Tháng 10/2023' over 'Sinh hoạt chuyên đề quý III …') gives its month, kept and
flagged (plan 244). Each with its near miss. Every text is made up here."""

from __future__ import annotations

from chibo.importer.structure import subject_of
from chibo.importer.tests.builders import docx_plan, text_plan

HEAD = [
    [
        [
            "ĐẢNG BỘ TRƯỜNG PT DTNT TỈNH\nCHI BỘ TỔ XÃ HỘI\nSố 03-KH/CB",
            "ĐẢNG CỘNG SẢN VIỆT NAM\nHòa Bình, ngày 05 tháng 09 năm 2022",
        ]
    ],
    "KẾ HOẠCH",
    "Sinh hoạt chuyên đề năm học 2022 – 2023",
    "I. LỊCH SINH HOẠT CHUYÊN ĐỀ",
]
ROWS = [
    ["Tuần học", "Chuyên đề", "Người chuẩn bị"],
    [
        "Tuần 9 (31/10 – 05/11/2022)",
        "Giáo dục lý tưởng cách mạng, bồi dưỡng học sinh ưu tú người dân tộc thiểu số để kết nạp vào Đảng",
        "Đ/c Bùi Thị Hạnh",
    ],
    [
        "Tuần 15 (12 – 17/12/2022)",
        "Giáo dục truyền thống lịch sử địa phương trong dạy học",
        "Đ/c Đinh Công Thành",
    ],
    [
        "Tuần 26 (06 – 11/3/2023)",
        "Đổi mới kiểm tra, đánh giá theo Chương trình giáo dục phổ thông 2018",
        "Đ/c Xa Văn Tuấn",
    ],
]
TAIL = ["II. TỔ CHỨC THỰC HIỆN", "Chi ủy đôn đốc việc chuẩn bị đề cương."]


def test_a_subject_that_ends_with_routine_words_is_a_topic_with_its_rows_time():
    plan = docx_plan([*HEAD, ROWS, *TAIL])
    assert [(t.title[:25], t.quarter, t.month) for t in plan.topics] == [
        ("Giáo dục lý tưởng cách mạ", 4, None),  # a week across October and November
        ("Giáo dục truyền thống lịc", 4, 12),
        ("Đổi mới kiểm tra, đánh gi", 1, 3),
    ]


def test_near_miss_routine_business_that_leads_is_no_subject():
    assert subject_of("Kết nạp đảng viên mới, bồi dưỡng quần chúng ưu tú") == ""
    assert subject_of("Tổ chức hội nghị sơ kết học kỳ I của chi bộ") == ""
    assert subject_of("Sinh hoạt chi bộ thường kỳ tháng 3") == ""
    assert subject_of("Bồi dưỡng học sinh ưu tú người dân tộc thiểu số để kết nạp vào Đảng") != ""


MONTHS = """ĐẢNG BỘ XÃ ĐÔNG LƯƠNG
CHI BỘ THÔN CỐC MỘC
Số 01-KH/CB
Đông Lương, ngày 10 tháng 01 năm 2023
KẾ HOẠCH
Hoạt động của Chi bộ năm 2023
II. NỘI DUNG HOẠT ĐỘNG TỪNG THÁNG
Tháng 9/2023
a) Đánh giá kết quả thực hiện nghị quyết tháng 8; triển khai nhiệm vụ tháng 9/2023.
b) Sinh hoạt chuyên đề quý III với chủ đề “Phát triển rừng trồng gắn với giảm nghèo bền vững”: đ/c Hà Văn Thắng chuẩn bị.
Tháng 10/2023
a) Đánh giá kết quả thực hiện nghị quyết tháng 9; triển khai nhiệm vụ tháng 10/2023.
b) Sinh hoạt chuyên đề quý III với chủ đề “Phòng, chống ma túy, mua bán người trong thôn”: đ/c Phạm Văn Chiến chuẩn bị.
Tháng 11/2023
a) Sinh hoạt chuyên đề quý IV với chủ đề “Vệ sinh môi trường, nước sạch ở khu dân cư”: đ/c Hà Thị Nga chuẩn bị.
III. TỔ CHỨC THỰC HIỆN
Chi ủy đôn đốc các đồng chí được phân công.
"""


def test_a_months_heading_outside_its_topics_quarter_is_kept_and_flagged():
    plan = text_plan(MONTHS)
    assert [(t.title[:20], t.quarter, t.month) for t in plan.topics] == [
        ("Phát triển rừng trồn", 3, 9),
        ("Phòng, chống ma túy,", 3, 10),
        ("Vệ sinh môi trường, ", 4, 11),
    ]
    assert plan.topics[1].conflicts and not plan.topics[0].conflicts
