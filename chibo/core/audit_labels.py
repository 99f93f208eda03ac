"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "login.unlock": "Mở khóa đăng nhập",
}
