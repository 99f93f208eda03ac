from __future__ import annotations

import datetime as dt
from typing import Any

from django.test import override_settings

from chibo.documents.models import IssuedDocument
from chibo.documents.party import Header, Paragraph, PartyDocument, Signature
from chibo.organizations.models import Cell


def small_document(number: str = "Số 03-KH/CB", *, draft: bool = False) -> PartyDocument:
    return PartyDocument(
        header=Header(
            superior="Đảng ủy xã Yên Mô",
            issuer="Chi bộ Trường Mầm non Yên Hoà",
            number=number,
            place="Yên Mô",
            date=dt.date(2026, 1, 5),
        ),
        doc_type="Kế hoạch",
        summary="Thực hiện sinh hoạt theo chuyên đề năm 2026",
        blocks=[Paragraph("Căn cứ Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025.")],
        recipients=["Đảng ủy xã Yên Mô (để báo cáo)", "Lưu Chi bộ"],
        signature=Signature("T/M CHI ỦY", "BÍ THƯ", "Dương Thị Huệ"),
        draft=draft,
    )


def make_issued(
    cell: Cell,
    by: Any,
    *,
    type_code: str = "KH",
    on: dt.date = dt.date(2026, 1, 5),
    title: str = "Kế hoạch sinh hoạt chuyên đề năm 2026",
    pdf: bool = False,
) -> IssuedDocument:
    with override_settings(DOCUMENTS_PDF=pdf):
        return IssuedDocument.issue(
            cell=cell, type_code=type_code, title=title, on=on, by=by, source=None,
            build=lambda number: small_document(number),
        )  # fmt: skip
