"""Topics read in round 12 (issue 17) that no reader found before: a table typed as plain text,
its columns aligned by spaces, whose time column is compact ('I/03': quarter over month) and
whose people stand on a line of their own under the title ('Thực hiện: đ/c …'). Each with a
near miss. Every text is made up here, as plans type them.
"""

from __future__ import annotations

import pytest

from chibo.importer.prose import _topic_of, topics_in
from chibo.importer.tests.builders import text_plan
from chibo.importer.text import Line

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

SPACED = """\
II. NỘI DUNG, THỜI GIAN, NGƯỜI THỰC HIỆN

TT  Quý/Tháng  Nội dung chuyên đề
--  ---------  ------------------------------------------------
1   I/02       Quán triệt Nghị quyết Chi bộ năm 2025; phát triển kinh tế hộ gia đình
               Thực hiện: đ/c Lê Văn Minh – Bí thư Chi bộ
2   II/06      Học tập và làm theo Bác về tinh thần đoàn kết trong khu dân cư
               Thực hiện: đ/c Trần Thị Hoa – Chi ủy viên; đ/c Lê Văn Minh
3   III/09     Phòng, chống thiên tai và bảo vệ môi trường nông thôn
               Thực hiện: đ/c Phạm Quốc Bảo
4   IV/11      Xây dựng khu dân cư văn hóa; chuẩn bị tổng kết năm
               Thực hiện: đ/c Trần Thị Hoa

III. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc việc chuẩn bị đề cương trước kỳ sinh hoạt.
"""


def test_spaced_table_with_compact_quarter_month_column():
    plan = text_plan(HEAD + SPACED)
    assert [(t.quarter, t.month) for t in plan.topics] == [(1, 2), (2, 6), (3, 9), (4, 11)]
    assert plan.topics[0].title.startswith("Quán triệt Nghị quyết Chi bộ năm 2025")
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Lê Văn Minh"],
        ["Trần Thị Hoa", "Lê Văn Minh"],
        ["Phạm Quốc Bảo"],
        ["Trần Thị Hoa"],
    ]


def test_compact_time_needs_the_rows_number_before_it():
    # 'I/02' alone, not the second cell of a numbered row, is no topic's time.
    text = SPACED.replace("1   I/02 ", "    I/02 ").replace("2   II/06", "    II/06")
    text = text.replace("3   III/09", "    III/09").replace("4   IV/11", "    IV/11")
    plan = text_plan(HEAD + text)
    assert not any(t.quarter == 1 and t.month == 2 for t in plan.topics)


def test_compact_time_month_out_of_range_is_no_time():
    text = SPACED.replace("I/02", "I/13").replace("II/06", "II/14")
    text = text.replace("III/09", "III/15").replace("IV/11", "IV/16")
    plan = text_plan(HEAD + text)
    assert all(t.month is None or t.month <= 12 for t in plan.topics)
    assert not any(t.month in (13, 14, 15, 16) for t in plan.topics)


MONTHS_IN_WORDS = """\
1. Sinh hoạt chuyên đề năm 2025 lồng ghép với kỳ sinh hoạt thường kỳ, vào các tháng sau:
Tháng ba: “Giữ gìn đường bê tông của thôn; nhân dân góp công, góp đất” (đ/c Lê Văn Minh – Trưởng \
thôn chuẩn bị); tháng sáu: “Học tập và làm theo Bác về xây dựng nông thôn mới” (đ/c Trần Thị Hoa \
chuẩn bị); tháng chín: “Vận động trẻ em đến trường, phòng, chống tảo hôn” (đ/c Phạm Quốc Bảo và \
đ/c Lê Thị Lan chuẩn bị); tháng mười hai: “Phát triển đảng viên trong thanh niên của thôn” (đ/c Lê \
Văn Minh chuẩn bị).
2. Giao Chi ủy thông báo ngày cụ thể trước kỳ sinh hoạt.
"""


def test_one_sentence_of_months_in_words_after_its_lead_in():
    plan = text_plan(HEAD + MONTHS_IN_WORDS)
    assert [(t.quarter, t.month) for t in plan.topics] == [(1, 3), (2, 6), (3, 9), (4, 12)]
    assert plan.topics[0].title == "Giữ gìn đường bê tông của thôn; nhân dân góp công, góp đất"
    assert [[p.name for p in t.presenters] for t in plan.topics] == [
        ["Lê Văn Minh"],
        ["Trần Thị Hoa"],
        ["Phạm Quốc Bảo", "Lê Thị Lan"],
        ["Lê Văn Minh"],
    ]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("tháng ba: “Giữ gìn đường bê tông của thôn”", (1, 3)),
        ("tháng mười hai: “Phát triển đảng viên trong thanh niên”", (4, 12)),
        ("tháng giêng: “Mừng Đảng, mừng Xuân an toàn”", (1, 1)),
    ],
)
def test_month_in_words_leads_a_clause(lead, expected):
    topic = _topic_of(lead)
    assert topic is not None and (topic.quarter, topic.month) == expected


def test_month_in_words_lead_in_must_speak_of_topics():
    # The same clauses after a line about other work are no topics.
    text = MONTHS_IN_WORDS.replace(
        "Sinh hoạt chuyên đề năm 2025 lồng ghép với kỳ sinh hoạt thường kỳ, vào các tháng sau:",
        "Các phần việc của thôn năm 2025, vào các tháng sau:",
    )
    lines = [Line(text=t) for t in text.splitlines()]
    assert topics_in(lines) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # Routine business that only closes the title leaves the subject a subject.
        (
            "Xây dựng khu dân cư văn hóa; chuẩn bị tổng kết năm",
            "Xây dựng khu dân cư văn hóa; chuẩn bị tổng kết năm",
        ),
        # Near misses: routine business that leads the text is no subject.
        ("Sơ kết học kỳ I; đánh giá chất lượng đảng viên", ""),
        ("Tổng kết năm học – triển khai nhiệm vụ hè", ""),
    ],
)
def test_routine_business_stops_a_title_only_when_it_leads(text, subject):
    from chibo.importer.structure import subject_of

    assert subject_of(text) == subject
