"""HD 36-HD/VPTW: who signs a cell's documents and to whom they go.

The layout of the Party format (fonts, header zones, number line) is the documents app's;
the rules that depend on the cell's structure are here.
"""

from __future__ import annotations

import datetime as dt

from .organization import SOURCE_CHI_UY, elects_committee
from .sources import cite

SOURCE_SIGNING = cite("HD36", "điểm 1.7.1 (thẩm quyền ký: T/M cấp ủy hoặc tổ chức)")
SOURCE_RECIPIENTS = cite("HD36", "nơi nhận: mỗi nơi một dòng, dòng cuối “- Lưu …”")

SIGN_FOR_CHI_UY = "T/M CHI ỦY"
SIGN_FOR_CHI_BO = "T/M CHI BỘ"
SECRETARY = "BÍ THƯ"
DEPUTY_SECRETARY = "PHÓ BÍ THƯ"
ARCHIVE_LINE = "Lưu Chi bộ"


def signing_capacity(*, official_members: int) -> str:
    """'T/M CHI ỦY' where the cell has a chi ủy (9 or more official members, QĐ 294), otherwise
    'T/M CHI BỘ' (HD 36 point 1.7.1)."""
    return SIGN_FOR_CHI_UY if elects_committee(official_members) else SIGN_FOR_CHI_BO


def signer_title(*, deputy: bool = False) -> str:
    return DEPUTY_SECRETARY if deputy else SECRETARY


def leadership_name(*, official_members: int) -> str:
    """Who leads between meetings, for the screens: 'Chi ủy' or 'Bí thư, Phó Bí thư'."""
    return "Chi ủy" if elects_committee(official_members) else "Bí thư, Phó Bí thư"


# -- a school's own papers (a certificate of an initiative) follow the State's format -------------
SOURCE_STATE_DATE = cite("ND30_2020", "Phụ lục I, địa danh và thời gian ban hành văn bản")


def state_date(value: dt.date, place: str = "") -> str:
    """'Việt Hưng, ngày 20 tháng 5 năm 2026': a State document pads days below 10 and the
    months 1 and 2 only (NĐ 30/2020), unlike HD 36 which pads every day and month."""
    day = f"{value.day:02d}" if value.day < 10 else str(value.day)
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    text = f"ngày {day} tháng {month} năm {value.year}"
    return f"{place}, {text}" if place else text


SOURCES = (SOURCE_SIGNING, SOURCE_CHI_UY, SOURCE_RECIPIENTS)
