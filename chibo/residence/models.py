"""Where each member lives and what the residence chi ủy says of them each year (Quy định
213-QĐ/TW). Read by the year-end evaluation (chibo.evaluations): `comment_line` and
`missing_comments`."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import changes, log_action, snapshot
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules import residence as rules


class ResidenceError(Exception):
    """A rule refused the change; the message is for the user, in Vietnamese."""


def _user(by: Any) -> Any:
    return by if getattr(by, "is_authenticated", False) else None


class Residence(models.Model):
    """The member's place of residence and the Party organisation there."""

    FIELDS = [
        "commune",
        "address",
        "residence_cell",
        "residence_committee",
        "exempt",
        "exempt_reason",
    ]

    member = models.OneToOneField(Member, on_delete=models.CASCADE, related_name="residence")
    commune = models.CharField("xã, phường nơi cư trú", max_length=120)
    address = models.CharField("thôn, tổ dân phố, địa chỉ", max_length=200, blank=True)
    residence_cell = models.CharField("chi bộ nơi cư trú", max_length=200)
    residence_committee = models.CharField("đảng ủy nơi cư trú", max_length=200, blank=True)
    exempt = models.BooleanField(
        "được miễn lấy ý kiến định kỳ", default=False,
        help_text="Đảng viên được miễn sinh hoạt nơi cư trú (Hướng dẫn 33-HD/BTCTW, mục 1.1)",
    )  # fmt: skip
    exempt_reason = models.CharField("lý do miễn", max_length=200, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "nơi cư trú"
        verbose_name_plural = "nơi cư trú"

    def __str__(self) -> str:
        return f"{self.member}: {self.residence_cell}, {self.commune}"

    @classmethod
    def record(cls, *, member: Member, by: Any, expected_version: int | None = None,
               **fields: Any) -> Residence:  # fmt: skip
        """Create or change the member's residence; a stale form (version) changes nothing."""
        if (
            not str(fields.get("commune", "")).strip()
            or not str(fields.get("residence_cell", "")).strip()
        ):
            raise ResidenceError("Cần ghi xã, phường và chi bộ nơi cư trú.")
        if fields.get("exempt") and not str(fields.get("exempt_reason", "")).strip():
            raise ResidenceError("Cần ghi lý do được miễn lấy ý kiến định kỳ.")
        with transaction.atomic():
            Member.objects.select_for_update().get(pk=member.pk)
            found = Residence.objects.select_for_update().filter(member=member).first()
            current = found if found is not None else Residence(member=member)
            if found is None:
                before: dict[str, Any] = {}
            else:
                if expected_version is not None and expected_version != current.version:
                    raise ResidenceError(
                        "Nơi cư trú vừa được người khác sửa. Hãy tải lại trang rồi sửa lại."
                    )
                before = snapshot(current, cls.FIELDS)
                current.version += 1
            for name in cls.FIELDS:
                if name in fields:
                    setattr(current, name, fields[name])
            current.save()
            old, new = (
                changes(before, current, cls.FIELDS)
                if before
                else ({}, snapshot(current, cls.FIELDS))
            )
            log_action(current, "residence.record", by=by, cell=member.cell, before=old, after=new)
        return current


def _scan_path(instance: ResidenceComment, filename: str) -> str:
    return f"residence/{instance.year}/{filename}"


class ResidenceCommentQuerySet(models.QuerySet["ResidenceComment"]):
    def answered(self) -> ResidenceCommentQuerySet:
        return self.filter(status=ResidenceComment.Status.ANSWERED)


class ResidenceComment(models.Model):
    """One year's request for the residence chi ủy's comments on a member, and its answer."""

    class Status(models.TextChoices):
        REQUESTED = "requested", "Đã gửi đề nghị, chờ nhận xét"
        ANSWERED = "answered", "Đã có nhận xét"

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="residence_comments")
    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="+")  # who asked
    year = models.PositiveSmallIntegerField("năm")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.REQUESTED)
    requested_on = models.DateField("ngày gửi đề nghị")
    request_channel = models.CharField("cách gửi", max_length=10, choices=rules.REQUEST_CHANNELS,
                                       default="paper")  # fmt: skip
    answered_on = models.DateField("ngày nhận xét", null=True, blank=True)
    channel = models.CharField(
        "hình thức nhận", max_length=10, choices=rules.ANSWER_CHANNELS, blank=True
    )
    text = models.TextField("nội dung nhận xét", blank=True)
    signer = models.CharField("người ký nhận xét", max_length=120, blank=True,
                              help_text="Ví dụ: Bí thư chi bộ tổ dân phố số 5")  # fmt: skip
    portal_reference = models.CharField(
        "mã hồ sơ trên Cổng Dịch vụ công", max_length=60, blank=True
    )
    scan = models.FileField(upload_to=_scan_path, max_length=255, blank=True)
    scan_sha256 = models.CharField(max_length=64, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = ResidenceCommentQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "member__sort_key"]
        constraints = [
            models.UniqueConstraint(fields=["member", "year"], name="residence_one_comment_a_year")
        ]
        verbose_name = "nhận xét của nơi cư trú"
        verbose_name_plural = "nhận xét của nơi cư trú"

    def __str__(self) -> str:
        return f"{self.member} — năm {self.year}"

    @classmethod
    def request(cls, *, member: Member, year: int, on: dt.date, by: Any,
                channel: str = "paper") -> ResidenceComment:  # fmt: skip
        """Ask the residence chi ủy for its comments on the member for `year`."""
        if channel not in dict(rules.REQUEST_CHANNELS):
            raise ResidenceError("Cách gửi đề nghị không hợp lệ.")
        if not member.is_active:
            raise ResidenceError("Chỉ lấy ý kiến nhận xét cho đảng viên đang sinh hoạt.")
        with transaction.atomic():
            Member.objects.select_for_update().get(pk=member.pk)
            if cls.objects.filter(member=member, year=year).exists():
                raise ResidenceError(
                    f"Đã gửi đề nghị nhận xét năm {year} cho đồng chí {member.full_name}."
                )
            row = cls.objects.create(member=member, cell=member.cell, year=year, requested_on=on,
                                     request_channel=channel, recorded_by=_user(by))  # fmt: skip
            log_action(row, "residence.request", by=by, cell=member.cell,
                       after={"year": year, "requested_on": on, "channel": channel})  # fmt: skip
        return row

    def answer(self, *, by: Any, on: dt.date, channel: str, text: str = "", signer: str = "",
               portal_reference: str = "", scan: tuple[bytes, str] | None = None,
               expected_version: int | None = None, today: dt.date | None = None) -> None:  # fmt: skip
        """Record the residence chi ủy's comments: written out, a scanned sheet, or received
        through the national portal (its file number); a later correction replaces it, audited."""
        today = today or timezone.localdate()
        if channel not in dict(rules.ANSWER_CHANNELS):
            raise ResidenceError("Hình thức nhận nhận xét không hợp lệ.")
        if on > today:
            raise ResidenceError("Ngày nhận xét không thể ở tương lai.")
        if on < self.requested_on:
            raise ResidenceError("Ngày nhận xét không thể trước ngày gửi đề nghị.")
        if channel == "entered" and not text.strip():
            raise ResidenceError("Cần ghi nội dung nhận xét của chi ủy nơi cư trú.")
        if channel == "scanned" and scan is None:
            raise ResidenceError("Cần tải lên bản chụp phiếu nhận xét.")
        if channel == "portal" and not portal_reference.strip():
            raise ResidenceError("Cần ghi mã hồ sơ trên Cổng Dịch vụ công quốc gia.")
        fields = [
            "status",
            "answered_on",
            "channel",
            "text",
            "signer",
            "portal_reference",
            "scan_sha256",
        ]
        with transaction.atomic():
            current = ResidenceComment.objects.select_for_update().get(pk=self.pk)
            if expected_version is not None and expected_version != current.version:
                raise ResidenceError("Nhận xét này vừa được người khác ghi. Hãy tải lại trang.")
            before = snapshot(current, fields)
            current.status, current.answered_on, current.channel = self.Status.ANSWERED, on, channel
            current.text, current.signer = text.strip(), signer.strip()
            current.portal_reference = portal_reference.strip()
            if scan is not None:
                data, ext = scan
                current.scan_sha256 = hashlib.sha256(data).hexdigest()
                current.scan.save(f"nhan-xet-{current.member_id}-{current.year}.{ext}", ContentFile(data),
                                  save=False)  # fmt: skip
            current.recorded_by = _user(by)
            current.version += 1
            current.save()
            old, new = changes(before, current, fields)
            log_action(current, "residence.answer", by=by, cell=current.cell, before=old, after=new)
        self.refresh_from_db()

    @property
    def summary(self) -> str:
        """What the evaluation shows after "Nhận xét của nơi cư trú:"."""
        if self.status != self.Status.ANSWERED or self.answered_on is None:
            return f"{rules.MISSING} (đã gửi đề nghị ngày {self.requested_on:%d/%m/%Y})"
        where = f"ngày {self.answered_on:%d/%m/%Y}" + (f", {self.signer}" if self.signer else "")
        if self.text:
            return f"{self.text} ({where})"
        if self.channel == "scanned":
            return f"theo phiếu nhận xét đã chụp lưu ({where})"
        return f"nhận qua Cổng Dịch vụ công quốc gia, hồ sơ {self.portal_reference} ({where})"


def comment_line(member: Member, year: int) -> str:
    """'Nhận xét của nơi cư trú: …' for the member's evaluation of `year`."""
    return comment_lines([member], year)[member.pk]


def _line(member: Member, comment: ResidenceComment | None, residence: Residence | None) -> str:
    if comment is not None:
        return f"{rules.LINE_PREFIX}: {comment.summary}."
    if residence is not None and residence.exempt:
        return f"{rules.LINE_PREFIX}: {rules.EXEMPT} ({residence.exempt_reason})."
    return f"{rules.LINE_PREFIX}: {rules.MISSING}."


def comment_lines(members: list[Member], year: int) -> dict[int, str]:
    """The line of each member, in two queries whatever their number."""
    ids = [m.pk for m in members]
    comments = {
        c.member_id: c for c in ResidenceComment.objects.filter(member_id__in=ids, year=year)
    }
    residences = {r.member_id: r for r in Residence.objects.filter(member_id__in=ids)}
    return {m.pk: _line(m, comments.get(m.pk), residences.get(m.pk)) for m in members}


def missing_comments(cell: Cell, year: int, members: list[Member] | None = None) -> list[Member]:
    """The cell's current members (or the given ones: a round's) with no answer from their
    residence for `year`, exempt members left out, in Vietnamese name order."""
    answered = ResidenceComment.objects.answered().filter(year=year).values("member_id")
    exempt = Residence.objects.filter(exempt=True).values("member_id")
    chosen = Member.objects.for_cell(cell).current() if members is None else Member.objects.filter(
        pk__in=[m.pk for m in members])  # fmt: skip
    return list(chosen.exclude(pk__in=answered).exclude(pk__in=exempt).vietnamese_order())
