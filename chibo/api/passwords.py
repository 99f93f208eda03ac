"""A password change, by any path (the page, the admin, `chibo changepassword`, activation),
revokes the account's API tokens and is written to the audit log.

Django calls `password_changed` on every validator in AUTH_PASSWORD_VALIDATORS whenever a
user saved after set_password(); that is the one place every path goes through.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from chibo.audit.models import log_action

from .models import ApiToken


class RevokeTokensOnPasswordChange:
    def validate(self, password: str, user: Any = None) -> None:
        return None

    def get_help_text(self) -> str:
        return "Đổi mật khẩu sẽ thu hồi mọi mã truy cập API của tài khoản."

    def password_changed(self, password: str, user: Any = None) -> None:
        if user is None or user.pk is None:
            return
        with transaction.atomic():
            tokens = list(ApiToken.objects.active().select_for_update().filter(user=user))
            now = timezone.now()
            for token in tokens:
                token.revoked_at = now
                token.save(update_fields=["revoked_at"])
                log_action(token, "api_token.revoke", by=None,
                           after={"user": user.get_username(), "reason": "đổi mật khẩu"})  # fmt: skip
            log_action(user, "account.password_change", by=None,
                       after={"user": user.get_username(), "api_tokens_revoked": len(tokens)})  # fmt: skip
