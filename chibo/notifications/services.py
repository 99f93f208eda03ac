"""Sending notices: in-app rows, and e-mail through a background task.

The interface is fixed (see notes/notifications-interface.md): other apps call `notify()`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from chibo.lib.vietnamese import person_name
from chibo.members.models import Member
from chibo.organizations.models import Cell

from .models import Notification

log = logging.getLogger(__name__)

EMAIL_SIGNATURE = "--\nChi bộ số — thư gửi tự động, xin đồng chí không trả lời thư này."


@dataclass
class _Recipient:
    user: Any | None
    member: Member | None
    email: str
    name: str


def notify(
    *,
    recipients: Iterable[Member | Any],
    kind: str,
    title: str,
    body: str = "",
    url: str = "",
    cell: Cell | None = None,
    email: bool = True,
    dedupe_key: str = "",
) -> int:
    """Create one in-app notice per recipient user and e-mail everyone with an address.

    Members without a login get only the e-mail. A recipient who already has a notice with
    the same `dedupe_key` gets nothing. E-mail goes through a background task enqueued in the
    same transaction, so a rolled-back notice is never mailed. Returns the in-app notices made.
    """
    people = _resolve(list(recipients))
    if dedupe_key:
        people = _drop_already_notified(people, dedupe_key)
    rows = [
        Notification(user=p.user, member=p.member, email=p.email if email else "", kind=kind,
                     title=title[:300], body=body, url=url[:500], cell=cell, dedupe_key=dedupe_key)
        for p in people
        if p.user is not None or (email and p.email)  # no login and no address: nobody to tell
    ]  # fmt: skip
    with transaction.atomic():
        created = _insert(rows)
        to_mail = [n.pk for n in created if n.email]
        if to_mail:
            from .tasks import send_notification_emails

            send_notification_emails.enqueue(to_mail)
    return sum(1 for n in created if n.user_id is not None)


def _insert(rows: list[Notification]) -> list[Notification]:
    """All rows in one INSERT; if another process sent the same key a moment ago, row by row,
    skipping the duplicates."""
    if not rows:
        return []
    try:
        with transaction.atomic():
            return Notification.objects.bulk_create(rows)
    except IntegrityError:
        pass
    created = []
    for row in rows:
        try:
            with transaction.atomic():
                row.save(force_insert=True)
        except IntegrityError:
            continue
        created.append(row)
    return created


def _resolve(recipients: list[Member | Any]) -> list[_Recipient]:
    """Users and members to (user, member, address), one entry per person, in a few queries."""
    members = [r for r in recipients if isinstance(r, Member)]
    user_model = get_user_model()
    users = [r for r in recipients if isinstance(r, user_model)]
    user_ids = {m.user_id for m in members if m.user_id} | {u.pk for u in users}
    users_by_id = {u.pk: u for u in user_model.objects.filter(pk__in=user_ids, is_active=True)}
    member_by_user = {
        m.user_id: m
        for m in Member.objects.filter(user_id__in=[u.pk for u in users]).only(
            "user_id", "email", "full_name"
        )
    }
    seen: set[tuple[str, int]] = set()
    out: list[_Recipient] = []
    for member in members:
        user = users_by_id.get(member.user_id) if member.user_id else None
        key = ("u", user.pk) if user else ("m", member.pk)
        if member.user_id and user is None:
            continue  # a disabled login: say nothing
        if key not in seen:
            seen.add(key)
            address = member.email or (user.email if user else "")
            out.append(_Recipient(user, member, address, member.full_name))
    for given in users:
        user = users_by_id.get(given.pk)
        if user is None or ("u", user.pk) in seen:
            continue
        seen.add(("u", user.pk))
        own = member_by_user.get(user.pk)
        address = user.email or (own.email if own else "")
        name = own.full_name if own else person_name(user)
        out.append(_Recipient(user, own, address, name))
    return out


def _drop_already_notified(people: list[_Recipient], key: str) -> list[_Recipient]:
    user_ids = [p.user.pk for p in people if p.user is not None]
    member_ids = [p.member.pk for p in people if p.user is None and p.member is not None]
    done = Notification.objects.filter(dedupe_key=key).filter(
        Q(user_id__in=user_ids) | Q(user__isnull=True, member_id__in=member_ids)
    )
    done_users: set[int] = set()
    done_members: set[int] = set()
    for user_id, member_id in done.values_list("user_id", "member_id"):
        if user_id is None:
            done_members.add(member_id)
        else:
            done_users.add(user_id)
    return [
        p
        for p in people
        if not (p.user is not None and p.user.pk in done_users)
        and not (p.user is None and p.member is not None and p.member.pk in done_members)
    ]


# -- e-mail -------------------------------------------------------------------------------


def absolute_url(path: str) -> str:
    if not path or path.startswith(("http://", "https://")):
        return path
    return settings.CHIBO_BASE_URL.rstrip("/") + path


def compose_email(notice: Notification, *, name: str) -> EmailMessage:
    """A plain-text Vietnamese letter for one notice."""
    lines = [f"Kính gửi đồng chí {name},", "", notice.title]
    if notice.body:
        lines += ["", notice.body]
    if notice.url:
        lines += ["", f"Xem chi tiết: {absolute_url(notice.url)}"]
    lines += ["", EMAIL_SIGNATURE]
    return EmailMessage(
        subject=f"[Chi bộ số] {notice.title}"[:200],
        body="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notice.email],
    )


def send_emails(notification_ids: list[int]) -> int:
    """Send the letters of these notices that have not gone yet; returns how many went.

    Each notice is marked as e-mailed only after its letter left, so a retried task sends the
    rest and never a letter twice.
    """
    notices = (
        Notification.objects.filter(pk__in=notification_ids, emailed_at__isnull=True)
        .exclude(email="")
        .select_related("user", "member")
    )
    sent = 0
    for notice in notices:
        message = compose_email(notice, name=_display_name(notice))
        message.send()
        Notification.objects.filter(pk=notice.pk).update(emailed_at=timezone.now())
        sent += 1
    return sent


def _display_name(notice: Notification) -> str:
    if notice.member is not None:
        return notice.member.full_name
    user = notice.user
    member = getattr(user, "member", None)
    if member is not None:
        return member.full_name
    return person_name(user) if user else ""
