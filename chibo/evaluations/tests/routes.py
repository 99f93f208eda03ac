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
    editor_route("evaluations:proposals", lambda w: [_round(w).pk]),
    editor_route("evaluations:proposals_template", lambda w: [_round(w).pk]),
    editor_route(
        "evaluations:propose_as_self",
        lambda w: [_round(w).pk],
        method="post",
        ok=302,
        data=lambda w: {"votes_for": 1, "votes_against": 0},
    ),  # fmt: skip
    # A refused upload (no file) answers the page again with the reasons: 422.
    editor_route("evaluations:proposals_import", lambda w: [_round(w).pk], method="post", ok=422),
    editor_route(
        "evaluations:propose_row",
        lambda w: [_sheet(w).pk],
        method="post",
        ok=302,
        data=lambda w: {"level": "good", "votes_for": 1, "votes_against": 0},
    ),  # fmt: skip
    # The fixture's round is still at self-assessment: the officer is told so and sent back.
    Route(
        "evaluations:decide",
        lambda w: [_round(w).pk],
        expect={
            "anonymous": LOGIN,
            "member": 403,
            "secretary": 403,
            "other_cell": 404,
            "officer": 302,
        },
    ),
    editor_route(
        "evaluations:settings",
        lambda w: [_round(w).pk],
        method="post",
        ok=302,
        data=lambda w: {"cap_percent": 20, "review_meeting_on": "2026-12-20"},
    ),
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


def _activity_plan(w):
    from chibo.plans.models import Plan

    plan = Plan.objects.filter(cell=w.cell, kind="activity").first()
    if plan is None:
        plan = Plan.create(
            cell=w.cell, by=w.secretary.user, year=2026, kind="activity", title="Hoạt động năm 2026"
        )
        plan.add_target(
            by=w.secretary.user,
            text="Kết nạp 1-2 đảng viên mới",
            kind="range",
            value_min=1,
            value_max=2,
        )
    return plan


ROUTES += [
    # A draft plan: officers above see issued plans only.
    Route(
        "evaluations:targets",
        lambda w: [_activity_plan(w).pk],
        expect={
            "anonymous": LOGIN,
            "member": 200,
            "secretary": 200,
            "other_cell": 404,
            "officer": 404,
        },
    ),
    Route(
        "evaluations:measure",
        lambda w: [_activity_plan(w).targets.get().pk],
        method="post",
        data=lambda w: {"metric": "new_members"},
        expect={
            "anonymous": LOGIN,
            "member": 403,
            "secretary": 302,
            "other_cell": 404,
            "officer": 404,
        },
    ),
    Route(
        "evaluations:committee_targets",
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

ROUTES += [
    reader_route("evaluations:report_docx", lambda w: [_round(w).pk]),
    Route(
        "evaluations:sheet_docx",
        lambda w: [_sheet(w).pk],
        expect={
            "anonymous": LOGIN,
            "member": 200,
            "secretary": 200,
            "other_cell": 404,
            "officer": 200,
        },
    ),
    Route(
        "evaluations:sheet_docx",
        lambda w: [_sheet(w, w.secretary).pk],
        expect={
            "anonymous": LOGIN,
            "member": 403,
            "secretary": 200,
            "other_cell": 404,
            "officer": 200,
        },
    ),
]


def _commitment(w):
    from chibo.evaluations.models import PersonalCommitment

    return PersonalCommitment.objects.filter(
        member=w.member
    ).first() or PersonalCommitment.register(
        member=w.member,
        by=w.member.user,
        year=2026,
        kind="exemplary",
        text="Dạy mẫu",
        measure="02 tiết",
    )


ROUTES += [
    Route(
        "evaluations:my_commitments",
        expect={
            "anonymous": LOGIN,
            "member": 200,
            "secretary": 200,
            "other_cell": 200,
            "officer": 404,
        },
    ),
    reader_route("evaluations:cell_commitments", lambda w: [w.cell.pk]),
    editor_route(
        "evaluations:commitment_approve", lambda w: [_commitment(w).pk], method="post", ok=302
    ),
    Route(
        "evaluations:commitment_report",
        lambda w: [_commitment(w).pk],
        method="post",
        data=lambda w: {"stage": "mid_year", "text": "Đã dạy 01 tiết"},
        expect={
            "anonymous": LOGIN,
            "member": 302,
            "secretary": 403,
            "other_cell": 404,
            "officer": 403,
        },
    ),
    Route(  # the member links their own commitment to an idea (empty: unlinks)
        "evaluations:commitment_idea",
        lambda w: [_commitment(w).pk],
        method="post",
        data=lambda w: {"idea": ""},
        expect={
            "anonymous": LOGIN,
            "member": 302,
            "secretary": 403,
            "other_cell": 404,
            "officer": 403,
        },
    ),
]

ROUTES += [
    reader_route("evaluations:next_year", lambda w: [w.cell.pk], query="?year=2026"),
    # No plan in 2026 yet: the editor is told so and redirected.
    editor_route(
        "evaluations:next_year",
        lambda w: [w.cell.pk],
        method="post",
        ok=302,
        data=lambda w: {"year": 2026},
    ),
]

ROUTES += [
    # The fixture's round is still at self-assessment: the secretary is told why and sent back.
    editor_route("evaluations:issue_report", lambda w: [_round(w).pk], method="post", ok=302),
]

ROUTES += [
    reader_route("evaluations:quarters", lambda w: [w.cell.pk], query="?year=2026"),
    # Members record their own quarter; the chi ủy may enter another member's paper sheet.
    Route(
        "evaluations:quarters",
        lambda w: [w.cell.pk],
        method="post",
        data=lambda w: {"member": w.member.pk, "year": 2026, "quarter": 1, "level": "good"},
        expect={
            "anonymous": LOGIN,
            "member": 302,
            "secretary": 302,
            "other_cell": 404,
            "officer": 403,
        },
    ),
    editor_route(
        "evaluations:cell_commitments",
        lambda w: [w.cell.pk],
        method="post",
        ok=302,
        data=lambda w: {
            "member": w.member.pk,
            "year": 2026,
            "kind": "innovation",
            "text": "Làm đồ dùng dạy học",
            "measure": "01 bộ",
        },  # fmt: skip
    ),
]
