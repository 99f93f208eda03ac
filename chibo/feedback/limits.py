"""Rate limits on the public forms, kept in the database (no outside service): per client address
and per contact. Keys are keyed hashes, so neither addresses nor phone numbers are stored.

The client address is read the way django-axes reads it for login lockouts (its
AXES_CLIENT_IP_CALLABLE or ipware settings, else REMOTE_ADDR): X-Forwarded-For is trusted only
when the deployment says so there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from .models import Hit


@dataclass(frozen=True)
class Limit:
    name: str
    count: int
    window: dt.timedelta


# Sending feedback: a parent rarely sends more than a few a day.
SUBMIT_BY_ADDRESS = [
    Limit("submit", 5, dt.timedelta(minutes=10)),
    Limit("submit", 20, dt.timedelta(days=1)),
]
SUBMIT_BY_CONTACT = [Limit("submit-contact", 3, dt.timedelta(hours=1)),
                     Limit("submit-contact", 10, dt.timedelta(days=1))]  # fmt: skip
# Guessing tracking codes or family codes, replies, reports.
LOOKUP_BY_ADDRESS = [Limit("lookup", 20, dt.timedelta(minutes=10))]
REPLY_BY_ADDRESS = [Limit("reply", 10, dt.timedelta(minutes=10))]
REPORT_BY_ADDRESS = [Limit("report", 10, dt.timedelta(hours=1))]
SURVEY_BY_ADDRESS = [Limit("survey", 30, dt.timedelta(minutes=10))]
KEEP = dt.timedelta(days=2)


def client_address(request: HttpRequest) -> str:
    return get_client_ip_address(request) or "unknown"


def key_for(kind: str, value: str) -> str:
    """A keyed hash: the same address always gives the same key, nobody can reverse it."""
    secret = settings.SECRET_KEY.encode()
    return hmac.new(secret, f"{kind}:{value.strip().lower()}".encode(), hashlib.sha256).hexdigest()


def address_key(request: HttpRequest, kind: str = "address") -> str:
    """The key of the client's address for one kind of limit ("submit", "lookup"…)."""
    return key_for(kind, client_address(request))


def contact_key(contact: str) -> str:
    digits_or_mail = "".join(ch for ch in contact.lower() if ch.isalnum() or ch in "@.")
    return key_for("contact", digits_or_mail)


def wait_minutes(key: str, limits: list[Limit], *, now: dt.datetime | None = None) -> int:
    """0 when another request is allowed; otherwise roughly how many minutes to wait."""
    now = now or timezone.now()
    longest = max(limit.window for limit in limits)
    times = sorted(Hit.objects.filter(key=key, at__gt=now - longest).values_list("at", flat=True))
    wait = dt.timedelta(0)
    for limit in limits:
        recent = [t for t in times if t > now - limit.window]
        if len(recent) >= limit.count:
            wait = max(wait, recent[-limit.count] + limit.window - now)
    return 0 if wait <= dt.timedelta(0) else max(1, -(-int(wait.total_seconds()) // 60))


def record(*keys: str, now: dt.datetime | None = None) -> None:
    now = now or timezone.now()
    Hit.objects.bulk_create([Hit(key=key, at=now) for key in keys])
    Hit.objects.filter(at__lt=now - KEEP).delete()


def too_fast_message(minutes: int) -> str:
    if minutes >= 120:
        return "Bạn đã gửi nhiều lần trong hôm nay. Xin gửi lại vào ngày mai, hoặc gọi điện cho nhà trường."
    return f"Bạn gửi quá nhanh. Xin đợi khoảng {minutes} phút rồi gửi lại."
