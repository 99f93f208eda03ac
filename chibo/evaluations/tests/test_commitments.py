import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.evaluations.models import EvaluationError, PersonalCommitment

pytestmark = pytest.mark.django_db


def _register(world):
    return PersonalCommitment.register(member=world.member, by=world.member.user, year=2026, kind="innovation",
                                       text="Làm đồ dùng dạy học từ vật liệu tái chế",
                                       measure="01 sáng kiến được Hội đồng trường công nhận")  # fmt: skip


def test_full_commitment_cycle(world):
    commitment = _register(world)
    with pytest.raises(EvaluationError, match="chưa được chi ủy duyệt"):
        commitment.report(by=world.member.user, stage="mid_year", text="Đang làm")
    with pytest.raises(EvaluationError, match="Chỉ chi ủy"):
        commitment.approve(by=world.member.user)
    commitment.approve(by=world.secretary.user)
    commitment.report(by=world.member.user, stage="mid_year", text="Đã làm xong bộ đồ dùng lớp lá")
    with pytest.raises(EvaluationError, match="Hãy chọn kết quả"):
        commitment.report(by=world.member.user, stage="year_end", text="Xong")
    commitment.report(by=world.member.user, stage="year_end", text="Sáng kiến được công nhận",
                      result="done", evidence="QĐ 12/QĐ-MN")  # fmt: skip
    assert commitment.status == "done" and commitment.evidence == "QĐ 12/QĐ-MN"
    assert list(AuditEntry.objects.filter(action__startswith="commitment.").values_list("action", flat=True)
                .order_by("id")) == ["commitment.register", "commitment.approve", "commitment.report",
                                     "commitment.report"]  # fmt: skip


def test_nobody_registers_or_reports_for_someone_else(world):
    with pytest.raises(EvaluationError, match="tự đăng ký"):
        PersonalCommitment.register(member=world.member, by=world.secretary.user, year=2026, kind="exemplary",
                                    text="x", measure="y")  # fmt: skip
    with pytest.raises(EvaluationError, match="tự đăng ký"):  # a plain member is not the chi ủy
        PersonalCommitment.register(member=world.secretary, by=world.member.user, on_behalf=True, year=2026,
                                    kind="exemplary", text="x", measure="y")  # fmt: skip
    commitment = _register(world)
    commitment.approve(by=world.secretary.user)
    with pytest.raises(EvaluationError, match="tự báo cáo"):
        commitment.report(by=world.secretary.user, stage="mid_year", text="x")


def test_member_registers_on_the_page_and_chi_uy_approves(world, member_client, secretary_client):
    member_client.post(reverse("evaluations:my_commitments"), {
        "year": 2026, "kind": "exemplary", "text": "Đi làm đúng giờ, gương mẫu", "measure": "Không đi muộn buổi nào",
    })  # fmt: skip
    commitment = PersonalCommitment.objects.get()
    body = secretary_client.get(
        reverse("evaluations:cell_commitments", args=[world.cell.pk]), {"year": 2026}
    )
    assert "Đi làm đúng giờ" in body.content.decode()
    secretary_client.post(reverse("evaluations:commitment_approve", args=[commitment.pk]))
    commitment.refresh_from_db()
    assert commitment.status == "approved"


def test_chi_uy_registers_on_a_members_behalf_and_the_log_says_so(world):
    commitment = PersonalCommitment.register(member=world.member, by=world.secretary.user, on_behalf=True,
                                             year=2026, kind="exemplary", text="Đi làm đúng giờ",
                                             measure="Không đi muộn")  # fmt: skip
    entry = AuditEntry.objects.get(action="commitment.register")
    assert entry.actor == world.secretary.user and entry.after["on_behalf"] is True
    assert commitment.status == "registered"  # still to be approved


def test_the_commitments_page_lists_who_has_not_registered_one_of_each(
    world, secretary_client, member_client
):
    _register(world)  # the member's innovation; no exemplary deed yet
    url = reverse("evaluations:cell_commitments", args=[world.cell.pk])
    body = member_client.get(url, {"year": 2026}).content.decode()
    assert "0/2</b> đảng viên đã đăng ký đủ" in body
    assert "Phạm Thị Thu Hà: chưa có việc làm nêu gương" in body
    assert "Dương Thị Huệ: chưa có việc làm nêu gương và việc đổi mới, sáng tạo" in body
    assert "Chi ủy đăng ký hộ" not in body  # members do not see the on-behalf form
    response = secretary_client.post(url, {"member": world.member.pk, "year": 2026, "kind": "exemplary",
                                           "text": "Dạy mẫu", "measure": "02 tiết"})  # fmt: skip
    assert response.status_code == 302
    body = secretary_client.get(url, {"year": 2026}).content.decode()
    assert "1/2</b> đảng viên đã đăng ký đủ" in body and "Phạm Thị Thu Hà: chưa có" not in body
    assert "Chi ủy đăng ký hộ" in body


def test_the_commitments_target_reads_the_yearly_pair(world):
    from chibo.evaluations.metrics import METRICS, suggest_metric
    from chibo.meetings.models import Commitment
    from chibo.meetings.tests.helpers import make_meeting

    metric = METRICS["commitments_registered"]
    # A meeting's corrective commitment is not the yearly pair: it does not count.
    meeting = make_meeting(world)
    Commitment.objects.create(meeting=meeting, member=world.secretary, text="Khắc phục",
                              created_at=meeting.starts_at.replace(year=2026))  # fmt: skip
    assert metric.compute(world.cell, 2026).value == 0
    _register(world)
    assert metric.compute(world.cell, 2026).value == 0  # innovation only
    PersonalCommitment.register(member=world.member, by=world.member.user, year=2026, kind="exemplary",
                                text="Đi làm đúng giờ", measure="Không đi muộn")  # fmt: skip
    measure = metric.compute(world.cell, 2026)
    assert measure.value == 50 and "1/2 đảng viên đã đăng ký đủ" in measure.basis
    assert metric.compute(world.cell, 2025).value == 0  # another year
    assert (
        suggest_metric("Mỗi đảng viên đăng ký “một việc làm nêu gương – một việc đổi mới sáng tạo”")
        == "commitments_registered"
    )
