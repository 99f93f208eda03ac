"""Work that spans several models or does outside I/O: notifications and issuing documents."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from chibo.lib.notices import announce

from .errors import MeetingError
from .rules import CONCLUSION_DOCUMENTS, ISSUABLE_CONCLUSIONS, RESOLUTION

if TYPE_CHECKING:
    from chibo.members.models import Member

    from .models import Meeting, MeetingReport, Task

log = logging.getLogger(__name__)

SOURCE_MEETING = "meetings.meeting"
SOURCE_REPORT = "meetings.meetingreport"


# The screen a meeting notice opens, when not the meeting page: members read the distributed
# draft, preparers write it.
NOTICE_SCREENS = {"meeting.distributed": "meetings:read", "meeting.assigned": "meetings:draft"}


def notify_members(*, meeting: Meeting | None, members: Iterable[Member], kind: str, title: str,
                   task: Task | None = None) -> int:  # fmt: skip
    """Announce to the members (chibo.lib.notices) once the change is committed."""
    notify = announce
    url = ""
    if task is not None:
        url = reverse("meetings:task", args=[task.pk])
    elif meeting is not None:  # open the screen where the notice is acted on
        url = reverse(NOTICE_SCREENS.get(kind, "meetings:detail"), args=[meeting.pk])
    recipients = list(members)
    if not recipients:
        return 0
    cell = meeting.cell if meeting is not None else (task.cell if task is not None else None)
    key = f"{kind}:{meeting.pk if meeting else ''}:{task.pk if task else ''}"
    # Say which meeting or task the notice is about: a cell has several at once.
    body = task.title if task is not None else (meeting.title if meeting is not None else "")

    def send() -> None:
        try:
            notify(
                recipients=recipients,
                kind=kind,
                title=title,
                body=body,
                url=url,
                cell=cell,
                dedupe_key=key,
            )
        except Exception:  # a failed notice must never undo a meeting record
            log.exception("notify failed for %s", key)

    transaction.on_commit(send)
    return len(recipients)


def documents_available() -> bool:
    try:
        from chibo.documents.models import IssuedDocument  # noqa: F401
        from chibo.documents.party import PartyDocument  # noqa: F401
    except ImportError:
        return False
    return True


def issued_documents(meeting: Meeting) -> dict[str, Any]:
    """The meeting's issued documents by type code (BB, NQ, TB, KL, BC), latest of each."""
    if not meeting.pk or not documents_available():
        return {}
    from chibo.documents.models import IssuedDocument

    found: dict[str, Any] = {}
    sources = Q(source_type=SOURCE_MEETING, source_id=str(meeting.pk))
    report_id = (
        getattr(getattr(meeting, "report", None), "pk", None) if _has_report(meeting) else None
    )
    if report_id:  # the meeting's and its report's documents in one query
        sources |= Q(source_type=SOURCE_REPORT, source_id=str(report_id))
    docs = list(IssuedDocument.objects.filter(sources).order_by("issued_at", "pk"))
    docs.sort(key=lambda doc: doc.source_type == SOURCE_REPORT)  # stable: the report's last
    for doc in docs:
        found[doc.type_code] = doc
    return found


def _has_report(meeting: Meeting) -> bool:
    from .models import MeetingReport

    try:
        return meeting.report is not None
    except MeetingReport.DoesNotExist:
        return False


def _require_documents() -> None:
    if not documents_available():
        raise MeetingError("Phân hệ văn bản chưa được cài đặt nên chưa ban hành được văn bản.")


def issue_minutes(meeting: Meeting, *, by: Any) -> Any:
    """Sign the minutes and issue them as a numbered BB document, in one transaction."""
    _require_documents()
    from chibo.documents.models import IssuedDocument

    from .documents import build_minutes

    with transaction.atomic():
        meeting.sign_minutes(by=by)
        return IssuedDocument.issue(
            cell=meeting.cell, type_code="BB", title=f"Biên bản {meeting.title}"[:300],
            on=timezone.localdate(meeting.actual_start or meeting.starts_at), by=by, source=meeting,
            build=lambda number: build_minutes(meeting, number),
        )  # fmt: skip


def issue_resolution(meeting: Meeting, *, by: Any, type_code: str = "TB") -> Any:
    """The document that records what the meeting decided, with its tasks as a table: a Nghị
    quyết (NQ), only after a recorded vote on it that passed, or a Thông báo kết luận (TB), which
    needs no vote. Refused, with the rule, and nothing numbered, otherwise."""
    from .models import Meeting
    from .roles import require_leader

    _require_documents()
    require_leader(by, meeting.cell_id)
    from chibo.documents.models import IssuedDocument

    from .documents import build_conclusion_notice, build_resolution, held_on

    with transaction.atomic():
        current = Meeting.objects.select_for_update().select_related("cell").get(pk=meeting.pk)
        if current.status != Meeting.Status.CONCLUDED:
            raise MeetingError(
                "Chỉ ban hành nghị quyết, thông báo kết luận sau khi buổi sinh hoạt đã kết luận."
            )
        problem = current.conclusion_problem(type_code)
        if problem:
            raise MeetingError(problem)
        if set(CONCLUSION_DOCUMENTS) & set(issued_documents(current)):
            raise MeetingError("Buổi sinh hoạt đã có nghị quyết hoặc thông báo kết luận ban hành.")
        on = held_on(current)  # dated the meeting day, like the minutes
        if type_code == RESOLUTION:
            vote = current.resolution_vote()

            def build(number: str) -> Any:
                return build_resolution(current, number, type_code, on=on, vote=vote)
        else:

            def build(number: str) -> Any:
                return build_conclusion_notice(current, number, on)

        return IssuedDocument.issue(
            cell=current.cell, type_code=type_code,
            title=f"{ISSUABLE_CONCLUSIONS[type_code]} {current.title}"[:300],
            on=on, by=by, source=current, build=build,
        )  # fmt: skip


def submit_report(meeting: Meeting, *, by: Any, text: str = "") -> MeetingReport:
    """Issue the BC document and mark the report as sent to the Đảng ủy."""
    from .models import MeetingReport

    _require_documents()
    from chibo.documents.models import IssuedDocument

    from .documents import build_report

    with transaction.atomic():
        report = MeetingReport.submit(meeting, by=by, text=text)
        IssuedDocument.issue(
            cell=meeting.cell, type_code="BC", title=f"Báo cáo kết quả {meeting.title}"[:300],
            on=timezone.localdate(), by=by, source=report,
            build=lambda number: build_report(meeting, number),
        )  # fmt: skip
    officers = _officer_users(meeting)
    if officers:
        url = reverse("meetings:detail", args=[meeting.pk]) + "#id_ack"
        transaction.on_commit(lambda: announce(recipients=officers, kind="meeting.report_submitted",
                                               title=f"{meeting.cell.name} gửi báo cáo sinh hoạt",
                                               body=meeting.title, url=url, cell=meeting.cell))  # fmt: skip
    return report


def _officer_users(meeting: Meeting) -> list[Any]:
    from chibo.organizations.models import CommitteeOfficer

    return [
        o.user
        for o in CommitteeOfficer.objects.select_related("user").filter(
            committee=meeting.cell.committee
        )
    ]
