"""Links to other apps' pages that may not exist yet in every installation (plans)."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse


def plans_url(cell_pk: int) -> str:
    for name in ("plans:list", "plans:cell_plans", "plans:index"):
        try:
            return reverse(name, args=[cell_pk])
        except NoReverseMatch:
            continue
    return reverse("organizations:cell", args=[cell_pk])
