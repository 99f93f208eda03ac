"""Topics read in session 9 (issue 17): a list of bare titles, each followed by a line that says
only when it is held and who prepares it, as a secretary types it in an e-mail or a notice — and
the near misses that stay out: a single such pair, a title line whose next line names nobody, a
sentence. Every text is made up here.
"""

from __future__ import annotations

import pytest

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.topics import parse_time

MAIL = """\
Từ: Lê Văn Hòa
Đến: Đảng viên Chi bộ ấp Tân Lợi
Chủ đề: Lich sinh hoat chuyen de nam 2023

Kính gửi các đồng chí đảng viên Chi bộ ấp Tân Lợi,

Chi ủy gửi các đồng chí lịch sinh hoạt chuyên đề năm 2023 như sau:

Vận động nhân dân giữ gìn an ninh trật tự ở ấp
Sinh hoạt kỳ tháng 3 (quý I). Đồng chí Lê Văn Hòa và đồng chí Phạm Thị Lan chuẩn bị.

Phát huy vai trò đoàn viên thanh niên trong xây dựng nông thôn mới
Kỳ tháng 6, quý II; anh Võ Thanh Tâm (Bí thư Chi đoàn ấp) chuẩn bị.

Chuyển đổi cây trồng thích ứng với hạn mặn
Quý III, sinh hoạt tháng 9, đ/c Nguyễn Văn Sang chuẩn bị bài.

Trân trọng.
--
Lê Văn Hòa
Bí thư Chi bộ ấp Tân Lợi
"""


def _topics(text: str) -> list[tuple[int | None, int | None, str, list[str]]]:
    plan = parse_plan(read_document(text.encode("utf-8"), "thu.txt"))
    return [(t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in plan.topics]


def test_bare_titles_each_followed_by_its_time_and_preparer_are_the_topics():
    assert _topics(MAIL) == [
        (1, 3, "Vận động nhân dân giữ gìn an ninh trật tự ở ấp", ["Lê Văn Hòa", "Phạm Thị Lan"]),
        (
            2,
            6,
            "Phát huy vai trò đoàn viên thanh niên trong xây dựng nông thôn mới",
            ["Võ Thanh Tâm"],
        ),
        (3, 9, "Chuyển đổi cây trồng thích ứng với hạn mặn", ["Nguyễn Văn Sang"]),
    ]


def test_one_such_pair_alone_is_not_a_list_of_topics():
    one = MAIL.split("Phát huy vai trò")[0] + "Trân trọng.\n"
    assert _topics(one) == []


def test_a_line_followed_by_a_time_that_names_nobody_is_not_a_topic():
    nobody = MAIL.replace("Đồng chí Lê Văn Hòa và đồng chí Phạm Thị Lan chuẩn bị.", "").replace(
        "anh Võ Thanh Tâm (Bí thư Chi đoàn ấp) chuẩn bị.", ""
    )
    assert [t[2] for t in _topics(nobody)] == []


# -- time written in ways the reader missed ------------------------------------------------


@pytest.mark.parametrize(
    ("written", "quarters", "months"),
    [
        ("quý ba", [3], []),
        ("Quý thứ hai năm 2024", [2], []),
        ("quí III", [3], []),
        ("Quí 2/2023", [2], []),
        ("QIV", [4], []),
        ("ngày 15-9-2023", [], [9]),
        ("15.9.2023", [], [9]),
        ("quí IV (tháng 11)", [4], [11]),
        ("20/3", [], [3]),
        ("(20/03)", [], [3]),
        ("20/3 – 25/3", [], [3]),
        ("Quý I/2024 (T.2)", [1], [2]),
        ("tháng5/2024", [], [5]),
    ],
)
def test_a_time_in_words_in_the_older_spelling_or_with_dashes_is_read(written, quarters, months):
    time = parse_time(written)
    assert (time.quarters, time.months) == (quarters, months)


@pytest.mark.parametrize(
    "written",
    [
        "mỗi quý một lần",
        "Mỗi quý một kỳ sinh hoạt chuyên đề",
        "quý hai chuyên đề",
        "quý thầy cô",
        "Số 15-KH/CB",
        "Nghị quyết 15-NQ/TW",
        "Nguyễn Văn Quí",
        "Bồi dưỡng học sinh lớp 3/5",
        "45/3",
        "Thông tư 20/2019",
    ],
)
def test_words_that_are_no_time_give_none(written):
    time = parse_time(written)
    assert (time.quarters, time.months) == ([], [])


SUB_POINTS = """\
ĐẢNG BỘ XÃ YÊN HÒA
CHI BỘ TRƯỜNG TIỂU HỌC YÊN HÒA
Số 04-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Hòa, ngày 08 tháng 01 năm 2024
KẾ HOẠCH
sinh hoạt chuyên đề năm 2024
II. NỘI DUNG CÁC CHUYÊN ĐỀ
1. Quý I (tháng 3/2024): Đổi mới phương pháp dạy học theo hướng phát triển năng lực
Nội dung gồm:
a) Thực trạng dạy học ở các khối lớp của nhà trường;
b) Kinh nghiệm đổi mới của các tổ chuyên môn;
Người chuẩn bị: đồng chí Ngô Văn Dũng.
2. Quý II (tháng 5/2024): Xây dựng trường học xanh, sạch, đẹp, an toàn
Nội dung gồm:
a) Kết quả thực hiện trong năm học trước;
b) Phối hợp với cha mẹ học sinh;
Người chuẩn bị: đồng chí Lê Thị Thảo.
III. TỔ CHỨC THỰC HIỆN
- Chi ủy đôn đốc, kiểm tra việc chuẩn bị.
"""


def test_the_points_a_topic_lists_under_its_content_are_not_topics():
    plan = parse_plan(read_document(SUB_POINTS.encode("utf-8"), "kehoach.txt"))
    assert [(t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in plan.topics] == [
        (1, 3, "Đổi mới phương pháp dạy học theo hướng phát triển năng lực", ["Ngô Văn Dũng"]),
        (2, 5, "Xây dựng trường học xanh, sạch, đẹp, an toàn", ["Lê Thị Thảo"]),
    ]
    assert "Kinh nghiệm đổi mới của các tổ chuyên môn" in plan.topics[0].content


COMMITTEE_TABLE = """\
ĐẢNG ỦY XÃ AN BÌNH
Số 12-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Bình, ngày 15 tháng 01 năm 2024
KẾ HOẠCH
Định hướng sinh hoạt chuyên đề của các chi bộ trực thuộc năm 2024
Kính gửi: Chi bộ ấp An Lợi
II. ĐỊNH HƯỚNG CHUYÊN ĐỀ CỦA CÁC CHI BỘ
"""


def _committee_plan(rows: list[list[str]]):
    from docx import Document

    document = Document()
    for line in COMMITTEE_TABLE.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=4)
    for row in [["Chi bộ", "Thời gian", "Nội dung chuyên đề", "Người chuẩn bị"], *rows]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    import io

    out = io.BytesIO()
    document.save(out)
    return parse_plan(read_document(out.getvalue(), "kehoach.docx"))


def test_a_committee_table_for_all_its_cells_gives_only_this_cells_topics():
    plan = _committee_plan(
        [
            ["Chi bộ ấp An Hòa", "Tháng 3/2024", "Phát triển kinh tế hộ gia đình gắn với chăn nuôi", "Bí thư Chi bộ"],
            ["Chi bộ ấp An Lợi", "Tháng 3/2024", "Vận động nhân dân giữ gìn an ninh trật tự ở ấp", "đ/c Hồ Văn Sang"],
            ["Chi bộ ấp An Lợi", "Tháng 9/2024", "Đảng viên gương mẫu thực hiện nếp sống văn minh", "đ/c Lê Thị Mai"],
            ["Chi bộ ấp An Phú", "Tháng 5/2024", "Xây dựng ấp văn hóa gắn với nông thôn mới", "Chi ủy viên"],
        ]
    )  # fmt: skip
    assert plan.cell_name == "Chi bộ ấp An Lợi"
    assert [(t.month, t.title) for t in plan.topics] == [
        (3, "Vận động nhân dân giữ gìn an ninh trật tự ở ấp"),
        (9, "Đảng viên gương mẫu thực hiện nếp sống văn minh"),
    ]


SECOND_LISTING = """\
ĐẢNG BỘ CƠ QUAN HUYỆN ĐOÀN
CHI BỘ VĂN PHÒNG
Số 02-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Bình, ngày 10 tháng 01 năm 2023
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2023
II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ
- Quý I/2023 (tháng 3): Quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII.
- Quý II/2023 (tháng 6): Ý nghĩa lịch sử và giá trị Lời kêu gọi thi đua ái quốc của Chủ tịch Hồ Chí Minh.
III. PHÂN CÔNG THỰC HIỆN
- Quý I: chuyên đề quán triệt Nghị quyết Trung ương 6 – đồng chí Lê Minh Hiếu xây dựng đề dẫn.
- Quý II: chuyên đề kỷ niệm 75 năm Lời kêu gọi thi đua ái quốc – đồng chí Trần Tuyết Mai xây dựng đề dẫn.
"""


def test_a_topic_named_again_in_other_words_in_the_assignment_is_the_same_topic():
    assert _topics(SECOND_LISTING) == [
        (
            1,
            3,
            "Quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII",
            ["Lê Minh Hiếu"],
        ),
        (
            2,
            6,
            "Ý nghĩa lịch sử và giá trị Lời kêu gọi thi đua ái quốc của Chủ tịch Hồ Chí Minh",
            ["Trần Tuyết Mai"],
        ),
    ]
