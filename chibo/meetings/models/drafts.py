"""The draft and what gathers around it before the meeting: versions, the chi ủy's review
comments, materials, members' read receipts and their comments or requests to speak."""

from __future__ import annotations

import uuid
from typing import Any

from django.db import IntegrityError, models, transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.members.models import Member

from ..errors import MeetingError
from ..roles import require_editor, require_member
from ..uploads import MATERIAL_KINDS, upload_path, validate_upload
from .meeting import Meeting


class DraftVersion(models.Model):
    """One saved version of the draft. Text is plain, paragraphs separated by blank lines
    (rendered escaped), so nothing a member pastes can run in another member's browser."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField("phiên bản")
    author = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("nội dung", blank=True)
    note = models.CharField("ghi chú thay đổi", max_length=300, blank=True)
    file = models.FileField(upload_to=upload_path, blank=True)
    file_name = models.CharField(max_length=200, blank=True)
    file_kind = models.CharField(max_length=8, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="unique_draft_number")
        ]

    def __str__(self) -> str:
        return f"Dự thảo lần {self.number}"


class ReviewComment(models.Model):
    """The chi ủy's comment on a draft version, answered by the preparer."""

    version = models.ForeignKey(DraftVersion, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("ý kiến")
    reply = models.TextField("trả lời", blank=True)
    resolved = models.BooleanField("đã tiếp thu", default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Ý kiến của {self.author} về dự thảo lần {self.version.number}"

    @classmethod
    def add(cls, version: DraftVersion, *, by: Any, text: str) -> ReviewComment:
        author = require_editor(by, version.meeting.cell_id)
        if not text.strip():
            raise MeetingError("Ý kiến không được để trống.")
        if version.meeting.status not in (Meeting.Status.PREPARING, Meeting.Status.REVIEW):
            raise MeetingError("Chỉ cho ý kiến khi dự thảo đang chuẩn bị hoặc chờ duyệt.")
        with transaction.atomic():
            comment = cls.objects.create(version=version, author=author, text=text.strip())
            log_action(version.meeting, "meeting.review_comment", by=by, cell=version.meeting.cell,
                       after={"version": version.number, "text": comment.text})  # fmt: skip
        return comment

    def answer(self, *, by: Any, reply: str, resolved: bool) -> None:
        meeting = self.version.meeting
        member = require_member(by, meeting.cell_id)
        if not (member.is_editor or meeting.is_preparer(member)):
            raise MeetingError("Chỉ người chuẩn bị hoặc chi ủy được trả lời ý kiến.")
        with transaction.atomic():
            current = ReviewComment.objects.select_for_update().get(pk=self.pk)
            before = {"reply": current.reply, "resolved": current.resolved}
            current.reply, current.resolved = reply.strip(), resolved
            current.save(update_fields=["reply", "resolved"])
            log_action(meeting, "meeting.review_reply", by=by, cell=meeting.cell, before=before,
                       after={"reply": current.reply, "resolved": resolved})  # fmt: skip
        self.refresh_from_db()


class Material(models.Model):
    """A document used at the meeting (tài liệu phục vụ sinh hoạt)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="materials")
    title = models.CharField("tên tài liệu", max_length=300)
    file = models.FileField(upload_to=upload_path)
    file_name = models.CharField(max_length=200, blank=True)
    file_kind = models.CharField(max_length=8)
    uploaded_by = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return self.title

    @classmethod
    def add(cls, meeting: Meeting, *, by: Any, title: str, upload: Any) -> Material:
        member = require_member(by, meeting.cell_id)
        if not (member.is_editor or meeting.is_preparer(member)):
            raise MeetingError("Chỉ người chuẩn bị hoặc chi ủy được tải tài liệu lên.")
        if meeting.status in (Meeting.Status.CLOSED, Meeting.Status.CANCELLED):
            raise MeetingError("Hồ sơ đã đóng, không thêm tài liệu được.")
        kind = validate_upload(upload, MATERIAL_KINDS)
        with transaction.atomic():
            material = cls(meeting=meeting, title=title.strip() or upload.name, file_kind=kind,
                           file_name=getattr(upload, "name", "")[:200], uploaded_by=member)  # fmt: skip
            material.file.save(material.file_name or f"tai-lieu.{kind}", upload, save=False)
            material.save()
            log_action(
                meeting,
                "meeting.material",
                by=by,
                cell=meeting.cell,
                after={"title": material.title},
            )
        return material


class ReadReceipt(models.Model):
    """When a member first opened the distributed draft."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="read_receipts")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    first_opened_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="unique_read_receipt")
        ]

    def __str__(self) -> str:
        return f"{self.member} đã đọc"

    @classmethod
    def record(cls, meeting: Meeting, member: Member) -> ReadReceipt:
        receipt, _ = cls.objects.get_or_create(meeting=meeting, member=member)
        return receipt


class MemberComment(models.Model):
    """A member's comment on the draft before the meeting, or a request to speak.

    `client_key` is made by the member's phone when she writes the comment (possibly offline,
    queued until the network returns): sending it again, after a lost answer or a retry,
    finds the comment already saved instead of saving it twice.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="member_comments")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    text = models.TextField("ý kiến", blank=True)
    wants_to_speak = models.BooleanField("đăng ký phát biểu", default=False)
    client_key = models.UUIDField("mã gửi của máy", null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "client_key"], name="unique_member_comment_client_key"
            )
        ]

    def __str__(self) -> str:
        return f"Ý kiến của {self.member}"

    @classmethod
    def add(cls, meeting: Meeting, *, by: Any, text: str, wants_to_speak: bool,
            client_key: uuid.UUID | None = None) -> MemberComment:  # fmt: skip
        """Save the comment once: with a `client_key` already used by this member, the saved
        comment is returned (its `resent` is True) and nothing else happens."""
        member = require_member(by, meeting.cell_id)
        if client_key is not None:
            sent = cls._sent(member, meeting, client_key)
            if sent is not None:
                return sent
        if meeting.status != Meeting.Status.DISTRIBUTED:
            raise MeetingError("Chỉ góp ý trước buổi họp, sau khi tài liệu đã được gửi.")
        if not text.strip() and not wants_to_speak:
            raise MeetingError("Hãy viết ý kiến hoặc đăng ký phát biểu.")
        try:
            with transaction.atomic():
                comment = cls.objects.create(meeting=meeting, member=member, text=text.strip(),
                                             wants_to_speak=wants_to_speak, client_key=client_key)  # fmt: skip
                log_action(meeting, "meeting.member_comment", by=by, cell=meeting.cell,
                           after={"text": comment.text, "wants_to_speak": wants_to_speak})  # fmt: skip
        except IntegrityError:
            # The same comment arrived twice at once; the other request saved it.
            sent = cls._sent(member, meeting, client_key) if client_key is not None else None
            if sent is None:
                raise
            return sent
        comment.resent = False
        return comment

    @classmethod
    def _sent(cls, member: Member, meeting: Meeting, key: uuid.UUID) -> MemberComment | None:
        sent = cls.objects.filter(member=member, client_key=key).first()
        if sent is None:
            return None
        if sent.meeting_id != meeting.pk:
            raise MeetingError("Mã gửi này đã dùng cho ý kiến về một buổi họp khác.")
        sent.resent = True
        return sent

    resent: bool = False
