"""Imports through the API (issue 19 item 5): upload → parsed plan with marks → confirm, with the
same checks, messages, model verbs and audit as the review page."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from chibo.api.models import ApiToken
from chibo.api.tests.conftest import ApiClient
from chibo.audit.models import AuditEntry
from chibo.conftest import make_member
from chibo.importer.models import PlanImport, PlanImportPage
from chibo.importer.services import start_import
from chibo.importer.tests.test_scan_review import PLAN, scanned
from chibo.plans.models import Plan

pytestmark = pytest.mark.django_db


def _file(text: str = PLAN, name: str = "ke-hoach.txt") -> dict[str, Any]:
    return {"file": SimpleUploadedFile(name, text.encode(), content_type="text/plain")}


def test_upload_confirm_with_corrections_creates_the_plan(
    world: Any, secretary_api: ApiClient
) -> None:
    make_member(world.cell, "Nguyễn Văn Bình")
    response = secretary_api.upload(f"cells/{world.cell.pk}/imports", _file())
    assert response.status_code == 201, response.content.decode()
    body = response.json()
    assert body["status"] == "pending" and body["source"] == "txt"
    assert [t["quarter"] for t in body["topics"]] == [1, 2]
    assert body["plan"]["title"] == "Sinh hoạt chuyên đề năm 2026"
    assert (
        body["cell_name"] == "Chi bộ thôn Đông"
    )  # "thôn" is a common noun: lower case when the header is in capitals
    assert Plan.objects.count() == 0  # nothing saved before the confirmation
    assert secretary_api.get(f"imports/{body['id']}").json()["topics"] == body["topics"]

    topics = body["topics"]
    topics[1] = {
        **topics[1],
        "title": "Nâng cao chất lượng sinh hoạt chi bộ khu dân cư",
        "month": 5,
    }
    response = secretary_api.post(f"imports/{body['id']}/confirm",
                                  {"plan": {"title": "Sinh hoạt chuyên đề năm 2026 (sửa)"},
                                   "topics": topics})  # fmt: skip
    assert response.status_code == 201, response.content.decode()
    plan = Plan.objects.get(pk=response.json()["plan_id"])
    assert plan.title == "Sinh hoạt chuyên đề năm 2026 (sửa)"
    saved = list(plan.topics.order_by("order"))
    assert [(t.quarter, t.month) for t in saved] == [(1, 3), (2, 5)]
    assert saved[1].title.endswith("khu dân cư")
    assert sorted(m.full_name for m in saved[1].preparers.all()) == ["Nguyễn Văn Bình"]
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"plan_import.upload", "plan_import.confirm"} <= actions
    assert PlanImport.objects.get().status == PlanImport.Status.CONFIRMED

    again = secretary_api.post(f"imports/{body['id']}/confirm", {})
    assert again.status_code == 409
    assert "đã được lưu thành kế hoạch" in again.json()["detail"]
    assert Plan.objects.count() == 1


def test_a_correction_the_page_refuses_is_refused_with_the_page_message(
    world: Any, secretary_api: ApiClient
) -> None:
    body = secretary_api.upload(f"cells/{world.cell.pk}/imports", _file()).json()
    topics = [{**body["topics"][0], "quarter": 1, "month": 8}]
    response = secretary_api.post(f"imports/{body['id']}/confirm", {"topics": topics})
    assert response.status_code == 422
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert "topics.0.month" in errors and "quý" in errors["topics.0.month"].lower()
    missing = secretary_api.post(f"imports/{body['id']}/confirm",
                                 {"topics": [{**topics[0], "quarter": None, "month": None}]})  # fmt: skip
    assert {e["field"]: e["message"] for e in missing.json()["errors"]} == {
        "topics.0.quarter": "Hãy chọn quý tổ chức chuyên đề."
    }
    assert Plan.objects.count() == 0
    assert PlanImport.objects.get().is_pending


def test_a_bad_file_gets_the_upload_form_message(world: Any, secretary_api: ApiClient) -> None:
    response = secretary_api.upload(
        f"cells/{world.cell.pk}/imports", _file(name="ke-hoach.pdf", text="%PDF-1.4 broken")
    )
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error["field"] == "file" and "PDF" in error["message"]
    assert PlanImport.objects.count() == 0


def test_a_read_only_token_cannot_upload_confirm_or_discard(world: Any) -> None:
    _, key = ApiToken.issue(world.secretary.user, name="đọc", scope=ApiToken.Scope.READ)
    api = ApiClient(key)
    assert api.upload(f"cells/{world.cell.pk}/imports", _file()).status_code == 403
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="a.txt",
                         read=scanned([], pages=1))  # fmt: skip
    assert api.get(f"imports/{batch.pk}").status_code == 200
    for verb in ("confirm", "discard"):
        response = api.post(f"imports/{batch.pk}/{verb}", {})
        assert response.status_code == 403 and "chỉ có quyền đọc" in response.json()["detail"]
    assert PlanImport.objects.get().is_pending and Plan.objects.count() == 0


def test_a_scan_lists_its_marks_and_pages_and_discard_deletes_them(
    world: Any, secretary_api: ApiClient, django_capture_on_commit_callbacks: Any
) -> None:
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="anh.jpg",
                         read=scanned(["Nâng", "Huệ"], pages=2))  # fmt: skip
    body = secretary_api.get(f"imports/{batch.pk}").json()
    assert body["source"] == "scan" and body["uncertain_words"] == ["Nâng", "Huệ"]
    ocr = {m["field"] for m in body["marks"] if m["kind"] == "ocr"}
    assert {"topics.1.title", "topics.0.preparer_ids"} <= ocr
    assert all("Máy đọc chưa chắc" in m["message"] for m in body["marks"] if m["kind"] == "ocr")
    assert [p["number"] for p in body["pages"]] == [1, 2]
    image = secretary_api.get(body["pages"][0]["url"].split("/api/v1/", 1)[1])
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")

    names = [p.image.name for p in batch.pages.all()]
    with django_capture_on_commit_callbacks(execute=True):
        response = secretary_api.post(f"imports/{batch.pk}/discard", {})
    assert response.status_code == 200 and response.json()["status"] == "discarded"
    assert response.json()["pages"] == []
    assert PlanImportPage.objects.count() == 0
    assert not any(default_storage.exists(name) for name in names)
    assert secretary_api.post(f"imports/{batch.pk}/discard", {}).status_code == 409
    assert secretary_api.get(f"imports/{batch.pk}/pages/1").status_code == 404


def test_imports_of_another_cell_are_404(world: Any) -> None:
    from chibo.api.tests.conftest import api_client_for

    batch = start_import(cell=world.cell, by=world.secretary.user, filename="a.txt",
                         read=scanned([], pages=1))  # fmt: skip
    other = api_client_for(world, "other_cell")
    for call in (lambda: other.get(f"imports/{batch.pk}"),
                 lambda: other.get(f"imports/{batch.pk}/pages/1"),
                 lambda: other.post(f"imports/{batch.pk}/confirm", {}),
                 lambda: other.post(f"imports/{batch.pk}/discard", {}),
                 lambda: other.upload(f"cells/{world.cell.pk}/imports", _file())):  # fmt: skip
        assert call().status_code == 404
    assert PlanImport.objects.get().is_pending


def test_uploads_have_their_own_lower_limit_per_token(
    world: Any, secretary_api: ApiClient, settings: Any
) -> None:
    from django.core.cache import cache

    cache.clear()
    settings.CHIBO_API_IMPORT_RATE_LIMIT = 2
    url = f"cells/{world.cell.pk}/imports"
    assert [secretary_api.upload(url, _file()).status_code for _ in range(3)] == [201, 201, 429]
    assert secretary_api.get(f"cells/{world.cell.pk}").status_code == 200  # other calls go on
    assert PlanImport.objects.count() == 1  # the same file twice within minutes: one import
    cache.clear()
