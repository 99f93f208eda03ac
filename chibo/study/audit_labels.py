"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "study.plan": "Ghi buổi học tập nghị quyết, chỉ thị",
    "study.update": "Sửa buổi học tập",
    "study.attendance": "Ghi danh sách tham dự học tập",
    "study.writeup": "Nộp bài thu hoạch",
}
