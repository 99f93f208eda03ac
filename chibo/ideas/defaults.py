"""The suggested KPI set a school starts from, and how the idea bank scores on the innovation
dimension. School settings data, not rules: no national framework defines a teachers' "KPI 4
chiều", so the school changes every name, weight and source (chibo.ideas.models.Indicator)."""

from __future__ import annotations

# (dimension, indicator, source, weight, how it is measured)
KPI_INDICATORS: list[tuple[str, str, str, int, str]] = [
    ("performance", "Nhiệm vụ được giao hoàn thành đúng hạn", "tasks", 20,
     "Tỷ lệ nhiệm vụ có hạn trong kỳ đã hoàn thành đúng hạn (nhiệm vụ giao tại sinh hoạt chi bộ; "
     "chỉ có số liệu với đảng viên của chi bộ)."),
    ("performance", "Chất lượng thực hiện nhiệm vụ chuyên môn", "manual", 20,
     "Ban giám hiệu đánh giá theo kết quả kiểm tra chuyên môn, dự giờ, hồ sơ lớp; ghi minh chứng."),
    ("service", "Tinh thần, thái độ phục vụ trẻ và cha mẹ trẻ", "manual", 20,
     "Ban giám hiệu và tổ chuyên môn đánh giá (nhận xét của đồng nghiệp, phản ánh của cha mẹ trẻ); "
     "ghi minh chứng."),
    ("satisfaction", "Tỷ lệ cha mẹ trẻ hài lòng", "satisfaction", 20,
     "Chỉ số hài lòng của đợt khảo sát cha mẹ trẻ kết thúc gần nhất trong năm kết thúc kỳ đánh giá."),
    ("innovation", "Ý tưởng, sáng kiến trong năm", "ideas", 20,
     "Mức cao nhất đạt được trong năm: được công nhận 100; đã nộp hội đồng 70; đang áp dụng 50; "
     "đã đăng ký hoặc không được công nhận 30; chưa đăng ký 0."),
]  # fmt: skip

# Points on the innovation dimension for the best idea a person has in the term's years.
IDEA_POINTS: dict[str, int] = {
    "recognised": 100,
    "submitted": 70,
    "applying": 50,
    "registered": 30,
    "rejected": 30,
}
