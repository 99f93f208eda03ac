from chibo.core.tests.route_matrix import LOGIN, Route, editor_route, reader_route


def _round(w):
    from chibo.evaluations.models import EvaluationRound

    return EvaluationRound.objects.filter(cell=w.cell).first() or EvaluationRound.open(
        cell=w.cell, year=2026, by=w.secretary.user
    )


def _sheet(w, member=None):
    return _round(w).evaluations.get(member=member or w.member)


ROUTES = [
    reader_route("evaluations:list", lambda w: [w.cell.pk]),
    editor_route(
        "evaluations:list",
        lambda w: [w.cell.pk],
        method="post",
        ok=302,
        data=lambda w: {"year": 2027, "cap_percent": 20},
    ),
    reader_route("evaluations:round", lambda w: [_round(w).pk]),
    editor_route(
        "evaluations:cell_self",
        lambda w: [_round(w).pk],
        method="post",
        ok=302,
        data=lambda w: {"text": "Tốt", "level": "good"},
    ),
    editor_route("evaluations:propose", lambda w: [_round(w).pk], method="post", ok=302),
    Route(
        "evaluations:decide",
        lambda w: [_round(w).pk],
        method="post",
        expect={
            "anonymous": LOGIN,
            "member": 403,
            "secretary": 403,
            "other_cell": 404,
            "officer": 302,
        },
    ),
    # The member fills their own sheet; the chi ủy may enter a paper sheet on their behalf.
    Route(
        "evaluations:self",
        lambda w: [_sheet(w).pk],
        expect={
            "anonymous": LOGIN,
            "member": 200,
            "secretary": 200,
            "other_cell": 404,
            "officer": 403,
        },
    ),
    Route(
        "evaluations:self",
        lambda w: [_sheet(w, w.secretary).pk],
        expect={
            "anonymous": LOGIN,
            "member": 403,
            "secretary": 200,
            "other_cell": 404,
            "officer": 403,
        },
    ),
    editor_route(
        "evaluations:propose_member",
        lambda w: [_sheet(w).pk],
        method="post",
        ok=302,
        data=lambda w: {"level": "good", "votes_for": 2, "votes_against": 0},
    ),
    Route(
        "evaluations:comment",
        lambda w: [_sheet(w).pk],
        method="post",
        data=lambda w: {"text": "Góp ý"},
        expect={
            "anonymous": LOGIN,
            "member": 302,
            "secretary": 302,
            "other_cell": 404,
            "officer": 403,
        },
    ),
]
