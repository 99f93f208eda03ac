"""A member's Party activity moved to another organisation (chuyển sinh hoạt đảng, Quy định
294-QĐ/TW point 6.3).

Inside the system the sending cell issues the letter (giấy giới thiệu sinh hoạt đảng, numbered
in its register) and the receiving cell accepts it: for an official transfer the member's row
then belongs to the receiving cell, with its whole history (status and role history, year-end
evaluations, fee book, audit trail) still pointing at it, and the sending cell no longer sees
the member. A temporary transfer leaves the member in the home cell. To an organisation outside
the system the letter is printed and the member leaves the register (status "Chuyển đi").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.documents.models import IssuedDocument
from chibo.fees.models import FeeBasis, FeeError, month_label
from chibo.lib import holds
from chibo.members.models import Member, Role, RoleAssignment
from chibo.organizations.models import Cell
from chibo.rules import fees as fee_rules
from chibo.rules import transfers as rules


class TransferError(Exception):
    """A rule refused the transfer; the message is for the user, in Vietnamese."""


def _user(by: Any) -> Any:
    return by if getattr(by, "is_authenticated", False) else None


class TransferQuerySet(models.QuerySet["Transfer"]):
    def touching(self, cell: Cell) -> TransferQuerySet:
        return self.filter(models.Q(from_cell=cell) | models.Q(to_cell=cell))

    def pending(self) -> TransferQuerySet:
        return self.filter(status=Transfer.Status.ISSUED)


class Transfer(models.Model):
    class Kind(models.TextChoices):
        OFFICIAL = "official", "Chuyển sinh hoạt đảng chính thức"
        TEMPORARY = "temporary", "Chuyển sinh hoạt đảng tạm thời"

    class Status(models.TextChoices):
        ISSUED = "issued", "Đã giới thiệu, chờ nơi đến tiếp nhận"
        ACCEPTED = "accepted", "Nơi đến đã tiếp nhận"
        SENT_OUT = "sent_out", "Đã giới thiệu ra ngoài hệ thống"
        CANCELLED = "cancelled", "Đã hủy"

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="transfers")
    kind = models.CharField("hình thức", max_length=10, choices=Kind.choices, default=Kind.OFFICIAL)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ISSUED)
    from_cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="transfers_out")
    to_cell = models.ForeignKey(Cell, null=True, blank=True, on_delete=models.PROTECT,
                                related_name="transfers_in")  # fmt: skip
    destination = models.CharField("tổ chức đảng nơi đến", max_length=300, blank=True)
    reason = models.CharField("lý do", max_length=300)
    cause_on = models.DateField("ngày quyết định có hiệu lực hoặc ngày thay đổi nơi cư trú")
    start_due = models.DateField("hạn làm thủ tục")
    issued_on = models.DateField("ngày giới thiệu")
    present_due = models.DateField("hạn xuất trình giấy giới thiệu")
    until = models.DateField("sinh hoạt tạm thời đến ngày", null=True, blank=True)
    fee_month = models.DateField("đảng phí tính đến tháng", null=True, blank=True)
    fee_balance = models.BigIntegerField("số dư đảng phí (dương: còn nợ)", default=0)
    letter = models.OneToOneField(IssuedDocument, null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+")  # fmt: skip
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    accepted_on = models.DateField("ngày tiếp nhận", null=True, blank=True)
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    late_reason = models.CharField("lý do xuất trình quá hạn", max_length=300, blank=True)
    cancel_reason = models.CharField("lý do hủy", max_length=300, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = TransferQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = "chuyển sinh hoạt đảng"
        verbose_name_plural = "chuyển sinh hoạt đảng"

    def __str__(self) -> str:
        return f"{self.member}: {self.from_cell} → {self.to_cell or self.destination}"

    # -- facts ------------------------------------------------------------------------------
    @property
    def inside(self) -> bool:
        return self.to_cell_id is not None

    @property
    def where_to(self) -> str:
        return self.to_cell.name if self.to_cell else self.destination

    @property
    def started_late(self) -> bool:
        return self.issued_on > self.start_due

    def present_overdue(self, today: dt.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.status == self.Status.ISSUED and today > self.present_due

    @property
    def fee_text(self) -> str:
        if self.fee_month is None:
            return "Chi bộ chưa có sổ đảng phí của đồng chí."
        month = month_label(self.fee_month)
        if self.fee_balance > 0:
            return f"Còn nợ {fee_rules.money(self.fee_balance)} đến hết tháng {month}."
        if self.fee_balance < 0:
            return (
                f"Đã đóng đủ đến hết tháng {month}, nộp trước {fee_rules.money(-self.fee_balance)}."
            )
        return f"Đã đóng đủ đảng phí đến hết tháng {month}."

    # -- verbs ------------------------------------------------------------------------------
    @classmethod
    def issue(cls, *, member: Member, by: Any, on: dt.date, kind: str, reason: str, cause_on: dt.date,
              to_cell: Cell | None = None, destination: str = "", until: dt.date | None = None,
              today: dt.date | None = None) -> Transfer:  # fmt: skip
        """The sending cell introduces the member to the receiving organisation: the letter is
        numbered in the sending cell's register and stored (DOCX, PDF)."""
        today = today or timezone.localdate()
        problem = cls._issue_problem(member=member, on=on, kind=kind, reason=reason, cause_on=cause_on,
                                     to_cell=to_cell, destination=destination, until=until, today=today)  # fmt: skip
        if problem:
            raise TransferError(problem)
        from .documents import letter_document

        with transaction.atomic():
            current = (
                Member.objects.select_for_update()
                .select_related("cell__committee")
                .get(pk=member.pk)
            )
            if not current.is_active or current.cell_id != member.cell_id:
                raise TransferError("Đảng viên không còn sinh hoạt ở chi bộ này.")
            if cls.objects.pending().filter(member=current).exists():
                raise TransferError("Đảng viên đang có một giấy giới thiệu chờ nơi đến tiếp nhận.")
            reasons = holds.holds_on(current)
            if reasons:
                raise TransferError(" ".join(reasons))
            fee_month, fee_balance = _fee_position(current, today)
            transfer = cls.objects.create(
                member=current, kind=kind, from_cell=current.cell, to_cell=to_cell,
                destination="" if to_cell else destination.strip(), reason=reason.strip(), cause_on=cause_on,
                start_due=rules.start_due(cause_on), issued_on=on, present_due=rules.present_due(on),
                until=until if kind == cls.Kind.TEMPORARY else None, fee_month=fee_month,
                fee_balance=fee_balance, issued_by=_user(by),
                status=cls.Status.ISSUED if to_cell else cls.Status.SENT_OUT,
            )  # fmt: skip
            transfer.letter = IssuedDocument.issue(
                cell=current.cell, type_code="GGT", on=on, by=by, source=transfer,
                title=f"Giới thiệu sinh hoạt đảng đồng chí {current.full_name}",
                build=lambda number: letter_document(transfer, number),
            )  # fmt: skip
            transfer.save(update_fields=["letter"])
            if not to_cell and kind == cls.Kind.OFFICIAL:
                # Out of the system: the member leaves the register (status "Chuyển đi").
                current.transfer_out(on=on, by=by, to=transfer.where_to)
            log_action(transfer, "transfer.issue", by=by, cell=transfer.from_cell, after={
                "member": current.pk, "kind": kind, "to": transfer.where_to, "issued_on": on,
                "start_due": transfer.start_due, "present_due": transfer.present_due,
                "letter": transfer.letter.number_text, "fee_balance": fee_balance,
            })  # fmt: skip
        return transfer

    @classmethod
    def _issue_problem(cls, *, member: Member, on: dt.date, kind: str, reason: str, cause_on: dt.date,
                       to_cell: Cell | None, destination: str, until: dt.date | None,
                       today: dt.date) -> str:  # fmt: skip
        if not member.is_active:
            return "Chỉ chuyển sinh hoạt cho đảng viên đang sinh hoạt."
        if kind not in cls.Kind.values:
            return "Hình thức chuyển sinh hoạt không hợp lệ."
        if not reason.strip():
            return (
                "Cần ghi lý do chuyển sinh hoạt (chuyển công tác, nghỉ hưu, thay đổi nơi cư trú…)."
            )
        if (to_cell is None) == (not destination.strip()):
            return "Chọn một chi bộ trong hệ thống, hoặc ghi tổ chức đảng nơi đến ở ngoài hệ thống."
        if to_cell is not None and to_cell.pk == member.cell_id:
            return "Chi bộ nơi đến trùng với chi bộ đang sinh hoạt."
        if on > today:
            return "Ngày giới thiệu không thể ở tương lai."
        if cause_on > on:
            return "Ngày quyết định (hoặc thay đổi nơi cư trú) không thể sau ngày giới thiệu."
        if kind == cls.Kind.TEMPORARY and (until is None or until <= on):
            return f"Chuyển sinh hoạt tạm thời cần ngày kết thúc sau ngày giới thiệu. Căn cứ: {rules.SOURCE_TEMPORARY.full}."
        return ""

    def accept(
        self, *, by: Any, on: dt.date, late_reason: str = "", today: dt.date | None = None
    ) -> None:
        """The receiving cell takes the member in. Official: the member's row moves to the
        receiving cell (a role in the old cell ends); the fee basis moves with them from the
        month of acceptance. A letter presented after its deadline needs the reason."""
        today = today or timezone.localdate()
        with transaction.atomic():
            current = (
                Transfer.objects.select_for_update(of=("self",))
                .select_related("to_cell", "from_cell")
                .get(pk=self.pk)
            )
            if current.status != self.Status.ISSUED or current.to_cell is None:
                raise TransferError("Giấy giới thiệu này không còn chờ tiếp nhận.")
            if on > today or on < current.issued_on:
                raise TransferError("Ngày tiếp nhận phải từ ngày giới thiệu đến hôm nay.")
            if on > current.present_due and not late_reason.strip():
                raise TransferError(
                    f"Giấy giới thiệu được xuất trình sau hạn {current.present_due:%d/%m/%Y}: cần ghi lý do. "
                    f"Căn cứ: {rules.SOURCE_PRESENT.full}."
                )
            member = Member.objects.select_for_update().get(pk=current.member_id)
            if not member.is_active or member.cell_id != current.from_cell_id:
                raise TransferError("Đảng viên không còn sinh hoạt ở chi bộ đã giới thiệu.")
            current.status, current.accepted_on, current.accepted_by = (
                self.Status.ACCEPTED,
                on,
                _user(by),
            )
            current.late_reason = late_reason.strip()
            current.version += 1
            current.save()
            before = {"cell": current.from_cell.name, "role": member.role}
            if current.kind == self.Kind.OFFICIAL:
                RoleAssignment.objects.filter(member=member, end__isnull=True).update(end=on)
                member.cell, member.role = current.to_cell, Role.MEMBER
                member.version += 1
                member.save(update_fields=["cell", "role", "version"])
                _carry_fee_basis(member, on, by)
                log_action(member, "member.transfer_in", by=by, cell=current.to_cell, before=before,
                           after={"cell": current.to_cell.name, "role": member.role, "on": on,
                                  "transfer": current.pk})  # fmt: skip
            log_action(current, "transfer.accept", by=by, cell=current.to_cell,
                       after={"accepted_on": on, "late_reason": current.late_reason})  # fmt: skip
        self.refresh_from_db()

    def cancel(self, *, by: Any, reason: str) -> None:
        """The sending cell withdraws a letter not yet accepted."""
        if not reason.strip():
            raise TransferError("Cần ghi lý do hủy giấy giới thiệu.")
        with transaction.atomic():
            current = Transfer.objects.select_for_update().get(pk=self.pk)
            if current.status != self.Status.ISSUED:
                raise TransferError("Chỉ hủy được giấy giới thiệu đang chờ tiếp nhận.")
            current.status, current.cancel_reason = self.Status.CANCELLED, reason.strip()
            current.version += 1
            current.save(update_fields=["status", "cancel_reason", "version"])
            log_action(
                current, "transfer.cancel", by=by, cell=current.from_cell, after={"reason": reason}
            )
        self.refresh_from_db()


def _fee_position(member: Member, today: dt.date) -> tuple[dt.date | None, int]:
    """(last month of the member's fee book in the sending cell, balance at its end)."""
    from chibo.fees.ledger import member_history, opened

    if opened(member.cell) is None:
        return None, 0  # the cell keeps no fee book in the system
    lines = member_history(member, today=today)
    if not lines or not lines[0].has_basis:
        return None, 0
    return lines[0].month, lines[0].balance


def _carry_fee_basis(member: Member, on: dt.date, by: Any) -> None:
    """The member's latest fee basis, recorded again in the receiving cell from this month."""
    latest = FeeBasis.objects.filter(member=member).order_by("-valid_from", "-pk").first()
    if latest is None:
        return
    try:
        FeeBasis.record(member=member, category=latest.category, valid_from=on, by=by, amount=latest.amount,
                        region=latest.region, note="Chuyển theo đảng viên khi chuyển sinh hoạt đảng")  # fmt: skip
    except FeeError:
        return  # an incomplete basis is entered again by the receiving cell
