"""An uploaded plan file waiting for review: what was read and parsed, never the file itself.

A scan or a photo also keeps its page images (small PNGs, `PlanImportPage`, stored through
Django's storage API like every upload and served only to the cell's chi ủy) and the words
OCR was unsure of, so the review screen can show the page beside the text it was read as.
Nothing reaches the cell's plans until the reviewer confirms (`services.confirm_import`);
an import is confirmed at most once. Discarding an import deletes its page images.

Cleanup (`services.cleanup_imports`, daily in the task worker and `chibo import-cleanup`): an
import left pending for CHIBO_IMPORT_KEEP_DAYS days (an app setting, default 30) is discarded
with its page images (`expire`). The pages of a confirmed import are the saved plan's original
and are kept as long as the plan exists; once the plan is deleted they go too (`drop_pages`).
"""

from __future__ import annotations

import datetime as dt
import uuid
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
    source = models.CharField("loại tệp", max_length=10)  # docx | pdf | txt | scan
    source_text = models.TextField("nội dung đọc được")
    # Words OCR read with a low confidence (a scan or a photo); empty for a typed file.
    uncertain = models.JSONField("chữ máy đọc chưa chắc", default=list, blank=True)
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
    def is_scan(self) -> bool:
        return self.source == "scan"

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
            current.delete_pages()
        self.status = self.Status.DISCARDED

    def expire(self, *, before: dt.datetime) -> bool:
        """Discard an import still pending since before `before`, with its page images: the
        cleanup's verb, audited without an actor. False if it was confirmed or discarded
        meanwhile (or is newer)."""
        with transaction.atomic():
            current = PlanImport.objects.select_for_update().get(pk=self.pk)
            if current.status != self.Status.PENDING or current.created_at >= before:
                return False
            current.status = self.Status.DISCARDED
            current.save(update_fields=["status"])
            pages = current.delete_pages()
            log_action(current, "plan_import.expire", by=None, cell=current.cell,
                       after={"filename": current.filename, "pages": pages,
                              "created_at": current.created_at.isoformat()})  # fmt: skip
        self.status = self.Status.DISCARDED
        return True

    def drop_pages(self) -> int:
        """Delete the page images of a confirmed import whose plan was deleted (they were kept
        as that plan's original). Returns how many pages went."""
        with transaction.atomic():
            current = PlanImport.objects.select_for_update().get(pk=self.pk)
            if current.status != self.Status.CONFIRMED or current.plan_id is not None:
                return 0
            pages = current.delete_pages()
            if pages:
                log_action(current, "plan_import.drop_pages", by=None, cell=current.cell,
                           after={"filename": current.filename, "pages": pages})  # fmt: skip
        return pages

    def delete_pages(self) -> int:
        """The page rows now, their files once the transaction commits. Inside atomic()."""
        names = list(self.pages.values_list("image", flat=True))
        self.pages.all().delete()
        transaction.on_commit(lambda: _delete_files(names))
        return len(names)


def _page_path(instance: PlanImportPage, filename: str) -> str:
    """A random name under the cell's folder: the original file name is never a path."""
    return f"imports/{instance.batch.cell_id}/{uuid.uuid4().hex}.png"


def _delete_files(names: list[str]) -> None:
    from django.core.files.storage import default_storage

    for name in names:
        if name:
            default_storage.delete(name)


class PlanImportPage(models.Model):
    """One page of a scanned PDF or photo, as a PNG small enough for a phone (≤ 900 px wide)."""

    batch = models.ForeignKey(PlanImport, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveSmallIntegerField("trang")
    image = models.FileField(upload_to=_page_path, max_length=255)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    # Every word OCR read on the page: [text, left, top, width, height, confidence], the box in
    # % of the image (it fits the image at any size); the review draws the doubted ones.
    words = models.JSONField("chữ đọc được trên trang", default=list, blank=True)

    class Meta:
        ordering = ["batch", "number"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "number"], name="importer_page_once")
        ]
        verbose_name = "ảnh trang của tệp nhập"
        verbose_name_plural = "ảnh trang của tệp nhập"

    def __str__(self) -> str:
        return f"Trang {self.number} · {self.batch.filename}"
