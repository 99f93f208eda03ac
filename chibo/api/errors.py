"""Every error the API returns is JSON: {"detail": "<Vietnamese message>", "errors": [...]}."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import BadRequest, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.forms.utils import ErrorDict
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from chibo.lib.http import InputError
from chibo.members.models import MemberError

from .limits import RateLimited
from .models import ApiTokenError

logger = logging.getLogger("chibo.api")
INVALID = "Dữ liệu gửi lên không hợp lệ."

# pydantic error types → what a Vietnamese user can act on
_PYDANTIC_MESSAGES = {
    "missing": "Thiếu thông tin bắt buộc.",
    "date_parsing": "Ngày không hợp lệ; hãy viết dạng NNNN-TT-NN, ví dụ 2026-01-05.",
    "date_from_datetime_parsing": "Ngày không hợp lệ; hãy viết dạng NNNN-TT-NN, ví dụ 2026-01-05.",
    "date_type": "Ngày không hợp lệ; hãy viết dạng NNNN-TT-NN, ví dụ 2026-01-05.",
    "int_parsing": "Phải là một số nguyên.",
    "int_type": "Phải là một số nguyên.",
    "string_type": "Phải là một chuỗi chữ.",
    "literal_error": "Giá trị không nằm trong danh sách được phép.",
    "greater_than_equal": "Giá trị quá nhỏ.",
    "less_than_equal": "Giá trị quá lớn.",
    "greater_than": "Giá trị quá nhỏ.",
    "less_than": "Giá trị quá lớn.",
    "json_invalid": "Nội dung không phải JSON hợp lệ.",
}


class FormInvalid(Exception):
    """A Django form refused the input; its messages are already Vietnamese."""

    def __init__(self, errors: ErrorDict) -> None:
        super().__init__(INVALID)
        self.errors = errors


class VersionConflict(Exception):
    """Someone else changed the record since the caller read it."""


def _field_errors(errors: dict[str, Any]) -> list[dict[str, str]]:
    return [{"field": "" if field == "__all__" else field, "message": str(message)}
            for field, messages in errors.items() for message in messages]  # fmt: skip


def _pydantic_errors(errors: list[dict[str, Any]]) -> list[dict[str, str]]:
    out = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("body", "payload", "query", "path", "filters")]  # fmt: skip
        message = _PYDANTIC_MESSAGES.get(error.get("type", ""), "Giá trị không hợp lệ.")
        if error.get("type") == "value_error":  # our own validators speak Vietnamese
            message = str(error.get("ctx", {}).get("error", "")) or message
        if error.get("type") == "literal_error":
            allowed = error.get("ctx", {}).get("expected", "")
            message = f"{message} Được phép: {allowed.replace(' or ', ', ')}."
        out.append({"field": ".".join(location), "message": message})
    return out


def install(api: NinjaAPI) -> None:
    def reply(
        request: HttpRequest, status: int, detail: str, errors: list[dict[str, str]] | None = None
    ) -> HttpResponse:
        return api.create_response(
            request, {"detail": detail, "errors": errors or []}, status=status
        )

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: Exception) -> HttpResponse:
        return reply(
            request, 401, "Cần đăng nhập hoặc gửi mã truy cập hợp lệ (Authorization: Bearer …)."
        )

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return reply(request, exc.status_code, exc.message)

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
        message = str(exc)
        return reply(
            request,
            404,
            message if message and not message.startswith("No ") else "Không tìm thấy.",
        )

    @api.exception_handler(PermissionDenied)
    def forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
        return reply(request, 403, str(exc) or "Đồng chí không có quyền thực hiện thao tác này.")

    @api.exception_handler(MemberError)
    def refused(request: HttpRequest, exc: Exception) -> HttpResponse:
        return reply(request, 400, str(exc))

    @api.exception_handler(ApiTokenError)
    def token_refused(request: HttpRequest, exc: Exception) -> HttpResponse:
        return reply(request, 400, str(exc))

    @api.exception_handler(RateLimited)
    def rate_limited(request: HttpRequest, exc: RateLimited) -> HttpResponse:
        response = reply(request, 429, str(exc))
        response["Retry-After"] = str(exc.retry_after)
        return response

    @api.exception_handler(VersionConflict)
    def conflict(request: HttpRequest, exc: Exception) -> HttpResponse:
        return reply(request, 409, str(exc))

    @api.exception_handler(FormInvalid)
    def form_invalid(request: HttpRequest, exc: FormInvalid) -> HttpResponse:
        return reply(request, 422, INVALID, _field_errors(exc.errors))

    @api.exception_handler(DjangoValidationError)
    def model_invalid(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
        errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
        return reply(request, 422, INVALID, _field_errors(errors))

    @api.exception_handler(BadRequest)
    def bad_request(request: HttpRequest, exc: Exception) -> HttpResponse:
        message = str(exc) if isinstance(exc, InputError) else INVALID
        return reply(request, 400, message)

    @api.exception_handler(Exception)
    def server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
        """JSON, in Vietnamese, also for the unexpected (development shows the traceback)."""
        if settings.DEBUG:
            raise exc
        logger.error("API error on %s", request.path, exc_info=exc)
        return reply(request, 500, "Lỗi máy chủ. Quản trị viên đã được ghi nhận; hãy thử lại sau.")

    @api.exception_handler(NinjaValidationError)
    def request_invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        return reply(request, 422, INVALID, _pydantic_errors(exc.errors))
