from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from .models import ApiToken, ApiTokenError


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are issued with `chibo api-token`; here they are only seen and revoked."""

    list_display = ["prefix", "user", "name", "scope", "created_at", "last_used_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["prefix", "name", "user__username"]
    readonly_fields = [
        "user",
        "name",
        "prefix",
        "scope",
        "created_at",
        "last_used_at",
        "revoked_at",
    ]
    exclude = ["key_hash"]
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.action(description="Thu hồi các mã đã chọn")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        done = 0
        for token in queryset.filter(revoked_at__isnull=True):
            try:
                token.revoke(by=request.user)
            except ApiTokenError as error:
                messages.warning(request, str(error))
            else:
                done += 1
        messages.success(request, f"Đã thu hồi {done} mã.")
