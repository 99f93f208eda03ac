"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "plan_import.confirm": "Xác nhận nhập kế hoạch từ tệp",
    "plan_import.discard": "Hủy bản nhập kế hoạch",
    "plan_import.upload": "Tải lên tệp kế hoạch",
}
