from chibo.core.tests.route_matrix import Route, editor_route, reader_route
from chibo.members.models import MemberImport
from chibo.members.tests.helpers import recognisable, recognition_payload


def _pending_import(world) -> int:
    return MemberImport.objects.create(cell=world.cell, filename="dang-vien.xlsx").pk


ROUTES: list[Route] = [
    reader_route("members:list", lambda w: [w.cell.pk]),
    reader_route("members:list", lambda w: [w.cell.pk], query="?q=hue&status=all"),
    editor_route("members:create", lambda w: [w.cell.pk]),
    reader_route("members:detail", lambda w: [w.member.pk]),
    reader_route("members:detail", lambda w: [recognisable(w).pk]),
    editor_route("members:edit", lambda w: [w.member.pk]),
    editor_route(
        "members:status",
        lambda w: [w.member.pk],
        method="post",
        ok=302,
        data=lambda w: {"action": "transfer_out", "on": "2026-01-05", "note": "Chi bộ khác"},
    ),
    editor_route(
        "members:role",
        lambda w: [w.member.pk],
        method="post",
        ok=302,
        data=lambda w: {"role": "committee_member", "on": "2026-01-05"},
    ),
    editor_route(
        "members:recognise",
        lambda w: [recognisable(w).pk],
        method="post",
        ok=302,
        data=recognition_payload,
    ),
    editor_route("members:invite", lambda w: [w.member.pk], method="post"),
    reader_route("members:stats", lambda w: [w.cell.pk]),
    reader_route("members:export", lambda w: [w.cell.pk]),
    reader_route("members:export_stats", lambda w: [w.cell.pk]),
    editor_route("members:import", lambda w: [w.cell.pk]),
    editor_route("members:import_template", lambda w: [w.cell.pk]),
    editor_route("members:import_preview", lambda w: [w.cell.pk, _pending_import(w)]),
    editor_route(
        "members:import_preview",
        lambda w: [w.cell.pk, _pending_import(w)],
        method="post",
        ok=302,
        data=lambda w: {"action": "discard"},
    ),
]
