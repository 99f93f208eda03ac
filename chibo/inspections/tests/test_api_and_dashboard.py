"""The API walks a fee-book case to its notice with the pages' verbs; the committee dashboard and
the overdue port list a case past its due date, citing the rule."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from chibo.api.tests.conftest import api_client_for
from chibo.conftest import World
from chibo.fees.models import FeeBook
from chibo.inspections.models import Case
from chibo.oversight import dashboard
from chibo.rules import inspection as rules

from .helpers import ago, make_programme, open_member_case

pytestmark = pytest.mark.django_db


def test_the_api_runs_a_fee_book_case_to_its_notice(world: World) -> None:
    FeeBook.objects.create(cell=world.cell, treasurer=world.member)
    item = make_programme(world).items.get()
    api = api_client_for(world, "secretary")
    r = api.call("post", f"cells/{world.cell.pk}/inspection-cases", {"item_id": item.pk})
    assert r.status_code == 201, r.json()
    case = r.json()
    assert case["subject_kind"] == "fee_book" and case["subject_member_id"] == world.member.pk
    steps = [("findings", {"text": "Sổ ghi đầy đủ."}), ("explanation", {"text": "Nhất trí."}),
             ("propose", {"text": "Thu, nộp đúng quy định."})]  # fmt: skip
    for verb, data in steps:
        r = api.call("post", f"inspection-cases/{case['id']}/steps/{verb}", data)
        assert r.status_code == 200, r.json()
    r = api.call(
        "post", f"inspection-cases/{case['id']}/steps/adopt", {"votes_for": 1, "votes_against": 1}
    )
    assert r.status_code == 400 and "cần ít nhất 2" in r.json()["detail"]
    r = api.call(
        "post", f"inspection-cases/{case['id']}/steps/adopt", {"votes_for": 2, "votes_against": 0}
    )
    assert r.status_code == 200 and r.json()["status"] == "adopted" and r.json()["denominator"] == 2
    r = api.call("post", f"inspection-cases/{case['id']}/steps/issue", {})
    assert r.status_code == 200 and r.json()["document_id"]
    # A stale version is refused and changes nothing.
    r = api.call("post", f"inspection-cases/{case['id']}/steps/close", {"version": 1})
    assert r.status_code == 400 and "người khác sửa" in r.json()["detail"]
    r = api.call(
        "post", f"inspection-cases/{case['id']}/steps/close", {"version": r_version(case["id"])}
    )
    assert r.status_code == 200 and r.json()["status"] == "closed"


def r_version(case_id: int) -> int:
    return Case.objects.get(pk=case_id).version


def test_a_plain_member_reads_but_cannot_write(world: World) -> None:
    case = open_member_case(world)
    api = api_client_for(world, "member")
    assert api.call("get", f"inspection-cases/{case.pk}").status_code == 200
    assert (
        api.call("post", f"inspection-cases/{case.pk}/steps/findings", {"text": "x"}).status_code
        == 403
    )


def test_the_committee_dashboard_lists_an_overdue_case_with_its_rule(world: World) -> None:
    late = open_member_case(world, opened_on=ago(40), due_on=ago(3))
    open_member_case(world, subject_member=world.secretary, due_on=ago(-10))
    today = timezone.localdate()
    [row] = dashboard.cell_rows([world.cell], year=today.year, today=today)
    found = [f for f in row.findings if f.rule.code == "inspection_overdue"]
    assert len(found) == 1
    assert "Phạm Thị Thu Hà" in found[0].what and f"{late.due_on:%d/%m/%Y}" in found[0].what
    assert found[0].url.endswith(f"/inspections/cases/{late.pk}/")
    assert found[0].since == late.due_on + dt.timedelta(days=1)
    assert rules.SOURCE_DUE_AD_HOC.text in found[0].what
    api = api_client_for(world, "officer")
    r = api.call("get", f"committees/{world.committee.pk}/inspection-cases/overdue")
    assert [c["id"] for c in r.json()] == [late.pk]


def test_pages_walk_a_case(world: World, secretary_client) -> None:
    case = open_member_case(world)
    url = f"/inspections/cases/{case.pk}/"
    page = secretary_client.get(url).content.decode()
    assert "Ghi kết quả" in page and "Phạm Thị Thu Hà" in page
    r = secretary_client.post(url + "do/findings/", {"findings-text": "Tốt.", "findings-on": ago(1).isoformat(),
                                                     "version": str(case.version)})  # fmt: skip
    assert r.status_code == 302
    case.refresh_from_db()
    assert case.status == Case.Status.FINDINGS
    # The same version again: refused, with the message shown, nothing changed.
    r = secretary_client.post(url + "do/findings/", {"findings-text": "Khác.", "findings-on": ago(1).isoformat(),
                                                     "version": "1"}, follow=True)  # fmt: skip
    assert "người khác sửa" in r.content.decode()
    case.refresh_from_db()
    assert case.findings == "Tốt."
