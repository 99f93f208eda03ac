"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "account.password_change": "Đổi mật khẩu",
    "api_token.create": "Cấp mã truy cập API",
    "api_token.revoke": "Thu hồi mã truy cập API",
}
