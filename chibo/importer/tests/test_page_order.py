"""Photos sent out of order are put right on the review (issue 17, items 3 and 5): a page moved
up or down, or each given its place; the plan is read again from the pages' stored text (no new
OCR), audited; two reviewers at once do not overwrite each other (a version)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.conftest import persona_client
from chibo.importer.models import PlanImport
from chibo.plans.models import Plan

from .review_helpers import shown_data
from .test_upload_photos import _send, photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def read_photos(world: Any, fake_ocr: list[int], worker: Any) -> PlanImport:
    """Three photos sent in the order 3, 1, 2, read by the worker."""
    client = persona_client(world, "secretary")
    _send(client, world.cell.pk, [(f"IMG_{n}.jpg", photo(n)) for n in (3, 1, 2)])
    worker()
    assert fake_ocr == [3, 1, 2]
    return PlanImport.objects.get()


def _marks(batch: PlanImport) -> list[int]:
    batch.refresh_from_db()
    return [int(line[7]) for line in batch.source_text.splitlines() if line.startswith("Ảnh số")]


def _reorder(client: Any, world: Any, batch: PlanImport, data: dict[str, Any]) -> Any:
    url = reverse("importer:reorder", args=[world.cell.pk, batch.pk])
    return client.post(url, data, follow=True)


def test_the_review_lists_the_pages_with_how_each_starts(
    world: Any, read_photos: PlanImport
) -> None:
    html = (
        persona_client(world, "secretary")
        .get(reverse("importer:review", args=[world.cell.pk, read_photos.pk]))
        .content.decode()
    )
    assert "Thứ tự trang (3 trang)" in html
    assert "<strong>Trang 1</strong>: “Ảnh số 3: trang kế hoạch chụp bằng điện thoại”" in html
    assert 'name="up" value="1" disabled' in html and 'name="down" value="3" disabled' in html
    assert f'name="import_version" value="{read_photos.version}"' in html


def test_each_page_given_its_place_reads_the_plan_again_without_ocr(
    world: Any, read_photos: PlanImport, fake_ocr: list[int]
) -> None:
    batch = read_photos
    client = persona_client(world, "secretary")
    response = _reorder(
        client, world, batch, {"import_version": 1, "pos-1": 3, "pos-2": 1, "pos-3": 2}
    )
    assert "Đã sắp lại thứ tự trang" in response.content.decode(), [
        str(m) for m in response.context["messages"]
    ]
    assert _marks(batch) == [1, 2, 3] and fake_ocr == [3, 1, 2]  # no new OCR
    assert batch.version == 2
    # Each page keeps its own image (and words): the image of photo 1 is now page 1.
    assert [(p.number, p.width) for p in batch.pages.all()] == [(1, 91), (2, 92), (3, 93)]
    entry = AuditEntry.objects.get(action="plan_import.reorder")
    assert entry.before["order"] == [1, 2, 3] and entry.after["order"] == [2, 3, 1]
    assert entry.actor_id == world.secretary.user_id


def test_a_page_moved_up_or_down_one_place(world: Any, read_photos: PlanImport) -> None:
    batch = read_photos
    client = persona_client(world, "secretary")
    _reorder(client, world, batch, {"import_version": 1, "up": 2})
    assert _marks(batch) == [1, 3, 2]
    _reorder(client, world, batch, {"import_version": 2, "down": 2})
    assert _marks(batch) == [1, 2, 3] and batch.version == 3


def test_a_second_reviewer_with_the_old_order_is_told_and_changes_nothing(
    world: Any, read_photos: PlanImport
) -> None:
    batch = read_photos
    first, second = persona_client(world, "secretary"), persona_client(world, "secretary")
    shown = shown_data(first.get(reverse("importer:review", args=[world.cell.pk, batch.pk])))
    _reorder(second, world, batch, {"import_version": 1, "up": 2})
    response = _reorder(first, world, batch, {"import_version": 1, "down": 1})
    assert "người khác đã sắp lại thứ tự trang" in response.content.decode()
    assert _marks(batch) == [1, 3, 2] and batch.version == 2
    # Saving the review shown before the change is refused too: nothing saved.
    response = first.post(reverse("importer:review", args=[world.cell.pk, batch.pk]), shown,
                          follow=True)  # fmt: skip
    assert "Chưa có gì được lưu" in response.content.decode()
    assert Plan.objects.count() == 0 and PlanImport.objects.get().is_pending
    # With the fresh review it saves.
    fresh = shown_data(first.get(reverse("importer:review", args=[world.cell.pk, batch.pk])))
    assert fresh["import_version"] == "2"
    response = first.post(reverse("importer:review", args=[world.cell.pk, batch.pk]), fresh)
    assert response.status_code == 302 and Plan.objects.count() == 1


@pytest.mark.parametrize(
    "data, message",
    [
        ({"pos-1": 1, "pos-2": 1, "pos-3": 2}, "Mỗi trang một số thứ tự khác nhau, từ 1 đến 3"),
        ({"pos-1": 4, "pos-2": 1, "pos-3": 2}, "Số thứ tự phải từ 1 đến 3 (trang 1)."),
        ({"pos-1": "một", "pos-2": 1, "pos-3": 2}, "Hãy ghi số thứ tự cho trang 1"),
        ({"up": 9}, "Không có trang này."),
    ],
)
def test_bad_places_are_refused_with_the_reason_and_nothing_changes(
    world: Any, read_photos: PlanImport, data: dict[str, Any], message: str
) -> None:
    response = _reorder(persona_client(world, "secretary"), world, read_photos,
                        {"import_version": 1, **data})  # fmt: skip
    assert message in response.content.decode()
    assert '<details class="card page-order" id="page-order" open>' in response.content.decode()
    assert _marks(read_photos) == [3, 1, 2] and read_photos.version == 1
    assert not AuditEntry.objects.filter(action="plan_import.reorder").exists()


@pytest.mark.parametrize("persona, code", [("member", 403), ("officer", 403), ("other_cell", 404)])
def test_only_the_cells_chi_uy_reorders(
    world: Any, read_photos: PlanImport, persona: str, code: int
) -> None:
    url = reverse("importer:reorder", args=[world.cell.pk, read_photos.pk])
    response = persona_client(world, persona).post(url, {"import_version": 1, "up": 2})
    assert response.status_code == code
    assert _marks(read_photos) == [3, 1, 2]


def test_the_api_confirm_with_an_old_version_is_refused(
    world: Any, read_photos: PlanImport
) -> None:
    from chibo.api.tests.conftest import api_client_for

    api = api_client_for(world, "secretary")
    assert api.get(f"imports/{read_photos.pk}").json()["version"] == 1
    _reorder(persona_client(world, "secretary"), world, read_photos,
             {"import_version": 1, "up": 2})  # fmt: skip
    response = api.post(f"imports/{read_photos.pk}/confirm", {"version": 1})
    assert response.status_code == 409 and "sắp lại thứ tự trang" in response.json()["detail"]
    assert Plan.objects.count() == 0
    assert api.post(f"imports/{read_photos.pk}/confirm", {"version": 2}).status_code == 201


def test_pages_without_their_own_text_are_not_offered_for_reordering(world: Any) -> None:
    from chibo.importer.services import start_import

    from .test_scan_review import scanned

    batch = start_import(cell=world.cell, by=world.secretary.user, filename="a.jpg",
                         read=scanned([], pages=2))  # fmt: skip
    html = (
        persona_client(world, "secretary")
        .get(reverse("importer:review", args=[world.cell.pk, batch.pk]))
        .content.decode()
    )
    assert "Thứ tự trang" not in html
