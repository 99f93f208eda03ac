"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "calendar.issue": "Cấp đường dẫn lịch",
    "calendar.revoke": "Thu hồi đường dẫn lịch",
}
