"""Political study (học tập, quán triệt nghị quyết, chỉ thị) counted for a plan's target.

Seed plans set "100% đảng viên và quần chúng tham gia học tập chính trị, các chủ trương, chỉ thị,
Nghị quyết của Đảng" (Theo kế hoạch của chi bộ). How to count it is not regulated: the product
reads it as the share of the cell's members and of the school's non-Party staff who attended at
least one study session of the year (a configurable reading, status I).
"""

from __future__ import annotations

from .sources import cite

SOURCE_TARGET = cite("CELL_PLAN", "chỉ tiêu học tập chính trị")
SOURCE_READING = cite("DEFAULT", "cách tính: có mặt ít nhất một buổi học tập trong năm")

FORMS = [
    ("in_person", "Học tập trực tiếp"),
    ("online", "Trực tuyến"),
    ("combined", "Kết hợp trực tiếp và trực tuyến"),
]
LEVELS = [
    ("cell", "Chi bộ tổ chức"),
    ("committee", "Đảng ủy cấp trên tổ chức"),
]
