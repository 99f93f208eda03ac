"""Who sees and who changes a meeting, built on chibo.members.access.

Readers: the cell's members and the committee officers above (read-only). Editors: the
cell's chi ủy. Some actions belong to the preparer, to the meeting's secretary (roll call,
speakers, minutes) or to any member of the cell.
404 when the user cannot see the meeting; 403 when they see it but may not act.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from chibo.members.access import Viewer, viewer_for
from chibo.members.models import Member

from .models import Meeting, Task
from .roles import LEADER_ROLES

EDIT, PREPARE, MEMBER, RECORD = "edit", "prepare", "member", "record"


@dataclass
class MeetingAccess:
    meeting: Meeting
    viewer: Viewer
    member: Member | None  # the viewer's membership, when it is in this meeting's cell
    is_preparer: bool

    @property
    def can_edit(self) -> bool:
        return bool(self.member and self.member.is_editor)

    @property
    def is_leader(self) -> bool:
        return bool(self.member and self.member.is_active and self.member.role in LEADER_ROLES)

    @property
    def can_record(self) -> bool:
        """Roll call, speakers and minutes: the chi ủy, or the meeting's secretary (thư ký)."""
        return self.meeting.is_recorder(self.member)

    @property
    def can_prepare(self) -> bool:
        return self.can_edit or self.is_preparer

    @property
    def sees_drafts(self) -> bool:
        """Drafts under preparation are the chi ủy's and the preparer's; everyone who reads
        the meeting sees them once they have been sent out."""
        return self.can_prepare or self.meeting.distributed_at is not None


def _membership(viewer: Viewer, cell_id: int) -> Member | None:
    member = viewer.member
    return member if member is not None and member.cell_id == cell_id else None


def meeting_access(request: Any, pk: int, *, need: str = "") -> MeetingAccess:
    viewer = viewer_for(request)
    meeting = (
        Meeting.objects.select_related(
            "cell", "cell__committee", "chair", "secretary", "approved_version"
        )
        .filter(pk=pk)
        .first()
    )
    if meeting is None or not viewer.can_read_cell(meeting.cell):
        raise Http404("Không tìm thấy buổi sinh hoạt.")
    member = _membership(viewer, meeting.cell_id)
    access = MeetingAccess(
        meeting, viewer, member, meeting.is_preparer(member) if member else False
    )
    if need == EDIT and not access.can_edit:
        raise PermissionDenied("Chỉ Bí thư, Phó Bí thư và chi ủy viên được làm việc này.")
    if need == RECORD and not access.can_record:
        raise PermissionDenied(
            "Chỉ chi ủy hoặc thư ký của buổi sinh hoạt được điểm danh, ghi ý kiến và biên bản."
        )
    if need == PREPARE and not access.can_prepare:
        raise PermissionDenied("Chỉ người được phân công chuẩn bị hoặc chi ủy được làm việc này.")
    if need == MEMBER and member is None:
        raise PermissionDenied("Chỉ đảng viên của chi bộ được làm việc này.")
    return access


def get_meeting(request: Any, pk: int, *, edit: bool = False) -> Meeting:
    """The meeting, or 404 (cannot see it) / 403 (read-only user asking to edit)."""
    return meeting_access(request, pk, need=EDIT if edit else "").meeting


def get_task(request: Any, pk: int, *, edit: bool = False) -> tuple[Task, Member | None, bool]:
    """(task, the viewer's membership in its cell, may update it). Owners update their own
    tasks; the chi ủy updates all; officers read."""
    viewer = viewer_for(request)
    task = Task.objects.select_related("cell", "meeting").filter(pk=pk).first()
    if task is None or not viewer.can_read_cell(task.cell):
        raise Http404("Không tìm thấy nhiệm vụ.")
    member = _membership(viewer, task.cell_id)
    may_update = bool(member and (member.is_editor or task.owners.filter(pk=member.pk).exists()))
    if edit and not may_update:
        raise PermissionDenied("Chỉ người được giao hoặc chi ủy được cập nhật nhiệm vụ này.")
    return task, member, may_update
