"""Helpers for the review-screen tests: upload a file, then post the form as it was shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from chibo.importer.models import PlanImport


def upload(client: Client, cell_pk: int, name: str, data: bytes) -> Any:
    return client.post(
        reverse("importer:upload", args=[cell_pk]), {"file": SimpleUploadedFile(name, data)}
    )


def uploaded(client: Client, cell_pk: int, name: str, data: bytes) -> PlanImport:
    response = upload(client, cell_pk, name, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    batch = PlanImport.objects.latest("pk")
    assert response["Location"] == reverse("importer:review", args=[cell_pk, batch.pk])
    return batch


def shown_data(response: Any) -> dict[str, Any]:
    """The POST data of the review form exactly as the page shows it (initial values)."""
    context = response.context
    data: dict[str, Any] = {"action": "confirm", "import_version": str(context["batch"].version)}
    for formset in (context["topics"], context["targets"]):
        for field in formset.management_form:
            data[field.html_name] = field.value()
    forms = [context["form"], *context["topics"].forms, *context["targets"].forms]
    for form in forms:
        for field in form:
            value = field.value()
            if value is None or value is False or value == []:
                continue
            if isinstance(value, dt.date):
                value = value.isoformat()
            if value is True:
                value = "on"
            if isinstance(value, list) and field.name in ("legal_bases", "recipients"):
                value = "\n".join(value)
            data[field.html_name] = value
    return data
