"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "oversight.rule_setting": "Đổi tham số quy định của cấp ủy",
}
