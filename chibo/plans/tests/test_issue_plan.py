import hashlib

import pytest

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member, make_user
from chibo.members.models import Role
from chibo.plans.models import Plan, PlanError

from .helpers import make_full_plan


@pytest.fixture(autouse=True)
def _no_pdf(settings):
    """LibreOffice takes a second per document; PDF is the documents app's concern."""
    settings.DOCUMENTS_PDF = False


def test_issuing_numbers_plans_in_sequence_and_stores_the_document(world):
    first = make_full_plan(world.cell, world.secretary)
    second = make_full_plan(world.cell, world.secretary, kind=Plan.Kind.ACTIVITY)
    one = first.issue(by=world.secretary.user)
    two = second.issue(by=world.secretary.user)
    assert (one.number_text, two.number_text) == ("Số 01-KH/CB", "Số 02-KH/CB")
    first.refresh_from_db()
    assert first.status == Plan.Status.ISSUED and first.issued_document == one
    name, _, data = one.open_file("docx")
    assert hashlib.sha256(data).hexdigest() == one.docx_sha256
    assert AuditEntry.objects.filter(action="plan.issue", object_id=str(first.pk)).exists()


def test_an_issued_plan_cannot_be_issued_again_or_edited(world):
    plan = make_full_plan(world.cell, world.secretary)
    plan.issue(by=world.secretary.user)
    with pytest.raises(PlanError, match="đã được ban hành"):
        plan.issue(by=world.secretary.user)
    with pytest.raises(PlanError, match="bản điều chỉnh"):
        plan.update(by=world.secretary.user, title="Sửa")


def test_issuing_a_revision_supersedes_the_original(world):
    plan = make_full_plan(world.cell, world.secretary)
    plan.issue(by=world.secretary.user)
    revision = plan.revise(by=world.secretary.user)
    revision.update(by=world.secretary.user, title="Kế hoạch điều chỉnh")
    document = revision.issue(by=world.secretary.user)
    assert document.number_text == "Số 02-KH/CB"
    plan.refresh_from_db()
    assert plan.status == Plan.Status.SUPERSEDED
    assert AuditEntry.objects.filter(action="plan.supersede", object_id=str(plan.pk)).exists()


def test_only_the_secretary_or_deputy_issues(world):
    plan = make_full_plan(world.cell, world.secretary)
    helper = make_member(
        world.cell, "Vũ Thị Lệ", role=Role.COMMITTEE_MEMBER, user=make_user("chiuyvien")
    )
    with pytest.raises(PlanError, match="Chỉ Bí thư hoặc Phó Bí thư"):
        plan.issue(by=helper.user)
    with pytest.raises(PlanError):
        plan.issue(by=world.other_secretary.user)
    deputy = make_member(
        world.cell, "Nguyễn Thị Hường", role=Role.DEPUTY_SECRETARY, user=make_user("phobithu")
    )
    assert plan.issue(by=deputy.user).number_text == "Số 01-KH/CB"


def test_errors_block_issuing(world):
    plan = make_full_plan(world.cell, world.secretary)
    plan.topics.filter(quarter=2).update(month=7)
    with pytest.raises(PlanError, match="Tháng 7 không thuộc Quý II"):
        plan.issue(by=world.secretary.user)
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.DRAFT


def test_the_issue_view_issues_and_redirects(world, secretary_client):
    from django.urls import reverse

    plan = make_full_plan(world.cell, world.secretary)
    response = secretary_client.post(reverse("plans:issue", args=[plan.pk]), {"confirm": "on"})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == Plan.Status.ISSUED
    page = secretary_client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert "Số 01-KH/CB" in page
    assert reverse("documents:download", args=[plan.issued_document_id, "docx"]) in page


def test_the_draft_docx_is_rendered_on_the_fly_and_marked_draft(world, member_client):
    from django.urls import reverse

    plan = make_full_plan(world.cell, world.secretary)
    response = member_client.get(reverse("plans:draft_docx", args=[plan.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response.content[:2] == b"PK"
