from chibo.core.tests.route_matrix import LOGIN, Route, editor_route, reader_route

OFFICER_ONLY = {
    "anonymous": LOGIN,
    "member": 404,
    "secretary": 404,
    "other_cell": 404,
    "officer": 200,
}


def _held_meeting(world) -> list[int]:
    from chibo.oversight.tests.helpers import make_meeting

    return [make_meeting(world.cell, "2026-03-03 08:00", status="held").pk]


ROUTES: list[Route] = [
    Route("oversight:committee", lambda w: [w.committee.pk], expect=OFFICER_ONLY),
    Route(
        "oversight:committee",
        lambda w: [w.committee.pk],
        expect=OFFICER_ONLY,
        query="?year=2026&show=missing_thematic&quarter=1",
    ),
    Route("oversight:rules", lambda w: [w.committee.pk], expect=OFFICER_ONLY),
    Route(
        "oversight:rule_setting",
        lambda w: [w.committee.pk, "draft_on_time"],
        method="post",
        data=lambda w: {"min_days": "2"},
        expect={**OFFICER_ONLY, "officer": 302},
    ),
    Route("oversight:committee_report", lambda w: [w.committee.pk, "docx"], expect=OFFICER_ONLY),
    Route(
        "oversight:committee_report",
        lambda w: [w.committee.pk, "xlsx"],
        expect=OFFICER_ONLY,
        query="?quarter=1",
    ),
    reader_route("oversight:cell", lambda w: [w.cell.pk]),
    reader_route("oversight:cell_report", lambda w: [w.cell.pk, "docx"]),
    reader_route(
        "oversight:cell_report", lambda w: [w.cell.pk, "xlsx"], query="?year=2026&quarter=2"
    ),
    reader_route("oversight:quality", _held_meeting),
    editor_route(
        "oversight:quality", _held_meeting, method="post", ok=302, data=lambda w: {"item_3.1": "3"}
    ),
]
