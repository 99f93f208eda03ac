"""The meetings' lines of "Việc hôm nay" (see chibo.lib.today).

For the chi ủy: the cell's next meeting with its next step and deadline, drafts awaiting review,
documents to send, meetings to conclude, minutes to sign, reports to send, dossiers to finish and
the cell's overdue tasks. For every member: the draft to read before the meeting, tomorrow's
meeting, their own tasks. The deadlines are those of the daily digest (chibo.meetings.due).

Seven queries at most, whatever the number of meetings, members and tasks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import Count, Min, Prefetch
from django.urls import reverse
from django.utils import timezone

from chibo.lib.today import INFO, LATER, Item, Who, provider
from chibo.lib.vietnamese import short_date
from chibo.members.models import Member
from chibo.rules.organization import elects_committee

from . import steps
from .due import meeting_dues, task_due
from .models import Meeting, ReadReceipt, Task

LOOK_BACK_DAYS = 92  # a meeting held up to a quarter ago may still wait for its minutes/report
LOOK_AHEAD_DAYS = 62
SHOWN_TASKS = 5
UNFINISHED = (*Meeting.OPEN_STATUSES, Meeting.Status.HELD, Meeting.Status.CONCLUDED)


def short_title(meeting: Meeting) -> str:
    """ "Sinh hoạt chuyên đề tháng 12/2026": the official topic is often sixty words long."""
    day = meeting.meeting_day
    return f"{meeting.get_kind_display()} tháng {day.month:02d}/{day.year}"


def when(meeting: Meeting) -> str:
    at = timezone.localtime(meeting.starts_at)
    where = f", {meeting.place}" if meeting.place else ""
    return f"{at:%H:%M} ngày {short_date(at.date())}{where}"


@provider("meetings")
def meeting_items(who: Who) -> Iterable[Item]:
    member = who.member
    if member is None:
        return []
    today = who.today
    start = timezone.make_aware(
        dt.datetime.combine(today - dt.timedelta(days=LOOK_BACK_DAYS), dt.time.min)
    )
    end = timezone.make_aware(
        dt.datetime.combine(today + dt.timedelta(days=LOOK_AHEAD_DAYS), dt.time.min)
    )
    meetings = list(
        Meeting.objects.filter(cell_id=member.cell_id, status__in=UNFINISHED,
                               starts_at__gte=start, starts_at__lt=end)
        .select_related("cell", "topic__plan", "report")
        .prefetch_related(Prefetch("preparers", queryset=Member.objects.only("pk")))
        .order_by("starts_at")
    )  # fmt: skip
    items: list[Item] = []
    if meetings:
        Meeting.attach_params(meetings)
        items += _meeting_lines(who, meetings)
    items += _task_lines(who)
    return items


def _meeting_lines(who: Who, meetings: list[Meeting]) -> list[Item]:
    member, today = who.member, who.today
    assert member is not None
    editor = who.is_editor
    has_chi_uy = elects_committee(
        Member.objects.filter(cell_id=member.cell_id).official().count()
    ) if editor else True  # fmt: skip
    read = set(
        ReadReceipt.objects.filter(meeting__in=meetings, member=member).values_list(
            "meeting_id", flat=True
        )
    )
    items: list[Item] = []
    upcoming = [m for m in meetings if m.meeting_day >= today and m.status in Meeting.OPEN_STATUSES]
    if upcoming:  # the next meeting, with its state and what comes next
        nxt = upcoming[0]
        text, by = steps.next_step(nxt, has_chi_uy=has_chi_uy)
        items.append(Item(
            title=short_title(nxt), url=reverse("meetings:detail", args=[nxt.pk]),
            why=(f"Việc tiếp theo: {text}" + (f" ({by})" if by else "")) if editor else _for_member(nxt),
            due=nxt.meeting_day, urgency=None if nxt.meeting_day <= today + dt.timedelta(days=1) else LATER,
            action="Mở buổi sinh hoạt", kind="meeting.next", rank=10, pinned=True,
            facts=(when(nxt), nxt.get_status_display()),
        ))  # fmt: skip
    for meeting in meetings:
        name = short_title(meeting)
        for due in meeting_dues(meeting, today, soon=None):
            mine = (
                (due.audience == "preparers" and member in meeting.preparers.all())
                or (due.audience == "editors" and editor)
                or (due.audience == "everyone" and due.kind != "meeting.tomorrow")
            )
            if not mine:
                continue
            items.append(_due_item(meeting, due.kind, due.day, due.text, name, has_chi_uy))
        day = meeting.meeting_day
        if meeting.status == Meeting.Status.DISTRIBUTED and day >= today and not editor:
            # the chi ủy approved the draft itself; a member keeps it at hand until the meeting
            read_url = reverse("meetings:read", args=[meeting.pk])
            if meeting.pk not in read:
                items.append(Item(
                    title=f"Đọc và góp ý dự thảo {name.lower()}", url=read_url, why=meeting.title,
                    due=day - dt.timedelta(days=1), action="Đọc và góp ý", kind="draft.read", rank=20,
                    facts=(f"Họp {when(meeting)}",),
                ))  # fmt: skip
            else:
                items.append(Item(
                    title=f"Dự thảo {name.lower()} (đồng chí đã đọc)", url=read_url, why=meeting.title,
                    urgency=LATER, action="Xem lại, góp ý", kind="draft.comment", rank=60,
                    facts=(f"Góp ý trước buổi họp {when(meeting)}",),
                ))  # fmt: skip
        if editor:
            items += _closing_lines(meeting, name)
    return items


def _for_member(meeting: Meeting) -> str:
    if meeting.status == Meeting.Status.DISTRIBUTED:
        return "Tài liệu đã gửi: đồng chí đọc và góp ý trước buổi sinh hoạt."
    return "Chi ủy đang chuẩn bị nội dung; tài liệu sẽ gửi trước buổi sinh hoạt."


def _due_item(
    meeting: Meeting, kind: str, day: dt.date, text: str, name: str, has_chi_uy: bool
) -> Item:
    pk = meeting.pk
    if kind == "draft.due":
        return Item(title=f"Nộp dự thảo {name.lower()}", url=reverse("meetings:draft", args=[pk]),
                    why=text, due=day, action="Soạn dự thảo", kind=kind, rank=30)  # fmt: skip
    if kind == "review.due":
        who = "Chi ủy" if has_chi_uy else "Bí thư"
        return Item(title=f"{who} cho ý kiến dự thảo {name.lower()}", url=reverse("meetings:detail", args=[pk]),
                    why=text, due=day, action="Xem dự thảo", kind=kind, rank=30)  # fmt: skip
    if kind == "distribution.due":
        return Item(title=f"Gửi tài liệu {name.lower()} cho đảng viên",
                    url=reverse("meetings:distribute", args=[pk]), why=text, due=day,
                    action="Gửi tài liệu", kind=kind, rank=30)  # fmt: skip
    return Item(title=name, url=reverse("meetings:detail", args=[pk]), why=text, due=day, kind=kind)


def _closing_lines(meeting: Meeting, name: str) -> list[Item]:
    """After the meeting: conclude, sign the minutes, report, finish the dossier."""
    pk, facts = meeting.pk, (f"Họp ngày {short_date(meeting.held_day)}",)

    def line(
        title: str, url: str, why: str, action: str, kind: str, urgency: int | None = None
    ) -> Item:
        return Item(title=title, url=url, why=why, action=action, kind=kind, urgency=urgency, rank=40,
                    facts=facts)  # fmt: skip

    if meeting.status == Meeting.Status.HELD:
        return [line(f"Kết luận {name.lower()}", reverse("meetings:room", args=[pk]),
                     "Buổi họp đã ghi nhận, chưa có kết luận của chủ trì.", "Ghi kết luận",
                     "meeting.conclude")]  # fmt: skip
    if meeting.status != Meeting.Status.CONCLUDED:
        return []
    if meeting.minutes_signed_at is None:
        return [line(f"Ký biên bản {name.lower()}", reverse("meetings:minutes", args=[pk]),
                     "Biên bản chưa ký và vào sổ.", "Xem và ký biên bản", "minutes.sign")]  # fmt: skip
    report = getattr(meeting, "report", None)
    if meeting.kind == Meeting.Kind.THEMATIC and (report is None or report.submitted_at is None):
        return [line(f"Gửi báo cáo {name.lower()} lên Đảng ủy", reverse("meetings:detail", args=[pk]),
                     "Sau sinh hoạt chuyên đề, chi bộ báo cáo kết quả với Đảng ủy.", "Lập báo cáo",
                     "report.send")]  # fmt: skip
    return [line(f"Hoàn thiện hồ sơ {name.lower()}", reverse("meetings:detail", args=[pk]),
                 "Biên bản đã ký; còn hoàn thiện hồ sơ buổi sinh hoạt.", "Hoàn thiện hồ sơ",
                 "dossier.close", INFO)]  # fmt: skip


def _task_lines(who: Who) -> list[Item]:
    member, today = who.member, who.today
    assert member is not None
    items: list[Item] = []
    mine = list(
        Task.objects.unfinished().for_member(member).order_by("deadline", "pk")[: SHOWN_TASKS + 1]
    )
    for task in mine[:SHOWN_TASKS]:
        due = task_due(task, today)
        items.append(Item(title=task.title, url=due.url, why="Nhiệm vụ của đồng chí", due=task.deadline,
                          action="Báo cáo tiến độ", kind=due.kind, rank=35,
                          facts=(f"Hạn {short_date(task.deadline)}",)))  # fmt: skip
    if len(mine) > SHOWN_TASKS:
        items.append(Item(title="Các nhiệm vụ khác của đồng chí", url=reverse("meetings:my_tasks"),
                          action="Xem tất cả", kind="task.more", urgency=INFO, rank=90))  # fmt: skip
    if who.is_editor:
        overdue = Task.objects.overdue(today).filter(cell_id=member.cell_id).exclude(owners=member)
        found = overdue.order_by().aggregate(n=Count("pk", distinct=True), first=Min("deadline"))
        count, first = found["n"], found["first"]
        if count:
            items.append(Item(
                title=f"{count} nhiệm vụ của chi bộ đã quá hạn",
                url=reverse("meetings:cell_tasks", args=[member.cell_id]) + "?status=overdue",
                why="Nhắc người thực hiện hoặc xem lại thời hạn.", due=first,
                action="Xem nhiệm vụ quá hạn", audience="Chi ủy", kind="task.cell_overdue", rank=45,
            ))  # fmt: skip
    return items
