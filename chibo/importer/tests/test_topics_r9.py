"""Topics read in session 9 (issue 17): a list of bare titles, each followed by a line that says
only when it is held and who prepares it, as a secretary types it in an e-mail or a notice — and
the near misses that stay out: a single such pair, a title line whose next line names nobody, a
sentence. Every text is made up here.
"""

from __future__ import annotations

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document

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
