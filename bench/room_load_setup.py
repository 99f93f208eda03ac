"""`make loadtest-room` set-up: on a freshly migrated database with the demo loaded, add the
phone users (official members of the Bí thư's cell), today's regular meeting chaired by the
Bí thư with a long draft, and the roll call (everyone present). Prints JSON for the Locust
scenario: the meeting, the phones' usernames, the chair."""

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

from chibo.demo.load import DEMO_PASSWORD  # noqa: E402
from chibo.meetings.models import Attendance, Meeting  # noqa: E402
from chibo.members.models import Member  # noqa: E402

PASSWORD = "phong-hop-12345"
DRAFT = "\n\n".join(
    f"Mục {n}. Chi bộ thảo luận giải pháp nâng cao chất lượng sinh hoạt, gắn nhiệm vụ chính trị "
    "của nhà trường với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; mỗi "
    "đảng viên đăng ký việc làm cụ thể, chi ủy theo dõi, đánh giá hằng tháng."
    for n in range(1, 25)
)


def main(phones: int) -> None:
    User = get_user_model()
    chair = Member.objects.select_related("cell", "user").get(user__username="bithu")
    cell = chair.cell
    users = []
    for n in range(1, phones + 1):
        username = f"phong{n:02d}"
        user = User.objects.filter(username=username).first() or User(username=username)
        user.set_password(PASSWORD)
        user.save()
        if not Member.objects.filter(user=user).exists():
            Member.objects.create(
                cell=cell, user=user, full_name=f"Đảng viên Phòng họp {n:02d}", gender="female",
                status=Member.Status.OFFICIAL, admission_date=dt.date(2010, 5, 19),
                official_date=dt.date(2011, 5, 19), card_number=f"PH{n:05d}",
            )  # fmt: skip
        users.append(username)
    starts = timezone.localtime().replace(second=0, microsecond=0) - dt.timedelta(minutes=5)
    meeting = Meeting.plan(cell=cell, by=chair.user, kind=Meeting.Kind.REGULAR, starts_at=starts,
                           title="Sinh hoạt chi bộ thường kỳ (thử tải phòng họp số)",
                           place="Phòng họp nhà trường", chair=chair, secretary=chair)  # fmt: skip
    meeting.save_draft(by=chair.user, text=DRAFT)
    for member in Member.objects.filter(cell=cell).current():
        meeting.record_attendance(member, Attendance.Status.PRESENT, by=chair.user)
    print(json.dumps({"meeting": meeting.pk, "users": users, "password": PASSWORD,
                      "chair": {"username": "bithu", "password": DEMO_PASSWORD}}))  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
