"""One piece of feedback from a parent, from the public form to the public answer.

Status: mới → đang xử lý → đã trả lời → đóng, or chuyển kênh khác (formal complaints,
denunciations, urgent safety matters) with guidance for the sender. Publication is separate:
nothing is public until a handler approves it (pre-moderation), and a public item reported from
enough addresses is hidden until it is reviewed again.

The sender's name and contact are kept only when the sender did not choose anonymity, are shown
only to the handlers who need them, and every view is written to the audit log
(rules.feedback.IDENTITY). Audit entries and notices never carry them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.lib.notices import announce

from .schools import FeedbackError, School, Staff

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone


class Category(models.TextChoices):
    CARE = "care", "Chăm sóc, giáo dục trẻ"
    MEALS = "meals", "Bữa ăn, dinh dưỡng"
    SAFETY = "safety", "An toàn của trẻ"
    FACILITIES = "facilities", "Cơ sở vật chất"
    FEES = "fees", "Các khoản thu"
    CONDUCT = "conduct", "Thái độ, ứng xử của cán bộ, giáo viên"
    OTHER = "other", "Khác"


class Channel(models.TextChoices):
    """Where a matter goes when the portal is not the right place for it."""

    URGENT = "urgent", "Việc khẩn cấp về an toàn của trẻ"
    COMPLAINT = "complaint", "Khiếu nại, tố cáo"
    OUTSIDE = "outside", "Không thuộc phạm vi nhà trường"


GUIDANCE = {
    Channel.URGENT: "Việc khẩn cấp về an toàn của trẻ cần được xử lý ngay, không chờ trả lời trên "
    "cổng góp ý. Xin gọi điện thoại trực tiếp cho nhà trường{phone}, hoặc đến gặp Ban giám hiệu.",
    Channel.COMPLAINT: "Khiếu nại, tố cáo được giải quyết theo đường chính thức: xin gửi đơn có ghi "
    "rõ họ tên, địa chỉ đến Ban giám hiệu nhà trường hoặc cơ quan có thẩm quyền. Đơn tố cáo giấu "
    "tên không được xử lý như đơn tố cáo.",
    Channel.OUTSIDE: "Nội dung này không thuộc phạm vi giải quyết của nhà trường. Xin gửi đến cơ "
    "quan có thẩm quyền; nhà trường sẵn sàng hướng dẫn thêm khi phụ huynh liên hệ.",
}


def new_code() -> str:
    """A tracking code like 'K7QM-4XPD-R2TB': 60 random bits, easy to read aloud."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def hash_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(cleaned.encode()).hexdigest()


def _photo_path(item: Feedback, filename: str) -> str:
    return f"feedback/{item.school_id}/{secrets.token_hex(12)}.jpg"


class FeedbackQuerySet(models.QuerySet["Feedback"]):
    def for_school(self, school: School) -> FeedbackQuerySet:
        return self.filter(school=school)

    def open(self) -> FeedbackQuerySet:
        return self.filter(status__in=Feedback.OPEN)

    def overdue(self, today: dt.date) -> FeedbackQuerySet:
        return self.open().filter(due_on__lt=today)

    def public(self) -> FeedbackQuerySet:
        """What the public page shows: approved, answered items."""
        return self.filter(
            publication=Feedback.Publication.PUBLISHED,
            status__in=[Feedback.Status.ANSWERED, Feedback.Status.CLOSED],
        )

    def awaiting_moderation(self) -> FeedbackQuerySet:
        return self.filter(
            publication__in=[Feedback.Publication.PENDING, Feedback.Publication.HIDDEN]
        )


class Feedback(models.Model):
    class Kind(models.TextChoices):
        REPORT = "report", "Phản ánh"
        REQUEST = "request", "Kiến nghị"
        SUGGESTION = "suggestion", "Góp ý"

    class Visibility(models.TextChoices):
        PUBLIC = "public", "Công khai tên tôi"
        SCHOOL = "school", "Chỉ nhà trường biết tên tôi"
        ANONYMOUS = "anonymous", "Ẩn danh hoàn toàn"

    class Status(models.TextChoices):
        NEW = "new", "Mới"
        IN_PROGRESS = "in_progress", "Đang xử lý"
        ANSWERED = "answered", "Đã trả lời"
        CLOSED = "closed", "Đã đóng"
        REDIRECTED = "redirected", "Chuyển kênh khác"

    class Publication(models.TextChoices):
        PENDING = "pending", "Chờ duyệt"
        PUBLISHED = "published", "Công khai"
        PRIVATE = "private", "Không công khai"
        HIDDEN = "hidden", "Tạm ẩn do bị báo cáo"

    OPEN = (Status.NEW, Status.IN_PROGRESS)

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="feedback")
    number = models.PositiveIntegerField("số")
    code_hash = models.CharField(max_length=64, unique=True, editable=False)
    kind = models.CharField("loại", max_length=20, choices=Kind.choices, default=Kind.SUGGESTION)
    category = models.CharField("lĩnh vực", max_length=20, choices=Category.choices)
    class_name = models.CharField("lớp", max_length=50, blank=True)
    text = models.TextField("nội dung")
    photo = models.FileField("ảnh", upload_to=_photo_path, blank=True)
    visibility = models.CharField("hiển thị tên", max_length=20, choices=Visibility.choices)
    sender_name = models.CharField("họ tên người gửi", max_length=120, blank=True)
    sender_contact = models.CharField("điện thoại hoặc e-mail", max_length=120, blank=True)
    status = models.CharField(
        "tình trạng", max_length=20, choices=Status.choices, default=Status.NEW
    )
    publication = models.CharField(
        "công khai", max_length=20, choices=Publication.choices, default=Publication.PENDING
    )
    public_text = models.TextField("nội dung công khai", blank=True)
    moderation_note = models.CharField("ghi chú duyệt", max_length=300, blank=True)
    public_answer = models.TextField("trả lời công khai", blank=True)
    answered_at = models.DateTimeField("ngày trả lời", null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    channel = models.CharField("chuyển đến", max_length=20, choices=Channel.choices, blank=True)
    redirect_note = models.TextField("hướng dẫn người gửi", blank=True)
    assigned_to = models.ForeignKey(
        Staff, verbose_name="người xử lý", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="assigned_items",
    )  # fmt: skip
    created_at = models.DateTimeField("ngày gửi", default=timezone.now)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    due_on = models.DateField("hạn trả lời")
    extension_reason = models.CharField("lý do gia hạn", max_length=300, blank=True)
    reopened_count = models.PositiveSmallIntegerField(default=0)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["school", "number"], name="unique_feedback_number")
        ]
        indexes = [
            models.Index(fields=["school", "status", "due_on"]),
            models.Index(fields=["school", "publication"]),
        ]
        verbose_name = "góp ý của phụ huynh"
        verbose_name_plural = "góp ý của phụ huynh"

    def __str__(self) -> str:
        return f"Góp ý số {self.number}"

    # -- derived facts ---------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    def is_overdue(self, today: dt.date | None = None) -> bool:
        return self.is_open and (today or timezone.localdate()) > self.due_on

    @property
    def has_identity(self) -> bool:
        return bool(self.sender_name or self.sender_contact)

    @property
    def public_name(self) -> str:
        """The name the public page may show: only when the sender asked for it."""
        return self.sender_name if self.visibility == self.Visibility.PUBLIC else ""

    @property
    def response_days(self) -> int | None:
        if self.answered_at is None:
            return None
        received = timezone.localtime(self.created_at).date()
        return (timezone.localtime(self.answered_at).date() - received).days

    @property
    def answered_on_time(self) -> bool | None:
        if self.answered_at is None:
            return None
        return timezone.localtime(self.answered_at).date() <= self.due_on

    def reopen_until(self) -> dt.date | None:
        if self.answered_at is None or self.status not in (
            self.Status.ANSWERED,
            self.Status.CLOSED,
        ):
            return None
        return timezone.localtime(self.answered_at).date() + dt.timedelta(
            days=self.school.reopen_days
        )

    def can_reopen(self, today: dt.date | None = None) -> bool:
        until = self.reopen_until()
        return until is not None and (today or timezone.localdate()) <= until

    def guidance(self) -> str:
        if not self.channel:
            return ""
        phone = f" theo số {self.school.phone}" if self.school.phone else ""
        return GUIDANCE[Channel(self.channel)].format(phone=phone)

    def staff_url(self) -> str:
        return reverse("feedback:detail", args=[self.pk])

    # -- submitting (public) -------------------------------------------------------------------
    @classmethod
    def submit(cls, *, school: School, category: str, text: str, visibility: str,
               kind: str = Kind.SUGGESTION, class_name: str = "", sender_name: str = "",
               sender_contact: str = "", photo: bytes | None = None) -> tuple[Feedback, str]:  # fmt: skip
        """A parent sends feedback; returns the item and its tracking code (shown once)."""
        if not school.portal_open:
            raise FeedbackError("Cổng góp ý của trường đang tạm đóng.")
        if visibility == cls.Visibility.ANONYMOUS:
            sender_name = sender_contact = ""  # an anonymous sender is not recorded at all
        elif not sender_name.strip():
            raise FeedbackError("Xin ghi họ tên, hoặc chọn gửi ẩn danh.")
        code = new_code()
        now = timezone.now()
        due = timezone.localtime(now).date() + dt.timedelta(days=school.due_days_for(category))
        with transaction.atomic():
            item = cls(school=school, number=school.take_number(), code_hash=hash_code(code),
                       kind=kind, category=category, class_name=class_name.strip(), text=text.strip(),
                       visibility=visibility, sender_name=sender_name.strip(),
                       sender_contact=sender_contact.strip(), created_at=now, due_on=due,
                       public_text=text.strip())  # fmt: skip
            if photo:
                item.photo.save("anh.jpg", ContentFile(photo), save=False)
            item.save()
            log_action(item, "feedback.submit", by=None, cell=school.cell,
                       after={"category": category, "kind": kind, "visibility": visibility,
                              "photo": bool(photo)})  # fmt: skip
        item._tell_staff(
            "feedback.new",
            f"Góp ý mới số {item.number} ({item.get_category_display()}), hạn trả lời "
            f"{item.due_on:%d/%m/%Y}",
            dedupe=f"feedback:{item.pk}:new",
        )
        return item, code

    @classmethod
    def find(cls, code: str) -> Feedback | None:
        return cls.objects.select_related("school").filter(code_hash=hash_code(code)).first()

    # -- the sender's own actions (through the private link) -----------------------------------
    def sender_reply(self, *, text: str) -> Message:
        with transaction.atomic():
            current = self._lock()
            message = Message.objects.create(
                feedback=current, kind=Message.Kind.FROM_SENDER, text=text
            )
            log_action(current, "feedback.sender_reply", by=None, cell=self.school.cell)
        self._tell_staff("feedback.reply", f"Người gửi góp ý số {self.number} nhắn thêm",
                         dedupe=f"feedback:{self.pk}:reply:{message.pk}")  # fmt: skip
        return message

    def reopen(self, *, reason: str, today: dt.date | None = None) -> None:
        """The sender is not satisfied with the answer: back to the handlers, with a new due date."""
        today = today or timezone.localdate()
        with transaction.atomic():
            current = self._lock()
            if not current.can_reopen(today):
                raise FeedbackError("Đã quá thời hạn mở lại góp ý này. Xin gửi một góp ý mới.")
            current.status = self.Status.IN_PROGRESS
            current.closed_at = None
            current.reopened_count += 1
            current.due_on = today + dt.timedelta(days=self.school.due_days_for(current.category))
            current.save(update_fields=["status", "closed_at", "reopened_count", "due_on"])
            Message.objects.create(feedback=current, kind=Message.Kind.FROM_SENDER,
                                   text=f"Mở lại: {reason}")  # fmt: skip
            log_action(current, "feedback.reopen", by=None, cell=self.school.cell,
                       before={"status": self.status}, after={"status": current.status})  # fmt: skip
        self._refresh(current)
        self._tell_staff("feedback.reopen", f"Góp ý số {self.number} được người gửi mở lại",
                         dedupe=f"feedback:{self.pk}:reopen:{self.reopened_count}")  # fmt: skip

    def confirm_resolved(self) -> None:
        with transaction.atomic():
            current = self._lock()
            if current.status != self.Status.ANSWERED:
                raise FeedbackError("Góp ý này chưa được trả lời hoặc đã đóng.")
            current._close(by=None, action="feedback.sender_close")
        self._refresh(current)

    def report(self, *, reason: str, reporter_key: str) -> bool:
        """Someone reports a public item; returns whether it was hidden by this report."""
        with transaction.atomic():
            current = self._lock()
            if current.publication != self.Publication.PUBLISHED:
                return False
            _, created = Report.objects.get_or_create(
                feedback=current, reporter_key=reporter_key, defaults={"reason": reason}
            )
            if not created:
                return False
            hidden = current.reports.count() >= self.school.hide_after_reports
            if hidden:
                current.publication = self.Publication.HIDDEN
                current.save(update_fields=["publication"])
            log_action(current, "feedback.report", by=None, cell=self.school.cell,
                       after={"reason": reason, "hidden": hidden})  # fmt: skip
        if hidden:
            self._refresh(current)
            self._tell_staff("feedback.hidden", f"Góp ý số {self.number} bị báo cáo nhiều lần, đã tạm ẩn",
                             dedupe=f"feedback:{self.pk}:hidden:{current.reports.count()}")  # fmt: skip
        return hidden

    # -- handling (staff) ------------------------------------------------------------------
    def take(self, *, staff: Staff) -> None:
        """A handler takes the item: it is theirs, and in progress."""
        with transaction.atomic():
            current = self._lock()
            if current.status not in self.OPEN:
                raise FeedbackError("Góp ý này không còn chờ xử lý.")
            before = {"status": current.status, "assigned_to": str(current.assigned_to or "")}
            current.assigned_to = staff
            current.status = self.Status.IN_PROGRESS
            current.acknowledged_at = current.acknowledged_at or timezone.now()
            current.save(update_fields=["assigned_to", "status", "acknowledged_at"])
            log_action(current, "feedback.take", by=staff.user, cell=self.school.cell, before=before,
                       after={"status": current.status, "assigned_to": str(staff)})  # fmt: skip
        self._refresh(current)

    def assign(self, *, to: Staff, by: Any) -> None:
        if to.school_id != self.school_id or not to.active:
            raise FeedbackError("Chỉ giao cho cán bộ đang làm việc của trường.")
        with transaction.atomic():
            current = self._lock()
            if current.status not in self.OPEN:
                raise FeedbackError("Góp ý này không còn chờ xử lý.")
            before = {"assigned_to": str(current.assigned_to or "")}
            current.assigned_to = to
            current.save(update_fields=["assigned_to"])
            log_action(current, "feedback.assign", by=by, cell=self.school.cell, before=before,
                       after={"assigned_to": str(to)})  # fmt: skip
        self._refresh(current)
        announce(recipients=[to.user], kind="feedback.assigned",
                 title=f"Đồng chí được giao xử lý góp ý số {self.number}, hạn {self.due_on:%d/%m/%Y}",
                 url=self.staff_url(), cell=self.school.cell,
                 dedupe_key=f"feedback:{self.pk}:assigned:{to.pk}")  # fmt: skip

    def add_message(self, *, kind: str, text: str, by: Any) -> Message:
        if kind not in (Message.Kind.NOTE, Message.Kind.TO_SENDER):
            raise FeedbackError("Loại ghi chú không hợp lệ.")
        with transaction.atomic():
            current = self._lock()
            message = Message.objects.create(feedback=current, kind=kind, text=text, author=by)
            log_action(current, f"feedback.{kind}", by=by, cell=self.school.cell)
        return message

    def answer(self, *, text: str, by: Any, close: bool = False) -> None:
        """The school's public answer: shown to the sender and, once approved, on the public page."""
        if not text.strip():
            raise FeedbackError("Cần nội dung trả lời.")
        with transaction.atomic():
            current = self._lock()
            if current.status not in (*self.OPEN, self.Status.ANSWERED):
                raise FeedbackError(
                    "Góp ý đã đóng hoặc đã chuyển kênh khác: không trả lời được nữa."
                )
            before = {"status": current.status, "public_answer": current.public_answer}
            current.public_answer = text.strip()
            current.status = self.Status.ANSWERED
            current.answered_at = timezone.now()
            current.answered_by = by
            current.acknowledged_at = current.acknowledged_at or current.answered_at
            current.save(update_fields=["public_answer", "status", "answered_at", "answered_by",
                                        "acknowledged_at"])  # fmt: skip
            log_action(current, "feedback.answer", by=by, cell=self.school.cell, before=before,
                       after={"status": current.status, "public_answer": current.public_answer})  # fmt: skip
            if close:
                current._close(by=by, action="feedback.close")
        self._refresh(current)

    def close(self, *, by: Any) -> None:
        with transaction.atomic():
            current = self._lock()
            if not current.public_answer:
                raise FeedbackError("Cần có trả lời công khai trước khi đóng góp ý.")
            if current.status != self.Status.ANSWERED:
                raise FeedbackError("Chỉ đóng được góp ý đã trả lời.")
            current._close(by=by, action="feedback.close")
        self._refresh(current)

    def _close(self, *, by: Any, action: str) -> None:
        before = {"status": self.status}
        self.status = self.Status.CLOSED
        self.closed_at = timezone.now()
        self.save(update_fields=["status", "closed_at"])
        log_action(self, action, by=by, cell=self.school.cell, before=before,
                   after={"status": self.status})  # fmt: skip

    def redirect(self, *, channel: str, note: str, by: Any) -> None:
        """Not a matter for the portal: tell the sender where it goes."""
        if channel not in Channel.values:
            raise FeedbackError("Chọn kênh chuyển đến.")
        with transaction.atomic():
            current = self._lock()
            if current.status not in self.OPEN:
                raise FeedbackError("Chỉ chuyển kênh được góp ý đang chờ xử lý.")
            before = {"status": current.status}
            current.status = self.Status.REDIRECTED
            current.channel = channel
            current.redirect_note = note.strip()
            current.closed_at = timezone.now()
            current.save(update_fields=["status", "channel", "redirect_note", "closed_at"])
            log_action(current, "feedback.redirect", by=by, cell=self.school.cell, before=before,
                       after={"status": current.status, "channel": channel})  # fmt: skip
        self._refresh(current)

    def extend(self, *, until: dt.date, reason: str, by: Any) -> None:
        """A later due date, with the reason: an honest 'not late yet'."""
        if not reason.strip():
            raise FeedbackError("Cần ghi lý do gia hạn.")
        with transaction.atomic():
            current = self._lock()
            if current.status not in self.OPEN:
                raise FeedbackError("Chỉ gia hạn được góp ý đang chờ xử lý.")
            if until <= current.due_on:
                raise FeedbackError("Hạn mới phải sau hạn hiện tại.")
            before = {"due_on": current.due_on}
            current.due_on, current.extension_reason = until, reason.strip()
            current.save(update_fields=["due_on", "extension_reason"])
            log_action(current, "feedback.extend", by=by, cell=self.school.cell, before=before,
                       after={"due_on": until, "reason": current.extension_reason})  # fmt: skip
        self._refresh(current)

    def moderate(self, *, publish: bool, by: Any, public_text: str = "", note: str = "") -> None:
        """Approve the item for the public page (with the text as edited to remove personal
        details), or keep it private with a reason."""
        with transaction.atomic():
            current = self._lock()
            before = {"publication": current.publication}
            if publish:
                if not public_text.strip():
                    raise FeedbackError("Cần nội dung công khai.")
                current.publication = self.Publication.PUBLISHED
                current.public_text = public_text.strip()
                current.reports.all().delete()  # reviewed again: earlier reports are settled
            else:
                if not note.strip():
                    raise FeedbackError("Cần ghi lý do không công khai.")
                current.publication = self.Publication.PRIVATE
            current.moderation_note = note.strip()
            current.save(update_fields=["publication", "public_text", "moderation_note"])
            log_action(current, "feedback.moderate", by=by, cell=self.school.cell, before=before,
                       after={"publication": current.publication, "note": current.moderation_note})  # fmt: skip
        self._refresh(current)

    def reveal_identity(self, *, staff: Staff) -> dict[str, str]:
        """The sender's name and contact, for a handler who needs them; every view is audited."""
        if staff.school_id != self.school_id or not may_see_identity(staff, self):
            raise FeedbackError(
                "Chỉ cán bộ được giao xử lý góp ý này và Ban giám hiệu xem được người gửi."
            )
        with transaction.atomic():
            log_action(self, "feedback.identity_view", by=staff.user, cell=self.school.cell,
                       after={"visibility": self.visibility, "role": staff.role})  # fmt: skip
        return {"name": self.sender_name, "contact": self.sender_contact}

    @classmethod
    def close_answered(cls, *, today: dt.date) -> int:
        """Answered items whose reopen window has passed are closed (nobody asked for more)."""
        closed = 0
        for item in cls.objects.filter(status=cls.Status.ANSWERED).select_related("school"):
            if item.can_reopen(today):
                continue
            with transaction.atomic():
                current = item._lock()
                if current.status == cls.Status.ANSWERED:
                    current._close(by=None, action="feedback.auto_close")
                    closed += 1
        return closed

    # -- helpers ---------------------------------------------------------------------------------
    def _lock(self) -> Feedback:
        current = Feedback.objects.select_for_update().get(pk=self.pk)
        current.school = self.school
        return current

    def _refresh(self, current: Feedback) -> None:
        for field in self._meta.concrete_fields:
            setattr(self, field.attname, getattr(current, field.attname))

    def _tell_staff(self, kind: str, title: str, *, dedupe: str) -> None:
        """A notice to the assigned handler, or to every handler and manager of the school."""
        staff = Staff.objects.handling().filter(school_id=self.school_id)
        if self.assigned_to_id:
            staff = staff.filter(
                models.Q(pk=self.assigned_to_id) | models.Q(role=Staff.Role.MANAGER)
            )
        users = [s.user for s in staff.select_related("user")]
        if users:
            announce(recipients=users, kind=kind, title=title, url=self.staff_url(),
                     cell=self.school.cell, dedupe_key=dedupe)  # fmt: skip


def may_see_identity(staff: Staff, item: Feedback) -> bool:
    """The handler it is assigned to, and the management board; never other handlers."""
    if not staff.active or staff.school_id != item.school_id:
        return False
    return staff.is_manager or item.assigned_to_id == staff.pk


class Message(models.Model):
    """The thread of an item: internal notes, and messages between the school and the sender."""

    class Kind(models.TextChoices):
        NOTE = "note", "Ghi chú nội bộ"
        TO_SENDER = "to_sender", "Nhà trường nhắn người gửi"
        FROM_SENDER = "from_sender", "Người gửi nhắn thêm"

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.TextField("nội dung")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "trao đổi"
        verbose_name_plural = "trao đổi"

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.feedback})"


class Report(models.Model):
    """A report that a public item is not fit to be public; one per item and address."""

    class Reason(models.TextChoices):
        PERSONAL = "personal", "Lộ thông tin cá nhân"
        ABUSIVE = "abusive", "Xúc phạm, vu khống"
        SPAM = "spam", "Quảng cáo, rác"
        OTHER = "other", "Lý do khác"

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField("lý do", max_length=20, choices=Reason.choices)
    reporter_key = models.CharField(max_length=64)  # a keyed hash of the address, never the address
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["feedback", "reporter_key"], name="unique_report")
        ]
        verbose_name = "báo cáo nội dung"
        verbose_name_plural = "báo cáo nội dung"

    def __str__(self) -> str:
        return f"{self.get_reason_display()} ({self.feedback})"
