"""Persona expectations for every plans route (see chibo/core/tests/route_matrix.py).

Officers of the committee above read issued plans only: a draft is 404 for them."""

from __future__ import annotations

from typing import Any

from chibo.core.tests.route_matrix import LOGIN, Route, editor_route, reader_route

from .helpers import make_plan, make_topic, mark_issued


def _draft(w: Any) -> Any:
    plan = make_plan(w.cell)
    make_topic(plan, 1, [w.secretary], month=3)
    return plan


def _issued(w: Any) -> Any:
    return mark_issued(make_plan(w.cell))


def _activity(w: Any) -> Any:
    plan = make_plan(w.cell, kind="activity", title="Hoạt động của chi bộ năm 2026")
    plan.targets.create(
        order=1, text="100% đảng viên hoàn thành tốt nhiệm vụ.", kind="percent", value_min=100
    )
    return plan


def draft_reader(name: str, args: Any, **kw: Any) -> Route:
    return Route(name, args, expect={"anonymous": LOGIN, "member": 200, "secretary": 200,
                                     "other_cell": 404, "officer": 404}, **kw)  # fmt: skip


def draft_editor(name: str, args: Any, *, ok: int = 200, **kw: Any) -> Route:
    return Route(name, args, expect={"anonymous": LOGIN, "member": 403, "secretary": ok,
                                     "other_cell": 404, "officer": 404}, **kw)  # fmt: skip


CONFIRM = {"confirm": "on"}

ROUTES: list[Route] = [
    reader_route("plans:list", lambda w: [w.cell.pk]),
    editor_route("plans:create", lambda w: [w.cell.pk]),
    editor_route(
        "plans:create",
        lambda w: [w.cell.pk],
        method="post",
        ok=302,
        data=lambda w: {"kind": "thematic", "year": "2027", "start": "template"},
    ),
    draft_reader("plans:detail", lambda w: [_draft(w).pk]),
    reader_route("plans:detail", lambda w: [_issued(w).pk]),
    draft_reader("plans:detail", lambda w: [_activity(w).pk]),
    draft_editor("plans:edit", lambda w: [_draft(w).pk]),
    editor_route("plans:edit", lambda w: [_issued(w).pk], ok=302),
    draft_editor(
        "plans:issue", lambda w: [_draft(w).pk], method="post", ok=302, data=lambda w: CONFIRM
    ),
    editor_route("plans:revise", lambda w: [_issued(w).pk], method="post", ok=302),
    draft_editor(
        "plans:delete", lambda w: [_draft(w).pk], method="post", ok=302, data=lambda w: CONFIRM
    ),
    draft_reader("plans:draft_docx", lambda w: [_draft(w).pk]),
    draft_editor("plans:topic_new", lambda w: [_draft(w).pk]),
    draft_editor("plans:topic_edit", lambda w: [(p := _draft(w)).pk, p.topics.get().pk]),
    draft_editor(
        "plans:topic_delete",
        lambda w: [(p := _draft(w)).pk, p.topics.get().pk],
        method="post",
        ok=302,
    ),
    draft_editor("plans:target_new", lambda w: [_activity(w).pk]),
    draft_editor("plans:target_edit", lambda w: [(p := _activity(w)).pk, p.targets.get().pk]),
    draft_editor(
        "plans:target_delete",
        lambda w: [(p := _activity(w)).pk, p.targets.get().pk],
        method="post",
        ok=302,
    ),
]
