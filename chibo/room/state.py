"""What the projector, the phones and the console show, as one small JSON state.

Screens poll it with the ETag of the last answer (If-None-Match → 304 Not Modified), so a
phone that dropped off the Wi-Fi catches up on its next poll: the state is whole, never a
stream of changes. The tag is the room's version (moved by every room verb), the roll call's
counts (the meetings page may change them too) and the viewer (phones see their own ballot).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q
from django.utils import timezone

from chibo.meetings.models import Attendance, Meeting, Task, Vote
from chibo.members.models import Member
from chibo.rules import votes as vote_rules

from . import agenda
from .models import Ballot, Participation, Room, SpeakingRequest, is_driver

_PRESENT = Q(status__in=Attendance.PRESENT_STATUSES)
_OFFICIAL = Q(member_status=Member.Status.OFFICIAL)


def attendance_counts(meeting: Meeting) -> dict[str, int]:
    """One query: the roll call's counts (present official/probationary, excused, recorded)."""
    return meeting.attendances.aggregate(
        recorded=Count("pk"),
        official_present=Count("pk", filter=_PRESENT & _OFFICIAL),
        probationary_present=Count("pk", filter=_PRESENT & ~_OFFICIAL),
        official_excused=Count("pk", filter=_OFFICIAL & Q(status=Attendance.Status.EXCUSED)),
    )


def etag(room: Room, counts: dict[str, int], member: Member | None) -> str:
    fingerprint = "-".join(str(counts[k]) for k in sorted(counts))
    return f'"r{room.version}.a{fingerprint}.m{member.pk if member else 0}"'


def document(meeting: Meeting, room: Room) -> tuple[str, list[str]]:
    """(title, pages) of what the current agenda item shows."""
    if room.item in agenda.DOCUMENT_ITEMS:
        version = meeting.approved_version or meeting.latest_version()
        if version is not None and version.text.strip():
            return f"Dự thảo (phiên bản {version.number})", agenda.pages(version.text)
        return "Tài liệu", ["Buổi sinh hoạt chưa có dự thảo văn bản trên phần mềm."]
    if room.item == agenda.CONCLUSION and meeting.conclusion:
        return "Kết luận của chủ trì", agenda.pages(meeting.conclusion)
    if room.item == agenda.MINUTES:
        return "Dự thảo biên bản", agenda.pages(meeting.minutes or minutes_draft(meeting))
    return "", []


def _ballot_state(meeting: Meeting, counts: dict[str, int]) -> dict[str, Any] | None:
    ballot = (
        Ballot.objects.filter(meeting=meeting).exclude(status=Ballot.Status.CANCELLED)
        .select_related("result").order_by("-opened_at", "-id").first()
    )  # fmt: skip
    if ballot is None:
        return None
    officials = Member.objects.filter(
        cell_id=meeting.cell_id, status=Member.Status.OFFICIAL
    ).count()
    excluded = counts["official_excused"] if ballot.kind == vote_rules.ORDINARY else 0
    base = vote_rules.denominator(kind=ballot.kind, official_members=officials, excluded=excluded)
    yes, no, abstain = ballot.totals
    is_open = ballot.status == Ballot.Status.OPEN
    hidden = ballot.secret and is_open  # a secret ballot's counts show once it is closed
    result: Vote | None = ballot.result
    return {
        "id": ballot.pk, "subject": ballot.subject, "open": is_open, "secret": ballot.secret,
        "kind": ballot.kind, "rule": vote_rules.rule_text(ballot.kind),
        "took_part": ballot.participants() + ballot.hands,
        "official_present": counts["official_present"],
        "yes": None if hidden else yes, "no": None if hidden else no,
        "abstain": None if hidden else abstain,
        "denominator": result.denominator if result else base,
        "needed": vote_rules.needed(kind=ballot.kind, denominator=result.denominator if result else base),
        "passed": result.passed if result else None,
    }  # fmt: skip


def build(
    meeting: Meeting, room: Room, counts: dict[str, int], member: Member | None
) -> dict[str, Any]:
    members = Member.objects.filter(cell_id=meeting.cell_id).current()
    by_status = dict(members.values_list("status").annotate(n=Count("pk")).order_by())
    title, pages = document(meeting, room)
    page = min(room.page, len(pages)) if pages else 0
    ballot = _ballot_state(meeting, counts)
    queue = list(
        SpeakingRequest.objects.filter(meeting=meeting, status__in=SpeakingRequest.LIVE)
        .select_related("member").order_by("asked_at", "id")
    )  # fmt: skip
    state: dict[str, Any] = {
        "version": room.version,
        "meeting": {"id": meeting.pk, "title": meeting.title, "kind": meeting.get_kind_display(),
                    "place": meeting.place,
                    "when": timezone.localtime(meeting.actual_start or meeting.starts_at).strftime("%H:%M ngày %d/%m/%Y"),
                    "chair": meeting.chair.full_name if meeting.chair else "",
                    "status": meeting.get_status_display()},
        "item": {"key": room.item, "label": room.item_label, "number": agenda.index(room.item) + 1,
                 "count": len(agenda.ITEMS)},
        "agenda": [{"key": k, "label": label} for k, label in agenda.ITEMS],
        "document": {"title": title, "page": page, "pages": len(pages),
                     "text": pages[page - 1] if pages else "", "all": pages},
        "attendance": {
            "official": by_status.get(Member.Status.OFFICIAL, 0),
            "probationary": by_status.get(Member.Status.PROBATIONARY, 0),
            "official_present": counts["official_present"],
            "probationary_present": counts["probationary_present"],
            "recorded": counts["recorded"],
        },
        "speakers": [{"id": r.pk, "name": r.member.full_name, "status": r.status,
                      "status_label": r.get_status_display()} for r in queue],
        "ballot": ballot,
        "tasks": _tasks(meeting, room),
    }  # fmt: skip
    if member is not None:
        state["me"] = _mine(meeting, member, ballot, queue)
    return state


def _tasks(meeting: Meeting, room: Room) -> list[dict[str, str]]:
    if room.item == agenda.LAST_MONTH:
        tasks = Task.objects.filter(carried_into=meeting)
    elif room.item == agenda.THIS_MONTH:
        tasks = meeting.tasks.all()
    else:
        return []
    return [
        {"title": t.title, "status": t.get_status_display()}
        for t in tasks.order_by("deadline", "id")[:12]
    ]


def _mine(meeting: Meeting, member: Member, ballot: dict[str, Any] | None,
          queue: list[SpeakingRequest]) -> dict[str, Any]:  # fmt: skip
    mark = meeting.attendances.filter(member=member).first()
    status = mark.member_status if mark else member.status
    why_not = vote_rules.voter_problem(member_status=status, present=bool(mark and mark.is_present))
    voted = bool(ballot and ballot["open"]
                 and Participation.objects.filter(ballot_id=ballot["id"], member=member).exists())  # fmt: skip
    mine = next((r for r in queue if r.member_id == member.pk), None)
    return {
        "name": member.full_name, "present": bool(mark and mark.is_present),
        "may_vote": not why_not, "why_not": why_not, "voted": voted,
        "speaking": mine.status if mine else "", "drives": is_driver(meeting, member),
    }  # fmt: skip


def minutes_draft(meeting: Meeting) -> str:
    """The minutes as the meeting goes: agenda, attendance, speakers and votes, for the
    secretary to complete (the minutes page keeps what they write)."""
    room = Room.objects.filter(pk=meeting.pk).first()
    marks = list(meeting.attendances.select_related("member"))
    members = Member.objects.filter(cell_id=meeting.cell_id).current()
    official = members.filter(status=Member.Status.OFFICIAL).count()
    probationary = members.filter(status=Member.Status.PROBATIONARY).count()
    present = [a for a in marks if a.is_present]
    p_off = sum(1 for a in present if a.member_status == Member.Status.OFFICIAL)

    def names(status: str) -> str:
        found = sorted(a.member.full_name for a in marks if a.status == status)
        return ", ".join(found) if found else "không"

    start = timezone.localtime(meeting.actual_start or meeting.starts_at)
    lines = [
        f"I. THỜI GIAN, ĐỊA ĐIỂM: {start:%H} giờ {start:%M}, ngày {start:%d} tháng {start:%m} năm {start:%Y}"
        f"{', tại ' + meeting.place if meeting.place else ''}.",
        f"Chủ trì: đồng chí {meeting.chair.full_name if meeting.chair else '…'}. "
        f"Thư ký: đồng chí {meeting.secretary.full_name if meeting.secretary else '…'}.",
        "",
        f"II. THÀNH PHẦN: tổng số đảng viên {official + probationary} (chính thức {official}, dự bị "
        f"{probationary}); có mặt {len(present)} (chính thức {p_off}, dự bị {len(present) - p_off}).",
        f"Vắng có lý do: {names(Attendance.Status.EXCUSED)}. Vắng không lý do: {names(Attendance.Status.ABSENT)}. "
        f"Đến muộn: {names(Attendance.Status.LATE)}.",
        "",
        "III. NỘI DUNG:",
    ]  # fmt: skip
    reached = agenda.index(room.item) if room else 0
    for n, (key, label) in enumerate(agenda.ITEMS[: reached + 1], start=1):
        lines.append(f"{n}. {label}.")
        if key == agenda.CONCLUSION and meeting.conclusion:
            lines.append(meeting.conclusion)
    lines += ["", "IV. Ý KIẾN PHÁT BIỂU:"]
    contributions = list(meeting.contributions.select_related("speaker"))
    summarised = {c.speaker_id for c in contributions}
    lines += [f"- Đồng chí {c.speaker.full_name}: {c.summary}" for c in contributions]
    spoke = SpeakingRequest.objects.filter(
        meeting=meeting, status=SpeakingRequest.Status.DONE
    ).select_related("member")
    lines += [
        f"- Đồng chí {r.member.full_name} phát biểu."
        for r in spoke
        if r.member_id not in summarised
    ]
    if len(lines) and lines[-1] == "IV. Ý KIẾN PHÁT BIỂU:":
        lines.append("- (chưa ghi)")
    lines += ["", "V. BIỂU QUYẾT:"]
    votes = list(meeting.votes.all())
    for vote in votes:
        outcome = "thông qua" if vote.passed else "không thông qua"
        lines.append(f"- {vote.subject}: {vote.votes_for} tán thành, {vote.votes_against} không tán thành, "
                     f"{vote.votes_abstain} không biểu quyết, trên {vote.denominator} đảng viên chính thức "
                     f"làm căn cứ: {outcome}.")  # fmt: skip
    if not votes:
        lines.append("- (chưa biểu quyết)")
    return "\n".join(lines)
