"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "inspections.programme_create": "Lập kế hoạch kiểm tra, giám sát năm",
    "inspections.item_add": "Thêm nội dung vào kế hoạch kiểm tra, giám sát",
    "inspections.programme_issue": "Ban hành kế hoạch kiểm tra, giám sát",
    "inspections.case_open": "Mở cuộc kiểm tra, giám sát",
    "inspections.case_findings": "Ghi kết quả thẩm tra, xác minh",
    "inspections.case_explanation": "Ghi giải trình của đảng viên được kiểm tra",
    "inspections.case_propose": "Dự thảo kết luận kiểm tra, giám sát",
    "inspections.case_adopt": "Chi bộ biểu quyết thông qua kết luận kiểm tra, giám sát",
    "inspections.case_issue": "Ban hành thông báo kết luận kiểm tra, giám sát",
    "inspections.case_close": "Kết thúc cuộc kiểm tra, giám sát",
    "inspections.discipline": "Ghi quyết định kỷ luật của tổ chức đảng có thẩm quyền",
}
