"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "admin.add": "Thêm bản ghi (quản trị)",
    "admin.change": "Sửa bản ghi (quản trị)",
    "admin.delete": "Xóa bản ghi (quản trị)",
}
