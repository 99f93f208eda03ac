"""A member moved from Yên Hoà to Hoa Mai inside the system (QĐ 294 point 6.3)."""

import datetime as dt
import io

import pytest
from django.urls import reverse
from docx import Document

from chibo.audit.models import AuditEntry
from chibo.audit.verify import verify
from chibo.conftest import persona_client
from chibo.documents.models import IssuedDocument
from chibo.evaluations.models import EvaluationRound
from chibo.fees.models import FeeBasis
from chibo.lib import holds
from chibo.members.models import Member, Role
from chibo.rules import fees as fee_rules
from chibo.rules import transfers as rules
from chibo.transfers.history import member_audit
from chibo.transfers.models import Transfer, TransferError

from .helpers import client_of, hoa_mai, issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def receiving(world):
    return hoa_mai(world)


@pytest.fixture
def history(world):
    """A year-end rating, a fee basis and a role in Yên Hoà, before the move."""
    round_ = EvaluationRound.open(cell=world.cell, year=2025, by=world.secretary.user)
    round_.evaluations.filter(member=world.member).update(proposed_level="good")
    FeeBasis.record(member=world.member, category=fee_rules.INSURED, valid_from=dt.date(2026, 2, 1),
                    by=world.secretary.user, amount=7_000_000)  # fmt: skip
    world.member.assign_role(Role.COMMITTEE_MEMBER, on=dt.date(2026, 1, 5), by=world.secretary.user)
    world.member.update(by=world.secretary.user, job="Giáo viên lớp Mầm A2")
    return round_


def test_the_transfer_keeps_history_and_audit_and_moves_who_sees_the_member(
    world, receiving, history
):
    member = world.member
    trail_before = set(member_audit(member).values_list("pk", flat=True))
    assert len(trail_before) >= 2
    transfer = issue(world, receiving)
    assert transfer.letter.number_text == "Số 01-GGT/CB" and transfer.letter.cell == world.cell
    assert transfer.start_due == rules.start_due(dt.date(2026, 9, 1))
    assert transfer.present_due == dt.date(2026, 10, 19)  # 30 working days after 07/9/2026

    bithu3 = Member.objects.get(cell=receiving, role=Role.SECRETARY).user
    transfer.accept(by=bithu3, on=dt.date(2026, 9, 14), today=dt.date(2026, 9, 14))

    member.refresh_from_db()
    assert member.cell == receiving and member.role == Role.MEMBER and member.is_active
    trail_after = set(member_audit(member).values_list("pk", flat=True))
    assert trail_before < trail_after  # nothing lost, the move added to it
    assert AuditEntry.objects.filter(
        pk__in=trail_after, action="member.transfer_in", cell=receiving
    ).exists()
    assert verify().ok
    assert member.evaluations.get(round=history).proposed_level == "good"  # stays with its round
    assert FeeBasis.objects.filter(
        member=member, cell=receiving, valid_from=dt.date(2026, 9, 1)
    ).exists()

    receiver, sender = client_of(bithu3), persona_client(world, "secretary")
    assert receiver.get(reverse("members:detail", args=[member.pk])).status_code == 200
    assert sender.get(reverse("members:detail", args=[member.pk])).status_code == 404
    page = receiver.get(reverse("transfers:detail", args=[transfer.pk])).content.decode()
    assert (
        "Hồ sơ chuyển theo đảng viên" in page and "Năm 2025 (Chi bộ Trường Mầm non Yên Hoà)" in page
    )
    assert "Sửa thông tin đảng viên" in page and "Chi ủy viên: từ 05/01/2026 đến 14/09/2026" in page
    sent = sender.get(reverse("transfers:detail", args=[transfer.pk])).content.decode()
    assert "Hồ sơ chuyển theo đảng viên" not in sent  # the record of sending, not the member
    assert receiver.get(reverse("transfers:letter", args=[transfer.pk, "docx"])).status_code == 200


def test_a_transfer_during_an_open_case_is_refused_with_the_rule(world, receiving):
    holds.register(
        "test-case", lambda m: rules.NO_TRANSFER_MESSAGE if m.pk == world.member.pk else ""
    )
    try:
        before = AuditEntry.objects.count()
        with pytest.raises(TransferError, match="6.3.1"):
            issue(world, receiving)
        response = persona_client(world, "secretary").post(reverse("transfers:cell", args=[world.cell.pk]), {
            "member": world.member.pk, "kind": "official", "to_cell": receiving.pk, "reason": "Chuyển công tác",
            "cause_on": "2026-09-01", "on": "2026-09-07"}, follow=True)  # fmt: skip
        assert "Quy định 294-QĐ/TW, điểm 6.3.1" in response.content.decode()
        assert not Transfer.objects.exists() and not IssuedDocument.objects.exists()
        assert AuditEntry.objects.count() == before
    finally:
        holds.unregister("test-case")
    assert issue(world, receiving, today=dt.date(2026, 9, 7)).status == Transfer.Status.ISSUED


def test_a_letter_presented_late_needs_the_reason(world, receiving):
    transfer = issue(world, receiving)
    bithu3 = Member.objects.get(cell=receiving, role=Role.SECRETARY).user
    with pytest.raises(TransferError, match="cần ghi lý do"):
        transfer.accept(by=bithu3, on=dt.date(2026, 10, 20), today=dt.date(2026, 10, 20))
    transfer.accept(
        by=bithu3, on=dt.date(2026, 10, 20), late_reason="Đảng viên ốm", today=dt.date(2026, 10, 20)
    )
    assert transfer.status == Transfer.Status.ACCEPTED


def test_only_the_receiving_chi_uy_accepts(world, receiving):
    transfer = issue(world, receiving)
    url = reverse("transfers:accept", args=[transfer.pk])
    assert persona_client(world, "secretary").post(url, {"on": "2026-09-14"}).status_code == 403
    assert persona_client(world, "other_cell").post(url, {"on": "2026-09-14"}).status_code == 404


def test_a_transfer_out_of_the_system_prints_the_letter_and_leaves_the_register(world):
    transfer = issue(
        world, None, destination="Chi bộ Trường Tiểu học Kim Liên, Đảng bộ phường Kim Liên"
    )
    world.member.refresh_from_db()
    assert (
        transfer.status == Transfer.Status.SENT_OUT
        and world.member.status == Member.Status.TRANSFERRED
    )
    text = "\n".join(
        p.text for p in Document(io.BytesIO(transfer.letter.open_file("docx")[2])).paragraphs
    )
    assert "GIẤY GIỚI THIỆU" in text and "Kim Liên" in text and "Phạm Thị Thu Hà" in text
    assert "chậm nhất ngày 19/10/2026" in text


def test_bad_input_changes_nothing(world, receiving):
    before = AuditEntry.objects.count()
    for bad in [{"to_cell": world.cell}, {"to_cell": None}, {"reason": " "},
                {"on": dt.date(2026, 9, 8)}, {"cause_on": dt.date(2026, 9, 8)},
                {"kind": Transfer.Kind.TEMPORARY}]:  # fmt: skip
        with pytest.raises(TransferError):
            issue(world, bad.pop("to_cell", receiving), **bad)
    assert AuditEntry.objects.count() == before and not Transfer.objects.exists()


def test_the_deadlines_count_working_days():
    assert rules.start_due(dt.date(2026, 9, 1)) == dt.date(2026, 11, 24)
    assert rules.present_due(dt.date(2026, 9, 7)) == dt.date(2026, 10, 19)


def test_each_cells_fee_book_keeps_the_months_it_kept(world, receiving, history):
    from chibo.fees.ledger import ledger

    transfer = issue(world, receiving)
    bithu3 = Member.objects.get(cell=receiving, role=Role.SECRETARY).user
    transfer.accept(by=bithu3, on=dt.date(2026, 9, 14), today=dt.date(2026, 9, 14))

    def months(cell):
        return [b.month.month for b in ledger(cell, dt.date(2026, 10, 1)) if any(
            line.member.pk == world.member.pk for line in b.lines)]  # fmt: skip

    assert months(world.cell) == [2, 3, 4, 5, 6, 7, 8]
    assert months(receiving) == [9, 10]
    # The letter states the position in the sending book: 8 months of 1 % of 7.000.000 unpaid.
    assert (transfer.fee_month, transfer.fee_balance) == (dt.date(2026, 9, 1), 560_000)
    assert transfer.fee_text == f"Còn nợ {fee_rules.money(560_000)} đến hết tháng 09/2026."


def test_an_open_inspection_case_refuses_the_transfer_until_it_is_closed(world, receiving):
    """The real hold, not a stand-in: the inspections app's open case on the member."""
    from chibo.inspections.tests.helpers import ago, open_member_case, to_proposed

    case = open_member_case(world)
    with pytest.raises(TransferError, match="6.3.1"):
        issue(world, receiving)
    assert not Transfer.objects.exists()
    to_proposed(world, case)
    case.adopt(by=world.secretary.user, on=ago(1), votes_for=2, votes_against=0)
    case.issue_conclusion(by=world.secretary.user)
    case.close(by=world.secretary.user)
    assert issue(world, receiving, today=dt.date(2026, 9, 7)).status == Transfer.Status.ISSUED
