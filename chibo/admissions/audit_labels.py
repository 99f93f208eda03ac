"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

from chibo.admissions.models.records import StepKind

# A step of the file recorded (the verb writes "admissions.<step kind>").
STEPS = {f"admissions.{kind}": f"Ghi hồ sơ: {label}" for kind, label in StepKind.choices}

LABELS = STEPS | {
    "admissions.add": "Thêm quần chúng ưu tú vào danh sách phát triển đảng",
    "admissions.attach": "Đính kèm hồ sơ kết nạp",
    "admissions.ceremony": "Ghi lễ kết nạp",
    "admissions.course": "Ghi lớp bồi dưỡng nhận thức về Đảng",
    "admissions.decision": "Ghi quyết định kết nạp của cấp trên",
    "admissions.propose": "Đề nghị kết nạp",
    "admissions.propose_recognition": "Đề nghị công nhận đảng viên chính thức",
    "admissions.recognise": "Ghi quyết định công nhận đảng viên chính thức",
    "admissions.recognition_vote": "Biểu quyết công nhận đảng viên chính thức",
    "admissions.review": "Ghi thẩm định hồ sơ",
    "admissions.rule_set": "Đổi quy định áp dụng cho hồ sơ kết nạp",
    "admissions.sponsor": "Phân công đảng viên giúp đỡ",
    "admissions.sponsor_remove": "Thôi phân công đảng viên giúp đỡ",
    "admissions.stop": "Dừng hồ sơ kết nạp",
    "admissions.update": "Sửa hồ sơ kết nạp",
    "admissions.vote": "Biểu quyết đề nghị kết nạp",
}
