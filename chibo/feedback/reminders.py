"""The portal's daily round: remind handlers before an item falls due, tell the management board
about overdue items, and close answered items whose reopen window has passed.

Run every morning by the notifications app's daily tick (or `chibo feedback_daily` from cron).
Idempotent per day: each notice has a dedupe key with the item and the date.
"""

from __future__ import annotations

import datetime as dt

from chibo.lib.notices import announce
from chibo.rules import feedback as rules

from .models import Feedback, Staff


def run_daily(today: dt.date) -> int:
    """Returns how many in-app notices were made."""
    Feedback.close_answered(today=today)
    return send_due_reminders(today)


def send_due_reminders(today: dt.date) -> int:
    soon = today + dt.timedelta(days=rules.REMIND_DAYS_BEFORE)
    items = (
        Feedback.objects.open()
        .filter(due_on__lte=soon)
        .select_related("school", "school__cell", "assigned_to__user")
        .order_by("due_on", "pk")
    )
    staff_by_school: dict[int, list[Staff]] = {}
    made = 0
    for item in items:
        if item.school_id not in staff_by_school:
            staff_by_school[item.school_id] = list(
                Staff.objects.handling().filter(school_id=item.school_id).select_related("user")
            )
        staff = staff_by_school[item.school_id]
        overdue = today > item.due_on
        managers = [s for s in staff if s.is_manager]
        assigned = next((s for s in staff if s.pk == item.assigned_to_id), None)
        people = [assigned] if assigned else staff  # nobody took it yet: everyone is told
        if overdue:
            people = [*people, *managers]
        recipients = [s.user for s in people]
        if not recipients:
            continue
        when = "đã quá hạn" if overdue else "sắp đến hạn"
        made += announce(
            recipients=list({u.pk: u for u in recipients}.values()),
            kind="feedback.overdue" if overdue else "feedback.due_soon",
            title=f"Góp ý số {item.number} ({item.get_category_display()}) {when} trả lời: "
            f"hạn {item.due_on:%d/%m/%Y}",
            url=item.staff_url(),
            cell=item.school.cell,
            dedupe_key=f"feedback:{item.pk}:due:{today.isoformat()}",
        )
    return made
