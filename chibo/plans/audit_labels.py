"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "plan.copy": "Chép kế hoạch sang năm mới",
    "plan.create": "Tạo kế hoạch",
    "plan.delete": "Xóa bản nháp kế hoạch",
    "plan.issue": "Ban hành kế hoạch",
    "plan.revise": "Sửa đổi kế hoạch đã ban hành",
    "plan.supersede": "Thay thế kế hoạch",
    "plan.target.add": "Thêm chỉ tiêu",
    "plan.target.update": "Sửa chỉ tiêu",
    "plan.topic.add": "Thêm chuyên đề",
    "plan.topic.update": "Sửa chuyên đề",
    "plan.update": "Sửa kế hoạch",
}
