"""The chi ủy's proposals for the whole cell on one page: rows saved in place (with the sheet's
version), "as each rated themselves" in one vote, and a paper sheet read from Excel with the same
checks, all or nothing."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from chibo.conftest import make_member
from chibo.evaluations.models import EvaluationRound, Level, MemberEvaluation

pytestmark = pytest.mark.django_db
GOOD = {
    "self_general": Decimal("27"),
    "self_tasks": Decimal("55"),
    "tasks_total": 4,
    "tasks_on_time": 4,
}
SWAP = {"HTTP_X_CHIBO_SWAP": "row"}


@pytest.fixture
def round_(world):
    make_member(world.cell, "Lê Văn Ba")
    round_ = EvaluationRound.open(cell=world.cell, year=2026, by=world.secretary.user)
    for sheet in round_.evaluations.select_related("member"):
        if sheet.member.user_id:
            extra = {"unit_level": Level.EXCELLENT} if sheet.is_leader else {}
            sheet.submit_self(by=sheet.member.user, **GOOD, **extra)
        else:
            sheet.submit_self(by=world.secretary.user, on_behalf=True, **GOOD)
    return round_


def _sheet(round_, name):
    return round_.evaluations.get(member__full_name=name)


def test_the_table_shows_every_member_and_the_progress(world, round_, secretary_client):
    body = secretary_client.get(reverse("evaluations:proposals", args=[round_.pk])).content.decode()
    assert "Đã đề xuất 0/3" in body and "3/3 đã tự đánh giá" in body
    assert body.count('<tr id="row-') == 3
    assert "Đề xuất theo mức tự xếp loại cho 3 đồng chí còn lại" in body


def test_the_table_query_count_does_not_grow_with_members(world, round_, secretary_client):
    url = reverse("evaluations:proposals", args=[round_.pk])
    with CaptureQueriesContext(connection) as few:
        secretary_client.get(url)
    for index in range(5):
        member = make_member(world.cell, f"Trần Văn Thêm {index}")
        MemberEvaluation.objects.create(round=round_, member=member)
    with CaptureQueriesContext(connection) as more:
        secretary_client.get(url)
    assert len(more.captured_queries) == len(few.captured_queries)


def test_a_row_is_saved_in_place_with_a_fresh_version(world, round_, secretary_client):
    sheet = _sheet(round_, "Lê Văn Ba")
    url = reverse("evaluations:propose_row", args=[sheet.pk])
    data = {"level": Level.GOOD, "votes_for": 2, "votes_against": 0, "version": sheet.version}
    response = secretary_client.post(url, data, **SWAP)
    body = response.content.decode()
    assert response.status_code == 200 and body.lstrip().startswith("<template>")  # parts apart
    assert f'<tr id="row-{sheet.pk}"' in body and '<div id="bulk-box">' in body
    assert '<div id="progress"' in body and "Đã đề xuất 1/3" in body and "Đã ghi:" in body
    sheet.refresh_from_db()
    assert sheet.proposed_level == Level.GOOD and f'name="version" value="{sheet.version}"' in body
    stale = secretary_client.post(url, data, **SWAP)  # the version it was rendered with is gone
    assert stale.status_code == 422 and "người khác sửa" in stale.content.decode()


def test_a_refused_row_says_why_next_to_it_and_changes_nothing(world, round_, secretary_client):
    sheet = _sheet(round_, "Lê Văn Ba")
    url = reverse("evaluations:propose_row", args=[sheet.pk])
    response = secretary_client.post(url, {"level": Level.EXCELLENT, "votes_for": 2, "votes_against": 0,
                                           "version": sheet.version}, **SWAP)  # fmt: skip
    assert response.status_code == 422 and "cao hơn mức" in response.content.decode()
    assert MemberEvaluation.objects.get(pk=sheet.pk).proposed_level == ""


def test_everyone_left_is_proposed_at_their_own_level_in_one_vote(world, round_, secretary_client):
    first = _sheet(round_, "Lê Văn Ba")
    first.propose(
        by=world.secretary.user, level=Level.DONE, comment="", votes_for=3, votes_against=0
    )
    url = reverse("evaluations:propose_as_self", args=[round_.pk])
    response = secretary_client.post(
        url, {"votes_for": 3, "votes_against": 0}, HTTP_X_CHIBO_SWAP="table"
    )
    body = response.content.decode()
    assert (
        response.status_code == 200
        and "Đã ghi đề xuất cho 2 đồng chí theo mức tự xếp loại." in body
    )
    levels = dict(round_.evaluations.values_list("member__full_name", "proposed_level"))
    assert levels["Lê Văn Ba"] == Level.DONE  # the one already proposed is kept
    assert levels["Phạm Thị Thu Hà"] == levels["Dương Thị Huệ"] == Level.GOOD
    assert "Đã đề xuất 3/3" in body


def test_one_vote_for_all_that_is_impossible_saves_nothing(world, round_, secretary_client):
    url = reverse("evaluations:propose_as_self", args=[round_.pk])
    response = secretary_client.post(
        url, {"votes_for": 9, "votes_against": 0}, HTTP_X_CHIBO_SWAP="table"
    )
    assert response.status_code == 422 and "Đồng chí" in response.content.decode()
    assert not round_.evaluations.exclude(proposed_level="").exists()


def _filled(secretary_client, round_, rows):
    data = secretary_client.get(reverse("evaluations:proposals_template", args=[round_.pk])).content
    book = load_workbook(io.BytesIO(data))
    sheet = book.active
    names = {sheet.cell(r, 2).value: r for r in range(2, sheet.max_row + 1)}
    for name, values in rows.items():
        for column, value in zip((5, 6, 7), values, strict=True):
            sheet.cell(names[name], column).value = value
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile("de-xuat.xlsx", out.getvalue())


def test_a_paper_sheet_is_read_from_excel(world, round_, secretary_client):
    upload = _filled(secretary_client, round_, {"Lê Văn Ba": ("Hoàn thành tốt nhiệm vụ", 3, 0),
                                                "Phạm Thị Thu Hà": ("hoan thanh nhiem vu", 2, 1)})  # fmt: skip
    response = secretary_client.post(
        reverse("evaluations:proposals_import", args=[round_.pk]), {"file": upload}
    )
    assert response.status_code == 302, re.findall(r"<li>[^<]*</li>", response.content.decode())
    levels = dict(round_.evaluations.values_list("member__full_name", "proposed_level"))
    assert levels == {"Lê Văn Ba": Level.GOOD, "Phạm Thị Thu Hà": Level.DONE, "Dương Thị Huệ": ""}


def test_a_bad_row_in_the_excel_file_saves_no_row_and_names_it(world, round_, secretary_client):
    upload = _filled(secretary_client, round_, {"Lê Văn Ba": ("Hoàn thành tốt nhiệm vụ", 3, 0),
                                                "Phạm Thị Thu Hà": ("Hoàn thành tốt nhiệm vụ", "ba", 0)})  # fmt: skip
    response = secretary_client.post(
        reverse("evaluations:proposals_import", args=[round_.pk]), {"file": upload}
    )
    body = response.content.decode()
    assert response.status_code == 422 and "Phạm Thị Thu Hà" in body and "Dòng" in body
    assert not round_.evaluations.exclude(proposed_level="").exists()
    # A check of the verb (more ballots than official members) refuses the whole file too.
    upload = _filled(secretary_client, round_, {"Lê Văn Ba": ("Hoàn thành tốt nhiệm vụ", 3, 0),
                                                "Phạm Thị Thu Hà": ("Hoàn thành tốt nhiệm vụ", 9, 0)})  # fmt: skip
    response = secretary_client.post(
        reverse("evaluations:proposals_import", args=[round_.pk]), {"file": upload}
    )
    assert response.status_code == 422 and "Đồng chí Phạm Thị Thu Hà" in response.content.decode()
    assert not round_.evaluations.exclude(proposed_level="").exists()


def test_a_file_that_is_not_the_template_is_refused_in_vietnamese(world, round_, secretary_client):
    url = reverse("evaluations:proposals_import", args=[round_.pk])
    fake = SimpleUploadedFile("de-xuat.xlsx", b"not a workbook")
    assert (
        "không phải bảng tính Excel" in secretary_client.post(url, {"file": fake}).content.decode()
    )
    book = Workbook()
    book.active.append(["Tên", "Điểm"])
    out = io.BytesIO()
    book.save(out)
    other = SimpleUploadedFile("khac.xlsx", out.getvalue())
    assert "tiêu đề của mẫu" in secretary_client.post(url, {"file": other}).content.decode()
