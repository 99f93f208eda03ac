"""What the development half showed in round 15 (issue 17): a table of topics with no column of
times, each row's time told in its note ('Ghi chú: Ghép kỳ sinh hoạt tháng 10/2020'), one of the
topics led by a review of the school year ('Đánh giá kết quả năm học …; đảng viên gương mẫu …'),
which the reader of topics in a table keeps while the reader of sections leaves it as routine
business: it takes its time from its note too. With its near miss. Every text is made up here.
"""

from __future__ import annotations

from chibo.importer.tests.builders import docx_plan

HEAD = [
    [
        [
            "ĐẢNG BỘ PHƯỜNG HÒA AN\nCHI BỘ TRƯỜNG THCS HÒA AN\nSố 04-KH/CB",
            "ĐẢNG CỘNG SẢN VIỆT NAM\nHòa An, ngày 20 tháng 09 năm 2021",
        ],
    ],
    "KẾ HOẠCH",
    "Sinh hoạt chuyên đề năm học 2021 – 2022",
    "Chi bộ Trường THCS Hòa An xây dựng kế hoạch sinh hoạt chuyên đề năm học 2021 – 2022 như sau:",
    "I. NỘI DUNG CÁC CHUYÊN ĐỀ",
    "Mỗi chuyên đề ghép với kỳ sinh hoạt thường kỳ ghi ở cột Ghi chú.",
]
TAIL = [
    "II. TỔ CHỨC THỰC HIỆN",
    "Chi ủy đôn đốc việc chuẩn bị đề cương trước kỳ sinh hoạt 05 ngày.",
]


def _table(last_note: str) -> list[list[str]]:
    return [
        ["STT", "Chuyên đề", "Người chuẩn bị", "Ghi chú"],
        [
            "1",
            "Học tập và làm theo Bác về tinh thần tự học; đổi mới phương pháp dạy học",
            "Đ/c Vũ Thị Lan",
            "Ghép kỳ sinh hoạt tháng 11/2021",
        ],
        [
            "2",
            "Giáo dục kỹ năng sống cho học sinh; phối hợp với cha mẹ học sinh",
            "Đ/c Phan Văn Tùng",
            "Ghép kỳ SH tháng 3/2022",
        ],
        [
            "3",
            "Đánh giá kết quả năm học 2021 – 2022; đảng viên gương mẫu trong ôn thi vào lớp 10",
            "Đ/c Vũ Thị Lan",
            last_note,
        ],
    ]


def _times(plan):
    return [(t.title[:30], t.quarter, t.month) for t in plan.topics]


def test_a_topic_led_by_the_years_review_takes_its_time_from_its_note():
    plan = docx_plan([*HEAD, _table("Ghép kỳ tháng 5/2022 – tổng kết năm học"), *TAIL])
    assert _times(plan) == [
        ("Học tập và làm theo Bác về tin", 4, 11),
        ("Giáo dục kỹ năng sống cho học ", 1, 3),
        ("Đánh giá kết quả năm học 2021 ", 2, 5),
    ]


def test_a_note_of_two_months_or_of_a_move_gives_no_time():
    # near miss: a note naming two months, or moving the meeting, tells no one time
    plan = docx_plan([*HEAD, _table("Tháng 6 hoặc tháng 7/2022"), *TAIL])
    assert _times(plan)[2] == ("Đánh giá kết quả năm học 2021 ", None, None)
    plan = docx_plan([*HEAD, _table("Lùi sang tháng 6/2022"), *TAIL])
    assert _times(plan)[2][1:] == (2, 6)  # a move is read as the move it is
