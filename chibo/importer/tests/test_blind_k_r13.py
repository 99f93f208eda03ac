"""Ways plans written blind in round 13 (issue 17) set out their topics: a numbered heading that
only names its quarter ("1. Chuyên đề 1 (Quý I):") over the topic's quoted title on a line of
its own is one topic, not an empty one beside it. With a near miss. Every text is made up here,
as plans type them.
"""

from __future__ import annotations

from chibo.importer.parser import _without_shells
from chibo.importer.schema import ParsedTopic
from chibo.importer.tests.builders import docx_plan

HEAD = """\
ĐẢNG BỘ XÃ AN PHÚ
CHI BỘ THÔN ĐÔNG
Số 02-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
An Phú, ngày 12 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện sinh hoạt chuyên đề năm 2026
Chi bộ thôn Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:
I. MỤC ĐÍCH YÊU CẦU
- Nâng cao chất lượng sinh hoạt chi bộ.
II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM 2026
"""

BLOCKS = """\
1. Chuyên đề 1 (Quý I):
“Đảng viên thôn Đông đi đầu chuyển đổi số ở khu dân cư”
- Thời gian: Tháng 3 năm 2026
- Người thực hiện: Đồng chí Lê Văn Bình - Bí thư chi bộ
2. Chuyên đề 2 (Quý II):
“Giữ gìn an ninh trật tự, xây dựng thôn bình yên”
- Thời gian: Tháng 5 năm 2026
- Người thực hiện: Đồng chí Trần Thị Hoa - Chi ủy viên
III. TỔ CHỨC THỰC HIỆN
- Chi ủy phân công đảng viên chuẩn bị báo cáo chuyên đề.
"""


def test_quarter_heading_over_quoted_title_is_one_topic() -> None:
    plan = docx_plan((HEAD + BLOCKS).splitlines())
    got = [(t.title, t.quarter, t.month) for t in plan.topics]
    assert got == [
        ("Đảng viên thôn Đông đi đầu chuyển đổi số ở khu dân cư", 1, 3),
        ("Giữ gìn an ninh trật tự, xây dựng thôn bình yên", 2, 5),
    ]
    assert [p.name for t in plan.topics for p in t.presenters] == ["Lê Văn Bình", "Trần Thị Hoa"]


def test_shell_gives_its_quarter_and_number() -> None:
    shell = ParsedTopic(title="", quarter=2, number=2)
    titled = ParsedTopic(title="Giữ gìn an ninh trật tự", month=5)
    assert _without_shells([shell, titled]) == [titled]
    assert (titled.quarter, titled.number) == (2, 2)


def test_near_miss_heading_of_another_quarter_or_with_people_stays() -> None:
    # Another quarter's title follows: the untitled topic is a quarter of its own, left to review.
    shell = ParsedTopic(title="", quarter=1, number=1)
    other = ParsedTopic(title="Giữ gìn an ninh trật tự", quarter=2)
    assert _without_shells([shell, other]) == [shell, other]
    # An untitled topic with its month is a slot the plan leaves open, not a heading.
    slot = ParsedTopic(title="", quarter=1, month=2, number=1)
    titled = ParsedTopic(title="Giữ gìn an ninh trật tự")
    assert _without_shells([slot, titled]) == [slot, titled]
