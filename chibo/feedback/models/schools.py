"""A school with a parents' portal, attached to the Party cell of that school, and its staff.

Staff are accounts of the school (handlers, the management board, teachers and employees), not
necessarily Party members: they see nothing of the cell's Party records. Only handlers and the
management board see the parents' feedback; every staff account uses the idea bank and sees its
own KPI (chibo.ideas). A Staff row says who works for which school, in which role and post.
"""

from __future__ import annotations

import secrets
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action, snapshot
from chibo.organizations.models import Cell, Committee
from chibo.rules import feedback as rules

RESERVED_SLUGS = {"theo-doi"}  # /gop-y/theo-doi/ is the tracking page


class FeedbackError(Exception):
    """A rule of the portal refused the change; the message is for the user, in Vietnamese."""


class SchoolQuerySet(models.QuerySet["School"]):
    def for_cell(self, cell: Cell) -> SchoolQuerySet:
        return self.filter(cell=cell)

    def below(self, committee: Committee) -> SchoolQuerySet:
        return self.filter(cell__path__startswith=committee.path)

    def for_staff(self, user: Any) -> SchoolQuerySet:
        """Schools where the user is active staff of any role (teachers too)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(staff__user=user, staff__active=True).distinct()

    def for_handler(self, user: Any) -> SchoolQuerySet:
        """Schools whose parents' feedback the user handles (a role in the portal)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(
            staff__user=user, staff__active=True, staff__role__in=Staff.PORTAL_ROLES
        ).distinct()


class School(models.Model):
    SETTINGS = ["name", "phone", "intro", "portal_open", "due_days", "reopen_days",
                "hide_after_reports", "satisfaction_target"]  # fmt: skip

    name = models.CharField("tên trường", max_length=200)
    slug = models.SlugField(
        "địa chỉ cổng góp ý", max_length=60, unique=True,
        help_text="Phần cuối của đường dẫn /gop-y/…/ phụ huynh mở, chỉ chữ thường không dấu, số và gạch nối.",
    )  # fmt: skip
    cell = models.ForeignKey(
        Cell, verbose_name="chi bộ", on_delete=models.PROTECT, related_name="schools"
    )
    phone = models.CharField(
        "số điện thoại nhà trường", max_length=30, blank=True,
        help_text="Cho việc khẩn cấp về an toàn của trẻ: phụ huynh được hướng dẫn gọi ngay số này.",
    )  # fmt: skip
    intro = models.TextField("lời giới thiệu trên cổng góp ý", blank=True)
    portal_open = models.BooleanField("đang nhận góp ý", default=True)
    due_days = models.JSONField("số ngày trả lời theo lĩnh vực", default=dict, blank=True)
    reopen_days = models.PositiveSmallIntegerField(
        "số ngày phụ huynh được mở lại", default=rules.REOPEN_DAYS_DEFAULT,
        validators=[MinValueValidator(rules.REOPEN_DAYS_BOUNDS[0]), MaxValueValidator(rules.REOPEN_DAYS_BOUNDS[1])],
        help_text="Sau khi nhà trường trả lời, phụ huynh chưa hài lòng được mở lại trong số ngày này.",
    )  # fmt: skip
    hide_after_reports = models.PositiveSmallIntegerField(
        "tạm ẩn sau số lần báo cáo", default=rules.HIDE_AFTER_REPORTS_DEFAULT,
        validators=[MinValueValidator(rules.HIDE_AFTER_REPORTS_BOUNDS[0]),
                    MaxValueValidator(rules.HIDE_AFTER_REPORTS_BOUNDS[1])],
        help_text="Một góp ý công khai bị báo cáo từ chừng ấy địa chỉ khác nhau thì tạm ẩn để duyệt lại.",
    )  # fmt: skip
    satisfaction_target = models.DecimalField(
        "chỉ tiêu tỷ lệ hài lòng (%)", max_digits=4, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
        help_text="Theo kế hoạch của chi bộ, ví dụ 90. Để trống nếu kế hoạch không đặt chỉ tiêu.",
    )  # fmt: skip
    last_number = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SchoolQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "trường (cổng góp ý)"
        verbose_name_plural = "trường (cổng góp ý)"

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": "Địa chỉ này trùng với một trang của cổng góp ý; hãy chọn địa chỉ khác."}
            )
        if not isinstance(self.due_days, dict):
            raise ValidationError({"due_days": "Cần số ngày cho từng lĩnh vực."})
        low, high = rules.DUE_DAYS_BOUNDS
        for category, days in self.due_days.items():
            if category not in rules.DUE_DAYS_DEFAULT:
                raise ValidationError({"due_days": f"Lĩnh vực không có: {category}."})
            if not isinstance(days, int) or not low <= days <= high:
                raise ValidationError({"due_days": f"Số ngày trả lời phải từ {low} đến {high}."})

    def due_days_for(self, category: str) -> int:
        return int(self.due_days.get(category, rules.DUE_DAYS_DEFAULT.get(category, 15)))

    # -- domain verbs --------------------------------------------------------------------
    @classmethod
    def create(cls, *, cell: Cell, by: Any, **fields: Any) -> School:
        """The cell's chi ủy opens a portal for its school."""
        with transaction.atomic():
            school = cls(cell=cell, **fields)
            school.full_clean()
            school.save()
            log_action(school, "feedback.school.create", by=by, cell=cell,
                       after=snapshot(school, ["name", "slug"]))  # fmt: skip
        return school

    def change_settings(self, *, by: Any, **fields: Any) -> None:
        with transaction.atomic():
            current = School.objects.select_for_update().get(pk=self.pk)
            before = snapshot(current, self.SETTINGS)
            for name, value in fields.items():
                if name not in self.SETTINGS:
                    raise FeedbackError(f"Không sửa được trường {name}.")
                setattr(current, name, value)
            current.full_clean()
            current.save()
            log_action(current, "feedback.school.settings", by=by, cell=current.cell,
                       before=before, after=snapshot(current, self.SETTINGS))  # fmt: skip
        self.refresh_from_db()

    def take_number(self) -> int:
        """The next item number of this school. Call inside atomic()."""
        current = School.objects.select_for_update().get(pk=self.pk)
        current.last_number += 1
        current.save(update_fields=["last_number"])
        return current.last_number

    def appoint(self, *, by: Any, username: str, full_name: str, role: str, title: str = "",
                email: str = "", position: str = "") -> tuple[Staff, str]:  # fmt: skip
        """Name a staff account of the school. A new login gets a temporary password, returned
        once and never stored in clear; an existing login keeps its own."""
        User = get_user_model()
        if role not in Staff.Role.values:
            raise FeedbackError("Vai trò không hợp lệ.")
        position = position or Staff.default_position(role)
        if position not in Staff.Position.values:
            raise FeedbackError("Vị trí việc làm không hợp lệ.")
        password = ""
        with transaction.atomic():
            user = User.objects.filter(username__iexact=username).first()
            if user is None:
                password = "-".join(secrets.token_hex(3) for _ in range(3))
                user = User.objects.create_user(username=username, password=password, email=email)
            staff, created = Staff.objects.select_for_update().get_or_create(
                school=self, user=user,
                defaults={"role": role, "full_name": full_name, "title": title, "appointed_by": by,
                          "position": position},
            )  # fmt: skip
            if not created and staff.active:
                raise FeedbackError("Tài khoản này đã là cán bộ của trường.")
            staff.role, staff.full_name, staff.title, staff.active = role, full_name, title, True
            staff.position = position
            staff.save()
            log_action(staff, "feedback.staff.appoint", by=by, cell=self.cell,
                       after={"username": user.username, "role": role, "position": position,
                              "new_login": bool(password)})  # fmt: skip
        return staff, password


class StaffQuerySet(models.QuerySet["Staff"]):
    def active(self) -> StaffQuerySet:
        return self.filter(active=True, user__is_active=True)

    def handling(self) -> StaffQuerySet:
        """Active staff with a role in the feedback portal (handlers and the management board);
        a teacher or employee without one sees no parent's feedback."""
        return self.active().filter(role__in=Staff.PORTAL_ROLES)

    def teachers(self) -> StaffQuerySet:
        return self.active().filter(position=Staff.Position.TEACHER)

    def for_user(self, user: Any) -> StaffQuerySet:
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.active().filter(user=user)


class Staff(models.Model):
    class Role(models.TextChoices):
        HANDLER = "handler", "Cán bộ xử lý góp ý"
        MANAGER = "manager", "Ban giám hiệu"
        EMPLOYEE = "employee", "Giáo viên, nhân viên (không xử lý góp ý)"

    class Position(models.TextChoices):
        """The job, as the school counts its people (CBQL, GV, NV): "80 % giáo viên" counts
        teachers only."""

        TEACHER = "teacher", "Giáo viên"
        EMPLOYEE = "employee", "Nhân viên"
        MANAGEMENT = "management", "Cán bộ quản lý"

    PORTAL_ROLES = (Role.HANDLER, Role.MANAGER)

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="school_roles"
    )
    full_name = models.CharField("họ và tên", max_length=120)
    title = models.CharField("chức vụ", max_length=100, blank=True)
    role = models.CharField("vai trò", max_length=20, choices=Role.choices, default=Role.HANDLER)
    position = models.CharField(
        "vị trí việc làm", max_length=20, choices=Position.choices, default=Position.TEACHER
    )
    active = models.BooleanField("đang làm việc", default=True)
    appointed_at = models.DateTimeField(default=timezone.now)
    appointed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = StaffQuerySet.as_manager()

    class Meta:
        ordering = ["school", "role", "full_name"]
        constraints = [
            models.UniqueConstraint(fields=["school", "user"], name="unique_school_staff")
        ]
        verbose_name = "cán bộ nhà trường"
        verbose_name_plural = "cán bộ nhà trường"

    def __str__(self) -> str:
        return f"{self.full_name} ({self.get_role_display()})"

    @property
    def is_manager(self) -> bool:
        return self.role == self.Role.MANAGER

    @property
    def handles_feedback(self) -> bool:
        return self.role in self.PORTAL_ROLES

    @classmethod
    def default_position(cls, role: str) -> str:
        return cls.Position.MANAGEMENT if role == cls.Role.MANAGER else cls.Position.TEACHER

    def remove(self, *, by: Any) -> None:
        with transaction.atomic():
            current = Staff.objects.select_for_update().get(pk=self.pk)
            if not current.active:
                raise FeedbackError("Cán bộ này đã thôi xử lý góp ý.")
            current.active = False
            current.save(update_fields=["active"])
            current.assigned_items.filter(status__in=["new", "in_progress"]).update(
                assigned_to=None
            )
            log_action(current, "feedback.staff.remove", by=by, cell=self.school.cell,
                       before={"active": True}, after={"active": False})  # fmt: skip
        self.active = False
