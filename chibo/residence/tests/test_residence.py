"""The residence chi ủy's comments (QĐ 213) read by the year-end evaluation: the line on the
member's self-assessment and the list of missing comments on the round page."""

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document

from chibo.audit.models import AuditEntry
from chibo.conftest import persona_client
from chibo.evaluations.documents import self_assessment_document
from chibo.evaluations.models import EvaluationRound
from chibo.feedback.tests.helpers import jpeg_bytes
from chibo.residence.models import (
    Residence,
    ResidenceComment,
    ResidenceError,
    comment_line,
    missing_comments,
)

pytestmark = pytest.mark.django_db
YEAR = 2026


def _texts(document):
    from chibo.documents.party import render_docx

    return [p.text for p in Document(io.BytesIO(render_docx(document))).paragraphs]


def _request(world, member):
    return ResidenceComment.request(
        member=member, year=YEAR, on=dt.date(2026, 11, 2), by=world.secretary.user
    )


def test_the_evaluation_line_reads_the_residence_comments(world):
    round_ = EvaluationRound.open(cell=world.cell, year=YEAR, by=world.secretary.user)
    sheet = round_.evaluations.get(member=world.member)
    assert "Nhận xét của nơi cư trú: chưa có." in _texts(self_assessment_document(sheet))
    comment = _request(world, world.member)
    comment.answer(by=world.secretary.user, on=dt.date(2026, 11, 20), channel="entered",
                   text="Gương mẫu, tích cực tham gia sinh hoạt tổ dân phố", signer="Bí thư chi bộ tổ dân phố 5",
                   today=dt.date(2026, 12, 1))  # fmt: skip
    line = ("Nhận xét của nơi cư trú: Gương mẫu, tích cực tham gia sinh hoạt tổ dân phố "
            "(ngày 20/11/2026, Bí thư chi bộ tổ dân phố 5).")  # fmt: skip
    assert line in _texts(self_assessment_document(sheet))
    assert comment_line(world.member, YEAR) == line


def test_the_round_page_lists_members_whose_comments_are_missing(world):
    round_ = EvaluationRound.open(cell=world.cell, year=YEAR, by=world.secretary.user)
    client = persona_client(world, "secretary")
    page = client.get(reverse("evaluations:round", args=[round_.pk])).content.decode()
    assert "Chưa có nhận xét của chi ủy nơi cư trú (2)" in page
    _request(world, world.member).answer(by=world.secretary.user, on=dt.date(2026, 11, 20), channel="portal",
                                         portal_reference="DVC-2026-0042", today=dt.date(2026, 12, 1))  # fmt: skip
    page = client.get(reverse("evaluations:round", args=[round_.pk])).content.decode()
    assert "Chưa có nhận xét của chi ủy nơi cư trú (1): Dương Thị Huệ." in page
    assert "hồ sơ DVC-2026-0042" in page


def test_an_exempt_member_is_not_listed_as_missing(world):
    Residence.record(member=world.secretary, by=world.secretary.user, commune="Phường Yên Hoà",
                     residence_cell="Chi bộ tổ dân phố 3", exempt=True,
                     exempt_reason="Đi học tập trung 12 tháng")  # fmt: skip
    assert missing_comments(world.cell, YEAR) == [world.member]


def test_a_scan_must_be_a_pdf_or_a_picture(world):
    comment = _request(world, world.member)
    url = reverse("residence:answer", args=[comment.pk])
    client = persona_client(world, "secretary")
    bad = SimpleUploadedFile("phieu.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    client.post(url, {"on": "2026-11-20", "channel": "scanned", "scan": bad})
    comment.refresh_from_db()
    assert comment.status == "requested" and not comment.scan
    good = SimpleUploadedFile("phieu.jpg", jpeg_bytes(), content_type="image/jpeg")
    client.post(
        url, {"on": "2026-11-20", "channel": "scanned", "scan": good, "version": comment.version}
    )
    comment.refresh_from_db()
    assert comment.status == "answered" and comment.scan and len(comment.scan_sha256) == 64
    assert "theo phiếu nhận xét đã chụp lưu" in comment.summary


def test_bad_answers_change_nothing(world):
    comment = _request(world, world.member)
    before = AuditEntry.objects.count()
    for bad in [{"channel": "entered", "text": " "}, {"channel": "portal"}, {"channel": "scanned"}]:
        with pytest.raises(ResidenceError):
            comment.answer(
                by=world.secretary.user, on=dt.date(2026, 11, 20), today=dt.date(2026, 12, 1), **bad
            )
    with pytest.raises(ResidenceError):  # before the request
        comment.answer(by=world.secretary.user, on=dt.date(2026, 10, 1), channel="entered", text="Tốt",
                       today=dt.date(2026, 12, 1))  # fmt: skip
    assert AuditEntry.objects.count() == before
    with pytest.raises(ResidenceError):  # one request a year
        _request(world, world.member)


def test_a_stale_residence_form_is_refused(world):
    row = Residence.record(member=world.member, by=world.secretary.user, commune="Yên Hoà",
                           residence_cell="Chi bộ thôn 1")  # fmt: skip
    Residence.record(member=world.member, by=world.secretary.user, expected_version=row.version,
                     commune="Yên Hoà", residence_cell="Chi bộ thôn 2")  # fmt: skip
    with pytest.raises(ResidenceError):
        Residence.record(member=world.member, by=world.secretary.user, expected_version=row.version,
                         commune="Yên Hoà", residence_cell="Chi bộ thôn 3")  # fmt: skip
    entry = AuditEntry.objects.filter(action="residence.record").first()
    assert entry.after == {"residence_cell": "Chi bộ thôn 2"}
