"""A transfer from the world's cell to the other cell: both cells read it; the sending chi ủy
issues and cancels, the receiving chi ủy (the `other_cell` persona) accepts."""

import datetime as dt

from django.utils import timezone

from chibo.core.tests.route_matrix import LOGIN, Route, editor_route, reader_route


def _transfer(w):
    from chibo.transfers.models import Transfer

    today = timezone.localdate()
    return Transfer.objects.filter(member=w.member).first() or Transfer.issue(
        member=w.member, by=w.secretary.user, on=today, kind="official", reason="Chuyển công tác",
        cause_on=today - dt.timedelta(days=3), to_cell=w.other_cell,
    )  # fmt: skip


BOTH_CELLS = {
    "anonymous": LOGIN,
    "member": 200,
    "secretary": 200,
    "other_cell": 200,
    "officer": 200,
}


def _issue(w):
    today = timezone.localdate().isoformat()
    return {"member": w.member.pk, "kind": "official", "destination": "Chi bộ Trường Tiểu học Kim Liên",
            "reason": "Chuyển công tác", "cause_on": today, "on": today}  # fmt: skip


ROUTES = [
    reader_route("transfers:cell", lambda w: [w.cell.pk]),
    editor_route("transfers:cell", lambda w: [w.cell.pk], method="post", ok=302, data=_issue),
    Route("transfers:detail", lambda w: [_transfer(w).pk], expect=BOTH_CELLS),
    Route("transfers:letter", lambda w: [_transfer(w).pk, "docx"], expect=BOTH_CELLS),
    Route("transfers:accept", lambda w: [_transfer(w).pk], method="post",
          data=lambda w: {"on": timezone.localdate().isoformat()},
          expect={"anonymous": LOGIN, "member": 403, "secretary": 403, "other_cell": 302, "officer": 403}),
    Route("transfers:cancel", lambda w: [_transfer(w).pk], method="post", data=lambda w: {"reason": "Nhầm"},
          expect={"anonymous": LOGIN, "member": 403, "secretary": 302, "other_cell": 403, "officer": 403}),
]  # fmt: skip
