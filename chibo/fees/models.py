"""Đảng phí: each member's fee basis, exemptions and reductions, payments, the monthly book
closed by the treasurer, remittances to the upper level and the committee's retained share.

Nothing here is edited once written. A basis or a relief is superseded by a newer one; a
payment is corrected by a reversing entry; a closed month is stored (`MonthlyDue`) and never
recomputed. The amounts are whole đồng; the rates and rules are chibo.rules.fees.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.members.models import Member
from chibo.organizations.models import Cell, Committee, ancestor_paths
from chibo.rules import fees as rules

# Not a regulated number: a bound that keeps a typo (an extra zero or three) out of the book.
MAX_AMOUNT = 1_000_000_000


class FeeError(Exception):
    """A fee rule refused the change; the message is for the user, in Vietnamese."""


def month_label(month: dt.date) -> str:
    return f"{month.month:02d}/{month.year}"


def _user(by: Any) -> Any:
    return by if getattr(by, "is_authenticated", False) else None


# -- the cell's book and its treasurer --------------------------------------------------------


class FeeBook(models.Model):
    """One per cell: the month the book starts and who keeps it besides the chi ủy. The
    treasurer is a member of the cell designated by the Bí thư; the role list of the cell is
    not changed for it. The book starts at the month of the first basis recorded (never
    before 02/2026): a cell that kept its fees on paper until then brings no paper months in."""

    cell = models.OneToOneField(Cell, on_delete=models.CASCADE, related_name="fee_book")
    first_month = models.DateField("sổ bắt đầu từ tháng", null=True, blank=True)
    treasurer = models.ForeignKey(
        Member, verbose_name="người thu đảng phí", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "sổ đảng phí"
        verbose_name_plural = "sổ đảng phí"

    def __str__(self) -> str:
        return f"Sổ đảng phí {self.cell}"

    @classmethod
    def lock(cls, cell: Cell) -> FeeBook:
        """The cell's book row, locked until the transaction ends. Every change to the book
        (a payment, a correction, a relief, closing a month) takes this lock first, so two
        treasurers recording at once are served one after the other: the duplicate-receipt
        check and the closing of a month never see half of the other's work."""
        cls.objects.get_or_create(cell=cell)
        return cls.objects.select_for_update().get(cell=cell)

    @classmethod
    def designate(cls, *, cell: Cell, member: Member | None, by: Any) -> FeeBook:
        if member is not None and (member.cell_id != cell.pk or not member.is_active):
            raise FeeError("Người thu đảng phí phải là đảng viên đang sinh hoạt tại chi bộ.")
        with transaction.atomic():
            book = cls.lock(cell)
            before = {"treasurer": str(book.treasurer) if book.treasurer else ""}
            book.treasurer, book.updated_by = member, _user(by)
            book.save()
            log_action(book, "fees.treasurer", by=by, cell=cell, before=before,
                       after={"treasurer": str(member) if member else ""})  # fmt: skip
        return book


# -- the basis of each member's fee -----------------------------------------------------------


class FeeBasis(models.Model):
    """From a fee month on, what a member is and the amount their fee is a share of. A newer
    row supersedes an older one from its month; rows are never edited."""

    class Source(models.TextChoices):
        MANUAL = "manual", "Nhập tay"
        PAYROLL = "payroll", "Bảng lương"

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="fee_bases")
    category = models.CharField("đối tượng", max_length=30, choices=rules.CATEGORY_CHOICES)
    amount = models.BigIntegerField("thu nhập làm căn cứ (đồng)", default=0)
    region = models.CharField(
        "vùng lương tối thiểu", max_length=3, choices=rules.REGION_CHOICES, blank=True
    )
    valid_from = models.DateField("áp dụng từ tháng")  # the first day of a fee month
    note = models.CharField("ghi chú", max_length=255, blank=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.MANUAL)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["valid_from", "id"]
        indexes = [models.Index(fields=["cell", "valid_from"])]
        verbose_name = "căn cứ tính đảng phí"
        verbose_name_plural = "căn cứ tính đảng phí"

    def __str__(self) -> str:
        return f"{self.member}: {self.get_category_display()} từ {month_label(self.valid_from)}"

    def base_for(self, month: dt.date) -> int:
        """The amount the fee of `month` is a share of (0 for a flat fee)."""
        category = rules.CATEGORY_BY_CODE[self.category]
        if category.uses_minimum_wage:
            return rules.regional_minimum_wage(self.region, month)
        return 0 if self.category == rules.STUDENT else self.amount

    @staticmethod
    def problem(*, category: str, amount: int | None, region: str) -> str:
        """'' when the basis is complete; otherwise what is missing, in Vietnamese."""
        cat = rules.CATEGORY_BY_CODE.get(category)
        if cat is None:
            return "Đối tượng đóng đảng phí không hợp lệ."
        if cat.uses_minimum_wage:
            return (
                ""
                if region in rules.REGIONS
                else "Cần chọn vùng lương tối thiểu nơi đảng viên đăng ký."
            )
        if category == rules.STUDENT:
            return ""
        if amount is None or amount <= 0:
            return f"Cần ghi {cat.base_label.lower()} (số đồng, lớn hơn 0)."
        return ""

    @classmethod
    def record(cls, *, member: Member, category: str, valid_from: dt.date, by: Any,
               amount: int | None = 0, region: str = "", note: str = "",
               source: str = Source.MANUAL) -> FeeBasis:  # fmt: skip
        problem = cls.problem(category=category, amount=amount, region=region)
        if problem:
            raise FeeError(problem)
        if amount is not None and amount > MAX_AMOUNT:
            raise FeeError(f"Số tiền quá lớn (tối đa {rules.money(MAX_AMOUNT)}).")
        with transaction.atomic():
            book = FeeBook.lock(member.cell)
            if book.first_month is None:
                book.first_month = max(rules.first_of_month(valid_from), rules.IN_FORCE)
                book.save(update_fields=["first_month"])
            basis = cls.objects.create(
                cell=member.cell, member=member, category=category,
                amount=amount or 0 if category != rules.STUDENT else 0,
                region=region if rules.CATEGORY_BY_CODE[category].uses_minimum_wage else "",
                valid_from=rules.first_of_month(valid_from), note=note, source=source,
                recorded_by=_user(by),
            )  # fmt: skip
            log_action(basis, "fees.basis", by=by, cell=member.cell, after={
                "member": str(member), "category": category, "amount": basis.amount,
                "region": basis.region, "valid_from": basis.valid_from.isoformat(),
                "source": source,
            })  # fmt: skip
        return basis


# -- exemptions and reductions ----------------------------------------------------------------


class FeeRelief(models.Model):
    """An exemption or a 30/50/70 % reduction granted to a member for a run of fee months,
    with the decision that granted it (QĐ 01 Điều 5)."""

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="fee_reliefs")
    kind = models.CharField("miễn, giảm", max_length=12, choices=rules.RELIEF_CHOICES)
    reason = models.CharField("lý do", max_length=20, choices=rules.RELIEF_REASON_CHOICES)
    first_month = models.DateField("từ tháng")
    last_month = models.DateField("đến tháng", null=True, blank=True)
    decision = models.CharField(
        "quyết định",
        max_length=200,
        help_text="Ví dụ: Nghị quyết chi bộ số 05-NQ/CB ngày 03/11/2026",
    )
    decided_on = models.DateField("ngày quyết định")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["first_month", "id"]
        verbose_name = "miễn, giảm đảng phí"
        verbose_name_plural = "miễn, giảm đảng phí"

    def __str__(self) -> str:
        return f"{self.member}: {self.get_kind_display()} từ {month_label(self.first_month)}"

    @property
    def period_text(self) -> str:
        start = month_label(self.first_month)
        return (
            f"từ {start} đến {month_label(self.last_month)}" if self.last_month else f"từ {start}"
        )

    def covers(self, month: dt.date) -> bool:
        return self.first_month <= month and (self.last_month is None or month <= self.last_month)

    @classmethod
    def grant(cls, *, member: Member, kind: str, reason: str, first_month: dt.date,
              last_month: dt.date | None, decision: str, decided_on: dt.date, by: Any) -> FeeRelief:  # fmt: skip
        first = rules.first_of_month(first_month)
        last = rules.first_of_month(last_month) if last_month else None
        problem = rules.relief_problem(kind=kind, reason=reason, first=first, last=last)
        if problem:
            raise FeeError(problem)
        if not decision.strip():
            raise FeeError("Cần ghi quyết định miễn, giảm (số, ngày).")
        try:
            rules.check_month(first)
        except rules.RuleError as error:
            raise FeeError(str(error)) from None
        with transaction.atomic():
            FeeBook.lock(member.cell)
            closed = FeeMonth.objects.filter(cell_id=member.cell_id, month__gte=first,
                                             status=FeeMonth.Status.CLOSED)  # fmt: skip
            if last is not None:
                closed = closed.filter(month__lte=last)
            if closed.exists():
                raise FeeError(
                    f"Tháng {month_label(closed.order_by('month').first().month)} đã khóa sổ: "  # type: ignore[union-attr]
                    "miễn, giảm chỉ áp dụng cho các tháng chưa khóa sổ."
                )
            for other in cls.objects.filter(member=member):
                if _overlap(first, last, other.first_month, other.last_month):
                    raise FeeError(f"Trùng thời gian với lần miễn, giảm đã ghi ({other.get_kind_display()} {other.period_text}).")  # fmt: skip
            relief = cls.objects.create(
                cell=member.cell, member=member, kind=kind, reason=reason, first_month=first,
                last_month=last, decision=decision.strip(), decided_on=decided_on,
                recorded_by=_user(by),
            )  # fmt: skip
            log_action(relief, "fees.relief", by=by, cell=member.cell, after={
                "member": str(member), "kind": kind, "reason": reason,
                "first_month": first.isoformat(), "last_month": last.isoformat() if last else "",
                "decision": relief.decision,
            })  # fmt: skip
        return relief


def _overlap(a1: dt.date, b1: dt.date | None, a2: dt.date, b2: dt.date | None) -> bool:
    """Do two runs of months overlap (an open end runs for ever)?"""
    return (b2 is None or a1 <= b2) and (b1 is None or a2 <= b1)


# -- the month: open, then closed and stored --------------------------------------------------


class FeeMonth(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Đang thu"
        CLOSED = "closed", "Đã khóa sổ"

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="fee_months")
    month = models.DateField("tháng")  # its first day
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The committee's share in force when the month was closed; null when none was set.
    retention_percent = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["cell", "month"]
        constraints = [models.UniqueConstraint(fields=["cell", "month"], name="unique_fee_month")]
        verbose_name = "tháng đảng phí"
        verbose_name_plural = "tháng đảng phí"

    def __str__(self) -> str:
        return f"{self.cell} — tháng {month_label(self.month)}"

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED

    @classmethod
    def locked(cls, cell: Cell, month: dt.date) -> FeeMonth:
        """The month's row, created when missing, with the cell's book locked (`FeeBook.lock`)
        for the rest of the transaction: a payment and the closing of its month are never
        interleaved."""
        FeeBook.lock(cell)
        first = rules.first_of_month(month)
        cls.objects.get_or_create(cell=cell, month=first)
        return cls.objects.select_for_update().get(cell=cell, month=first)

    def close(self, *, by: Any, today: dt.date | None = None) -> FeeMonth:
        """Close the month: its lines are computed once more and stored; from now on they are
        read, never recomputed, and no payment is recorded in it."""
        from .ledger import month_lines  # the ledger reads these models

        today = today or timezone.localdate()
        with transaction.atomic():
            month = FeeMonth.locked(self.cell, self.month)
            if month.is_closed:
                raise FeeError(f"Tháng {month_label(month.month)} đã khóa sổ.")
            if month.month > today:
                raise FeeError("Chưa đến tháng này, chưa thể khóa sổ.")
            start = FeeBook.objects.get(cell=self.cell).first_month
            if start is None or month.month < start:
                raise FeeError(
                    "Chi bộ chưa mở sổ đảng phí cho tháng này (chưa có căn cứ tính đảng phí)."
                )
            earlier = set(
                FeeMonth.objects.filter(cell=self.cell, month__lt=month.month, month__gte=start,
                                        status=FeeMonth.Status.CLOSED).values_list("month", flat=True)
            )  # fmt: skip
            missing = [m for m in months_from(start, month.month)[:-1] if m not in earlier]
            if missing:
                raise FeeError(f"Cần khóa sổ tháng {month_label(missing[0])} trước.")
            lines = month_lines(self.cell, month.month)
            without = [line.member.full_name for line in lines if not line.has_basis]
            if without:
                raise FeeError("Chưa thể khóa sổ: chưa có căn cứ tính đảng phí của "
                               + ", ".join(without) + ".")  # fmt: skip
            share = share_for_cell(self.cell)
            MonthlyDue.objects.bulk_create([
                MonthlyDue(fee_month=month, member=line.member, category=line.category,
                           base_amount=line.base, basis_points=line.basis_points,
                           flat=line.flat, relief=line.relief, due=line.due,
                           carried=line.carried, paid=line.paid, balance=line.balance,
                           months_unpaid=line.months_unpaid)
                for line in lines
            ])  # fmt: skip
            month.status, month.closed_at, month.closed_by = (
                self.Status.CLOSED,
                timezone.now(),
                _user(by),
            )
            month.retention_percent = share.percent if share else None
            month.save()
            log_action(month, "fees.close_month", by=by, cell=self.cell, after={
                "month": month_label(month.month), "members": len(lines),
                "due": sum(line.due for line in lines), "paid": sum(line.paid for line in lines),
                "retention_percent": month.retention_percent,
            })  # fmt: skip
        self.refresh_from_db()
        return month


def next_month(month: dt.date) -> dt.date:
    return (rules.first_of_month(month) + dt.timedelta(days=32)).replace(day=1)


def months_from(first: dt.date, last: dt.date) -> list[dt.date]:
    """Fee months from `first` to `last`, both included."""
    out, month = [], rules.first_of_month(first)
    while month <= last:
        out.append(month)
        month = next_month(month)
    return out


class MonthlyDue(models.Model):
    """One member's line of a closed month, as it was when the month was closed."""

    fee_month = models.ForeignKey(FeeMonth, on_delete=models.CASCADE, related_name="lines")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="+")
    category = models.CharField(max_length=30, choices=rules.CATEGORY_CHOICES, blank=True)
    base_amount = models.BigIntegerField(default=0)
    basis_points = models.PositiveIntegerField(default=0)
    flat = models.BigIntegerField(null=True, blank=True)
    relief = models.CharField(max_length=12, choices=rules.RELIEF_CHOICES, blank=True)
    due = models.BigIntegerField(default=0)
    carried = models.BigIntegerField(default=0)  # owed (+) or paid ahead (−) before the month
    paid = models.BigIntegerField(default=0)
    balance = models.BigIntegerField(default=0)  # carried + due − paid
    months_unpaid = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["fee_month", "member"], name="unique_monthly_due")
        ]
        verbose_name = "dòng sổ đảng phí đã khóa"
        verbose_name_plural = "dòng sổ đảng phí đã khóa"

    def __str__(self) -> str:
        return f"{self.member} — {self.fee_month}"


# -- payments ---------------------------------------------------------------------------------


class Payment(models.Model):
    """Money a member paid, entered in the book of the month it was paid in. A mistake is put
    right by a reversing entry (`correct`), never by editing."""

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="fee_payments")
    month = models.DateField("tháng ghi sổ")  # first day of the month of paid_on
    paid_on = models.DateField("ngày nộp")
    amount = models.BigIntegerField("số tiền (đồng)")
    method = models.CharField("hình thức", max_length=10, choices=rules.METHOD_CHOICES)
    reference = models.CharField(
        "số biên lai hoặc mã giao dịch", max_length=60, blank=True,
        help_text="Số biên lai thu tiền mặt, hoặc mã giao dịch trên Cổng Dịch vụ công quốc gia",
    )  # fmt: skip
    note = models.CharField("ghi chú", max_length=255, blank=True)
    corrects = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="correction"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["paid_on", "id"]
        indexes = [models.Index(fields=["cell", "month"])]
        verbose_name = "khoản đảng phí đã thu"
        verbose_name_plural = "các khoản đảng phí đã thu"

    def __str__(self) -> str:
        return f"{self.member}: {rules.money(self.amount)} ngày {self.paid_on:%d/%m/%Y}"

    @classmethod
    def record(cls, *, member: Member, paid_on: dt.date, amount: int, method: str, by: Any,
               reference: str = "", note: str = "", today: dt.date | None = None) -> Payment:  # fmt: skip
        """Enter a payment in the book of its month. Refused: nothing or a negative amount, a
        date in the future or before the book, a closed month, a receipt entered already."""
        today = today or timezone.localdate()
        reference = reference.strip()
        if amount <= 0:
            raise FeeError("Số tiền nộp phải lớn hơn 0 đồng.")
        if amount > MAX_AMOUNT:
            raise FeeError(f"Số tiền quá lớn (tối đa {rules.money(MAX_AMOUNT)}).")
        if method not in dict(rules.METHOD_CHOICES):
            raise FeeError("Hình thức nộp không hợp lệ.")
        if method == rules.PORTAL and not reference:
            raise FeeError("Nộp qua Cổng Dịch vụ công quốc gia: cần ghi mã giao dịch.")
        if paid_on > today:
            raise FeeError("Ngày nộp không thể ở tương lai.")
        try:
            rules.check_month(paid_on)
        except rules.RuleError as error:
            raise FeeError(str(error)) from None
        if not member.is_active:
            raise FeeError(f"Đồng chí {member.full_name} không còn sinh hoạt tại chi bộ.")
        with transaction.atomic():
            month = FeeMonth.locked(member.cell, paid_on)
            start = FeeBook.objects.get(cell_id=member.cell_id).first_month
            if start is None:
                raise FeeError(
                    "Chi bộ chưa ghi căn cứ tính đảng phí nào: hãy ghi căn cứ trước khi thu."
                )
            if month.month < start:
                raise FeeError(f"Sổ đảng phí của chi bộ bắt đầu từ tháng {month_label(start)}.")
            if month.is_closed:
                raise FeeError(
                    f"Tháng {month_label(month.month)} đã khóa sổ: không ghi thêm khoản thu vào "
                    "tháng này. Hãy ghi vào tháng đang mở (khoản nộp chậm được trừ vào số còn nợ)."
                )
            # One receipt, one entry; a corrected entry frees its number for the right one.
            taken = cls.objects.filter(cell=member.cell, method=method, reference=reference,
                                       corrects__isnull=True, correction__isnull=True)  # fmt: skip
            if reference and taken.exists():
                raise FeeError(f"Biên lai hoặc mã giao dịch “{reference}” đã được ghi sổ.")
            payment = cls.objects.create(
                cell=member.cell, member=member, month=month.month, paid_on=paid_on,
                amount=amount, method=method, reference=reference, note=note.strip(),
                recorded_by=_user(by),
            )  # fmt: skip
            log_action(payment, "fees.payment", by=by, cell=member.cell, after={
                "member": str(member), "amount": amount, "paid_on": paid_on.isoformat(),
                "method": method, "reference": reference, "month": month_label(month.month),
            })  # fmt: skip
        return payment

    def correct(self, *, reason: str, by: Any, today: dt.date | None = None) -> Payment:
        """Cancel this entry by a reversing one in the month open today."""
        today = today or timezone.localdate()
        if not reason.strip():
            raise FeeError("Cần ghi lý do điều chỉnh.")
        if self.corrects_id is not None or self.amount <= 0:
            raise FeeError("Đây là bút toán điều chỉnh, không điều chỉnh tiếp được.")
        with transaction.atomic():
            month = FeeMonth.locked(self.cell, today)
            original = Payment.objects.select_for_update().get(pk=self.pk)
            if Payment.objects.filter(corrects=original).exists():
                raise FeeError("Khoản này đã được điều chỉnh.")
            if month.is_closed:
                raise FeeError(f"Tháng {month_label(month.month)} đã khóa sổ.")
            reversal = Payment.objects.create(
                cell=original.cell, member_id=original.member_id, month=month.month, paid_on=today,
                amount=-original.amount, method=original.method, reference=original.reference,
                note=f"Điều chỉnh khoản ngày {original.paid_on:%d/%m/%Y}: {reason.strip()}",
                corrects=original, recorded_by=_user(by),
            )  # fmt: skip
            log_action(reversal, "fees.payment_correction", by=by, cell=original.cell, after={
                "corrects": original.pk, "amount": reversal.amount, "reason": reason.strip(),
            })  # fmt: skip
        return reversal


# -- remittance to the upper level and the share the cell keeps ------------------------------------


class Remittance(models.Model):
    """Money the cell passed up for a run of fee months, with its voucher."""

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="fee_remittances")
    first_month = models.DateField("từ tháng")
    last_month = models.DateField("đến tháng")
    paid_on = models.DateField("ngày nộp")
    amount = models.BigIntegerField("số tiền (đồng)")
    method = models.CharField("hình thức", max_length=10, choices=rules.METHOD_CHOICES)
    voucher = models.CharField("số chứng từ", max_length=60)
    note = models.CharField("ghi chú", max_length=255, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["paid_on", "id"]
        verbose_name = "lần nộp đảng phí lên cấp trên"
        verbose_name_plural = "các lần nộp đảng phí lên cấp trên"

    def __str__(self) -> str:
        return f"{self.cell}: {rules.money(self.amount)} ({self.period_text})"

    @property
    def period_text(self) -> str:
        if self.first_month == self.last_month:
            return f"tháng {month_label(self.first_month)}"
        return f"tháng {month_label(self.first_month)} – {month_label(self.last_month)}"

    @classmethod
    def record(cls, *, cell: Cell, first_month: dt.date, last_month: dt.date, paid_on: dt.date,
               amount: int, method: str, voucher: str, by: Any, note: str = "",
               today: dt.date | None = None) -> Remittance:  # fmt: skip
        today = today or timezone.localdate()
        first, last = rules.first_of_month(first_month), rules.first_of_month(last_month)
        if amount <= 0:
            raise FeeError("Số tiền nộp cấp trên phải lớn hơn 0 đồng.")
        if amount > MAX_AMOUNT:
            raise FeeError(f"Số tiền quá lớn (tối đa {rules.money(MAX_AMOUNT)}).")
        if last < first:
            raise FeeError("Tháng kết thúc phải sau hoặc trùng tháng bắt đầu.")
        if paid_on > today:
            raise FeeError("Ngày nộp không thể ở tương lai.")
        if not voucher.strip():
            raise FeeError("Cần ghi số chứng từ nộp đảng phí.")
        try:
            rules.check_month(first)
        except rules.RuleError as error:
            raise FeeError(str(error)) from None
        with transaction.atomic():
            remittance = cls.objects.create(
                cell=cell, first_month=first, last_month=last, paid_on=paid_on, amount=amount,
                method=method, voucher=voucher.strip(), note=note.strip(), recorded_by=_user(by),
            )  # fmt: skip
            log_action(remittance, "fees.remittance", by=by, cell=cell, after={
                "amount": amount, "period": remittance.period_text, "voucher": remittance.voucher,
                "paid_on": paid_on.isoformat(),
            })  # fmt: skip
        return remittance


class RetentionShare(models.Model):
    """The share of collected fees a cell keeps, set by a committee for every cell below it
    (nearest committee wins). No default: under QĐ 01/2026 no text fixing it was found."""

    committee = models.OneToOneField(
        Committee, on_delete=models.CASCADE, related_name="fee_retention"
    )
    percent = models.PositiveSmallIntegerField("tỷ lệ chi bộ trích giữ lại (%)")
    decision = models.CharField(
        "văn bản quy định",
        max_length=200,
        help_text="Ví dụ: Quyết định số 12-QĐ/ĐU ngày 05/02/2026",
    )
    decided_on = models.DateField("ngày ban hành")
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "tỷ lệ trích giữ lại đảng phí"
        verbose_name_plural = "tỷ lệ trích giữ lại đảng phí"

    def __str__(self) -> str:
        return f"{self.committee}: {self.percent}%"

    @classmethod
    def decide(cls, *, committee: Committee, percent: int, decision: str, decided_on: dt.date,
               by: Any) -> RetentionShare:  # fmt: skip
        if not 0 <= percent <= 100:
            raise FeeError("Tỷ lệ trích giữ lại phải từ 0 đến 100%.")
        if not decision.strip():
            raise FeeError("Cần ghi văn bản quy định tỷ lệ (số, ngày).")
        with transaction.atomic():
            found = RetentionShare.objects.select_for_update().filter(committee=committee).first()
            before = {"percent": found.percent, "decision": found.decision} if found else {}
            share = found or RetentionShare(committee=committee)
            share.percent, share.decision, share.decided_on = percent, decision.strip(), decided_on
            share.updated_by = _user(by)
            share.save()
            log_action(share, "fees.retention_share", by=by, committee=committee, before=before,
                       after={"percent": percent, "decision": share.decision,
                              "decided_on": decided_on.isoformat()})  # fmt: skip
        return share


def share_for_path(path: str) -> RetentionShare | None:
    """The share in force for a committee path: the nearest committee up the tree that set one."""
    shares = RetentionShare.objects.filter(committee__path__in=ancestor_paths(path))
    return max(
        shares.select_related("committee"), key=lambda s: len(s.committee.path), default=None
    )


def share_for_cell(cell: Cell) -> RetentionShare | None:
    return share_for_path(cell.path)


def shares_for_paths(paths: set[str]) -> dict[str, RetentionShare | None]:
    """Each path's share, one query for all."""
    prefixes = {p for path in paths for p in ancestor_paths(path)}
    shares = list(
        RetentionShare.objects.filter(committee__path__in=prefixes).select_related("committee")
    )
    return {path: max((s for s in shares if path.startswith(s.committee.path)),
                      key=lambda s: len(s.committee.path), default=None) for path in paths}  # fmt: skip


NO_SHARE = "Đảng ủy chưa quy định tỷ lệ trích giữ lại"


# -- the school's payroll, imported all or nothing -------------------------------------------------


class BasisImport(models.Model):
    """A payroll file read and checked, waiting for the treasurer to commit or discard it.
    Nothing reaches the bases until `commit`, which records every row or none."""

    class Status(models.TextChoices):
        PENDING = "pending", "Chờ xác nhận"
        COMMITTED = "committed", "Đã nhập"
        DISCARDED = "discarded", "Đã hủy"

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    filename = models.CharField("tên tệp", max_length=255)
    salary_month = models.DateField("bảng lương tháng")
    valid_from = models.DateField("áp dụng cho đảng phí từ tháng")
    # [{"line": 5, "name": "...", "amount": 7234567, "member_id": 12, "errors": [...]}]
    rows = models.JSONField(default=list)
    errors = models.JSONField(default=list)
    ignored = models.JSONField(default=list)  # payroll lines of people who are not members
    missing = models.JSONField(default=list)  # members with no payroll line
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "lần nhập bảng lương"
        verbose_name_plural = "các lần nhập bảng lương"

    def __str__(self) -> str:
        return f"Bảng lương tháng {month_label(self.salary_month)} ({self.filename})"

    @property
    def can_commit(self) -> bool:
        return self.status == self.Status.PENDING and not self.errors and bool(self.rows)

    def commit(self, *, by: Any) -> int:
        with transaction.atomic():
            batch = BasisImport.objects.select_for_update().get(pk=self.pk)
            if batch.status != self.Status.PENDING:
                raise FeeError(f"Lần nhập này đã kết thúc ({batch.get_status_display().lower()}).")
            if batch.errors or not batch.rows:
                raise FeeError("Tệp còn lỗi nên chưa nhập được. Hãy sửa tệp rồi tải lên lại.")
            members = Member.objects.in_bulk([row["member_id"] for row in batch.rows])
            for row in batch.rows:
                member = members.get(row["member_id"])
                if member is None or member.cell_id != batch.cell_id or not member.is_active:
                    raise FeeError(
                        f"Dòng {row['line']}: đảng viên không còn ở chi bộ. Chưa dòng nào được nhập."
                    )
                FeeBasis.record(member=member, category=rules.INSURED, amount=row["amount"],
                                valid_from=batch.valid_from, by=by, source=FeeBasis.Source.PAYROLL,
                                note=f"Bảng lương tháng {month_label(batch.salary_month)}")  # fmt: skip
            batch.status = self.Status.COMMITTED
            batch.save(update_fields=["status"])
            log_action(batch, "fees.payroll_import", by=by, cell=batch.cell,
                       after={"filename": batch.filename, "rows": len(batch.rows),
                              "valid_from": batch.valid_from.isoformat()})  # fmt: skip
        self.refresh_from_db()
        return len(self.rows)

    def discard(self, *, by: Any) -> None:
        with transaction.atomic():
            batch = BasisImport.objects.select_for_update().get(pk=self.pk)
            if batch.status != self.Status.PENDING:
                raise FeeError(f"Lần nhập này đã kết thúc ({batch.get_status_display().lower()}).")
            batch.status = self.Status.DISCARDED
            batch.save(update_fields=["status"])
            log_action(batch, "fees.payroll_discard", by=by, cell=batch.cell,
                       after={"filename": batch.filename})  # fmt: skip
        self.refresh_from_db()
