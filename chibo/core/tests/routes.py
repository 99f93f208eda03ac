from chibo.core.tests.route_matrix import LOGIN, Route, editor_route

ALL_IN = {"anonymous": LOGIN, "member": 302, "secretary": 302, "other_cell": 302, "officer": 302}
PAGE = {"anonymous": LOGIN, "member": 200, "secretary": 200, "other_cell": 200, "officer": 200}

ROUTES = [
    Route("home", expect=PAGE),  # "Việc hôm nay"
    Route("more", expect=PAGE),
    Route("healthz", expect={p: 200 for p in ALL_IN}),
    # The installable app: the same manifest and service worker for everyone, signed in or not.
    Route("service_worker", expect={p: 200 for p in ALL_IN}),
    Route("manifest", expect={p: 200 for p in ALL_IN}),
    Route(
        "login",
        expect={
            "anonymous": 200,
            "member": 302,
            "secretary": 302,
            "other_cell": 302,
            "officer": 302,
        },
    ),
    Route("logout", method="post", expect={p: 302 for p in ALL_IN}),
    Route("password_change", expect={**{p: 200 for p in ALL_IN}, "anonymous": LOGIN}),
    Route("password_change_done", expect={**{p: 200 for p in ALL_IN}, "anonymous": LOGIN}),
    Route("activate", expect={p: 200 for p in ALL_IN}),
    Route("password_forgot", expect={p: 200 for p in ALL_IN}),
]

# The Bí thư (or an administrator) unlocks members' log-ins; other chi ủy members 403.
ROUTES += [
    editor_route("organizations:locked_logins", lambda w: [w.cell.pk]),
    editor_route(
        "organizations:unlock_login", lambda w: [w.cell.pk, w.member.pk], method="post", ok=302
    ),
]
