"""Persona expectations for every idea-bank and KPI route (see chibo/core/tests/route_matrix.py).

Each route also says what the school's own personas get (`STAFF_CASES`, tried by
test_staff_route_matrix.py): a teacher who is not a Party member (the author of the ideas the
routes are tried on), a teacher on the year's council, the principal (chair of the council, on
the management board) and a handler of another school. None of the shared Party personas has a
staff account: they read the bank as readers of the cell, and may not write in it (403).
"""

from __future__ import annotations

import io
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from chibo.core.tests.route_matrix import LOGIN, Route
from chibo.ideas.models import CouncilSeat, Indicator

from .helpers import (
    IDEA,
    YEAR,
    applying,
    certified,
    ideas_world,
    kpi_setup,
    manual,
    recognised,
    register,
    scored,
    submitted,
)

STAFF_CASES: list[tuple[Route, dict[str, int | str]]] = []

READER = {"anonymous": LOGIN, "member": 200, "secretary": 200, "other_cell": 404, "officer": 200}
NOT_STAFF = {"anonymous": LOGIN, "member": 403, "secretary": 403, "other_cell": 404, "officer": 403}
PARTY_READS = NOT_STAFF  # changing the KPI is the management board's: the chi ủy reads it
KPI_READER = {
    "anonymous": LOGIN,
    "member": 403,
    "secretary": 200,
    "other_cell": 404,
    "officer": 403,
}
NOBODY = {"anonymous": LOGIN, "member": 404, "secretary": 404, "other_cell": 404, "officer": 404}
ALL_STAFF = {"teacher": 200, "council": 200, "manager": 200, "other_staff": 404}
AUTHOR = {"teacher": 200, "council": 403, "manager": 403, "other_staff": 404}
COUNCIL = {"teacher": 403, "council": 200, "manager": 200, "other_staff": 404}
CHAIR = {"teacher": 403, "council": 403, "manager": 200, "other_staff": 404}
MANAGER = {"teacher": 403, "council": 403, "manager": 200, "other_staff": 404}
NO_STAFF = {"teacher": 404, "council": 404, "manager": 404, "other_staff": 404}


def _ok(expect: dict[str, int | str], ok: int) -> dict[str, int | str]:
    return {who: ok if value == 200 else value for who, value in expect.items()}


def route(name: str, args: Any, party: dict[str, int | str], staff: dict[str, int | str], *, ok: int = 200,
          **kw: Any) -> Route:  # fmt: skip
    made = Route(name, args, expect=_ok(party, ok), **kw)
    STAFF_CASES.append((made, _ok(staff, ok)))
    return made


def _slug(w: Any) -> list[Any]:
    return [ideas_world(w).school.slug]


def _pk(maker: Any) -> Any:
    return lambda w: [maker(ideas_world(w)).pk]


def _pdf(w: Any) -> dict[str, Any]:
    return {
        "file": SimpleUploadedFile("minh-chung.pdf", b"%PDF-1.4\n%minh chung\n", "application/pdf")
    }


def _attachment(w: Any) -> list[int]:
    iw = ideas_world(w)
    idea = register(iw)
    return [idea.attach(by=iw.teacher.user, upload=io.BytesIO(b"%PDF-1.4\n%x\n")).pk]


def _seat(w: Any) -> list[Any]:
    iw = ideas_world(w)
    seat = CouncilSeat.objects.create(
        school=iw.school, year=YEAR, staff=iw.colleague, post="member"
    )
    return [iw.school.slug, seat.pk]


def _term(w: Any) -> list[int]:
    return [kpi_setup(ideas_world(w)).pk]


def _indicator(w: Any) -> list[int]:
    iw = ideas_world(w)
    kpi_setup(iw)
    return [manual(iw).pk]


def _fresh_school(w: Any) -> list[Any]:
    """The suggested set is made once: a school without indicators."""
    iw = ideas_world(w)
    Indicator.objects.filter(school=iw.school).delete()
    return [iw.school.slug]


def _weights(w: Any) -> dict[str, Any]:
    iw = ideas_world(w)
    kpi_setup(iw)
    return {f"w{i.pk}": 25 for i in Indicator.objects.filter(school=iw.school, active=True)}


def _entry(w: Any) -> dict[str, Any]:
    iw = ideas_world(w)
    kpi_setup(iw)
    return {
        "indicator": manual(iw).pk,
        "staff": iw.teacher.pk,
        "value": "85",
        "evidence": "Biên bản dự giờ 12/3.",
    }


SEAT_FORM = {"post": "member", "year": YEAR}
INDICATOR_FORM = {"dimension": "service", "name": "Tham gia hoạt động chung", "source": "manual", "weight": 10,
                  "description": "", "active": "on"}  # fmt: skip
SETTINGS_FORM = {"novelty_max": 30, "applied_max": 30, "benefit_max": 40, "pass_mark": 50, "target_percent": "80",
                 "governing_body": "UBND xã Yên Mô", "short_name": "MNYH", "place_name": "Yên Mô",
                 "signer_name": "Đỗ Thị Hạnh"}  # fmt: skip

ROUTES: list[Route] = [
    # The idea bank: read by the school's staff and the cell's readers; written by its staff.
    route("ideas:bank", _slug, READER, ALL_STAFF),
    route("ideas:new", _slug, NOT_STAFF, ALL_STAFF),
    route("ideas:new", _slug, NOT_STAFF, ALL_STAFF, ok=302, method="post", data=lambda w: {"year": YEAR, **IDEA}),
    route("ideas:detail", _pk(register), READER, ALL_STAFF),
    route("ideas:edit", _pk(register), NOT_STAFF, AUTHOR),
    route("ideas:edit", _pk(register), NOT_STAFF, AUTHOR, ok=302, method="post", data=lambda w: IDEA),
    route("ideas:apply", _pk(register), NOT_STAFF, AUTHOR, ok=302, method="post",
          data=lambda w: {"applied_from": f"{YEAR}-03-02", "applied_where": ""}),
    route("ideas:submit", _pk(applying), NOT_STAFF, AUTHOR, ok=302, method="post",
          data=lambda w: {"write_up": "Đã áp dụng tám tuần ở lớp Chồi B1."}),
    route("ideas:withdraw", _pk(register), NOT_STAFF, AUTHOR, ok=302, method="post", data=lambda w: {"reason": ""}),
    route("ideas:support", _pk(register), NOT_STAFF, ALL_STAFF, ok=302, method="post"),
    route("ideas:comment", _pk(register), NOT_STAFF, ALL_STAFF, ok=302, method="post",
          data=lambda w: {"text": "Nên mời thêm ông bà."}),
    route("ideas:attach", _pk(register), NOT_STAFF, AUTHOR, ok=302, method="post", data=_pdf),
    route("ideas:attachment", _attachment, READER, ALL_STAFF),
    route("ideas:score", _pk(submitted), NOT_STAFF, COUNCIL, ok=302, method="post",
          data=lambda w: {"novelty": 20, "applied": 20, "benefit": 30, "comment": ""}),
    route("ideas:decide", _pk(scored), NOT_STAFF, CHAIR, ok=302, method="post",
          data=lambda w: {"decision": "recognise", "note": ""}),
    route("ideas:certificate_issue", _pk(recognised), NOT_STAFF, MANAGER, ok=302, method="post"),
    route("ideas:certificate", _pk(certified), READER, ALL_STAFF),
    # The council and the settings.
    route("ideas:council", _slug, READER, ALL_STAFF),
    route("ideas:council", _slug, NOT_STAFF, MANAGER, ok=302, method="post",
          data=lambda w: {**SEAT_FORM, "staff": ideas_world(w).colleague.pk}),
    route("ideas:council_remove", _seat, NOT_STAFF, MANAGER, ok=302, method="post"),
    route("ideas:settings", _slug, NOT_STAFF, MANAGER),
    route("ideas:settings", _slug, NOT_STAFF, MANAGER, ok=302, method="post", data=lambda w: SETTINGS_FORM),
    route("ideas:cell", lambda w: [w.cell.pk], READER, NO_STAFF),
    # KPI 4 chiều: the school's results for the principal and the chi ủy; a person's own for them.
    route("ideas:kpi", _slug, KPI_READER, MANAGER),
    route("ideas:kpi_defaults", _fresh_school, PARTY_READS, MANAGER, ok=302,
          method="post"),
    route("ideas:kpi_weights", _slug, PARTY_READS, MANAGER, ok=302, method="post", data=_weights),
    route("ideas:kpi_indicator_new", _slug, PARTY_READS, MANAGER, ok=302, method="post",
          data=lambda w: INDICATOR_FORM),
    route("ideas:kpi_indicator", _indicator, PARTY_READS, MANAGER),
    route("ideas:kpi_indicator", _indicator, PARTY_READS, MANAGER, ok=302, method="post",
          data=lambda w: {**INDICATOR_FORM, "weight": 30}),
    route("ideas:kpi_term_new", _slug, PARTY_READS, MANAGER, ok=302, method="post",
          data=lambda w: {"name": "Học kỳ I năm học 2026–2027", "start": f"{YEAR}-09-05", "end": f"{YEAR + 1}-01-15"}),
    route("ideas:kpi_term", _term, KPI_READER, MANAGER),
    route("ideas:kpi_entries", _term, KPI_READER, MANAGER),
    route("ideas:kpi_entries", _term, PARTY_READS, MANAGER, ok=302, method="post", data=_entry),
    route("ideas:kpi_recompute", _term, PARTY_READS, MANAGER, ok=302, method="post"),
    route("ideas:kpi_finish", _term, PARTY_READS, MANAGER, ok=302, method="post"),
    route("ideas:my_kpi", _slug, NOBODY, ALL_STAFF),
]  # fmt: skip
