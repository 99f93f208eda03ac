"""Follow-up tasks assigned at a meeting (phân công nhiệm vụ), their progress notes with
evidence, and members' personal commitments (đăng ký nội dung khắc phục, rèn luyện)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action, snapshot
from chibo.members.models import Member
from chibo.organizations.models import Cell

from ..errors import MeetingError
from ..roles import require_editor, require_member
from ..uploads import MATERIAL_KINDS, upload_path, validate_upload
from .meeting import Meeting

DUE_SOON_DAYS = 3


class TaskQuerySet(models.QuerySet["Task"]):
    def unfinished(self) -> TaskQuerySet:
        return self.filter(status__in=Task.UNFINISHED)

    def open(self) -> TaskQuerySet:
        return self.unfinished()

    def overdue(self, today: dt.date | None = None) -> TaskQuerySet:
        return self.unfinished().filter(deadline__lt=today or timezone.localdate())

    def due_soon(self, today: dt.date | None = None) -> TaskQuerySet:
        today = today or timezone.localdate()
        return self.unfinished().filter(
            deadline__gte=today, deadline__lte=today + dt.timedelta(days=DUE_SOON_DAYS)
        )

    def for_member(self, member: Member) -> TaskQuerySet:
        return self.filter(owners=member)


class Task(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Chưa thực hiện"
        IN_PROGRESS = "in_progress", "Đang thực hiện"
        DONE = "done", "Đã hoàn thành"
        OVERDUE = "overdue", "Quá hạn"  # derived, never stored: see display_status
        DROPPED = "dropped", "Không thực hiện nữa"

    UNFINISHED = (Status.OPEN, Status.IN_PROGRESS)

    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="tasks")
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks"
    )
    title = models.CharField("nhiệm vụ", max_length=300)
    description = models.TextField("nội dung", blank=True)
    owners = models.ManyToManyField(Member, verbose_name="người thực hiện", related_name="tasks")
    deadline = models.DateField("thời hạn")
    status = models.CharField(
        "trạng thái", max_length=12, choices=Status.choices, default=Status.OPEN
    )
    drop_reason = models.CharField("lý do", max_length=300, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    carried_into = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="carried_tasks")  # fmt: skip
    created_at = models.DateTimeField(default=timezone.now)

    objects = TaskQuerySet.as_manager()

    class Meta:
        ordering = ["deadline", "id"]
        indexes = [models.Index(fields=["cell", "status", "deadline"])]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Saves and moves the task in the cell's count of unfinished tasks by deadline, in
        the same transaction (chibo.meetings.summary)."""
        from .. import summary

        if not summary.touches(kwargs.get("update_fields"), summary.TASK_FIELDS):
            super().save(*args, **kwargs)
            return
        with transaction.atomic(savepoint=False):
            before = None
            if not self._state.adding:
                before = (
                    Task.objects.select_for_update()
                    .filter(pk=self.pk)
                    .values_list("cell_id", "deadline", "status")
                    .first()
                )
            super().save(*args, **kwargs)
            summary.task_saved(before, (self.cell_id, self.deadline, self.status))

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        from .. import summary

        with transaction.atomic(savepoint=False):
            before = (
                Task.objects.select_for_update()
                .filter(pk=self.pk)
                .values_list("cell_id", "deadline", "status")
                .first()
            )
            result = super().delete(*args, **kwargs)
            summary.task_saved(before, None)
        return result

    def display_status(self, today: dt.date | None = None) -> str:
        if self.status in self.UNFINISHED and self.deadline < (today or timezone.localdate()):
            return self.Status.OVERDUE
        return self.status

    def display_label(self) -> str:
        return self.Status(self.display_status()).label

    @classmethod
    def assign(cls, *, cell: Cell, by: Any, title: str, owners: list[Member], deadline: dt.date,
               description: str = "", meeting: Meeting | None = None) -> Task:  # fmt: skip
        """HD 42, seed 001 §III.3: a conclusion assigns tasks with owner and deadline."""
        require_editor(by, cell)
        if not owners:
            raise MeetingError("Nhiệm vụ cần ít nhất một người thực hiện.")
        if any(m.cell_id != cell.pk for m in owners):
            raise MeetingError("Người thực hiện phải là đảng viên của chi bộ.")
        if meeting is not None and meeting.status in (
            Meeting.Status.CLOSED,
            Meeting.Status.CANCELLED,
        ):
            raise MeetingError("Buổi sinh hoạt đã đóng hồ sơ, không giao thêm nhiệm vụ được.")
        with transaction.atomic():
            task = cls.objects.create(cell=cell, meeting=meeting, title=title.strip(),
                                      description=description.strip(), deadline=deadline)  # fmt: skip
            task.owners.set(owners)
            log_action(task, "task.assign", by=by, cell=cell,
                       after={**snapshot(task, ["title", "deadline", "status"]),
                              "owners": ", ".join(m.full_name for m in owners)})  # fmt: skip
        from chibo.meetings.services import notify_members

        notify_members(meeting=meeting, members=owners, kind="task.assigned",
                       title=f"Đồng chí được giao nhiệm vụ: {task.title}", task=task)  # fmt: skip
        return task

    def _actor(self, by: Any) -> Member:
        member = require_member(by, self.cell_id)
        if member.is_editor or self.owners.filter(pk=member.pk).exists():
            return member
        raise MeetingError("Chỉ người được giao nhiệm vụ hoặc chi ủy được cập nhật nhiệm vụ này.")

    def report_progress(
        self, *, by: Any, note: str, status: str | None = None, evidence: Any = None
    ) -> TaskNote:
        """The owner (or the chi ủy) writes how it goes, optionally with evidence, and may
        move the task to in progress or done."""
        member = self._actor(by)
        if status not in (None, "", self.Status.OPEN, self.Status.IN_PROGRESS, self.Status.DONE):
            raise MeetingError("Trạng thái không hợp lệ.")
        if not note.strip() and evidence is None and not status:
            raise MeetingError("Hãy ghi tiến độ hoặc đính kèm minh chứng.")
        kind = validate_upload(evidence, MATERIAL_KINDS) if evidence is not None else ""
        with transaction.atomic():
            current = Task.objects.select_for_update().get(pk=self.pk)
            if current.status == self.Status.DROPPED:
                raise MeetingError("Nhiệm vụ này đã thôi thực hiện.")
            before = snapshot(current, ["status"])
            entry = TaskNote(task=current, author=member, text=note.strip(), file_kind=kind)
            if evidence is not None:
                entry.file_name = getattr(evidence, "name", "")[:200]
                entry.file.save(entry.file_name or f"minh-chung.{kind}", evidence, save=False)
            entry.save()
            if status and status != current.status:
                current.status = status
                current.done_at = timezone.now() if status == self.Status.DONE else None
                current.save(update_fields=["status", "done_at"])
            log_action(current, "task.progress", by=by, cell=current.cell, before=before,
                       after={"status": current.status, "note": entry.text, "evidence": entry.file_name})  # fmt: skip
        self.refresh_from_db()
        return entry

    def mark_done(self, *, by: Any, note: str = "", evidence: Any = None) -> TaskNote:
        return self.report_progress(by=by, note=note or "Đã hoàn thành.", status=self.Status.DONE,
                                    evidence=evidence)  # fmt: skip

    def drop(self, *, by: Any, reason: str) -> None:
        require_editor(by, self.cell_id)
        if not reason.strip():
            raise MeetingError("Cần ghi rõ lý do thôi thực hiện nhiệm vụ.")
        with transaction.atomic():
            current = Task.objects.select_for_update().get(pk=self.pk)
            if current.status == self.Status.DONE:
                raise MeetingError("Nhiệm vụ đã hoàn thành, không thể thôi thực hiện.")
            before = snapshot(current, ["status"])
            current.status, current.drop_reason = self.Status.DROPPED, reason.strip()
            current.save(update_fields=["status", "drop_reason"])
            log_action(current, "task.drop", by=by, cell=current.cell, before=before,
                       after={"status": current.status, "reason": current.drop_reason})  # fmt: skip
        self.refresh_from_db()


class TaskNote(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("tiến độ", blank=True)
    file = models.FileField(upload_to=upload_path, blank=True)
    file_name = models.CharField(max_length=200, blank=True)
    file_kind = models.CharField(max_length=8, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Tiến độ {self.task}"


class Commitment(models.Model):
    """A member's own pledge after a thematic meeting (seed 001 §II.1: "đăng ký nội dung
    khắc phục, rèn luyện gắn với chức trách, nhiệm vụ được giao")."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="commitments")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="commitments")
    text = models.TextField("nội dung đăng ký")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="unique_commitment")
        ]

    def __str__(self) -> str:
        return f"Đăng ký của {self.member}"

    @classmethod
    def register(cls, meeting: Meeting, *, by: Any, text: str) -> Commitment:
        member = require_member(by, meeting.cell_id)
        if meeting.status not in (Meeting.Status.HELD, Meeting.Status.CONCLUDED):
            raise MeetingError("Đăng ký rèn luyện sau buổi họp, trước khi đóng hồ sơ.")
        if not text.strip():
            raise MeetingError("Hãy ghi nội dung đăng ký.")
        with transaction.atomic():
            item, created = cls.objects.update_or_create(meeting=meeting, member=member,
                                                         defaults={"text": text.strip()})  # fmt: skip
            log_action(meeting, "meeting.commitment", by=by, cell=meeting.cell,
                       after={"member": str(member), "text": item.text, "new": created})  # fmt: skip
        return item
