"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "fees.basis": "Ghi căn cứ tính đảng phí",
    "fees.close_month": "Khóa sổ đảng phí tháng",
    "fees.payment": "Ghi thu đảng phí",
    "fees.payment_correction": "Điều chỉnh khoản thu đảng phí",
    "fees.payroll_discard": "Hủy tệp bảng lương",
    "fees.payroll_import": "Nhập bảng lương",
    "fees.relief": "Ghi miễn, giảm đảng phí",
    "fees.remittance": "Ghi nộp đảng phí lên cấp trên",
    "fees.retention_share": "Đổi tỷ lệ trích giữ lại",
    "fees.treasurer": "Phân công người thu đảng phí",
}
