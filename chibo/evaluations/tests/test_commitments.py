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
