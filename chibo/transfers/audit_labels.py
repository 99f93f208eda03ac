"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "transfer.issue": "Ban hành giấy giới thiệu sinh hoạt đảng",
    "transfer.accept": "Tiếp nhận đảng viên chuyển đến",
    "transfer.cancel": "Hủy giấy giới thiệu sinh hoạt đảng",
    "member.transfer_in": "Đảng viên chuyển sinh hoạt đến chi bộ",
}
