"""A member's calendar feed: the cell's meetings and the member's own task deadlines.

Meetings from 30 days back onwards stay in the feed (a calendar app drops what a feed no longer
lists, and a meeting should not vanish from it the moment it ends); cancelled and postponed
ones leave it. Task deadlines are all-day events, which every calendar app shows (VTODO is
ignored by most of them).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from django.urls import reverse

from chibo.members.models import Member

from .ics import Calendar, date, utc

PAST_DAYS = 30
DEFAULT_LENGTH = dt.timedelta(hours=2)
REFRESH = "PT6H"


def member_calendar(member: Member, *, base_url: str, now: dt.datetime) -> str:
    from chibo.meetings.models import Meeting, Task

    host = urlsplit(base_url).hostname or "chibo"
    cal = Calendar()
    cal.begin("VCALENDAR")
    cal.add("VERSION", "2.0")
    cal.add("PRODID", "-//Chi bo so//Lich sinh hoat chi bo//VI")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    cal.add_text("X-WR-CALNAME", f"Chi bộ số — {member.cell.name}")
    cal.add("X-WR-TIMEZONE", "Asia/Ho_Chi_Minh")
    cal.add("REFRESH-INTERVAL", REFRESH, value="DURATION")
    cal.add("X-PUBLISHED-TTL", REFRESH)
    meetings = (
        Meeting.objects.for_cell(member.cell)
        .exclude(status__in=[Meeting.Status.CANCELLED, Meeting.Status.POSTPONED])
        .filter(starts_at__gte=now - dt.timedelta(days=PAST_DAYS))
        .order_by("starts_at", "pk")
    )
    for meeting in meetings:
        cal.begin("VEVENT")
        cal.add("UID", f"meeting-{meeting.pk}@{host}")
        cal.add("DTSTAMP", utc(now))
        cal.add("DTSTART", utc(meeting.starts_at))
        cal.add("DTEND", utc(meeting.ends_at or meeting.starts_at + DEFAULT_LENGTH))
        cal.add("SEQUENCE", str(meeting.version))
        cal.add_text("SUMMARY", f"{meeting.get_kind_display()}: {meeting.title}")
        if meeting.place:
            cal.add_text("LOCATION", meeting.place)
        details = [member.cell.name, f"Trạng thái: {meeting.get_status_display()}"]
        if meeting.online_link:
            details.append(f"Họp trực tuyến: {meeting.online_link}")
        cal.add_text("DESCRIPTION", "\n".join(details))
        cal.add("URL", base_url + reverse("meetings:detail", args=[meeting.pk]))
        cal.end("VEVENT")
    for task in Task.objects.open().for_member(member).order_by("deadline", "pk"):
        cal.begin("VEVENT")
        cal.add("UID", f"task-{task.pk}@{host}")
        cal.add("DTSTAMP", utc(now))
        cal.add("DTSTART", date(task.deadline), value="DATE")
        cal.add("DTEND", date(task.deadline + dt.timedelta(days=1)), value="DATE")
        cal.add_text("SUMMARY", f"Hạn nhiệm vụ: {task.title}")
        if task.description:
            cal.add_text("DESCRIPTION", task.description)
        cal.add("URL", base_url + reverse("meetings:task", args=[task.pk]))
        cal.add("TRANSP", "TRANSPARENT")
        cal.end("VEVENT")
    cal.end("VCALENDAR")
    return cal.text()
