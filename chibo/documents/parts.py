"""The parts every Party document of a cell (or of a committee) shares, each built once:
the header (superior, issuer, number, place, date), the signing block and the recipients.

Plans, meetings, evaluations and oversight reports call these; none of them writes its own.
Who signs follows the cell's structure (chibo.rules.documents): "T/M CHI ỦY" where the cell has
a chi ủy (9 or more official members), otherwise "T/M CHI BỘ", on every document type.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from chibo.documents.party import Header, Signature, format_number
from chibo.rules.documents import (
    ARCHIVE_LINE,
    signer_title,
    signing_capacity,
)

if TYPE_CHECKING:
    from chibo.members.models import Member
    from chibo.organizations.models import Cell, Committee

MEMBERS_LINE = "Đảng viên trong chi bộ"
CELLS_LINE = "Các chi bộ trực thuộc"
COMMITTEE_ARCHIVE_LINE = "Lưu Văn phòng"
COMMITTEE_ISSUER_CODE = "ĐU"
MINUTES_CHAIR, MINUTES_SECRETARY = "CHỦ TRÌ", "THƯ KÝ"


def number_line(number: str | int | None, type_code: str, issuer_code: str = "CB") -> str:
    """The number line: a text already made by the register ('Số 03-NQ/CB') is kept as it is;
    a number or None (a draft: 'Số    -BC/CB') goes through format_number; a document that
    takes no number (no `type_code`, e.g. a member's self-assessment) has no number line."""
    if isinstance(number, str) and number:
        return number
    if not type_code:
        return ""
    return format_number(number if isinstance(number, int) else None, type_code, issuer_code)


# -- a cell's documents -------------------------------------------------------------------


def official_members(cell: Cell) -> int:
    """How many official members the cell has today: decides whether it has a chi ủy."""
    from chibo.members.models import Member

    return Member.objects.filter(cell=cell).official().count()


def capacity_for(cell: Cell, *, official: int | None = None) -> str:
    """'T/M CHI ỦY' or 'T/M CHI BỘ' for this cell (HD 36 point 1.7.1; QĐ 294)."""
    return signing_capacity(
        official_members=official_members(cell) if official is None else official
    )


def place_of(cell: Cell) -> str:
    return cell.place_name or cell.committee.place_name


def header_for(
    cell: Cell,
    number: str | int | None,
    on: dt.date | None,
    *,
    type_code: str = "",
    place: str = "",
) -> Header:
    """The header of a cell's document: superior line (the Đảng ủy above the cell), the cell,
    the number line, place and date. `on` None leaves the date to be written by hand."""
    return Header(
        superior=cell.committee.superior_heading,
        issuer=cell.heading,
        number=number_line(number, type_code),
        place=place or place_of(cell),
        date=on,
    )


def leader_of(cell: Cell) -> tuple[Member | None, str]:
    """Who signs for the cell and as what: the Bí thư, else the Phó Bí thư."""
    from chibo.members.models import Member, Role

    leaders = {
        m.role: m
        for m in Member.objects.filter(
            cell=cell, role__in=(Role.SECRETARY, Role.DEPUTY_SECRETARY)
        ).current()
    }
    if Role.SECRETARY in leaders:
        return leaders[Role.SECRETARY], signer_title()
    if Role.DEPUTY_SECRETARY in leaders:
        return leaders[Role.DEPUTY_SECRETARY], signer_title(deputy=True)
    return None, signer_title()


def signature_for(
    cell: Cell,
    *,
    signer: Member | None = None,
    title: str = "",
    name: str | None = None,
    capacity: str = "",
    official: int | None = None,
) -> Signature:
    """The signing block of a cell's document: capacity from the cell's structure, then the
    title and name of the Bí thư (or Phó Bí thư) unless the caller names the signer."""
    if signer is None and name is None:
        signer, default_title = leader_of(cell)
        title = title or default_title
    return Signature(
        capacity=capacity or capacity_for(cell, official=official),
        title=title or signer_title(),
        name=name if name is not None else (signer.full_name if signer else ""),
    )


def minutes_signatures(*, chair: str, secretary: str) -> tuple[Signature, Signature]:
    """The two signing blocks of a biên bản, (chair, secretary): rendered THƯ KÝ on the left
    and CHỦ TRÌ on the right, on one row, with no "Nơi nhận"."""
    return (
        Signature(capacity="", title=MINUTES_CHAIR, name=chair),
        Signature(capacity="", title=MINUTES_SECRETARY, name=secretary),
    )


def standard_recipients(committee_name: str, *, members: bool = True) -> list[str]:
    """'Nơi nhận' of a cell's document: the Đảng ủy (to report to), the members when the
    document is for them, and the cell's archive line last (rendered '- Lưu Chi bộ.')."""
    lines = [f"{committee_name} (để báo cáo)"]
    if members:
        lines.append(MEMBERS_LINE)
    lines.append(ARCHIVE_LINE)
    return lines


def recipients_for(cell: Cell, *, members: bool = True) -> list[str]:
    return standard_recipients(cell.committee.name, members=members)


# -- a committee's documents --------------------------------------------------------------


def party_organisation(committee: Committee) -> str:
    """'Đảng bộ tỉnh Ninh Bình': the Đảng bộ the committee leads, else the committee's name."""
    return committee.party_organisation.strip() or committee.name


def committee_header(
    committee: Committee, number: str | int | None, on: dt.date | None, *, type_code: str
) -> Header:
    """The header of a committee's document (HD 36: 'ĐẢNG BỘ TỈNH THÁI NGUYÊN / HUYỆN ỦY …'):
    the superior line names the Đảng bộ above the committee; a committee with nothing above
    it names its own Đảng bộ."""
    above = committee.parent
    superior = party_organisation(above) if above else committee.party_organisation.strip()
    return Header(
        superior=superior.upper(),
        issuer=committee.name.upper(),
        number=number_line(number, type_code, COMMITTEE_ISSUER_CODE),
        place=committee.place_name,
        date=on,
    )


def committee_capacity(committee: Committee) -> str:
    """'T/M ĐẢNG ỦY' for 'Đảng ủy xã Yên Mô', 'T/M TỈNH ỦY' for 'Tỉnh ủy Ninh Bình'."""
    words = committee.name.split()
    body = " ".join(words[:2]) if len(words) >= 2 and words[1].lower() == "ủy" else "Đảng ủy"
    return f"T/M {body.upper()}"


def committee_signature(committee: Committee, *, name: str = "") -> Signature:
    return Signature(capacity=committee_capacity(committee), title=signer_title(), name=name)


def committee_recipients(committee: Committee) -> list[str]:
    above = [f"{committee.parent.name} (để báo cáo)"] if committee.parent else []
    return [*above, CELLS_LINE, COMMITTEE_ARCHIVE_LINE]
