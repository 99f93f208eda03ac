"""Round 14: what the blind batch 350–359 showed."""

from chibo.importer.tests.builders import text_plan

QUARTER_HEADINGS = """CHI BỘ LÀNG C
KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ NĂM 2023
II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ
Quý III/2023
- Tên chuyên đề: Giáo dục truyền thống cách mạng cho cán bộ, đảng viên và quần chúng nhân dân
- Thời gian thực hiện: tháng 7
- Người xây dựng: đồng chí Rơ Lan Kơn
- Hình thức: Sinh hoạt chuyên đề ghép với Chi bộ 2, Đảng bộ Báo Gia Lai
Quý IV/2023
- Tên chuyên đề: Thực hiện quy chế dân chủ ở cơ sở, giữ gìn an ninh trật tự trong làng
- Thời gian thực hiện: tháng 10
- Người xây dựng: đồng chí Ksor H'Yen
III. TỔ CHỨC THỰC HIỆN
"""


def test_a_quarter_on_a_line_of_its_own_is_not_the_end_of_a_long_item_above_it():
    # A long dash item without a stop ("… Đảng bộ Báo Gia Lai") before "Quý IV/2023": the
    # quarter heads the next topic; it does not continue the item cut by a page break.
    plan = text_plan(QUARTER_HEADINGS)
    assert [(t.quarter, t.month, t.conflicts) for t in plan.topics] == [(3, 7, []), (4, 10, [])]
