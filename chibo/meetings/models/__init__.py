from .drafts import DraftVersion, Material, MemberComment, ReadReceipt, ReviewComment
from .meeting import Meeting, MeetingQuerySet
from .reports import MeetingReport
from .session import Attendance, Contribution, Vote
from .summary import CellQuarter, CellTaskDue
from .tasks import Commitment, Task, TaskNote, TaskQuerySet

__all__ = [
    "Attendance", "CellQuarter", "CellTaskDue", "Commitment", "Contribution", "DraftVersion", "Material", "Meeting",
    "MeetingQuerySet", "MeetingReport", "MemberComment", "ReadReceipt", "ReviewComment",
    "Task", "TaskNote", "TaskQuerySet", "Vote",
]  # fmt: skip
