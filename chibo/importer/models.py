"""An uploaded plan file waiting for review: what was read and parsed, never the file itself
once it is read.

A typed file is read in the upload request. A scan or photos are stored as sent (the PDF on
the import, each photo on its page row, `original`) and read by OCR in the task worker
(`tasks.read_import`): the import is `reading` (pages_read/pages_total for the waiting page),
then `pending` with the originals deleted, or `failed` with the message the user reads (the
originals kept for a retry, each retry a new `attempt` so an older run stops). The same upload
(`checksum`) sent to the same cell within SAME_UPLOAD_WITHIN is that import, not read twice.

A scan or a photo keeps its page images (small PNGs, `PlanImportPage`, stored through
Django's storage API like every upload and served only to the cell's chi ủy), each page's own
text (`blocks`, so the review can put the pages in another order and read the plan again
without OCR; `version` counts the orders) and the words OCR was unsure of, so the review
screen can show the page beside the text it was read as.
Nothing reaches the cell's plans until the reviewer confirms (`services.confirm_import`);
an import is confirmed at most once. Discarding an import deletes its page images.

Cleanup (`services.cleanup_imports`, daily in the task worker and `chibo import-cleanup`): an
import left pending (or reading, or failed) for CHIBO_IMPORT_KEEP_DAYS days (an app setting,
default 30) is discarded with its page images (`expire`). The pages of a confirmed import are
the saved plan's original (linked from the plan page through `chibo.plans.originals`) and are
kept as long as the plan exists; once the plan is deleted they go too (`drop_pages`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.organizations.models import Cell

# An upload left unreviewed this long is stale: the cell's members may have changed since.
EXPIRES_AFTER = dt.timedelta(days=7)


# The same file (or the same photos) sent again this soon to the same cell is the import already
# made: a second tap on a slow connection is not read twice.
SAME_UPLOAD_WITHIN = dt.timedelta(minutes=10)
# A scan not started this long after the upload: the task worker is likely not running.
WORKER_LATE_AFTER = dt.timedelta(minutes=2)
# A reading this old may be retried even if it never ended (the worker stopped in the middle).
READING_STUCK_AFTER = dt.timedelta(minutes=15)


def scan_path(instance: PlanImport, filename: str) -> str:
    """A random name under the cell's folder: the original file name is never a path."""
    return f"imports/{instance.cell_id}/originals/{uuid.uuid4().hex}.pdf"


class PlanImportError(Exception):
    """A rule refused the change; the message is for the user, in Vietnamese."""


class StaleReview(PlanImportError):
    """The review was shown before someone else changed the import (page order)."""


class PlanImport(models.Model):
    class Status(models.TextChoices):
        READING = "reading", "Đang đọc ảnh"
        FAILED = "failed", "Không đọc được ảnh"
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
    # SHA-256 of the uploaded bytes (of each photo, in order): the same upload is not read twice.
    checksum = models.CharField(max_length=64, blank=True, default="")
    # A scanned PDF waiting to be read; photos wait in their page rows (`PlanImportPage.original`).
    # Deleted once read: only the small page images are kept.
    original = models.FileField(upload_to=scan_path, max_length=255, blank=True)
    pages_total = models.PositiveSmallIntegerField("số trang", default=0)
    pages_read = models.PositiveSmallIntegerField("số trang đã đọc", default=0)
    attempt = models.PositiveSmallIntegerField("lần đọc", default=1)
    read_started_at = models.DateTimeField(null=True, blank=True)
    read_seconds = models.FloatField("thời gian đọc (giây)", null=True, blank=True)
    error = models.TextField("lỗi khi đọc", blank=True, default="")
    version = models.PositiveIntegerField(default=1)  # the page order, changed on the review

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["cell", "checksum"], name="importer_same_upload")]
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

    @property
    def is_reading(self) -> bool:
        return self.status == self.Status.READING

    @property
    def is_failed(self) -> bool:
        return self.status == self.Status.FAILED

    @property
    def worker_late(self) -> bool:
        """Queued for a while and not started: the task worker may not be running."""
        return (
            self.is_reading
            and self.read_started_at is None
            and self.created_at < timezone.now() - WORKER_LATE_AFTER
        )

    @property
    def can_retry(self) -> bool:
        """A failed reading, or one that never ended (the worker stopped in the middle)."""
        if self.is_failed:
            return True
        since = self.read_started_at or self.created_at
        return self.is_reading and since < timezone.now() - READING_STUCK_AFTER

    def lock_pending(self, version: int | None = None) -> PlanImport:
        """The row, locked, if it can still be confirmed or discarded. Call inside atomic().
        With `version`, refused if the pages were put in another order since then."""
        current = PlanImport.objects.select_for_update().get(pk=self.pk)
        if current.status == self.Status.READING:
            raise PlanImportError("Máy đang đọc ảnh của lần nhập này; chờ đọc xong rồi lưu.")
        if current.status == self.Status.FAILED:
            raise PlanImportError(
                "Lần nhập này chưa đọc được ảnh nên chưa có gì để lưu: hãy bấm “Đọc lại” hoặc hủy."
            )
        if current.status == self.Status.CONFIRMED:
            raise PlanImportError("Tệp này đã được lưu thành kế hoạch rồi; không lưu lần nữa.")
        if current.status == self.Status.DISCARDED:
            raise PlanImportError("Lần nhập này đã bị hủy. Hãy tải tệp lên lại.")
        if version is not None and current.version != version:
            raise StaleReview(
                "Trong lúc đồng chí xem, người khác đã sắp lại thứ tự trang nên kế hoạch đã được "
                "đọc lại. Chưa có gì được lưu: hãy xem lại bản mới bên dưới rồi lưu."
            )
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
        """Pending, being read or failed → discarded, with its pages and originals. A reading
        in progress notices at its next page and stops."""
        with transaction.atomic():
            current = PlanImport.objects.select_for_update().get(pk=self.pk)
            if current.status not in OPEN:
                raise PlanImportError("Lần nhập này đã được lưu hoặc đã hủy.")
            before = current.status
            current.status = self.Status.DISCARDED
            current.save(update_fields=["status"])
            log_action(current, "plan_import.discard", by=by, cell=current.cell,
                       before={"status": before}, after={"filename": current.filename})  # fmt: skip
            current.delete_pages()
        self.status = self.Status.DISCARDED

    # -- reading a scan or photos in the task worker (services.read_scan) --------------------

    def _lock_reading(self, attempt: int) -> PlanImport | None:
        """The row, locked, while this attempt still reads it (not discarded, not retried)."""
        current = PlanImport.objects.select_for_update().get(pk=self.pk)
        if current.status != self.Status.READING or current.attempt != attempt:
            return None
        return current

    def begin_reading(self, *, attempt: int) -> bool:
        with transaction.atomic():
            current = self._lock_reading(attempt)
            if current is None:
                return False
            current.read_started_at = timezone.now()
            current.pages_read = 0
            current.save(update_fields=["read_started_at", "pages_read"])
        self.read_started_at, self.pages_read = current.read_started_at, 0
        return True

    def record_page(self, number: int, *, total: int, preview: bytes, size: tuple[int, int],
                    words: list[Any], blocks: list[dict[str, Any]], uncertain: list[str],
                    attempt: int) -> bool:  # fmt: skip
        """Keep one page as read (its small image, words and text) and count it done: the
        waiting page shows "trang 2/3". False if the import was discarded or retried."""
        from django.core.files.base import ContentFile

        with transaction.atomic():
            current = self._lock_reading(attempt)
            if current is None:
                return False
            page = current.pages.filter(number=number).first() or PlanImportPage(
                batch=current, number=number
            )
            old = str(page.image.name or "")
            page.width, page.height = size
            page.words, page.blocks, page.uncertain = words, blocks, uncertain
            page.image.save(f"{number}.png", ContentFile(preview), save=False)
            name = str(page.image.name)
            transaction.on_commit(lambda: _delete_files([old]) if old else None)
            try:
                page.save()
            except BaseException:
                _delete_files([name])
                raise
            current.pages_read, current.pages_total = number, total
            current.save(update_fields=["pages_read", "pages_total"])
        self.pages_read, self.pages_total = number, total
        return True

    def finish_reading(self, *, text: str, parsed: dict[str, Any], uncertain: list[str],
                       attempt: int) -> bool:  # fmt: skip
        """Being read → waiting for review; the uploaded originals go (the page images stay)."""
        with transaction.atomic():
            current = self._lock_reading(attempt)
            if current is None:
                return False
            current.status = self.Status.PENDING
            current.source_text, current.parsed, current.uncertain = text, parsed, uncertain
            started = current.read_started_at or current.created_at
            current.read_seconds = round((timezone.now() - started).total_seconds(), 1)
            current.error = ""
            current.save(update_fields=["status", "source_text", "parsed", "uncertain",
                                        "read_seconds", "error"])  # fmt: skip
            current.delete_originals()
            log_action(current, "plan_import.read", by=None, cell=current.cell,
                       after={"filename": current.filename, "pages": current.pages_read,
                              "topics": len(parsed.get("topics", [])),
                              "uncertain": len(uncertain), "seconds": current.read_seconds})  # fmt: skip
        self.status = self.Status.PENDING
        return True

    def fail_reading(self, message: str, *, attempt: int) -> bool:
        """Being read → failed, with the message the user reads; the originals stay for a retry."""
        with transaction.atomic():
            current = self._lock_reading(attempt)
            if current is None:
                return False
            current.status = self.Status.FAILED
            current.error = message
            current.save(update_fields=["status", "error"])
            log_action(current, "plan_import.read_failed", by=None, cell=current.cell,
                       after={"filename": current.filename, "error": message})  # fmt: skip
        self.status, self.error = self.Status.FAILED, message
        return True

    def retry(self, *, by: Any) -> int:
        """Failed (or stuck) → read again from the stored originals. Returns the new attempt,
        to pass to the task: an older attempt still running stops at its next page."""
        with transaction.atomic():
            current = PlanImport.objects.select_for_update().get(pk=self.pk)
            if not current.can_retry:
                raise PlanImportError(
                    "Máy đang đọc ảnh của lần nhập này." if current.is_reading
                    else "Lần nhập này không cần đọc lại."
                )  # fmt: skip
            if not current.original and not current.pages.exclude(original="").exists():
                raise PlanImportError(
                    "Không còn tệp gốc để đọc lại. Hãy hủy lần nhập này và tải tệp lên lại."
                )
            before = {"status": current.status, "error": current.error}
            current.status = self.Status.READING
            current.attempt += 1
            current.pages_read, current.error, current.read_started_at = 0, "", None
            current.save(update_fields=["status", "attempt", "pages_read", "error",
                                        "read_started_at"])  # fmt: skip
            log_action(current, "plan_import.retry", by=by, cell=current.cell, before=before,
                       after={"status": current.status, "attempt": current.attempt})  # fmt: skip
        self.status, self.attempt, self.error = current.status, current.attempt, ""
        self.pages_read, self.read_started_at = 0, None
        return current.attempt

    def reorder_pages(
        self, order: list[int], *, version: int, by: Any,
        reread: Callable[[PlanImport], tuple[str, dict[str, Any], list[str]]],
    ) -> None:  # fmt: skip
        """Put the pages in another order (`order`: the present page numbers, in the new
        order) and read the plan again from the pages' stored text (`reread`, no OCR). Refused
        if someone else changed the order since the reviewer's page was shown (`version`)."""
        with transaction.atomic():
            current = self.lock_pending()
            if current.version != version:
                raise PlanImportError(
                    "Trong lúc đồng chí xem, người khác đã sắp lại thứ tự trang hoặc đã đọc lại "
                    "kế hoạch. Trang này đã được tải lại theo thứ tự mới: hãy kiểm tra rồi sắp "
                    "lại nếu cần."
                )
            pages = {page.number: page for page in current.pages.all()}
            if sorted(order) != sorted(pages) or len(pages) < 2:
                raise PlanImportError(
                    f"Thứ tự trang không hợp lệ: mỗi trang một số, từ 1 đến {len(pages)}."
                )
            if not all(page.blocks for page in pages.values()):
                raise PlanImportError(
                    "Lần nhập này không giữ chữ của từng trang nên không sắp lại được; hãy tải "
                    "ảnh lên lại theo đúng thứ tự."
                )
            if order == sorted(order):
                return
            current.pages.update(number=models.F("number") + 1000)
            for new, old in enumerate(order, start=1):
                PlanImportPage.objects.filter(pk=pages[old].pk).update(number=new)
            text, parsed, uncertain = reread(current)
            current.source_text, current.parsed, current.uncertain = text, parsed, uncertain
            current.version += 1
            current.save(update_fields=["source_text", "parsed", "uncertain", "version"])
            log_action(current, "plan_import.reorder", by=by, cell=current.cell,
                       before={"order": sorted(order)}, after={"order": order,
                       "topics": len(parsed.get("topics", []))})  # fmt: skip
        self.source_text, self.parsed, self.uncertain = text, parsed, uncertain
        self.version = current.version

    @property
    def can_reorder(self) -> bool:
        return self.is_scan and self.is_pending

    def delete_originals(self) -> int:
        """The uploaded scan or photos, once read or discarded. Inside atomic()."""
        names = [str(self.original.name)] if self.original else []
        names += [n for n in self.pages.values_list("original", flat=True) if n]
        self.pages.exclude(original="").update(original="")
        if self.original:
            self.original = ""
            PlanImport.objects.filter(pk=self.pk).update(original="")
        transaction.on_commit(lambda: _delete_files(names))
        return len(names)

    def expire(self, *, before: dt.datetime) -> bool:
        """Discard an import still pending since before `before`, with its page images: the
        cleanup's verb, audited without an actor. False if it was confirmed or discarded
        meanwhile (or is newer)."""
        with transaction.atomic():
            current = PlanImport.objects.select_for_update().get(pk=self.pk)
            if current.status not in OPEN or current.created_at >= before:
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
        originals = [n for n in self.pages.values_list("original", flat=True) if n]
        if self.original:
            originals.append(str(self.original.name))
            self.original = ""
            PlanImport.objects.filter(pk=self.pk).update(original="")
        self.pages.all().delete()
        transaction.on_commit(lambda: _delete_files(originals))
        transaction.on_commit(lambda: _delete_files(names))
        return len(names)


OPEN = (PlanImport.Status.READING, PlanImport.Status.FAILED, PlanImport.Status.PENDING)


def _page_path(instance: PlanImportPage, filename: str) -> str:
    """A random name under the cell's folder: the original file name is never a path."""
    return f"imports/{instance.batch.cell_id}/{uuid.uuid4().hex}.png"


def _original_path(instance: PlanImportPage, filename: str) -> str:
    return f"imports/{instance.batch.cell_id}/originals/{uuid.uuid4().hex}"


def _delete_files(names: list[str]) -> None:
    from django.core.files.storage import default_storage

    for name in names:
        if name:
            default_storage.delete(name)


class PlanImportPage(models.Model):
    """One page of a scanned PDF or photo, as a PNG small enough for a phone (≤ 900 px wide)."""

    batch = models.ForeignKey(PlanImport, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveSmallIntegerField("trang")
    image = models.FileField(upload_to=_page_path, max_length=255, blank=True)
    # The photo as sent, until it is read (then deleted): the page image is made from it.
    original = models.FileField(upload_to=_original_path, max_length=255, blank=True)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    # Every word OCR read on the page: [text, left, top, width, height, confidence], the box in
    # % of the image (it fits the image at any size); the review draws the doubted ones.
    words = models.JSONField("chữ đọc được trên trang", default=list, blank=True)
    # The page's text as read alone (reader Blocks as dicts) and its doubted words: the plan is
    # read again from them when the pages are put in another order (no new OCR).
    blocks = models.JSONField("văn bản đọc được trên trang", default=list, blank=True)
    uncertain = models.JSONField("chữ chưa chắc trên trang", default=list, blank=True)

    class Meta:
        ordering = ["batch", "number"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "number"], name="importer_page_once")
        ]
        verbose_name = "ảnh trang của tệp nhập"
        verbose_name_plural = "ảnh trang của tệp nhập"

    def __str__(self) -> str:
        return f"Trang {self.number} · {self.batch.filename}"
