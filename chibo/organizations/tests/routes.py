from chibo.core.tests.route_matrix import LOGIN, Route, editor_route, reader_route

ROUTES = [
    reader_route("organizations:cell", lambda w: [w.cell.pk]),
    editor_route("organizations:cell_audit", lambda w: [w.cell.pk]),
    Route(
        "organizations:committee",
        lambda w: [w.committee.pk],
        expect={
            "anonymous": LOGIN,
            "member": 404,
            "secretary": 404,
            "other_cell": 404,
            "officer": 200,
        },
    ),
    Route(
        "organizations:committee_audit",
        lambda w: [w.committee.pk],
        expect={
            "anonymous": LOGIN,
            "member": 404,
            "secretary": 404,
            "other_cell": 404,
            "officer": 200,
        },
    ),
]
