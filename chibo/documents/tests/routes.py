from chibo.core.tests.route_matrix import Route, reader_route

from .helpers import make_issued


def _issued(world) -> int:
    return make_issued(world.cell, world.secretary.user).pk


ROUTES: list[Route] = [
    reader_route("documents:register", lambda w: [w.cell.pk]),
    reader_route("documents:download", lambda w: [_issued(w), "docx"]),
]
