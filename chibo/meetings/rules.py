"""Meeting-domain data: what a meeting's dossier holds and which documents close a meeting.

The Party rules themselves (days ahead, duration, who votes, the majority) live in
chibo.rules; this module keeps only what belongs to the meetings app.
"""

from __future__ import annotations

DOSSIER_ITEMS = {
    "plan": "Kế hoạch sinh hoạt chuyên đề",
    "draft": "Dự thảo đã được chi ủy duyệt",
    "minutes": "Biên bản đã ký",
    "conclusion": "Nghị quyết hoặc thông báo kết luận đã ban hành",
    "report": "Báo cáo gửi Đảng ủy",
}
"""A cell's thematic plan asks for "kế hoạch, dự thảo chuyên đề, tài liệu phục vụ sinh hoạt,
biên bản sinh hoạt, kết luận sinh hoạt chuyên đề…; đồng thời báo cáo Đảng ủy". Materials are
kept when there are any; a meeting need not have extra materials."""

# The document that records what the meeting decided: a Nghị quyết (needs a passing vote on
# it) or a Thông báo kết luận (needs none). KL is kept for conclusions issued before TB.
RESOLUTION = "NQ"
CONCLUSION_NOTICE = "TB"
LEGACY_CONCLUSION = "KL"
CONCLUSION_DOCUMENTS = (RESOLUTION, CONCLUSION_NOTICE, LEGACY_CONCLUSION)
ISSUABLE_CONCLUSIONS = {
    CONCLUSION_NOTICE: "Thông báo kết luận",
    RESOLUTION: "Nghị quyết",
}
