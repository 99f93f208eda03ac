"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "commitment.approve": "Duyệt bản cam kết",
    "commitment.idea": "Gắn sáng kiến vào bản cam kết",
    "commitment.register": "Đăng ký cam kết",
    "commitment.report": "Báo cáo thực hiện cam kết",
    "evaluation.cell_self": "Chi bộ tự đánh giá, xếp loại",
    "evaluation.comment": "Góp ý kiểm điểm",
    "evaluation.configure": "Thiết lập đợt đánh giá, xếp loại",
    "evaluation.decide": "Ghi quyết định xếp loại của cấp trên",
    "evaluation.open": "Mở đợt đánh giá, xếp loại",
    "evaluation.propose": "Chi ủy đề xuất mức xếp loại",
    "evaluation.propose_member": "Đề xuất mức xếp loại đảng viên",
    "evaluation.quarter": "Tự đánh giá theo quý",
    "evaluation.self": "Đảng viên tự đánh giá, xếp loại",
    "target.measure": "Ghi kết quả chỉ tiêu",
    "year.start_next": "Bắt đầu năm mới",
}
