"""The school's initiative council: its seats, the score sheets on the three criteria of NĐ 13/2012,
the chair's conclusion, and the certificate of a recognised initiative."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.ideas.models import CouncilSeat, Idea, IdeaError, IdeaSettings, Score

from .helpers import (
    YEAR,
    certified,
    ideas_world,
    recognised,
    register,
    scored,
    staff_client,
    submitted,
)

pytestmark = pytest.mark.django_db


def test_only_the_management_board_names_the_council_and_one_chair_a_year(world):
    iw = ideas_world(world)
    with pytest.raises(IdeaError, match="Ban giám hiệu"):
        CouncilSeat.appoint(
            school=iw.school, year=YEAR, staff=iw.colleague, post="member", by=iw.teacher.user
        )
    with pytest.raises(IdeaError, match="đã có chủ tịch"):
        CouncilSeat.appoint(
            school=iw.school, year=YEAR, staff=iw.colleague, post="chair", by=iw.manager.user
        )
    with pytest.raises(IdeaError, match="cán bộ đang làm việc tại trường"):
        CouncilSeat.appoint(
            school=iw.school, year=YEAR, staff=iw.other_staff, post="member", by=iw.manager.user
        )
    seat = CouncilSeat.appoint(
        school=iw.school, year=YEAR, staff=iw.colleague, post="secretary", by=iw.manager.user
    )
    assert (
        AuditEntry.objects.get(action="ideas.council.appoint").after["staff"]
        == iw.colleague.full_name
    )
    with pytest.raises(IdeaError, match="đã có trong hội đồng"):
        CouncilSeat.appoint(
            school=iw.school, year=YEAR, staff=iw.colleague, post="member", by=iw.manager.user
        )
    seat.remove(by=iw.manager.user)
    assert not CouncilSeat.objects.filter(staff=iw.colleague).exists()


def test_a_member_who_scored_stays_on_the_council(world):
    iw = ideas_world(world)
    scored(iw)
    seat = CouncilSeat.objects.get(staff=iw.council, year=YEAR)
    with pytest.raises(IdeaError, match="đã chấm điểm"):
        seat.remove(by=iw.manager.user)


def test_only_seated_members_score_never_the_author_and_within_the_sheet(world):
    iw = ideas_world(world)
    idea = submitted(iw)
    with pytest.raises(IdeaError, match="thành viên Hội đồng sáng kiến"):
        idea.score(by=iw.colleague.user, novelty=10, applied=10, benefit=10)
    with pytest.raises(IdeaError, match="Tính mới.*từ 0 đến 30"):
        idea.score(by=iw.council.user, novelty=31, applied=10, benefit=10)
    idea.score(by=iw.council.user, novelty=20, applied=20, benefit=30, comment="Thiết thực.")
    idea.score(by=iw.council.user, novelty=25, applied=20, benefit=30)
    assert Score.objects.get(idea=idea, staff=iw.council).novelty == 25
    corrected = AuditEntry.objects.filter(action="ideas.score").latest("pk")
    assert corrected.before["novelty"] == 20 and corrected.after["novelty"] == 25
    # An author on the council does not score their own idea.
    mine = submitted(iw, title="Sổ tay bữa ăn", author=iw.council)
    with pytest.raises(IdeaError, match="Tác giả không chấm"):
        mine.score(by=iw.council.user, novelty=30, applied=30, benefit=40)
    assert iw.council not in mine.missing_scorers()


def test_scores_are_only_taken_for_a_submitted_idea(world):
    iw = ideas_world(world)
    idea = register(iw)
    with pytest.raises(IdeaError, match="đã nộp báo cáo"):
        idea.score(by=iw.council.user, novelty=10, applied=10, benefit=10)


def test_the_chair_concludes_only_when_everyone_has_scored(world):
    iw = ideas_world(world)
    idea = submitted(iw)
    idea.score(by=iw.council.user, novelty=25, applied=25, benefit=30)
    with pytest.raises(IdeaError, match="Chỉ Chủ tịch"):
        idea.decide(by=iw.council.user, recognise=True)
    with pytest.raises(IdeaError, match="chưa chấm: Đỗ Thị Hạnh"):
        idea.decide(by=iw.manager.user, recognise=True)
    idea.score(by=iw.manager.user, novelty=25, applied=25, benefit=30)
    idea.decide(by=iw.manager.user, recognise=True, note="Đạt cả ba tiêu chí.")
    assert idea.status == Idea.Status.RECOGNISED and str(idea.score_total) == "80.0"
    entry = AuditEntry.objects.get(action="ideas.decide")
    assert entry.after["status"] == "recognised" and entry.after["scores"] == 2


def test_an_unmet_criterion_or_a_low_mean_blocks_recognition(world):
    iw = ideas_world(world)
    zero = scored(iw, points=(0, 30, 40))
    with pytest.raises(IdeaError, match="có tính mới trong phạm vi đơn vị"):
        zero.decide(by=iw.manager.user, recognise=True)
    low = scored(iw, points=(10, 10, 10), title="Ý tưởng nhỏ")
    with pytest.raises(IdeaError, match="thấp hơn mức công nhận 50"):
        low.decide(by=iw.manager.user, recognise=True)
    with pytest.raises(IdeaError, match="lý do"):
        low.decide(by=iw.manager.user, recognise=False)
    low.decide(by=iw.manager.user, recognise=False, note="Chưa có số liệu trước và sau áp dụng.")
    assert low.status == Idea.Status.REJECTED and low.decision_note.startswith("Chưa có số liệu")
    assert zero.status == Idea.Status.SUBMITTED


def test_the_school_changes_its_sheet_and_the_pass_mark(world):
    iw = ideas_world(world)
    options = IdeaSettings.for_school(iw.school)
    with pytest.raises(IdeaError, match="Ban giám hiệu"):
        options.change(by=iw.teacher.user, pass_mark=40)
    with pytest.raises(IdeaError, match="không được vượt tổng điểm"):
        options.change(by=iw.manager.user, pass_mark=120)
    options.change(by=iw.manager.user, pass_mark=20, target_percent=80)
    low = scored(iw, points=(10, 10, 10))
    low.decide(by=iw.manager.user, recognise=True)
    assert low.status == Idea.Status.RECOGNISED
    entry = AuditEntry.objects.get(action="ideas.settings")
    assert entry.before["pass_mark"] == 50 and entry.after["pass_mark"] == 20


def test_the_principal_issues_a_numbered_certificate_once_and_it_is_stored(world):
    iw = ideas_world(world)
    IdeaSettings.for_school(iw.school).change(by=iw.manager.user, governing_body="UBND xã Yên Mô",
                                              short_name="MNYH", place_name="Yên Mô", signer_name="Đỗ Thị Hạnh")  # fmt: skip
    idea = recognised(iw)
    with pytest.raises(IdeaError, match="Ban giám hiệu"):
        idea.issue_certificate(by=iw.council.user)
    idea.issue_certificate(by=iw.manager.user, today=dt.date(YEAR, 5, 20))
    assert idea.certificate_number == "01/GCN-MNYH" and len(idea.certificate_sha256) == 64
    with pytest.raises(IdeaError, match="đã có giấy chứng nhận"):
        idea.issue_certificate(by=iw.manager.user)
    second = certified(iw, title="Bảng chấm ăn ngon")
    assert second.certificate_number == "02/GCN-MNYH"
    document = docx.Document(io.BytesIO(idea.certificate.open("rb").read()))
    text = "\n".join(p.text for p in document.paragraphs)
    table_text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert (
        "GIẤY CHỨNG NHẬN SÁNG KIẾN" in text and idea.title in text and iw.teacher.full_name in text
    )
    assert "Nghị định 13/2012/NĐ-CP" in text and "80/100 điểm" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in table_text and "UBND XÃ YÊN MÔ" in table_text
    assert "Yên Mô, ngày 20 tháng 5 năm 2026" in table_text and "Đỗ Thị Hạnh" in table_text
    assert "Số: 01/GCN-MNYH" in table_text
    assert (
        AuditEntry.objects.get(action="ideas.certificate", object_id=str(idea.pk)).after["number"]
        == "01/GCN-MNYH"
    )


def test_the_certificate_download_is_the_stored_file_byte_for_byte(world):
    iw = ideas_world(world)
    idea = certified(iw)
    stored = idea.certificate.open("rb").read()
    response = staff_client(iw, "teacher").get(reverse("ideas:certificate", args=[idea.pk]))
    assert response.status_code == 200 and response.content == stored
    assert zipfile.ZipFile(io.BytesIO(response.content)).testzip() is None


def test_only_a_recognised_initiative_gets_a_certificate(world):
    iw = ideas_world(world)
    idea = scored(iw)
    with pytest.raises(IdeaError, match="đã được công nhận"):
        idea.issue_certificate(by=iw.manager.user)


def test_the_council_page_shows_who_still_has_to_score(world):
    iw = ideas_world(world)
    idea = submitted(iw)
    idea.score(by=iw.council.user, novelty=25, applied=25, benefit=30)
    page = staff_client(iw, "teacher").get(
        reverse("ideas:council", args=[iw.school.slug]) + f"?year={YEAR}"
    )
    text = page.content.decode()
    assert "Đỗ Thị Hạnh" in text and "Chủ tịch hội đồng" in text and "1/2 phiếu" in text
    assert "Thêm vào hội đồng" not in text  # a teacher reads; the management board names members


def test_the_council_is_told_of_a_submitted_idea_and_the_author_of_the_conclusion(world):
    from chibo.notifications.models import Notification

    iw = ideas_world(world)
    idea = submitted(iw)
    told = set(
        Notification.objects.filter(kind="ideas.submitted").values_list("user__username", flat=True)
    )
    assert told == {"hieutruong", "hoidong"}
    for staff in (iw.manager, iw.council):
        idea.score(by=staff.user, novelty=25, applied=25, benefit=30)
    idea.decide(by=iw.manager.user, recognise=True)
    notice = Notification.objects.get(kind="ideas.decided")
    assert notice.user == iw.teacher.user and "Được công nhận" in notice.title
    assert notice.url == reverse("ideas:detail", args=[idea.pk])
