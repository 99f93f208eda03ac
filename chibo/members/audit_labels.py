"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "account.activate": "Kích hoạt tài khoản",
    "account.invite": "Cấp mã kích hoạt tài khoản",
    "member.admit": "Kết nạp đảng viên",
    "member.create": "Thêm đảng viên",
    "member.death": "Ghi đảng viên từ trần",
    "member.expel": "Ghi khai trừ",
    "member.recognise_official": "Công nhận đảng viên chính thức",
    "member.remove": "Xóa tên khỏi danh sách",
    "member.role": "Đổi chức vụ",
    "member.transfer_out": "Chuyển sinh hoạt đi",
    "member.update": "Sửa thông tin đảng viên",
    "member_import.commit": "Nhập danh sách đảng viên từ Excel",
    "member_import.discard": "Hủy tệp danh sách đảng viên",
}
