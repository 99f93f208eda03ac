"""Study sessions on the Party's resolutions and directives: what was studied, when, in what
form, who attended (the cell's members and, where the cell invites them, the school's non-Party
staff) and the members' write-ups (bài thu hoạch) where asked. Counted for the plan's target
"100 % tham gia học tập" by `chibo.study.stats.participation`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from chibo.audit.models import changes, log_action, snapshot
from chibo.feedback.models import School, Staff
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules import study as rules


class StudyError(Exception):
    """A rule refused the change; the message is for the user, in Vietnamese."""


def _user(by: Any) -> Any:
    return by if getattr(by, "is_authenticated", False) else None


def non_party_staff(cell: Cell) -> Any:
    """Active staff of the cell's school(s) who are not current members of the Party."""
    members = Member.objects.current().filter(user__isnull=False).values("user_id")
    return (
        Staff.objects.active().filter(school__in=School.objects.for_cell(cell))
        .exclude(user_id__in=members).order_by("full_name", "pk")
    )  # fmt: skip


class StudySessionQuerySet(models.QuerySet["StudySession"]):
    def for_cell(self, cell: Cell) -> StudySessionQuerySet:
        return self.filter(cell=cell)

    def in_year(self, year: int) -> StudySessionQuerySet:
        return self.filter(held_on__year=year)


class StudySession(models.Model):
    FIELDS = [
        "title",
        "documents",
        "held_on",
        "form",
        "level",
        "place",
        "writeup_required",
        "writeup_due",
    ]

    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="study_sessions")
    title = models.CharField("nội dung học tập", max_length=300)
    documents = models.CharField("nghị quyết, chỉ thị được học tập", max_length=500,
                                 help_text="Ví dụ: Nghị quyết 57-NQ/TW; Chỉ thị 50-CT/TW")  # fmt: skip
    held_on = models.DateField("ngày học tập")
    form = models.CharField("hình thức", max_length=12, choices=rules.FORMS, default="in_person")
    level = models.CharField("cấp tổ chức", max_length=12, choices=rules.LEVELS, default="cell")
    place = models.CharField("địa điểm", max_length=200, blank=True)
    writeup_required = models.BooleanField("yêu cầu viết bài thu hoạch", default=False)
    writeup_due = models.DateField("hạn nộp bài thu hoạch", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = StudySessionQuerySet.as_manager()

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = "buổi học tập nghị quyết"
        verbose_name_plural = "buổi học tập nghị quyết"

    def __str__(self) -> str:
        return f"{self.title} ({self.held_on:%d/%m/%Y})"

    @staticmethod
    def _problem(fields: dict[str, Any]) -> str:
        if not str(fields.get("title", "")).strip() or not str(fields.get("documents", "")).strip():
            return "Cần ghi nội dung học tập và nghị quyết, chỉ thị được học tập."
        held, due = fields.get("held_on"), fields.get("writeup_due")
        if fields.get("writeup_required") and due is None:
            return "Cần ghi hạn nộp bài thu hoạch."
        if due is not None and held is not None and due < held:
            return "Hạn nộp bài thu hoạch không thể trước ngày học tập."
        return ""

    @classmethod
    def plan(cls, *, cell: Cell, by: Any, **fields: Any) -> StudySession:
        problem = cls._problem(fields)
        if problem:
            raise StudyError(problem)
        with transaction.atomic():
            session = cls.objects.create(cell=cell, created_by=_user(by), **fields)
            log_action(session, "study.plan", by=by, cell=cell, after=snapshot(session, cls.FIELDS))
        return session

    def update(self, *, by: Any, expected_version: int | None = None, **fields: Any) -> None:
        with transaction.atomic():
            current = StudySession.objects.select_for_update().get(pk=self.pk)
            if expected_version is not None and expected_version != current.version:
                raise StudyError("Buổi học tập vừa được người khác sửa. Hãy tải lại trang.")
            merged = {**snapshot(current, self.FIELDS), **fields}
            merged.update(
                {k: getattr(current, k) for k in ("held_on", "writeup_due") if k not in fields}
            )
            problem = self._problem(merged)
            if problem:
                raise StudyError(problem)
            before = snapshot(current, self.FIELDS)
            for name, value in fields.items():
                setattr(current, name, value)
            current.version += 1
            current.save()
            old, new = changes(before, current, self.FIELDS)
            log_action(current, "study.update", by=by, cell=current.cell, before=old, after=new)
        self.refresh_from_db()

    def record_attendance(self, *, by: Any, member_ids: list[int], staff_ids: list[int],
                          today: dt.date | None = None) -> None:  # fmt: skip
        """Who attended: the cell's members and invited non-Party staff of its school. Replaces
        the list; only who changed is written in the audit entry."""
        today = today or timezone.localdate()
        if self.held_on > today:
            raise StudyError("Buổi học tập chưa diễn ra, chưa ghi được người tham dự.")
        with transaction.atomic():
            current = StudySession.objects.select_for_update().get(pk=self.pk)
            members = set(Member.objects.for_cell(current.cell).filter(pk__in=member_ids)
                          .values_list("pk", flat=True))  # fmt: skip
            staff = set(
                non_party_staff(current.cell).filter(pk__in=staff_ids).values_list("pk", flat=True)
            )
            if len(members) != len(set(member_ids)) or len(staff) != len(set(staff_ids)):
                raise StudyError(
                    "Danh sách người tham dự có người không thuộc chi bộ hoặc nhà trường."
                )
            rows = current.attendance.all()
            had_m = {r.member_id for r in rows if r.member_id}
            had_s = {r.staff_id for r in rows if r.staff_id}
            current.attendance.filter(
                Q(member_id__in=had_m - members) | Q(staff_id__in=had_s - staff)
            ).delete()
            StudyAttendance.objects.bulk_create(
                [StudyAttendance(session=current, member_id=pk) for pk in members - had_m]
                + [StudyAttendance(session=current, staff_id=pk) for pk in staff - had_s]
            )
            current.version += 1
            current.save(update_fields=["version"])
            log_action(current, "study.attendance", by=by, cell=current.cell,
                       before={"members": sorted(had_m - members), "staff": sorted(had_s - staff)},
                       after={"members": sorted(members - had_m), "staff": sorted(staff - had_s),
                              "present": len(members) + len(staff)})  # fmt: skip
        self.refresh_from_db()


class StudyAttendance(models.Model):
    session = models.ForeignKey(StudySession, on_delete=models.CASCADE, related_name="attendance")
    member = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    staff = models.ForeignKey(
        Staff, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(member__isnull=False, staff__isnull=True)
                | Q(member__isnull=True, staff__isnull=False),
                name="study_attendee_is_member_or_staff",
            ),
            models.UniqueConstraint(fields=["session", "member"], name="study_member_once"),
            models.UniqueConstraint(fields=["session", "staff"], name="study_staff_once"),
        ]
        verbose_name = "người tham dự học tập"
        verbose_name_plural = "người tham dự học tập"

    def __str__(self) -> str:
        return f"{self.session}: {self.member or self.staff}"


class StudyWriteup(models.Model):
    """A member's own write-up (bài thu hoạch) on a session that asked for one."""

    session = models.ForeignKey(StudySession, on_delete=models.CASCADE, related_name="writeups")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="study_writeups")
    text = models.TextField("bài thu hoạch")
    submitted_on = models.DateField("ngày nộp")
    on_behalf = models.BooleanField(default=False)  # entered by the chi ủy from a paper copy
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "member"], name="study_one_writeup")
        ]
        verbose_name = "bài thu hoạch"
        verbose_name_plural = "bài thu hoạch"

    def __str__(self) -> str:
        return f"{self.member} — {self.session}"

    @property
    def late(self) -> bool:
        due = self.session.writeup_due
        return bool(due and self.submitted_on > due)

    @classmethod
    def submit(cls, *, session: StudySession, member: Member, text: str, by: Any, on_behalf: bool = False,
               today: dt.date | None = None) -> StudyWriteup:  # fmt: skip
        today = today or timezone.localdate()
        if not session.writeup_required:
            raise StudyError("Buổi học tập này không yêu cầu viết bài thu hoạch.")
        if member.cell_id != session.cell_id:
            raise StudyError("Chỉ đảng viên của chi bộ nộp bài thu hoạch.")
        if not text.strip():
            raise StudyError("Bài thu hoạch còn trống.")
        if session.held_on > today:
            raise StudyError("Buổi học tập chưa diễn ra.")
        with transaction.atomic():
            StudySession.objects.select_for_update().get(pk=session.pk)
            found = StudyWriteup.objects.filter(session=session, member=member).first()
            before = snapshot(found, ["text", "submitted_on"]) if found else {}
            row = found if found is not None else StudyWriteup(session=session, member=member)
            if found is not None:
                row.version += 1
            row.text, row.submitted_on, row.on_behalf = text.strip(), today, on_behalf
            row.save()
            log_action(row, "study.writeup", by=by, cell=session.cell, before=before,
                       after={"length": len(row.text), "submitted_on": today, "on_behalf": on_behalf})  # fmt: skip
        return row
