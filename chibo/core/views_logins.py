"""The cell's locked log-ins: the Bí thư (or an administrator) sees and unlocks them."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from chibo.members.access import get_cell, viewer_for
from chibo.members.models import Member, Role
from chibo.organizations.models import Cell

from . import logins


def _cell_for_unlocking(request: HttpRequest, pk: int) -> Cell:
    if request.user.is_superuser:
        cell = Cell.objects.filter(pk=pk).first()
        if cell is None:
            raise Http404("Không tìm thấy chi bộ.")
        return cell
    cell = get_cell(request, pk)
    member = viewer_for(request).member
    if member is None or member.cell_id != cell.pk or member.role != Role.SECRETARY:
        raise PermissionDenied("Chỉ Bí thư chi bộ hoặc quản trị viên mở khóa đăng nhập.")
    return cell


@login_required
def locked_logins(request: HttpRequest, pk: int) -> HttpResponse:
    cell = _cell_for_unlocking(request, pk)
    return render(request, "core/locked_logins.html",
                  {"cell": cell, "rows": logins.failures_in(cell),
                   "limit": settings.AXES_FAILURE_LIMIT})  # fmt: skip


@login_required
@require_POST
def unlock_login(request: HttpRequest, pk: int, member_pk: int) -> HttpResponse:
    cell = _cell_for_unlocking(request, pk)
    member = Member.objects.filter(pk=member_pk, cell=cell, user__isnull=False).first()
    if member is None:
        raise Http404("Không tìm thấy đảng viên.")
    cleared = logins.unlock(member, by=request.user)
    messages.success(
        request,
        f"Đã mở khóa đăng nhập cho đồng chí {member.full_name} ({cleared} lần sai được xóa).",
    )
    return redirect("organizations:locked_logins", pk=cell.pk)
