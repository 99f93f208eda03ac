"""Every Excel export survives every text field holding control characters and formulas.

The demo is loaded, then every text column of every model of Chi bộ số is overwritten in the
database (as data that slipped in before the checks, or through another path would be) with
values the probe used: BEL and other C0 characters, =HYPERLINK(...), +, -, @. Every Excel
report is then downloaded: none fails, none carries a formula or a control character.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from chibo.demo.load import load_demo
from chibo.meetings.models import Meeting
from chibo.organizations.models import Cell, Committee

pytestmark = pytest.mark.django_db

NASTY = [
    '=HYPERLINK("http://127.0.0.1:9/x","Nguyễn Văn An")',
    "+Rà soát\x0b hồ sơ",
    "-Họp\x07 chi bộ",
    "@SUM(1)\x01\x02",
    "Nguyễn\x07Văn Chuông\x1f",
]
# Columns that hold keys rather than text a person typed: changing them breaks the tree or
# the lookups, not the reports.
SKIP = {"path", "key_hash", "prefix", "token", "password", "username", "object_type",
        "object_id", "action", "code", "number_text", "sha256", "type_code", "kind", "file"}  # fmt: skip
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _text_fields(model: type[models.Model]) -> list[models.Field]:
    return [
        f
        for f in model._meta.concrete_fields
        if isinstance(f, models.CharField | models.TextField)
        and not f.choices
        and not f.unique
        and f.name not in SKIP
        and not isinstance(f, models.FileField | models.EmailField)
    ]


def _taint_everything() -> int:
    changed = 0
    for model in apps.get_models():
        if not model.__module__.startswith("chibo.") or model._meta.label == "audit.AuditEntry":
            continue  # the audit log cannot be edited, and no export reads it
        fields = _text_fields(model)
        if not fields:
            continue
        for n, pk in enumerate(model.objects.values_list("pk", flat=True)):
            values = {}
            for f in fields:
                # The row's key at the end keeps unique constraints (card numbers…) satisfied.
                value, suffix = NASTY[(n + len(f.name)) % len(NASTY)], f" {pk}"
                if f.max_length:
                    value = value[: max(f.max_length - len(suffix), 1)]
                values[f.name] = (value + suffix)[: f.max_length]
            changed += model.objects.filter(pk=pk).update(**values)
    return changed


def _client(username: str) -> Client:
    client = Client()
    user = get_user_model().objects.get(username=username)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def _check_xlsx(data: bytes, where: str) -> int:
    book = load_workbook(io.BytesIO(data))
    cells = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                cells += 1
                assert cell.data_type != "f", f"{where}: formula in {sheet.title}!{cell.coordinate}"
                if isinstance(cell.value, str):
                    assert not CONTROL.search(cell.value), f"{where}: {cell.coordinate}"
    return cells


def test_every_excel_export_survives_bad_text_in_every_model():
    load_demo()
    assert _taint_everything() > 100
    bithu, danguy = _client("bithu"), _client("danguy")
    cell_pk = Cell.objects.get(members__user__username="bithu").pk
    committee = Committee.objects.get(committeeofficer__user__username="danguy", cells__pk=cell_pk)
    year = Meeting.objects.filter(cell_id=cell_pk).latest("starts_at").starts_at.year
    today = timezone.localdate()
    downloads = {
        "members": (bithu, reverse("members:export", args=[cell_pk])),
        "stats": (bithu, reverse("members:export_stats", args=[cell_pk])),
        "template": (bithu, reverse("members:import_template", args=[cell_pk])),
        "cell report": (bithu, reverse("oversight:cell_report", args=[cell_pk, "xlsx"]) + f"?year={year}"),
        "committee report": (danguy, reverse("oversight:committee_report", args=[committee.pk, "xlsx"]) + f"?year={year}"),
        "fee book": (bithu, reverse("fees:book_xlsx", args=[cell_pk, today.year, today.month])),
        "fee report": (danguy, reverse("fees:committee_xlsx", args=[committee.pk]) + f"?year={today.year}"),
    }  # fmt: skip
    for where, (client, url) in downloads.items():
        response = client.get(url)
        assert response.status_code == 200, where
        assert _check_xlsx(response.content, where) > 0
    dossiers = 0
    for meeting in Meeting.objects.filter(cell_id=cell_pk).exclude(distributed_at=None):
        response = bithu.get(reverse("meetings:dossier", args=[meeting.pk]))
        assert response.status_code == 200, meeting.pk
        with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
            for name in archive.namelist():
                if name.endswith(".xlsx"):
                    _check_xlsx(archive.read(name), f"dossier {meeting.pk} {name}")
                    dossiers += 1
                if name.endswith(".csv"):
                    text = archive.read(name).decode("utf-8-sig")
                    assert not CONTROL.search(text)
                    assert "\n=" not in text and ",=" not in text
    assert dossiers > 0
