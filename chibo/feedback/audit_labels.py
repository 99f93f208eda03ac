"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

from chibo.feedback.models import Message, SurveyRound

MESSAGES = {f"feedback.{kind}": f"Thêm tin: {label}" for kind, label in Message.Kind.choices}
SURVEYS = {
    f"feedback.survey.{status}": f"Đợt khảo sát: {label}"
    for status, label in SurveyRound.Status.choices
}

LABELS = (
    MESSAGES
    | SURVEYS
    | {
        "feedback.answer": "Trả lời góp ý",
        "feedback.assign": "Giao xử lý góp ý",
        "feedback.auto_close": "Tự đóng góp ý quá hạn phản hồi",
        "feedback.close": "Đóng góp ý",
        "feedback.extend": "Gia hạn xử lý góp ý",
        "feedback.hidden": "Tạm ẩn góp ý bị báo cáo",
        "feedback.identity_view": "Xem danh tính người góp ý",
        "feedback.moderate": "Kiểm duyệt góp ý",
        "feedback.new": "Góp ý mới",
        "feedback.redirect": "Chuyển góp ý",
        "feedback.reopen": "Mở lại góp ý",
        "feedback.reply": "Phản hồi góp ý",
        "feedback.report": "Báo cáo góp ý không phù hợp",
        "feedback.school.create": "Mở cổng góp ý của trường",
        "feedback.school.settings": "Sửa thiết lập cổng góp ý",
        "feedback.sender_close": "Người góp ý đóng góp ý",
        "feedback.sender_reply": "Người góp ý trả lời",
        "feedback.staff.appoint": "Phân công cán bộ xử lý góp ý",
        "feedback.staff.remove": "Thôi phân công cán bộ xử lý góp ý",
        "feedback.submit": "Gửi góp ý",
        "feedback.survey.create": "Tạo phiếu khảo sát",
        "feedback.take": "Nhận xử lý góp ý",
    }
)
