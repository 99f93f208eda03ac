"""Keeping an uploaded plan for review, and saving the reviewed plan: several models, one transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

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

from .models import PlanImport, PlanImportPage
from .parser import parse_plan
from .people import match_people
from .reader import ReadResult


def start_import(*, cell: Cell, by: Any, filename: str, read: ReadResult) -> PlanImport:
    """Parse what was read and keep it until review: the text and the parsed plan, and for a
    scan or a photo the page images and the words OCR was unsure of (never the file itself)."""
    parsed = parse_plan(read)
    with transaction.atomic():
        batch = PlanImport.objects.create(
            cell=cell,
            created_by=by if getattr(by, "is_authenticated", False) else None,
            filename=filename[:255],
            source=read.source,
            source_text=read.text,
            parsed=parsed.to_dict(),
            uncertain=list(read.uncertain),
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
) -> Plan:
    """Create the draft plan with its topics and targets, or nothing at all.

    `plan_fields` are the reviewed plan fields; what they leave empty, and what the file never
    gives (sections, intro, closing, signing capacity), comes from the plans app's template. Each topic
    dict is `TopicReviewForm.topic_fields()`: a `new_member` (name, gender) is registered first.
    """
    with transaction.atomic():
        current = batch.lock_pending()
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
    """Discard every import pending for more than `days` days (CHIBO_IMPORT_KEEP_DAYS) with its
    page images, and delete the page images of confirmed imports whose plan was deleted.
    Each import in its own transaction (a verb of `PlanImport`, audited)."""
    keep = settings.CHIBO_IMPORT_KEEP_DAYS if days is None else days
    before = (now or timezone.now()) - dt.timedelta(days=keep)
    stale = PlanImport.objects.filter(status=PlanImport.Status.PENDING, created_at__lt=before)
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
        PlanImport.objects.filter(status=PlanImport.Status.PENDING, created_at__lt=before)
        .select_related("cell")
        .order_by("created_at")
    )
