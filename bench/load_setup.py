"""`make loadtest` set-up: on a freshly migrated database with the demo loaded, add the load
users (members of the Bí thư's cell, the first five chi ủy) and one meeting whose documents
were distributed, so members may comment and chi ủy may change attendance. Prints JSON for
the Locust scenario: the meeting, the users, the member ids for attendance."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chibo.settings")
import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.utils import timezone  # noqa: E402

from chibo.meetings.models import Meeting  # noqa: E402
from chibo.members.models import Member, Role  # noqa: E402

PASSWORD = "tai-thu-12345"


def main(users: int) -> None:
    User = get_user_model()
    secretary = Member.objects.select_related("cell", "user").get(user__username="bithu")
    cell = secretary.cell
    people = []
    for n in range(1, users + 1):
        username = f"tai{n:02d}"
        user = User.objects.filter(username=username).first() or User(username=username)
        user.set_password(PASSWORD)
        user.save()
        member = Member.objects.filter(user=user).first() or Member(
            cell=cell, user=user, full_name=f"Đảng viên Tải {n:02d}", gender="female",
            status=Member.Status.OFFICIAL, admission_date=dt.date(2010, 5, 19),
            official_date=dt.date(2011, 5, 19), card_number=f"TAI{n:05d}",
            role=Role.COMMITTEE_MEMBER if n <= 5 else Role.MEMBER,
        )  # fmt: skip
        member.save()
        people.append({"username": username, "editor": n <= 5, "member_id": member.pk})
    by = secretary.user
    starts = timezone.now().replace(hour=8, minute=0, second=0, microsecond=0) + dt.timedelta(
        days=10
    )
    meeting = Meeting.plan(cell=cell, by=by, kind=Meeting.Kind.REGULAR, title="Sinh hoạt chi bộ (thử tải)",
                           starts_at=starts, place="Phòng họp", chair=secretary)  # fmt: skip
    meeting.assign_preparers([secretary], by=by)
    meeting.save_draft(by=by, text="Dự thảo nghị quyết để đảng viên góp ý.")
    meeting.submit_draft(by=by)
    meeting.approve_draft(by=by)
    meeting.distribute(by=by)
    print(
        json.dumps({"meeting": meeting.pk, "cell": cell.pk, "password": PASSWORD, "users": people})
    )


if __name__ == "__main__":
    main(int(sys.argv[1]))
