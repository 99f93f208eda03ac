from chibo.core.tests.route_matrix import LOGIN, Route, reader_route

from .helpers import make_issued

NO_PDF = {"anonymous": LOGIN, "member": 404, "secretary": 404, "other_cell": 404, "officer": 404}


def _issued(world) -> int:
    return make_issued(world.cell, world.secretary.user).pk


ROUTES: list[Route] = [
    reader_route("documents:register", lambda w: [w.cell.pk]),
    reader_route("documents:download", lambda w: [_issued(w), "docx"]),
    # No PDF in the route matrix (LibreOffice off): readers get the Vietnamese 404.
    Route("documents:view", lambda w: [_issued(w)], expect=NO_PDF),
    Route("documents:preview", lambda w: [_issued(w)], expect=NO_PDF),
]
