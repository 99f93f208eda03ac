"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "room.agenda": "Chuyển nội dung trong chương trình buổi họp",
    "room.page": "Chuyển trang tài liệu trên màn hình chiếu",
    "room.ballot_open": "Mở biểu quyết trên điện thoại",
    "room.ballot_cast": "Biểu quyết từ điện thoại",
    "room.ballot_hands": "Ghi số biểu quyết giơ tay",
    "room.ballot_close": "Kết thúc biểu quyết, ghi kết quả",
    "room.ballot_cancel": "Hủy lần biểu quyết",
    "room.speak_ask": "Đăng ký phát biểu",
    "room.speak_withdraw": "Rút đăng ký phát biểu",
    "room.speak_call": "Mời phát biểu",
    "room.speak_done": "Kết thúc lượt phát biểu",
}
