import datetime as dt

from chibo.core.tests.route_matrix import LOGIN, Route, editor_route, reader_route


def _session(w):
    from chibo.study.models import StudySession

    return StudySession.objects.filter(cell=w.cell).first() or StudySession.plan(
        cell=w.cell, by=w.secretary.user, title="Học tập Nghị quyết 57-NQ/TW", documents="Nghị quyết 57-NQ/TW",
        held_on=dt.date(2026, 3, 12), writeup_required=True, writeup_due=dt.date(2026, 3, 31),
    )  # fmt: skip


SESSION = {"title": "Học tập Chỉ thị 50-CT/TW", "documents": "Chỉ thị 50-CT/TW", "held_on": "2026-04-02",
           "form": "in_person", "level": "cell"}  # fmt: skip

ROUTES = [
    reader_route("study:list", lambda w: [w.cell.pk]),
    editor_route("study:list", lambda w: [w.cell.pk], method="post", ok=302, data=lambda w: SESSION),
    reader_route("study:session", lambda w: [_session(w).pk]),
    editor_route("study:edit", lambda w: [_session(w).pk], method="post", ok=302,
                 data=lambda w: {**SESSION, "version": _session(w).version}),
    editor_route("study:attendance", lambda w: [_session(w).pk], method="post", ok=302,
                 data=lambda w: {"member": [w.member.pk, w.secretary.pk]}),
    # Each member of the cell hands in their own write-up; an officer above is no member of it.
    Route("study:writeup", lambda w: [_session(w).pk], method="post", data=lambda w: {"text": "Bài thu hoạch"},
          expect={"anonymous": LOGIN, "member": 302, "secretary": 302, "other_cell": 404, "officer": 403}),
]  # fmt: skip
