"""Keeping an uploaded plan for review, and saving the reviewed plan: several models, one transaction."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import asdict, dataclass
from typing import Any, Literal

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.lib.uploads import image_size
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.plans.defaults import template_fields
from chibo.plans.models import Plan

from .models import OPEN, SAME_UPLOAD_WITHIN, PlanImport, PlanImportPage
from .parser import parse_plan
from .people import match_people
from .reader import Block, ImportReadError, ReadResult

log = logging.getLogger(__name__)

# Seconds a page takes to read when no scan was read here yet (Tesseract, 300 dpi, 2 CPUs).
SECONDS_A_PAGE = 10
READ_FAILED = (
    "Máy gặp lỗi khi đọc ảnh. Hãy bấm “Đọc lại”; nếu vẫn lỗi, hãy chụp lại ảnh rõ hơn "
    "hoặc dùng tệp Word gốc."
)


@dataclass
class ScanUpload:
    """A scanned PDF (one file) or the photos of a plan's pages, checked but not read yet."""

    kind: Literal["pdf", "photos"]
    files: list[bytes]
    pages: int  # how many pages will be read


def same_upload(cell: Cell, checksum: str) -> PlanImport | None:
    """The import this cell made of the very same upload minutes ago, still open."""
    if not checksum:
        return None
    return (
        PlanImport.objects.filter(
            cell=cell,
            checksum=checksum,
            created_at__gte=timezone.now() - SAME_UPLOAD_WITHIN,
            status__in=[
                PlanImport.Status.READING,
                PlanImport.Status.PENDING,
                PlanImport.Status.FAILED,
            ],
        )  # fmt: skip
        .order_by("-created_at")
        .first()
    )


def start_import(
    *, cell: Cell, by: Any, filename: str, read: ReadResult, checksum: str = ""
) -> PlanImport:
    """Parse what was read and keep it until review: the text and the parsed plan, and for a
    scan or a photo the page images and the words OCR was unsure of (never the file itself).
    The same upload (`checksum`) made minutes ago is that import, not a new one."""
    parsed = parse_plan(read)
    with transaction.atomic():
        Cell.objects.select_for_update().filter(pk=cell.pk).first()  # one upload at a time
        existing = same_upload(cell, checksum)
        if existing is not None:
            return existing
        batch = PlanImport.objects.create(
            cell=cell,
            created_by=by if getattr(by, "is_authenticated", False) else None,
            filename=filename[:255],
            source=read.source,
            source_text=read.text,
            parsed=parsed.to_dict(),
            uncertain=list(read.uncertain),
            checksum=checksum,
        )
        stored: list[str] = []
        try:
            for number, png in enumerate(read.page_images, start=1):
                width, height = image_size(png[:64]) or (0, 0)
                words = read.page_words[number - 1] if number <= len(read.page_words) else []
                page = PlanImportPage(
                    batch=batch, number=number, width=width, height=height, words=words
                )
                page.image.save(f"{number}.png", ContentFile(png), save=False)
                stored.append(str(page.image.name))
                page.save()
        except BaseException:
            _delete_stored(stored)  # the rows roll back: leave no file behind either
            raise
        log_action(batch, "plan_import.upload", by=by, cell=cell,
                   after={"filename": batch.filename, "topics": len(parsed.topics),
                          "targets": len(parsed.targets), "pages": len(stored),
                          "uncertain": len(batch.uncertain)})  # fmt: skip
    return batch


def receive_scan(
    *, cell: Cell, by: Any, filename: str, scan: ScanUpload, checksum: str
) -> tuple[PlanImport, bool]:
    """Keep a scan or photos to read in the task worker, in one transaction with the task: the
    import (being read), its originals (a PDF on the import, each photo on its page row, in
    the order sent), the audit entry and the queued task. Returns (import, made now): the
    same upload made minutes ago is returned instead, not read twice."""
    from .tasks import read_import

    with transaction.atomic():
        Cell.objects.select_for_update().filter(pk=cell.pk).first()  # one upload at a time
        existing = same_upload(cell, checksum)
        if existing is not None:
            return existing, False
        batch = PlanImport(
            cell=cell, created_by=by if getattr(by, "is_authenticated", False) else None,
            filename=filename[:255], source="scan", source_text="", parsed={},
            status=PlanImport.Status.READING, checksum=checksum, pages_total=scan.pages,
        )  # fmt: skip
        stored: list[str] = []
        try:
            if scan.kind == "pdf":
                batch.original.save("scan.pdf", ContentFile(scan.files[0]), save=False)
                stored.append(str(batch.original.name))
            batch.save()
            if scan.kind == "photos":
                for number, data in enumerate(scan.files, start=1):
                    page = PlanImportPage(batch=batch, number=number)
                    page.original.save(f"{number}", ContentFile(data), save=False)
                    stored.append(str(page.original.name))
                    page.save()
        except BaseException:
            _delete_stored(stored)
            raise
        log_action(batch, "plan_import.upload", by=by, cell=cell,
                   after={"filename": batch.filename, "pages": scan.pages,
                          "reading": "background"})  # fmt: skip
        read_import.enqueue(batch.pk, batch.attempt)
    return batch, True


def read_scan(import_id: int, attempt: int) -> str:
    """Read a stored scan or photos page by page (the task worker's job): each page kept as it
    is read, so the waiting page counts them; then the plan parsed from the pages in order.
    A read error is the import's failure, shown to the user with a retry; returns what happened."""
    from .ocr import pdf_images, photo_image, read_page

    batch = PlanImport.objects.filter(pk=import_id).first()
    if batch is None or not batch.begin_reading(attempt=attempt):
        return "skipped"
    try:
        if batch.original:
            with batch.original.open("rb") as handle:
                images = pdf_images(handle.read())
        else:
            images = []
            for page in batch.pages.exclude(original="").order_by("number"):
                with page.original.open("rb") as handle:
                    images.append(photo_image(handle.read()))
        if not images:
            raise ImportReadError("Không còn ảnh nào để đọc. Hãy tải tệp lên lại.")
        for number, image in enumerate(images, start=1):
            read = read_page(image)
            preview = read.page_images[0]
            if not batch.record_page(
                number, total=len(images), preview=preview,
                size=image_size(preview[:64]) or (0, 0), words=read.page_words[0],
                blocks=[asdict(block) for block in read.blocks],
                uncertain=list(read.uncertain), attempt=attempt,
            ):  # fmt: skip
                return "stopped"
        return "read" if reparse(batch, attempt=attempt) else "stopped"
    except ImportReadError as error:
        batch.fail_reading(str(error), attempt=attempt)
        return "failed"
    except Exception:
        log.exception("Reading the scan of plan import %s failed", import_id)
        batch.fail_reading(READ_FAILED, attempt=attempt)
        return "failed"


def pages_read(batch: PlanImport) -> ReadResult:
    """The plan as read from its stored pages, in their present order (no OCR)."""
    from .ocr import merge_pages
    from .reader import _check_content

    pages = []
    for page in batch.pages.order_by("number"):
        blocks = [Block(**block) for block in page.blocks]
        text = "\n".join(b.text for b in blocks)
        pages.append(ReadResult(text, [], [], blocks, [], "scan", uncertain=page.uncertain,
                                page_words=[page.words]))  # fmt: skip
    result = merge_pages(pages)
    result.filename = batch.filename
    _check_content(result)
    return result


def reparse(batch: PlanImport, *, attempt: int) -> bool:
    """Parse the pages just read and open the import for review."""
    read = pages_read(batch)
    parsed = parse_plan(read).to_dict()
    return batch.finish_reading(
        text=read.text, parsed=parsed, uncertain=list(read.uncertain), attempt=attempt
    )


def reorder_pages(batch: PlanImport, order: list[int], *, version: int, by: Any) -> None:
    """Put a scan's pages in another order and read the plan again from their stored text."""

    def reread(current: PlanImport) -> tuple[str, dict[str, Any], list[str]]:
        read = pages_read(current)
        return read.text, parse_plan(read).to_dict(), list(read.uncertain)

    batch.reorder_pages(order, version=version, by=by, reread=reread)


def retry_reading(batch: PlanImport, *, by: Any) -> None:
    """Read a failed (or stuck) import again from its stored originals."""
    from .tasks import read_import

    with transaction.atomic():
        attempt = batch.retry(by=by)
        read_import.enqueue(batch.pk, attempt)


def keep_upload(form: Any, *, cell: Cell, by: Any) -> PlanImport:
    """What a valid `UploadForm` asks: the same upload made minutes ago, a typed file read and
    kept for review, or a scan or photos kept to be read in the task worker."""
    if form.existing is not None:
        return form.existing  # type: ignore[no-any-return]
    if form.scan is not None:
        return receive_scan(cell=cell, by=by, filename=form.filename, scan=form.scan,
                            checksum=form.checksum)[0]  # fmt: skip
    return start_import(
        cell=cell, by=by, filename=form.filename, read=form.read, checksum=form.checksum
    )


def open_imports(cell: Cell) -> list[PlanImport]:
    """The cell's imports still being read or waiting for review, newest first (the upload
    page lists them, so a reading left behind is found again)."""
    return list(
        PlanImport.objects.filter(cell=cell, status__in=OPEN).only(
            "pk", "cell_id", "filename", "status", "created_at", "pages_total", "pages_read"
        )[:10]
    )


def reading_state(batch: PlanImport) -> dict[str, Any]:
    """Where the reading of an import stands, in Vietnamese (the waiting page, its poll and
    the API's status): reading page n of N, failed (why), or done."""
    total, done = batch.pages_total, batch.pages_read
    usual = usual_seconds(total) if batch.is_reading else 0
    if batch.is_reading and batch.read_started_at is None:
        message = f"Đang chờ máy đọc ảnh ({total} trang)…"
    elif batch.is_reading:
        message = f"Đang đọc ảnh, trang {min(done + 1, total)}/{total}…"
    elif batch.is_failed:
        message = f"Không đọc được ảnh: {batch.error}"
    elif batch.is_pending:
        message = "Đã đọc xong. Mời đồng chí xem lại kế hoạch đọc được."
    else:
        message = batch.get_status_display()
    return {
        "id": batch.pk, "status": batch.status, "status_display": batch.get_status_display(),
        "pages_read": done, "pages_total": total, "message": message, "error": batch.error,
        "done": not batch.is_reading, "can_retry": batch.can_retry,
        "worker_late": batch.worker_late, "usual_seconds": usual,
        "usual": f"Thường mất khoảng {duration(usual)} cho {total} trang." if usual else "",
    }  # fmt: skip


def duration(seconds: int) -> str:
    """'40 giây', '2 phút', '3 phút 20 giây'."""
    minutes, rest = divmod(int(seconds), 60)
    if not minutes:
        return f"{rest} giây"
    return f"{minutes} phút" + (f" {rest} giây" if rest else "")


def usual_seconds(pages: int) -> int:
    """How long reading `pages` pages usually takes here: the median per page of the last
    twenty scans read (one query), or SECONDS_A_PAGE before any."""
    done = list(
        PlanImport.objects.filter(read_seconds__isnull=False, pages_read__gt=0)
        .order_by("-id")
        .values_list("read_seconds", "pages_read")[:20]
    )
    if not done:
        return SECONDS_A_PAGE * max(pages, 1)
    each = sorted((seconds or 0) / count for seconds, count in done)
    return max(1, round(each[len(each) // 2] * max(pages, 1)))


def _delete_stored(names: list[str]) -> None:
    from django.core.files.storage import default_storage

    for name in names:
        default_storage.delete(name)


def confirm_import(
    *,
    batch: PlanImport,
    by: Any,
    plan_fields: dict[str, Any],
    topics: list[dict[str, Any]],
    targets: list[dict[str, Any]],
    version: int | None = None,
) -> Plan:
    """Create the draft plan with its topics and targets, or nothing at all.

    `plan_fields` are the reviewed plan fields; what they leave empty, and what the file never
    gives (sections, intro, closing, signing capacity), comes from the plans app's template. Each topic
    dict is `TopicReviewForm.topic_fields()`: a `new_member` (name, gender) is registered first.
    """
    with transaction.atomic():
        current = batch.lock_pending(version)
        cell = current.cell
        members = list(Member.objects.for_cell(cell).current())
        given = {name: value for name, value in plan_fields.items() if value not in (None, "", [])}
        fields = template_fields(cell, plan_fields["year"], plan_fields["kind"]) | given
        if given.get("signer_name"):
            fields["signer"] = _signer(given["signer_name"], members)
        plan = Plan.create(cell=cell, by=by, **fields)
        for order, topic in enumerate(topics, start=1):
            topic = dict(topic)
            preparers = list(topic.pop("preparers"))
            new = topic.pop("new_member", None)
            if new:
                name, gender = new
                preparers.append(Member.register(cell=cell, by=by, full_name=name, gender=gender,
                                                 status=Member.Status.OFFICIAL))  # fmt: skip
            plan.add_topic(by=by, order=order, preparers=preparers, **topic)
        for order, target in enumerate(targets, start=1):
            plan.add_target(by=by, order=order, **target)
        current.mark_confirmed(plan=plan, by=by)
    batch.refresh_from_db()
    return plan


def _signer(name: str, members: list[Member]) -> Member | None:
    """The member who signs, when the name written is surely one of the cell's members."""
    if not name.strip():
        return None
    match = match_people([name], members)[0]
    return match.member if match.member is not None and match.confidence >= 0.9 else None


def cleanup_imports(*, now: dt.datetime | None = None, days: int | None = None) -> dict[str, int]:
    """Discard every import pending (or being read, or failed) for more than `days` days (CHIBO_IMPORT_KEEP_DAYS) with its
    page images, and delete the page images of confirmed imports whose plan was deleted.
    Each import in its own transaction (a verb of `PlanImport`, audited)."""
    keep = settings.CHIBO_IMPORT_KEEP_DAYS if days is None else days
    before = (now or timezone.now()) - dt.timedelta(days=keep)
    stale = PlanImport.objects.filter(status__in=OPEN, created_at__lt=before)
    expired = sum(batch.expire(before=before) for batch in stale.only("pk").order_by("pk"))
    orphans = PlanImport.objects.filter(
        status=PlanImport.Status.CONFIRMED, plan__isnull=True, pages__isnull=False
    ).distinct()
    pages = sum(batch.drop_pages() for batch in orphans.only("pk").order_by("pk"))
    return {"expired": expired, "pages_dropped": pages}


def stale_imports(*, now: dt.datetime | None = None, days: int | None = None) -> list[PlanImport]:
    """What `cleanup_imports` would discard now (for `chibo import-cleanup --dry-run`)."""
    keep = settings.CHIBO_IMPORT_KEEP_DAYS if days is None else days
    before = (now or timezone.now()) - dt.timedelta(days=keep)
    return list(
        PlanImport.objects.filter(status__in=OPEN, created_at__lt=before)
        .select_related("cell")
        .order_by("created_at")
    )
