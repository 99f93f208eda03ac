"""Persona expectations for every meetings route (see chibo/core/tests/route_matrix.py).

The `args` callables create the meeting in the state the route needs. Files are not stored
here (no test files in the data folder): file routes answer 404 "no file" to readers, and
the file-serving behaviour is tested with a temporary storage in test_files.py."""

from typing import Any

from chibo.core.tests.route_matrix import LOGIN, Route, editor_route, reader_route
from chibo.meetings.models import Material, ReviewComment, TaskNote
from chibo.meetings.tests.helpers import distributed, make_meeting, make_task, reviewed
from chibo.members.tests.helpers import probationer

ALL_404 = {"anonymous": LOGIN, "member": 404, "secretary": 404, "other_cell": 404, "officer": 404}
MEMBERS_ONLY = {
    "anonymous": LOGIN,
    "member": 302,
    "secretary": 302,
    "other_cell": 404,
    "officer": 403,
}
PREPARER = {"anonymous": LOGIN, "member": 403, "secretary": 200, "other_cell": 404, "officer": 403}


def _m(w: Any) -> list[int]:
    return [make_meeting(w).pk]


def _reviewed(w: Any) -> list[int]:
    return [reviewed(w).pk]


def _distributed(w: Any) -> list[int]:
    return [distributed(w).pk]


def _comment(w: Any) -> list[int]:
    meeting = reviewed(w)
    comment = ReviewComment.add(
        meeting.latest_version(), by=w.secretary.user, text="Bổ sung số liệu"
    )
    return [meeting.pk, comment.pk]


def _material(w: Any) -> list[int]:
    meeting = distributed(w)
    material = Material.objects.create(meeting=meeting, title="Tài liệu", file="", file_kind="pdf",
                                       uploaded_by=w.secretary)  # fmt: skip
    return [meeting.pk, material.pk]


def _note(w: Any) -> list[int]:
    task = make_task(w)
    note = TaskNote.objects.create(task=task, author=w.member, text="Đang làm")
    return [task.pk, note.pk]


def _post(name: str, args: Any, data: Any = None) -> Route:
    return editor_route(name, args, method="post", ok=302, data=data)


def _recorder(
    name: str, args: Any, data: Any = None, *, method: str = "post", ok: int = 302
) -> Route:
    """Roll call, speakers and minutes: the chi ủy and the meeting's thư ký (the helpers make the
    plain member the thư ký), not other members or officers."""
    return Route(name, args, method=method, data=data, expect={
        "anonymous": LOGIN, "member": ok, "secretary": ok, "other_cell": 404, "officer": 403})  # fmt: skip


ROUTES: list[Route] = [
    reader_route("meetings:list", lambda w: [w.cell.pk]),
    reader_route("meetings:list", lambda w: [w.cell.pk], query="?year=2026&quarter=1"),
    editor_route("meetings:create", lambda w: [w.cell.pk]),
    editor_route("meetings:create", lambda w: [w.cell.pk], query="?month=2026-03"),
    reader_route("meetings:cell_tasks", lambda w: [w.cell.pk], query="?status=overdue"),
    Route(
        "meetings:my_tasks",
        expect={
            "anonymous": LOGIN,
            "member": 200,
            "secretary": 200,
            "other_cell": 200,
            "officer": 200,
        },
    ),  # fmt: skip
    reader_route("meetings:task", lambda w: [make_task(w).pk]),
    _post(
        "meetings:task_drop", lambda w: [make_task(w).pk], lambda w: {"reason": "Không còn phù hợp"}
    ),
    Route("meetings:evidence", _note, expect=ALL_404),
    reader_route("meetings:detail", _m),
    reader_route("meetings:detail", _distributed),
    editor_route("meetings:edit", _m),
    _post("meetings:preparers", _m, lambda w: {"preparers": [w.member.pk]}),
    _post("meetings:preparation", _m, lambda w: {"note": "Dự thảo chuẩn bị trên giấy"}),
    _post("meetings:postpone", _m, lambda w: {"reason": "Trùng lịch"}),
    _post("meetings:reschedule", _m, lambda w: {"starts_at": "2026-12-20T08:00"}),
    _post("meetings:cancel", _m, lambda w: {"reason": "Không tổ chức"}),
    Route("meetings:draft", _m, expect=PREPARER),
    _post("meetings:submit", _m),
    reader_route("meetings:compare", _distributed),
    reader_route("meetings:version", lambda w: [distributed(w).pk, 1]),
    Route("meetings:version_file", lambda w: [distributed(w).pk, 1], expect=ALL_404),
    _post("meetings:review_comment", lambda w: [reviewed(w).pk, 1], lambda w: {"text": "Ý kiến"}),
    Route(
        "meetings:review_reply",
        _comment,
        method="post",
        data=lambda w: {"reply": "Đã sửa", "resolved": "on"},
        expect={**PREPARER, "secretary": 302},
    ),  # fmt: skip
    _post("meetings:approve", _reviewed),
    _post("meetings:request_changes", _reviewed),
    editor_route("meetings:distribute", _reviewed),
    reader_route("meetings:read", _distributed),
    Route(
        "meetings:member_comment",
        _distributed,
        method="post",
        data=lambda w: {"text": "Góp ý"},
        expect=MEMBERS_ONLY,
    ),  # fmt: skip
    Route("meetings:material_add", _m, method="post", expect={**PREPARER, "secretary": 302}),
    Route("meetings:material", _material, expect=ALL_404),
    reader_route("meetings:room", _distributed),
    _recorder(
        "meetings:attendance",
        lambda w: [distributed(w).pk, w.member.pk],
        lambda w: {"status": "present"},
    ),
    _recorder("meetings:others_present", _distributed, lambda w: {}),
    _recorder(
        "meetings:contribution",
        _distributed,
        lambda w: {"speaker": w.member.pk, "summary": "Nhất trí"},
    ),
    _post(
        "meetings:vote",
        _distributed,
        lambda w: {
            "subject": "NQ",
            "kind": "ordinary",
            "votes_for": 0,
            "votes_against": 0,
            "votes_abstain": 0,
        },
    ),  # fmt: skip
    _post(
        "meetings:recognition_vote",
        lambda w: [distributed(w).pk],
        lambda w: {"member": probationer(w).pk, "votes_for": 0, "votes_against": 0},
    ),
    _post(
        "meetings:hold",
        _distributed,
        lambda w: {"actual_start": "2026-12-01T08:00", "actual_end": "2026-12-01T10:00"},
    ),  # fmt: skip
    _post("meetings:conclude", _distributed, lambda w: {"text": "Kết luận"}),
    _post(
        "meetings:task_create",
        _distributed,
        lambda w: {"title": "Việc", "owners": [w.member.pk], "deadline": "2026-12-31"},
    ),  # fmt: skip
    _recorder("meetings:minutes", _distributed, method="get", ok=200),
    _post("meetings:sign_minutes", _distributed),
    _post("meetings:resolution", _distributed, lambda w: {"type_code": "KL"}),
    Route(
        "meetings:commitment",
        _distributed,
        method="post",
        data=lambda w: {"text": "Rèn luyện"},
        expect=MEMBERS_ONLY,
    ),  # fmt: skip
    _post("meetings:report", _distributed),
    Route(
        "meetings:acknowledge",
        _distributed,
        method="post",
        data=lambda w: {"comment": "Đã nhận"},
        expect={
            "anonymous": LOGIN,
            "member": 403,
            "secretary": 403,
            "other_cell": 404,
            "officer": 302,
        },
    ),  # fmt: skip
    _post("meetings:close", _distributed),
    reader_route("meetings:dossier", _distributed),
    reader_route("meetings:dossier_page", _distributed),
]
