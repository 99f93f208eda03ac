"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "residence.record": "Ghi nơi cư trú của đảng viên",
    "residence.request": "Gửi đề nghị nhận xét của nơi cư trú",
    "residence.answer": "Ghi nhận xét của nơi cư trú",
}
