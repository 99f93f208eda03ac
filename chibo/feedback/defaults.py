"""The survey's template questions for a kindergarten, grouped as in the education ministry's
toolkit (rules.feedback.GROUPS). A round copies them when it is created."""

from __future__ import annotations

SURVEY_QUESTIONS: list[tuple[str, str]] = [
    ("access", "Thông tin tuyển sinh, các khoản thu của nhà trường được công khai, dễ tìm."),
    ("access", "Việc đưa đón trẻ, liên lạc với giáo viên thuận tiện."),
    ("facilities", "Phòng học, sân chơi sạch sẽ, thoáng mát, an toàn cho trẻ."),
    ("facilities", "Đồ dùng, đồ chơi, thiết bị dạy học đầy đủ, phù hợp."),
    ("environment", "Cán bộ, giáo viên, nhân viên thân thiện, tôn trọng trẻ và cha mẹ."),
    ("environment", "Trẻ được an toàn, được yêu thương khi ở trường."),
    ("activities", "Bữa ăn của trẻ đủ chất, hợp vệ sinh, đúng thực đơn công khai."),
    ("activities", "Hoạt động học và chơi phù hợp với lứa tuổi của trẻ."),
    ("activities", "Nhà trường thường xuyên trao đổi với cha mẹ về sự tiến bộ của trẻ."),
    ("results", "Trẻ tiến bộ về sức khỏe, thể chất."),
    ("results", "Trẻ tiến bộ về nhận thức, ngôn ngữ, kỹ năng sống."),
    (
        "overall",
        "Nhìn chung, anh/chị hài lòng với việc nuôi dưỡng, chăm sóc, giáo dục trẻ của nhà trường.",
    ),
]
