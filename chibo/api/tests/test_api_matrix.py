"""Every API operation, called with a bearer token of every persona.

The list of operations comes from the API's own OpenAPI schema, so an endpoint added
without a row here makes `test_every_api_operation_is_in_the_matrix` fail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from chibo.admissions.tests.helpers import make_candidate
from chibo.api.api import api
from chibo.audit.models import AuditEntry
from chibo.conftest import PERSONAS
from chibo.importer.tests.routes import _pending as pending_import
from chibo.importer.tests.routes import _reading as reading_import
from chibo.importer.tests.routes import _scan as scanned_import
from chibo.inspections.tests import helpers as insp
from chibo.members.tests.helpers import recognisable, recognition_payload
from chibo.residence.tests.routes import _comment as residence_comment
from chibo.room.tests.helpers import room_meeting, voting_meeting
from chibo.study.tests.routes import _session as study_session
from chibo.transfers.tests.routes import _transfer as transfer

from . import makers as mk
from .conftest import api_client_for

JSON = "application/json; charset=utf-8"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PNG = "image/png"

ANYONE = {"anonymous": 401, "member": 200, "secretary": 200, "other_cell": 200, "officer": 200}
READER = {"anonymous": 401, "member": 200, "secretary": 200, "other_cell": 404, "officer": 200}
OFFICER = {"anonymous": 401, "member": 404, "secretary": 404, "other_cell": 404, "officer": 200}


def editor(ok: int = 200) -> dict[str, int]:
    return {"anonymous": 401, "member": 403, "secretary": ok, "other_cell": 404, "officer": 403}


def cell_member(ok: int = 200) -> dict[str, int]:
    """Writes any member of the cell may make (own task progress, own commitment)."""
    return {"anonymous": 401, "member": ok, "secretary": ok, "other_cell": 404, "officer": 403}


NOT_STAFF = {"anonymous": 401, "member": 403, "secretary": 403, "other_cell": 403, "officer": 403}
# The school's KPI: the chi ủy reads it, other readers of the cell may not (403).
KPI_READER = {"anonymous": 401, "member": 403, "secretary": 200, "other_cell": 404, "officer": 403}

# Only a committee officer above the cell acknowledges the cell's report.
ACKNOWLEDGER = {
    "anonymous": 401,
    "member": 403,
    "secretary": 403,
    "other_cell": 404,
    "officer": 200,
}


@dataclass(frozen=True)
class Case:
    args: Callable[[Any], dict[str, int]]
    expect: dict[str, int]
    data: Callable[[Any], dict[str, Any]] | None = None
    content_type: str = JSON  # of a successful answer; errors are always JSON
    multipart: bool = False  # data is sent as a form with files (an upload)


def _plan_file(w: Any) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    text = ("CHI BỘ THÔN ĐÔNG\nKẾ HOẠCH\nSinh hoạt chuyên đề năm 2026\n"
            "1. Chuyên đề 1: Học tập và làm theo Bác. Thời gian: Quý I, tháng 3/2026.\n")  # fmt: skip
    return {"file": SimpleUploadedFile("ke-hoach.txt", text.encode(), content_type="text/plain")}


MATRIX: dict[tuple[str, str], Case] = {
    ("GET", "/api/v1/me"): Case(lambda w: {}, ANYONE),
    ("GET", "/api/v1/cells"): Case(lambda w: {}, ANYONE),
    ("GET", "/api/v1/cells/{cell_id}"): Case(lambda w: {"cell_id": w.cell.pk}, READER),
    ("GET", "/api/v1/committees/{committee_id}/cells"): Case(lambda w: {"committee_id": w.committee.pk}, OFFICER),
    ("GET", "/api/v1/cells/{cell_id}/members"): Case(lambda w: {"cell_id": w.cell.pk}, READER),
    ("POST", "/api/v1/cells/{cell_id}/members"): Case(
        lambda w: {"cell_id": w.cell.pk}, editor(201),
        lambda w: {"full_name": "Lê Văn An", "gender": "male", "status": "probationary"}),
    ("GET", "/api/v1/members/{member_id}"): Case(lambda w: {"member_id": w.member.pk}, READER),
    ("PATCH", "/api/v1/members/{member_id}"): Case(
        lambda w: {"member_id": w.member.pk}, editor(),
        lambda w: {"job": "Giáo viên", "version": w.member.version}),
    ("POST", "/api/v1/members/{member_id}/status"): Case(
        lambda w: {"member_id": w.member.pk}, editor(),
        lambda w: {"action": "transfer_out", "on": "2026-01-05", "note": "Chi bộ khác"}),
    ("POST", "/api/v1/members/{member_id}/recognition"): Case(
        lambda w: {"member_id": recognisable(w).pk}, editor(), lambda w: recognition_payload(w)),
    ("POST", "/api/v1/members/{member_id}/role"): Case(
        lambda w: {"member_id": w.member.pk}, editor(),
        lambda w: {"role": "committee_member", "on": "2026-01-05"}),
    # Plans: officers see issued plans only (drafts: test_api_plans.py).
    ("GET", "/api/v1/cells/{cell_id}/plans"): Case(lambda w: {"cell_id": w.cell.pk}, READER),
    ("GET", "/api/v1/plans/{plan_id}"): Case(lambda w: {"plan_id": mk.issued_plan(w).pk}, READER),
    ("GET", "/api/v1/plans/{plan_id}/document"): Case(
        lambda w: {"plan_id": mk.issued_plan(w).pk}, READER, content_type=DOCX),
    # Meetings: each object is built in the state where the secretary's call succeeds.
    ("GET", "/api/v1/cells/{cell_id}/meetings"): Case(lambda w: {"cell_id": w.cell.pk}, READER),
    ("POST", "/api/v1/cells/{cell_id}/meetings"): Case(
        lambda w: {"cell_id": w.cell.pk}, editor(201),
        lambda w: {"kind": "regular", "title": "Sinh hoạt tháng 12", "starts_at": "2026-12-03T08:00:00+07:00",
                   "preparer_ids": [w.member.pk]}),
    ("GET", "/api/v1/meetings/{meeting_id}"): Case(mk.meeting_args(mk.planned_meeting), READER),
    ("POST", "/api/v1/meetings/{meeting_id}/transitions/{verb}"): Case(
        lambda w: {"meeting_id": mk.reviewed_meeting(w).pk, "verb": "distribute"}, editor()),
    ("GET", "/api/v1/meetings/{meeting_id}/attendance"): Case(mk.meeting_args(mk.held_meeting), READER),
    ("PUT", "/api/v1/meetings/{meeting_id}/attendance/{member_id}"): Case(
        lambda w: {"meeting_id": mk.held_meeting(w).pk, "member_id": w.member.pk}, editor(),
        lambda w: {"status": "late", "reason": "Đến muộn 10 phút"}),
    ("GET", "/api/v1/meetings/{meeting_id}/contributions"): Case(mk.meeting_args(mk.held_meeting), READER),
    ("POST", "/api/v1/meetings/{meeting_id}/contributions"): Case(
        mk.meeting_args(mk.held_meeting), editor(201),
        lambda w: {"speaker_id": w.member.pk, "summary": "Đề nghị tăng cường kiểm tra."}),
    ("GET", "/api/v1/meetings/{meeting_id}/votes"): Case(mk.meeting_args(mk.held_meeting), READER),
    ("POST", "/api/v1/meetings/{meeting_id}/votes"): Case(
        mk.meeting_args(mk.held_meeting), editor(201),
        lambda w: {"subject": "Thông qua nghị quyết", "votes_for": 1, "votes_against": 0}),
    ("GET", "/api/v1/meetings/{meeting_id}/room/state"): Case(mk.meeting_args(room_meeting), READER),
    ("POST", "/api/v1/meetings/{meeting_id}/room/ballot"): Case(
        mk.meeting_args(voting_meeting), cell_member(),
        lambda w: {"choice": "yes", "token": "api-token-0001"}),
    ("GET", "/api/v1/meetings/{meeting_id}/tasks"): Case(
        lambda w: {"meeting_id": mk.member_task(w, mk.held_meeting(w)).meeting_id}, READER),
    ("POST", "/api/v1/meetings/{meeting_id}/tasks"): Case(
        mk.meeting_args(mk.held_meeting), editor(201),
        lambda w: {"title": "Rà soát hồ sơ", "owner_ids": [w.member.pk], "deadline": "2026-12-31"}),
    ("GET", "/api/v1/tasks/mine"): Case(mk.path_free(mk.member_task), ANYONE),
    ("GET", "/api/v1/tasks/{task_id}"): Case(lambda w: {"task_id": mk.member_task(w).pk}, READER),
    ("POST", "/api/v1/tasks/{task_id}/progress"): Case(
        lambda w: {"task_id": mk.member_task(w).pk}, cell_member(),
        lambda w: {"note": "Đã rà soát xong", "status": "done"}),
    ("GET", "/api/v1/meetings/{meeting_id}/documents"): Case(mk.meeting_args(mk.reported_meeting), READER),
    ("POST", "/api/v1/meetings/{meeting_id}/commitments"): Case(
        mk.meeting_args(mk.held_meeting), cell_member(), lambda w: {"text": "Nâng cao tinh thần tự học."}),
    # Parents' feedback: for the school's staff only (none of these personas is; staff tokens:
    # chibo/feedback/tests/test_api_feedback.py).
    ("GET", "/api/v1/feedback"): Case(lambda w: {}, NOT_STAFF),
    # The idea bank and the KPI of the cell's school, scoped as the pages (the school's own staff:
    # chibo/ideas/tests/test_api_ideas.py).
    ("GET", "/api/v1/schools/{school_id}/ideas"): Case(lambda w: {"school_id": mk.idea_school(w).pk}, READER),
    ("GET", "/api/v1/schools/{school_id}/kpi"): Case(lambda w: {"school_id": mk.idea_school(w).pk}, KPI_READER),
    ("POST", "/api/v1/meetings/{meeting_id}/report/acknowledge"): Case(
        mk.meeting_args(mk.reported_meeting), ACKNOWLEDGER, lambda w: {"comment": "Đã nhận."}),
    # Đảng phí: a plain member reads their own rows only (test_api_fees.py).
    ("GET", "/api/v1/cells/{cell_id}/fees"): Case(lambda w: {"cell_id": mk.fee_book(w).pk}, READER),
    ("POST", "/api/v1/cells/{cell_id}/fees/payments"): Case(
        lambda w: {"cell_id": mk.fee_book(w).pk}, editor(201),
        lambda w: {"member_id": w.member.pk, "paid_on": mk.today(), "amount": 70000, "reference": "BL-01"}),
    # Admission files (chibo.admissions.api).
    ("GET", "/api/v1/cells/{cell_id}/candidates"): Case(lambda w: {"cell_id": make_candidate(w).cell_id}, READER),
    ("POST", "/api/v1/cells/{cell_id}/candidates"): Case(
        lambda w: {"cell_id": w.cell.pk}, editor(201), lambda w: {"full_name": "Lê Văn An", "gender": "male"}),
    ("GET", "/api/v1/candidates/{candidate_id}"): Case(lambda w: {"candidate_id": make_candidate(w).pk}, READER),
    ("GET", "/api/v1/candidates/{candidate_id}/steps"): Case(
        lambda w: {"candidate_id": make_candidate(w).pk}, READER),
    ("POST", "/api/v1/candidates/{candidate_id}/transitions/{verb}"): Case(
        lambda w: {"candidate_id": make_candidate(w).pk, "verb": "application"}, editor(),
        lambda w: {"on": "2026-01-05"}),
    ("GET", "/api/v1/committees/{committee_id}/candidates"): Case(
        lambda w: {"committee_id": make_candidate(w).cell.committee_id}, OFFICER),
    # Residence liaison, political study, transfers (chibo.residence, chibo.study, chibo.transfers).
    ("GET", "/api/v1/cells/{cell_id}/residence"): Case(lambda w: {"cell_id": w.cell.pk}, READER),
    ("POST", "/api/v1/members/{member_id}/residence-comments"): Case(
        lambda w: {"member_id": w.member.pk}, editor(201),
        lambda w: {"year": 2026, "on": "2026-11-02", "channel": "portal"}),
    ("POST", "/api/v1/residence-comments/{comment_id}/answer"): Case(
        lambda w: {"comment_id": residence_comment(w).pk}, editor(),
        lambda w: {"on": "2026-11-20", "channel": "entered", "text": "Gương mẫu nơi cư trú"}),
    ("GET", "/api/v1/cells/{cell_id}/study-sessions"): Case(lambda w: {"cell_id": w.cell.pk}, READER),
    ("POST", "/api/v1/cells/{cell_id}/study-sessions"): Case(
        lambda w: {"cell_id": w.cell.pk}, editor(201),
        lambda w: {"title": "Học tập Chỉ thị 50-CT/TW", "documents": "Chỉ thị 50-CT/TW", "held_on": "2026-04-02"}),
    ("PUT", "/api/v1/study-sessions/{session_id}/attendance"): Case(
        lambda w: {"session_id": study_session(w).pk}, editor(), lambda w: {"member_ids": [w.member.pk]}),
    ("GET", "/api/v1/cells/{cell_id}/transfers"): Case(lambda w: {"cell_id": transfer(w).from_cell_id}, READER),
    ("POST", "/api/v1/cells/{cell_id}/transfers"): Case(
        lambda w: {"cell_id": w.cell.pk}, editor(201),
        lambda w: {"member_id": w.member.pk, "destination": "Chi bộ Trường Tiểu học Kim Liên",
                   "reason": "Chuyển công tác", "cause_on": mk.today(), "on": mk.today()}),
    # Only the receiving cell's chi ủy (the other_cell persona here) takes the member in.
    ("POST", "/api/v1/transfers/{transfer_id}/accept"): Case(
        lambda w: {"transfer_id": transfer(w).pk},
        {"anonymous": 401, "member": 403, "secretary": 403, "other_cell": 200, "officer": 403},
        lambda w: {"on": mk.today()}),
    ("GET", "/api/v1/committees/{committee_id}/oversight"): Case(lambda w: {"committee_id": w.committee.pk}, OFFICER),
    ("GET", "/api/v1/cells/{cell_id}/findings"): Case(lambda w: {"cell_id": w.cell.pk}, READER),
    ("GET", "/api/v1/oversight/rules"): Case(lambda w: {}, ANYONE),
    ("GET", "/api/v1/cells/{cell_id}/evaluations"): Case(
        lambda w: {"cell_id": mk.evaluation_round(w).cell_id}, READER),
    ("GET", "/api/v1/evaluations/{round_id}"): Case(lambda w: {"round_id": mk.evaluation_round(w).pk}, READER),
    ("GET", "/api/v1/notifications"): Case(lambda w: {}, ANYONE),
    ("GET", "/api/v1/cells/{cell_id}/documents"): Case(
        lambda w: {"cell_id": mk.issued_document(w).cell_id}, READER),
    ("GET", "/api/v1/documents/{document_id}/download"): Case(
        lambda w: {"document_id": mk.issued_document(w).pk}, READER, content_type=DOCX),
    # Inspection and supervision (chibo.inspections.api).
    ("GET", "/api/v1/cells/{cell_id}/inspection-programmes"): Case(
        lambda w: {"cell_id": insp.make_programme(w).cell_id}, READER),
    ("POST", "/api/v1/cells/{cell_id}/inspection-programmes"): Case(
        lambda w: {"cell_id": w.cell.pk}, editor(201), lambda w: {"year": 2026}),
    ("POST", "/api/v1/inspection-programmes/{programme_id}/items"): Case(
        lambda w: {"programme_id": insp.make_programme(w, issued=False).pk}, editor(201),
        lambda w: {"kind": "supervision", "mode": "regular", "subject_kind": "mass_org", "subject_org": "Công đoàn",
                   "content": "Giám sát thực hiện nghị quyết", "starts_on": f"{mk.today()[:4]}-03-01",
                   "ends_on": f"{mk.today()[:4]}-05-31", "performer_ids": [w.secretary.pk]}),
    ("POST", "/api/v1/inspection-programmes/{programme_id}/issue"): Case(
        lambda w: {"programme_id": insp.make_programme(w, issued=False).pk}, editor(), lambda w: {}),
    ("GET", "/api/v1/cells/{cell_id}/inspection-cases"): Case(
        lambda w: {"cell_id": insp.open_member_case(w).cell_id}, READER),
    ("POST", "/api/v1/cells/{cell_id}/inspection-cases"): Case(
        lambda w: {"cell_id": w.cell.pk}, editor(201),
        lambda w: {"kind": "inspection", "mode": "thematic", "subject_kind": "member", "subject_member_id": w.member.pk,
                   "title": "Chấp hành Điều lệ", "due_on": "2099-12-31"}),
    ("GET", "/api/v1/inspection-cases/{case_id}"): Case(lambda w: {"case_id": insp.open_member_case(w).pk}, READER),
    ("POST", "/api/v1/inspection-cases/{case_id}/steps/{verb}"): Case(
        lambda w: {"case_id": insp.open_member_case(w).pk, "verb": "findings"}, editor(),
        lambda w: {"text": "Đảng viên chấp hành tốt."}),
    ("GET", "/api/v1/committees/{committee_id}/inspection-cases/overdue"): Case(
        lambda w: {"committee_id": insp.open_member_case(w, opened_on=insp.ago(40), due_on=insp.ago(3)).cell.committee_id},
        OFFICER),
    # Imports of plan files (chibo.api.imports): the cell's chi ủy only, as the pages.
    ("POST", "/api/v1/cells/{cell_id}/imports"): Case(
        lambda w: {"cell_id": w.cell.pk}, editor(201), _plan_file, multipart=True),
    ("GET", "/api/v1/imports/{import_id}"): Case(lambda w: {"import_id": pending_import(w)}, editor()),
    ("GET", "/api/v1/imports/{import_id}/pages/{number}"): Case(
        lambda w: dict(zip(("import_id", "number"), scanned_import(w)[1:], strict=True)), editor(),
        content_type=PNG),
    ("GET", "/api/v1/imports/{import_id}/status"): Case(
        lambda w: {"import_id": reading_import(w)[1]}, editor()),
    ("POST", "/api/v1/imports/{import_id}/retry"): Case(
        lambda w: {"import_id": reading_import(w)[1]}, editor(202), lambda w: {}),
    ("POST", "/api/v1/imports/{import_id}/confirm"): Case(
        lambda w: {"import_id": pending_import(w)}, editor(201), lambda w: {}),
    ("POST", "/api/v1/imports/{import_id}/discard"): Case(
        lambda w: {"import_id": pending_import(w)}, editor(), lambda w: {}),
}  # fmt: skip


def _api_operations() -> set[tuple[str, str]]:
    paths = api.get_openapi_schema()["paths"]
    return {(method.upper(), path) for path, methods in paths.items() for method in methods}


def test_every_api_operation_is_in_the_matrix():
    operations = _api_operations()
    assert operations, "the API schema lists no operation"
    assert operations - set(MATRIX) == set(), "API operations with no persona expectations"
    assert set(MATRIX) - operations == set(), "matrix rows for operations that no longer exist"


def test_every_row_names_every_persona():
    for key, case in MATRIX.items():
        assert set(case.expect) == set(PERSONAS), key


CASES = [(key, persona) for key in MATRIX for persona in PERSONAS]


@pytest.mark.parametrize(("key", "persona"), CASES, ids=[f"{m} {p}-{who}" for (m, p), who in CASES])
def test_operation_answers_each_persona_as_expected(world, key: tuple[str, str], persona: str):
    method, template = key
    case = MATRIX[key]
    client = api_client_for(world, persona)

    args = case.args(world)  # builds the objects first, so their audit entries are not counted
    audit_before = AuditEntry.objects.exclude(action__startswith="api_token.").count()
    data = case.data(world) if case.data else None
    if case.multipart:
        response = client.upload(template.format(**args), data or {})
    else:
        response = client.call(method, template.format(**args), data)

    expected = case.expect[persona]
    assert response.status_code == expected, (key, persona, response.content.decode())
    assert response["Content-Type"] == (JSON if expected >= 400 else case.content_type)
    audit_after = AuditEntry.objects.exclude(action__startswith="api_token.").count()
    if expected >= 400:
        detail = response.json()["detail"]
        assert detail and detail.isascii() is False  # a Vietnamese sentence
        assert audit_after == audit_before, "a refused call changed something"
    elif method != "GET":
        assert audit_after > audit_before, "a successful write left no audit entry"
    else:
        assert audit_after == audit_before, "a read changed something"
