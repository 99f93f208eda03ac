import datetime as dt

from chibo.core.tests.route_matrix import LOGIN, Route, editor_route, reader_route


def _comment(w, scan=False):
    from chibo.feedback.tests.helpers import jpeg_bytes
    from chibo.residence.models import ResidenceComment

    comment = ResidenceComment.objects.filter(member=w.member).first() or ResidenceComment.request(
        member=w.member, year=2026, on=dt.date(2026, 11, 2), by=w.secretary.user
    )
    if scan and not comment.scan:
        comment.answer(by=w.secretary.user, on=dt.date(2026, 11, 20), channel="scanned",
                       scan=(jpeg_bytes(), "jpg"), today=dt.date(2026, 12, 1))  # fmt: skip
    return comment


ROUTES = [
    reader_route("residence:cell", lambda w: [w.cell.pk], query="?year=2026"),
    editor_route("residence:record", lambda w: [w.member.pk], method="post", ok=302,
                 data=lambda w: {"commune": "Phường Yên Hoà", "residence_cell": "Chi bộ tổ dân phố 5"}),
    editor_route("residence:request", lambda w: [w.member.pk], method="post", ok=302,
                 data=lambda w: {"year": 2026, "on": "2026-11-02", "channel": "portal"}),
    editor_route("residence:answer", lambda w: [_comment(w).pk], method="post", ok=302,
                 data=lambda w: {"on": "2026-11-20", "channel": "entered", "text": "Gương mẫu nơi cư trú"}),
    # The scanned sheet: the chi ủy, the committee above and the member it is about.
    Route("residence:scan", lambda w: [_comment(w, scan=True).pk], expect={
        "anonymous": LOGIN, "member": 200, "secretary": 200, "other_cell": 404, "officer": 200}),
]  # fmt: skip
