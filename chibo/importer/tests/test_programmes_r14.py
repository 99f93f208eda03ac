"""What the development half showed in round 14 (issue 17): a resolution's programme of the year
month by month, whose thematic meetings say so at the head of their month's work among the cell's
regular work, and whose aims stand on their label's line ('1. Mục tiêu năm …: A; B; C'); topics
lettered a), b), c) whose preparers are assigned by the letter in another section ('chuẩn bị nội
dung a) và nội dung d) mục 2 phần II'), one of them the review of how a movement is carried out
('Kiểm điểm việc thực hiện …'). Each with a near miss. Every text is made up here.
"""

from __future__ import annotations

from chibo.importer.tests.builders import text_plan

RESOLUTION_HEAD = """ĐẢNG BỘ XÃ HÒA BÌNH
CHI BỘ THÔN SUỐI ĐÁ
Số 01-NQ/CB
Hòa Bình, ngày 08 tháng 01 năm 2025
NGHỊ QUYẾT
Lãnh đạo thực hiện nhiệm vụ năm 2025
Căn cứ Nghị quyết của Đảng ủy xã Hòa Bình về nhiệm vụ năm 2025;
Ngày 05/01/2025, Chi bộ thôn Suối Đá họp, thống nhất ban hành nghị quyết năm 2025.
I. TÌNH HÌNH
Chi bộ lãnh đạo thôn giữ vững an ninh, phát triển sản xuất.
II. CHI BỘ QUYẾT NGHỊ
1. Mục tiêu năm 2025: Thôn giữ vững chuẩn nông thôn mới; 95% số hộ đạt danh hiệu Gia đình văn hóa; kết nạp 02 đảng viên.
2. Chương trình công tác và sinh hoạt chuyên đề:
"""


def _topics(plan):
    return [(t.title, t.month, [p.name for p in t.presenters]) for t in plan.topics]


PROGRAMME = (
    RESOLUTION_HEAD
    + """- Tháng 1: Triển khai nghị quyết năm 2025; giao chỉ tiêu cho các tổ.
- Tháng 2: Tổ chức vui Xuân, đón Tết an toàn.
- Tháng 4: Sinh hoạt chuyên đề “Phát triển kinh tế vườn đồi gắn với giảm nghèo” (đ/c Lò Văn Khải chuẩn bị).
- Tháng 5: Ra quân sửa chữa đường liên xóm.
- Tháng 9: Sinh hoạt chuyên đề “Phòng chống ma túy trong thanh thiếu niên” (đ/c Cầm Thị Nga chuẩn bị).
- Tháng 12: Tổng kết năm, bình xét thi đua.
III. TỔ CHỨC THỰC HIỆN
Chi ủy cụ thể hóa nghị quyết thành kế hoạch từng tháng.
"""
)


def test_a_months_programme_marks_its_topics_among_the_regular_work():
    assert _topics(text_plan(PROGRAMME)) == [
        ("Phát triển kinh tế vườn đồi gắn với giảm nghèo", 4, ["Lò Văn Khải"]),
        ("Phòng chống ma túy trong thanh thiếu niên", 9, ["Cầm Thị Nga"]),
    ]


def test_a_resolutions_aims_on_their_labels_line_are_its_targets():
    plan = text_plan(PROGRAMME)
    assert plan.kind == "activity"
    assert [(t.text, t.kind) for t in plan.targets] == [
        ("Thôn giữ vững chuẩn nông thôn mới", "yes_no"),
        ("95% số hộ đạt danh hiệu Gia đình văn hóa", "percent"),
        ("kết nạp 02 đảng viên", "count"),
    ]


def test_near_miss_aims_that_state_no_measure_are_no_targets():
    plan = text_plan(
        PROGRAMME.replace(
            "1. Mục tiêu năm 2025: Thôn giữ vững chuẩn nông thôn mới; 95% số hộ đạt danh hiệu "
            "Gia đình văn hóa; kết nạp 02 đảng viên.",
            "1. Mục tiêu năm 2025: Đoàn kết, đổi mới; nâng cao đời sống Nhân dân.",
        )
    )
    assert plan.targets == []


def test_near_miss_a_months_list_of_topics_alone_keeps_every_month():
    # Every month names its topic, none says "chuyên đề" at its head: all are topics.
    plan = text_plan(
        """ĐẢNG BỘ XÃ HÒA BÌNH
CHI BỘ THÔN SUỐI ĐÁ
Số 02-KH/CB
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
I. NỘI DUNG
- Tháng 3: Phát triển kinh tế vườn đồi gắn với giảm nghèo (đ/c Lò Văn Khải chuẩn bị).
- Tháng 6: Giữ gìn bản sắc văn hóa dân tộc Thái (đ/c Cầm Thị Nga chuẩn bị).
- Tháng 9: Phòng chống ma túy trong thanh thiếu niên (đ/c Lò Văn Khải chuẩn bị).
- Tháng 11: Xây dựng khu dân cư an toàn về an ninh trật tự (đ/c Cầm Thị Nga chuẩn bị).
"""
    )
    assert [t.month for t in plan.topics] == [3, 6, 9, 11]


def test_near_miss_one_marked_month_is_not_a_programme_of_regular_work():
    # Only one month says "Sinh hoạt chuyên đề": the others are not dropped for it.
    plan = text_plan(
        """ĐẢNG BỘ XÃ HÒA BÌNH
CHI BỘ THÔN SUỐI ĐÁ
Số 02-KH/CB
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
I. NỘI DUNG
- Tháng 3: Sinh hoạt chuyên đề “Phát triển kinh tế vườn đồi gắn với giảm nghèo” (đ/c Lò Văn Khải chuẩn bị).
- Tháng 6: Giữ gìn bản sắc văn hóa dân tộc Thái (đ/c Cầm Thị Nga chuẩn bị).
- Tháng 9: Phòng chống ma túy trong thanh thiếu niên (đ/c Lò Văn Khải chuẩn bị).
"""
    )
    assert [t.month for t in plan.topics] == [3, 6, 9]


LETTERED = """ĐẢNG BỘ PHƯỜNG AN LẠC
CHI BỘ KHU PHỐ 3
Số 03-KH/CB
An Lạc, ngày 15 tháng 01 năm 2025
KẾ HOẠCH
Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Đưa việc học tập và làm theo Bác thành việc làm thường xuyên của đảng viên.
II. NỘI DUNG
1. Học tập chuyên đề năm 2025
Đảng viên học tập chuyên đề năm 2025 theo hướng dẫn của Đảng ủy phường.
2. Sinh hoạt chuyên đề tại chi bộ
a) Bác Hồ với việc giữ gìn vệ sinh nơi công cộng (Quý I – tháng 03/2025).
b) Làm theo Bác về tinh thần tương thân tương ái ở khu phố (Quý II – tháng 06/2025).
c) Đảng viên gương mẫu nói đi đôi với làm (Quý III – tháng 09/2025).
d) Kiểm điểm việc làm theo Bác của từng đảng viên năm 2025 (Quý IV – tháng 12/2025).
III. PHÂN CÔNG THỰC HIỆN
- Đ/c Hồ Văn Tài – Bí thư Chi bộ: chuẩn bị nội dung a) và nội dung d) mục 2 phần II.
- Đ/c Đinh Thị Lụa – Chi ủy viên: chuẩn bị nội dung b) mục 2 phần II.
- Đ/c Mạc Văn Đông – Trưởng khu phố: chuẩn bị nội dung c) mục 2 phần II.
"""


def test_lettered_topics_take_their_preparers_by_letter():
    plan = text_plan(LETTERED)
    assert [(t.month, [p.name for p in t.presenters]) for t in plan.topics] == [
        (3, ["Hồ Văn Tài"]),
        (6, ["Đinh Thị Lụa"]),
        (9, ["Mạc Văn Đông"]),
        (12, ["Hồ Văn Tài"]),
    ]
    assert plan.topics[3].title == "Kiểm điểm việc làm theo Bác của từng đảng viên năm 2025"


def test_letter_assigned_with_a_colon():
    plan = text_plan(
        LETTERED.split("III. PHÂN CÔNG")[0]
        + """III. PHÂN CÔNG THỰC HIỆN
- Nội dung a: đ/c Hồ Văn Tài.
- Nội dung b: đ/c Đinh Thị Lụa.
- Nội dung c: đ/c Mạc Văn Đông.
- Nội dung d: đ/c Hồ Văn Tài.
"""
    )
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Hồ Văn Tài"],
        ["Đinh Thị Lụa"],
        ["Mạc Văn Đông"],
        ["Hồ Văn Tài"],
    ]


def test_near_miss_the_years_review_of_members_stays_routine_work():
    # "Kiểm điểm, đánh giá, xếp loại đảng viên" is the year's review, no topic; the review of
    # how a movement is carried out is one.
    plan = text_plan(
        LETTERED.replace(
            "d) Kiểm điểm việc làm theo Bác của từng đảng viên năm 2025",
            "d) Kiểm điểm, đánh giá, xếp loại đảng viên năm 2025",
        )
    )
    assert [t.month for t in plan.topics] == [3, 6, 9]
