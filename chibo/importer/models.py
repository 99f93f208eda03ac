"""An uploaded plan file waiting for review: what was read and parsed, never the file itself.

Nothing reaches the cell's plans until the reviewer confirms (`services.confirm_import`);
an import is confirmed at most once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.organizations.models import Cell

# An upload left unreviewed this long is stale: the cell's members may have changed since.
EXPIRES_AFTER = dt.timedelta(days=7)


class PlanImportError(Exception):
    """A rule refused the change; the message is for the user, in Vietnamese."""


class PlanImport(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Chờ xác nhận"
        CONFIRMED = "confirmed", "Đã lưu thành kế hoạch"
        DISCARDED = "discarded", "Đã hủy"

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="plan_imports")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    filename = models.CharField("tên tệp", max_length=255)
    source = models.CharField("loại tệp", max_length=10)  # docx | pdf | txt
    source_text = models.TextField("nội dung đọc được")
    parsed = models.JSONField("kế hoạch đọc được", default=dict)  # ParsedPlan.to_dict()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    plan = models.ForeignKey(
        "plans.Plan", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "lần nhập kế hoạch từ tệp"
        verbose_name_plural = "các lần nhập kế hoạch từ tệp"

    def __str__(self) -> str:
        return f"Nhập kế hoạch từ tệp {self.filename}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    def lock_pending(self) -> PlanImport:
        """The row, locked, if it can still be confirmed or discarded. Call inside atomic()."""
        current = PlanImport.objects.select_for_update().get(pk=self.pk)
        if current.status == self.Status.CONFIRMED:
            raise PlanImportError("Tệp này đã được lưu thành kế hoạch rồi; không lưu lần nữa.")
        if current.status == self.Status.DISCARDED:
            raise PlanImportError("Lần nhập này đã bị hủy. Hãy tải tệp lên lại.")
        if current.created_at < timezone.now() - EXPIRES_AFTER:
            raise PlanImportError(
                "Lần nhập này đã quá 7 ngày nên không lưu được nữa. Hãy tải tệp lên lại."
            )
        return current

    def mark_confirmed(self, *, plan: Any, by: Any) -> None:
        """Pending → confirmed. Call inside the atomic() that created the plan."""
        current = self.lock_pending()
        current.status = self.Status.CONFIRMED
        current.plan = plan
        current.confirmed_at = timezone.now()
        current.save(update_fields=["status", "plan", "confirmed_at"])
        log_action(current, "plan_import.confirm", by=by, cell=current.cell,
                   after={"filename": current.filename, "plan": plan.pk})  # fmt: skip
        self.status, self.plan, self.confirmed_at = current.status, plan, current.confirmed_at

    def discard(self, *, by: Any) -> None:
        with transaction.atomic():
            current = PlanImport.objects.select_for_update().get(pk=self.pk)
            if current.status != self.Status.PENDING:
                raise PlanImportError("Lần nhập này đã được lưu hoặc đã hủy.")
            current.status = self.Status.DISCARDED
            current.save(update_fields=["status"])
            log_action(current, "plan_import.discard", by=by, cell=current.cell,
                       after={"filename": current.filename})  # fmt: skip
        self.status = self.Status.DISCARDED
