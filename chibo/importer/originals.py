"""The original pages of a plan made from a scan or photos, for the plan page (the port
`chibo.plans.originals`, filled in ImporterConfig.ready()) and served by `views.original`."""

from __future__ import annotations

from django.urls import reverse

from chibo.plans.models import Plan
from chibo.plans.originals import OriginalPage, Originals

from .models import PlanImport, PlanImportPage


def plan_originals(plan: Plan) -> Originals | None:
    """The page images kept from the import that made `plan` (one query), or None."""
    pages = list(
        PlanImportPage.objects.filter(batch__plan=plan, batch__status=PlanImport.Status.CONFIRMED)
        .exclude(image="")
        .select_related("batch")
        .only("number", "batch__filename")
        .order_by("number")
    )
    if not pages:
        return None
    return Originals(
        label=pages[0].batch.filename,
        pages=[
            OriginalPage(p.number, reverse("importer:original", args=[plan.pk, p.number]))
            for p in pages
        ],
    )
