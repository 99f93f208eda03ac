"""Persona expectations for every feedback route (see chibo/core/tests/route_matrix.py).

Each route also says what the school's own personas get (`STAFF_CASES`, tried by
test_staff_route_matrix.py): its handler, its manager (hiệu trưởng, not a Party member) and a
handler of another school. The parents' pages answer everybody; the handling desk answers only
the school's staff (404 for every Party persona too); the Party's figures 404 for all staff.
"""

from __future__ import annotations

from typing import Any

from chibo.core.tests.route_matrix import LOGIN, Route
from chibo.feedback.models import Feedback, Staff

from .helpers import answered, jpeg_bytes, open_survey, published, school_of, submit

STAFF_CASES: list[tuple[Route, dict[str, int | str]]] = []

PUBLIC = {"anonymous": 200, "member": 200, "secretary": 200, "other_cell": 200, "officer": 200}
NOBODY = {"anonymous": LOGIN, "member": 404, "secretary": 404, "other_cell": 404, "officer": 404}
EDITOR = {"anonymous": LOGIN, "member": 403, "secretary": 200, "other_cell": 404, "officer": 403}
READER = {"anonymous": LOGIN, "member": 200, "secretary": 200, "other_cell": 404, "officer": 200}
OFFICER = {"anonymous": LOGIN, "member": 404, "secretary": 404, "other_cell": 404, "officer": 200}


def _ok(expect: dict[str, int | str], ok: int) -> dict[str, int | str]:
    return {who: ok if value == 200 else value for who, value in expect.items()}


def route(name: str, args: Any, party: dict[str, int | str], staff: dict[str, int | str], *, ok: int = 200,
          **kw: Any) -> Route:  # fmt: skip
    made = Route(name, args, expect=_ok(party, ok), **kw)
    STAFF_CASES.append((made, _ok(staff, ok)))
    return made


def public(name: str, args: Any = lambda w: [], ok: int = 200, **kw: Any) -> Route:
    return route(
        name, args, PUBLIC, {"handler": 200, "manager": 200, "other_staff": 200}, ok=ok, **kw
    )


def desk(name: str, args: Any, ok: int = 200, manager_only: bool = False, **kw: Any) -> Route:
    """The school's handling desk: its staff only."""
    staff = {"handler": 403 if manager_only else 200, "manager": 200, "other_staff": 404}
    return route(name, args, NOBODY, staff, ok=ok, **kw)


def manage(name: str, args: Any, ok: int = 200, **kw: Any) -> Route:
    """Running the portal: the school's manager and the cell's chi ủy."""
    return route(
        name, args, EDITOR, {"handler": 403, "manager": 200, "other_staff": 404}, ok=ok, **kw
    )


def _by(w: Any) -> Any:
    return w.secretary.user


def _code(w: Any, **extra: Any) -> str:
    return submit(school_of(w), **extra)[1]


def _item(w: Any, **extra: Any) -> Feedback:
    return submit(school_of(w), **extra)[0]


def _assigned(w: Any) -> Feedback:
    """Taken by the school's handler, if the school has one (the staff matrix's world)."""
    item = _item(w)
    handler = Staff.objects.filter(school=item.school, role=Staff.Role.HANDLER).first()
    if handler:
        item.take(staff=handler)
    return item


def _handler_pk(w: Any) -> int:
    staff = Staff.objects.filter(school=school_of(w), role=Staff.Role.HANDLER).first()
    return staff.pk if staff else 0


def _removable(w: Any) -> list[Any]:
    from chibo.conftest import make_user

    school = school_of(w)
    staff = Staff.objects.create(school=school, user=make_user("cu"), full_name="Cán bộ cũ")
    return [school.slug, staff.pk]


SUBMIT = {"kind": "suggestion", "category": "meals", "text": "Xin cho trẻ uống thêm nước buổi chiều.",
          "visibility": "school", "sender_name": "Trần Văn Bình", "sender_contact": "0912345678"}  # fmt: skip
SCHOOL_FORM = {"name": "Trường Mầm non Yên Hoà", "slug": "mn-yen-hoa-2", "phone": "0229 3868 123", "intro": "",
               "portal_open": "on", "reopen_days": 14, "hide_after_reports": 3, "satisfaction_target": "90",
               **{f"due_{c}": 10 for c in ("care", "meals", "safety", "facilities", "fees", "conduct", "other")}}  # fmt: skip
SURVEY_FORM = {"title": "Khảo sát 2026", "year": 2026, "formula": "positive_share", "classes": "Mầm 1\nChồi 2",
               "families": 3}  # fmt: skip


def _survey(w: Any) -> Any:
    return open_survey(school_of(w), _by(w))


ROUTES: list[Route] = [
    # The parents' pages.
    public("feedback:portal_index"),
    public("feedback:portal", lambda w: [school_of(w).slug]),
    public("feedback:submit", lambda w: [school_of(w).slug]),
    public("feedback:submit", lambda w: [school_of(w).slug], method="post", ok=302, data=lambda w: SUBMIT),
    public("feedback:report", lambda w: [school_of(w).slug, published(school_of(w), _by(w))[0].number],
           method="post", ok=302, data=lambda w: {"reason": "spam"}),
    public("feedback:track_lookup"),
    public("feedback:track", lambda w: [_code(w)]),
    public("feedback:track_reply", lambda w: [_code(w)], method="post", ok=302,
           data=lambda w: {"text": "Con tôi học lớp Mầm 2."}),
    public("feedback:track_reopen", lambda w: [answered(school_of(w), _by(w))[1]], method="post", ok=302,
           data=lambda w: {"reason": "Hôm nay cơm vẫn nguội."}),
    public("feedback:track_resolved", lambda w: [answered(school_of(w), _by(w))[1]], method="post", ok=302),
    public("feedback:track_photo", lambda w: [_code(w, photo=jpeg_bytes())]),
    public("feedback:survey_form", lambda w: [_survey(w).classes.first().token]),
    # The school's handling desk.
    desk("feedback:queue", lambda w: [school_of(w).slug]),
    desk("feedback:moderation", lambda w: [school_of(w).slug]),
    desk("feedback:detail", lambda w: [_item(w).pk]),
    desk("feedback:identity", lambda w: [_assigned(w).pk], method="post"),
    desk("feedback:take", lambda w: [_item(w).pk], method="post", ok=302),
    desk("feedback:assign", lambda w: [_item(w).pk], method="post", ok=302, manager_only=True,
         data=lambda w: {"staff": _handler_pk(w)}),
    desk("feedback:note", lambda w: [_item(w).pk], method="post", ok=302,
         data=lambda w: {"kind": "note", "text": "Đã hỏi bếp."}),
    desk("feedback:answer", lambda w: [_item(w).pk], method="post", ok=302,
         data=lambda w: {"text": "Nhà trường đã thay tủ giữ nhiệt."}),
    desk("feedback:close", lambda w: [answered(school_of(w), _by(w))[0].pk], method="post", ok=302),
    desk("feedback:redirect", lambda w: [_item(w).pk], method="post", ok=302,
         data=lambda w: {"channel": "complaint", "note": ""}),
    desk("feedback:extend", lambda w: [_item(w).pk], method="post", ok=302,
         data=lambda w: {"until": "2099-01-01", "reason": "Chờ nhà cung cấp trả lời."}),
    desk("feedback:moderate", lambda w: [_item(w).pk], method="post", ok=302,
         data=lambda w: {"decision": "private", "note": "Nêu tên trẻ."}),
    desk("feedback:photo", lambda w: [_item(w, photo=jpeg_bytes()).pk]),
    # Running the portal. Opening a portal is the cell's business (staff have no cell: 404).
    route("feedback:school_new", lambda w: [w.cell.pk], EDITOR, {"handler": 404, "manager": 404, "other_staff": 404}),
    route("feedback:school_new", lambda w: [w.cell.pk], EDITOR, {"handler": 404, "manager": 404, "other_staff": 404},
          ok=302, method="post", data=lambda w: SCHOOL_FORM),
    manage("feedback:school_settings", lambda w: [school_of(w).slug]),
    manage("feedback:school_settings", lambda w: [school_of(w).slug], ok=302, method="post",
           data=lambda w: {**SCHOOL_FORM, "slug": school_of(w).slug}),
    manage("feedback:staff_list", lambda w: [school_of(w).slug]),
    manage("feedback:staff_list", lambda w: [school_of(w).slug], ok=302, method="post",
           data=lambda w: {"full_name": "Phạm Thị Thu Hà", "username": "dangvien", "role": "handler", "title": "", "email": ""}),
    manage("feedback:staff_remove", _removable, ok=302, method="post"),
    route("feedback:surveys", lambda w: [school_of(w).slug], READER, {"handler": 200, "manager": 200, "other_staff": 404}),
    manage("feedback:surveys", lambda w: [school_of(w).slug], ok=302, method="post", data=lambda w: SURVEY_FORM),
    route("feedback:survey_detail", lambda w: [_survey(w).pk], READER, {"handler": 200, "manager": 200, "other_staff": 404}),
    manage("feedback:survey_open", lambda w: [SurveyRoundMaker.draft(w).pk], ok=302, method="post"),
    manage("feedback:survey_close", lambda w: [_survey(w).pk], ok=302, method="post"),
    manage("feedback:survey_codes", lambda w: [_survey(w).pk]),
    # The Party's figures: never for the school's staff.
    route("feedback:cell", lambda w: [school_of(w).cell_id], READER,
          {"handler": 404, "manager": 404, "other_staff": 404}),
    route("feedback:committee", lambda w: [w.committee.pk], OFFICER,
          {"handler": 404, "manager": 404, "other_staff": 404}),
]  # fmt: skip


class SurveyRoundMaker:
    @staticmethod
    def draft(w: Any) -> Any:
        from chibo.feedback.models import SurveyRound

        return SurveyRound.create(school=school_of(w), by=_by(w), title="Khảo sát", year=2026,
                                  classes=["Mầm 1"], families_per_class=2)  # fmt: skip
