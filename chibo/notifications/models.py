"""In-app notices (thông báo) for one person, and each member's secret calendar feed.

A notice goes to a user; a member without a login still gets the e-mail, so the row then names
the member instead (`user` empty) and never shows in any list. The dedupe key makes sending
idempotent: one (recipient, key) pair is one row, whoever asks twice.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.members.models import Member
from chibo.organizations.models import Cell

KIND_LABELS = {
    "meeting.assigned": "Phân công chuẩn bị",
    "meeting.draft_review": "Cho ý kiến dự thảo",
    "meeting.distributed": "Tài liệu sinh hoạt",
    "meeting.report_submitted": "Báo cáo sinh hoạt",
    "meeting.tomorrow": "Sinh hoạt ngày mai",
    "task.assigned": "Nhiệm vụ mới",
    "task.due_soon": "Nhiệm vụ sắp đến hạn",
    "task.overdue": "Nhiệm vụ quá hạn",
    "draft.due": "Hạn nộp dự thảo",
    "review.due": "Hạn cho ý kiến",
    "distribution.due": "Hạn gửi tài liệu",
    "reminder.digest": "Nhắc việc",
}


class NotificationQuerySet(models.QuerySet["Notification"]):
    def for_user(self, user: Any) -> NotificationQuerySet:
        return self.filter(user=user)

    def unread(self) -> NotificationQuerySet:
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    member = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    cell = models.ForeignKey(
        Cell, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField("loại", max_length=40)
    title = models.CharField("tiêu đề", max_length=300)
    body = models.TextField("nội dung", blank=True)
    url = models.CharField("đường dẫn", max_length=500, blank=True)
    created_at = models.DateTimeField("lúc", default=timezone.now)
    read_at = models.DateTimeField("đã đọc lúc", null=True, blank=True)
    dedupe_key = models.CharField(max_length=200, blank=True)
    email = models.EmailField("gửi thư tới", blank=True)
    emailed_at = models.DateTimeField("đã gửi thư lúc", null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["user", "read_at"]),
            models.Index(fields=["user", "-created_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "dedupe_key"],
                condition=Q(user__isnull=False) & ~Q(dedupe_key=""),
                name="unique_notification_per_user",
            ),
            models.UniqueConstraint(
                fields=["member", "dedupe_key"],
                condition=Q(user__isnull=True) & ~Q(dedupe_key=""),
                name="unique_email_notice_per_member",
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False) | Q(member__isnull=False),
                name="notification_has_recipient",
            ),
        ]
        verbose_name = "thông báo"
        verbose_name_plural = "thông báo"

    def __str__(self) -> str:
        return self.title

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, "Thông báo")

    @property
    def is_read(self) -> bool:
        return self.read_at is not None

    def mark_read(self) -> bool:
        """Idempotent: a second click changes nothing. Returns whether it was unread."""
        now = timezone.now()
        changed = Notification.objects.filter(pk=self.pk, read_at__isnull=True).update(read_at=now)
        if changed:
            self.read_at = now
        return bool(changed)

    @classmethod
    def mark_all_read(cls, user: Any) -> int:
        return cls.objects.for_user(user).unread().update(read_at=timezone.now())


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CalendarFeedQuerySet(models.QuerySet["CalendarFeed"]):
    def active(self) -> CalendarFeedQuerySet:
        return self.filter(revoked_at__isnull=True)


class CalendarFeed(models.Model):
    """A member's secret calendar address. Only the token's SHA-256 is stored: a leaked
    database does not leak anyone's calendar, and the address is shown once, when made."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="calendar_feeds")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField("tạo lúc", default=timezone.now)
    revoked_at = models.DateTimeField("thu hồi lúc", null=True, blank=True)

    objects = CalendarFeedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["member"],
                condition=Q(revoked_at__isnull=True),
                name="one_active_calendar_feed_per_member",
            )
        ]
        verbose_name = "lịch cá nhân"
        verbose_name_plural = "lịch cá nhân"

    def __str__(self) -> str:
        return f"Lịch của {self.member}"

    @classmethod
    def issue(cls, member: Member, *, by: Any) -> tuple[CalendarFeed, str]:
        """Make a new secret address for `member`, revoking the previous one."""
        token = secrets.token_urlsafe(32)
        with transaction.atomic():
            Member.objects.select_for_update().filter(pk=member.pk).first()
            revoked = cls._revoke_active(member)
            feed = cls.objects.create(member=member, token_hash=_hash(token))
            log_action(feed, "calendar.issue", by=by, cell=member.cell,
                       after={"member": member.full_name, "revoked": revoked})  # fmt: skip
        return feed, token

    @classmethod
    def revoke_for(cls, member: Member, *, by: Any) -> int:
        with transaction.atomic():
            Member.objects.select_for_update().filter(pk=member.pk).first()
            active = cls.objects.active().filter(member=member).first()
            revoked = cls._revoke_active(member)
            if active is not None:
                log_action(active, "calendar.revoke", by=by, cell=member.cell,
                           after={"member": member.full_name})  # fmt: skip
        return revoked

    @classmethod
    def _revoke_active(cls, member: Member) -> int:
        return cls.objects.active().filter(member=member).update(revoked_at=timezone.now())

    @classmethod
    def find(cls, token: str) -> CalendarFeed | None:
        """The active feed for a token from a URL, or None (unknown or revoked)."""
        if not token or len(token) > 100:
            return None
        return (
            cls.objects.active()
            .select_related("member", "member__cell")
            .filter(token_hash=_hash(token), member__status__in=Member.ACTIVE_STATUSES)
            .first()
        )
