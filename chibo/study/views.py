"""Study sessions of a cell: the list of the year, one session with its attendance and the
members' write-ups."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from chibo.lib.http import posted_version, year_param
from chibo.members.access import get_cell, viewer_for
from chibo.members.models import Member
from chibo.rules import study as rules

from .forms import SessionForm, WriteupForm
from .models import StudyError, StudySession, StudyWriteup, non_party_staff
from .stats import participation


def _errors(form: object) -> str:
    errors = getattr(form, "errors", {})
    return " ".join(str(e) for field in errors.values() for e in field) or "Dữ liệu không hợp lệ."


@login_required
@require_http_methods(["GET", "POST"])
def session_list(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=request.method == "POST")
    form = SessionForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                session = StudySession.plan(cell=cell, by=request.user, **form.cleaned_data)
            except StudyError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, "Đã ghi buổi học tập.")
                return redirect("study:session", session.pk)
        else:
            messages.error(request, _errors(form))
    year = year_param(request)
    value, basis = participation(cell, year)
    return render(request, "study/list.html", {
        "cell": cell, "year": year, "form": form, "value": value, "basis": basis,
        "sessions": StudySession.objects.for_cell(cell).in_year(year),
        "can_edit": viewer_for(request).can_edit_cell(cell),
        "sources": [rules.SOURCE_TARGET, rules.SOURCE_READING],
    })  # fmt: skip


def _get_session(request: HttpRequest, pk: int, *, edit: bool = False) -> StudySession:
    session = get_object_or_404(StudySession.objects.select_related("cell"), pk=pk)
    get_cell(request, session.cell_id, edit=edit)
    return session


@login_required
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = _get_session(request, pk)
    viewer = viewer_for(request)
    can_edit = viewer.can_edit_cell(session.cell)
    present = list(session.attendance.all())
    came_m = {a.member_id for a in present if a.member_id}
    came_s = {a.staff_id for a in present if a.staff_id}
    members = list(Member.objects.for_cell(session.cell).current().vietnamese_order())
    staff = list(non_party_staff(session.cell))
    writeups = {w.member_id: w for w in session.writeups.all()}
    me = viewer.member if viewer.member and viewer.member.cell_id == session.cell_id else None
    return render(request, "study/session.html", {
        "session": session, "cell": session.cell, "can_edit": can_edit,
        "members": [(m, m.pk in came_m, writeups.get(m.pk)) for m in members],
        "staff": [(s, s.pk in came_s) for s in staff], "present": len(came_m) + len(came_s),
        "me": me, "my_writeup": writeups.get(me.pk) if me else None,
        "form": SessionForm(instance=session), "writeup_form": WriteupForm(),
    })  # fmt: skip


@login_required
@require_POST
def session_edit(request: HttpRequest, pk: int) -> HttpResponse:
    session = _get_session(request, pk, edit=True)
    form = SessionForm(request.POST, instance=StudySession.objects.get(pk=pk))
    if not form.is_valid():
        messages.error(request, _errors(form))
        return redirect("study:session", pk)
    try:
        session.update(
            by=request.user, expected_version=posted_version(request), **form.cleaned_data
        )
    except StudyError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã lưu buổi học tập.")
    return redirect("study:session", pk)


def _ids(request: HttpRequest, name: str) -> list[int]:
    try:
        return [int(v) for v in request.POST.getlist(name)]
    except ValueError:
        return [-1]


@login_required
@require_POST
def session_attendance(request: HttpRequest, pk: int) -> HttpResponse:
    session = _get_session(request, pk, edit=True)
    try:
        session.record_attendance(by=request.user, member_ids=_ids(request, "member"),
                                  staff_ids=_ids(request, "staff"))  # fmt: skip
    except StudyError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã lưu danh sách tham dự.")
    return redirect("study:session", pk)


@login_required
@require_POST
def session_writeup(request: HttpRequest, pk: int) -> HttpResponse:
    """A member hands in their own write-up; the chi ủy may enter one from a paper copy."""
    session = _get_session(request, pk)
    viewer = viewer_for(request)
    form = WriteupForm(request.POST)
    if not form.is_valid():
        messages.error(request, _errors(form))
        return redirect("study:session", pk)
    wanted = form.cleaned_data["member"]
    me = viewer.member
    if wanted and (me is None or wanted != me.pk):
        if not viewer.can_edit_cell(session.cell):
            raise PermissionDenied("Chỉ chi ủy được ghi bài thu hoạch thay đảng viên.")
        member = get_object_or_404(Member, pk=wanted, cell=session.cell)
    elif me is not None and me.cell_id == session.cell_id:
        member = me
    else:
        raise PermissionDenied("Chỉ đảng viên của chi bộ nộp bài thu hoạch.")
    try:
        StudyWriteup.submit(session=session, member=member, text=form.cleaned_data["text"], by=request.user,
                            on_behalf=member != me)  # fmt: skip
    except StudyError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã nộp bài thu hoạch.")
    return redirect("study:session", pk)
