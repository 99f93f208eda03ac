"""Members at their place of residence (Quy định 213-QĐ/TW, Hướng dẫn 33-HD/BTCTW).

A working member keeps in touch with the Party organisation and the people where they live;
the residence chi ủy (chi bộ) comments on them, and the cell where they work reads those
comments in the year-end review. The comments are asked for on paper or through the national
portal's procedure (Công văn 19370-CV/VPTW). No deadline in days for the answer was found in
the texts read: the product lists who is still missing before the review and sets no number.
"""

from __future__ import annotations

from .sources import cite

SOURCE_DUTY = cite("QD213", "Điều 1")
SOURCE_COMMENTS = cite("QD213", "Điều 3 (tổ chức đảng nơi cư trú nhận xét đảng viên)", status="T")
SOURCE_EXEMPT = cite(
    "HD33_2020", "mục 1.1 (được miễn sinh hoạt nơi cư trú: không lấy ý kiến định kỳ hằng năm)"
)
SOURCE_PORTAL = cite("CV19370", "thủ tục lấy ý kiến nhận xét của chi ủy, chi bộ nơi cư trú")

LINE_PREFIX = "Nhận xét của nơi cư trú"
MISSING = "chưa có"
EXEMPT = "được miễn lấy ý kiến định kỳ hằng năm"

REQUEST_CHANNELS = [("paper", "Gửi phiếu giấy"), ("portal", "Qua Cổng Dịch vụ công quốc gia")]
ANSWER_CHANNELS = [
    ("entered", "Ghi lại nội dung nhận xét"),
    ("scanned", "Bản chụp phiếu nhận xét"),
    ("portal", "Nhận qua Cổng Dịch vụ công quốc gia"),
]
