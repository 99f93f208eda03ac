"""Tasks after a meeting: my tasks (every member), the cell's list (chi ủy), progress with
evidence, and members' personal commitments."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from chibo.members.access import get_cell, viewer_for

from .access import EDIT, MEMBER, get_task, meeting_access
from .errors import MeetingError
from .forms import ProgressForm, ReasonForm, TaskForm, TextForm
from .models import Commitment, Task, TaskNote
from .views_common import act, answer, form_errors, invalid, outcome
from .views_draft import _serve
from .views_room import room_parts


@login_required
def my_tasks(request: HttpRequest) -> HttpResponse:
    member = viewer_for(request).member
    tasks = (Task.objects.for_member(member).select_related("meeting").prefetch_related("owners")
             .order_by("status", "deadline") if member else Task.objects.none())  # fmt: skip
    today = timezone.localdate()
    rows = [(t, t.display_status(today)) for t in tasks]
    unfinished = [r for r in rows if r[0].status in Task.UNFINISHED]
    finished = [r for r in rows if r[0].status not in Task.UNFINISHED]
    return render(request, "meetings/my_tasks.html", {"member": member, "unfinished": unfinished,
                                                      "finished": finished, "today": today})  # fmt: skip


@login_required
def cell_tasks(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    status = request.GET.get("status", "")
    tasks = Task.objects.filter(cell=cell).select_related("meeting").prefetch_related("owners")
    today = timezone.localdate()
    if status == "overdue":
        tasks = tasks.overdue(today)
    elif status in Task.Status.values:
        tasks = tasks.filter(status=status)
    elif status != "all":
        tasks = tasks.unfinished()
    return render(request, "meetings/cell_tasks.html", {
        "cell": cell, "rows": [(t, t.display_status(today)) for t in tasks], "status": status,
        "choices": Task.Status.choices})  # fmt: skip


@login_required
@require_POST
def task_create(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = TaskForm(request.POST, cell=meeting.cell)
    if not form.is_valid():
        parts = room_parts(request, pk, ("tasks",), task_form=form)
        return answer(request, invalid(form, "tasks"), parts, to="meetings:room", pk=pk, form=form)
    data = form.cleaned_data
    notice = outcome(lambda: Task.assign(cell=meeting.cell, by=request.user, meeting=meeting, title=data["title"],
                                         description=data["description"], owners=list(data["owners"]),
                                         deadline=data["deadline"]),
                     "Đã giao nhiệm vụ.", "tasks")  # fmt: skip
    parts = room_parts(request, pk, ("tasks",), task_form=form if notice.error else None)
    return answer(request, notice, parts, to="meetings:room", pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def task_detail(request: HttpRequest, pk: int) -> HttpResponse:
    task, member, may_update = get_task(request, pk, edit=request.method == "POST")
    form = ProgressForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            task.report_progress(by=request.user, note=data["note"], status=data["status"] or None,
                                 evidence=data["evidence"])  # fmt: skip
        except (MeetingError, ValidationError) as error:
            form.add_error(None, str(error) if isinstance(error, MeetingError) else error)
        else:
            messages.success(request, "Đã cập nhật tiến độ.")
            return redirect("meetings:task", pk=pk)
    return render(request, "meetings/task_detail.html", {
        "task": task, "cell": task.cell, "notes": task.notes.select_related("author"), "owners": task.owners.all(),
        "may_update": may_update, "can_edit": bool(member and member.is_editor), "form": form,
        "drop_form": ReasonForm(), "status": task.display_status()})  # fmt: skip


@login_required
@require_POST
def task_drop(request: HttpRequest, pk: int) -> HttpResponse:
    task, member, _ = get_task(request, pk)
    if not (member and member.is_editor):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied("Chỉ chi ủy được thôi một nhiệm vụ.")
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    return act(request, lambda: task.drop(by=request.user, reason=reason), "Đã thôi thực hiện nhiệm vụ.",
               to="meetings:task", pk=pk)  # fmt: skip


@login_required
def evidence(request: HttpRequest, pk: int, note_pk: int) -> HttpResponseBase:
    task, _, _ = get_task(request, pk)
    note = get_object_or_404(TaskNote, pk=note_pk, task=task)
    return _serve(note.file, note.file_name, note.file_kind)


@login_required
@require_POST
def commitment(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=MEMBER).meeting
    form = TextForm(request.POST)
    if not form.is_valid():
        form_errors(request, form)
        return redirect("meetings:detail", pk=pk)
    return act(request, lambda: Commitment.register(meeting, by=request.user, text=form.cleaned_data["text"]),
               "Đã ghi nội dung đăng ký của đồng chí.", to="meetings:detail", pk=pk)  # fmt: skip
