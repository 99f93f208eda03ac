"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "plan_import.confirm": "Xác nhận nhập kế hoạch từ tệp",
    "plan_import.discard": "Hủy bản nhập kế hoạch",
    "plan_import.drop_pages": "Xóa ảnh trang của bản nhập (kế hoạch đã bị xóa)",
    "plan_import.expire": "Tự hủy bản nhập kế hoạch để quá lâu chưa xác nhận",
    "plan_import.read": "Máy đọc xong ảnh chụp/bản quét của bản nhập kế hoạch",
    "plan_import.read_failed": "Máy không đọc được ảnh chụp/bản quét của bản nhập kế hoạch",
    "plan_import.reorder": "Sắp lại thứ tự trang của bản nhập kế hoạch",
    "plan_import.retry": "Cho máy đọc lại ảnh của bản nhập kế hoạch",
    "plan_import.upload": "Tải lên tệp kế hoạch",
}
