"""`chibo api-token USERNAME [--name N] [--revoke PREFIX] [--list]`: issue, revoke, list tokens."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chibo.api.models import ApiToken, ApiTokenError


class Command(BaseCommand):
    help = "Cấp mã truy cập API cho một tài khoản (chỉ hiện một lần), thu hồi hoặc liệt kê mã."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", help="tên đăng nhập")
        parser.add_argument(
            "--name", default="", help="tên gợi nhớ của mã, ví dụ 'bảng tính Đảng ủy'"
        )
        parser.add_argument(
            "--read-only", action="store_true", help="mã chỉ được đọc (GET), không được ghi"
        )
        parser.add_argument("--revoke", metavar="PREFIX", help="thu hồi mã có tiền tố này")
        parser.add_argument(
            "--list", dest="list_tokens", action="store_true", help="liệt kê các mã của tài khoản"
        )

    def handle(
        self,
        *args: Any,
        username: str,
        name: str,
        revoke: str | None,
        list_tokens: bool,
        read_only: bool = False,
        **options: Any,
    ) -> None:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Không có tài khoản “{username}”.")
        if list_tokens:
            self._list(user)
        elif revoke:
            self._revoke(user, revoke)
        else:
            self._issue(user, name, ApiToken.Scope.READ if read_only else ApiToken.Scope.WRITE)

    def _issue(self, user: Any, name: str, scope: str) -> None:
        try:
            token, key = ApiToken.issue(user, name=name, scope=scope)
        except ApiTokenError as error:
            raise CommandError(str(error)) from error
        self.stderr.write(f"Mã truy cập mới cho {user.username} (tiền tố {token.prefix}, "
                          f"{token.get_scope_display()}). "
                          "Hãy lưu lại ngay: mã chỉ hiện một lần.")  # fmt: skip
        self.stdout.write(key)

    def _revoke(self, user: Any, prefix: str) -> None:
        tokens = list(ApiToken.objects.filter(user=user, prefix=prefix, revoked_at__isnull=True))
        if not tokens:
            raise CommandError(f"{user.username} không có mã đang dùng nào có tiền tố “{prefix}”.")
        if len(tokens) > 1:
            raise CommandError(
                f"Có {len(tokens)} mã cùng tiền tố “{prefix}”; hãy thu hồi trong trang quản trị."
            )
        try:
            tokens[0].revoke()
        except ApiTokenError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Đã thu hồi mã {prefix}… của {user.username}.")

    def _list(self, user: Any) -> None:
        tokens = ApiToken.objects.filter(user=user)
        if not tokens:
            self.stdout.write(f"{user.username} chưa có mã truy cập nào.")
        for token in tokens:
            state = (
                f"thu hồi {timezone.localtime(token.revoked_at):%d/%m/%Y %H:%M}"
                if token.revoked_at
                else "đang dùng"
            )
            used = (
                f"{timezone.localtime(token.last_used_at):%d/%m/%Y %H:%M}"
                if token.last_used_at
                else "chưa dùng"
            )
            self.stdout.write(f"{token.prefix}…  {token.name or '-'}  {token.get_scope_display()}  tạo {timezone.localtime(token.created_at):%d/%m/%Y}  "
                              f"dùng lần cuối: {used}  {state}")  # fmt: skip
