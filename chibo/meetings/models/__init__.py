from .drafts import DraftVersion, Material, MemberComment, ReadReceipt, ReviewComment
from .meeting import Meeting, MeetingQuerySet
from .reports import MeetingReport
from .session import Attendance, Contribution, Vote
from .summary import CellTaskDue, CellYear
from .tasks import Commitment, Task, TaskNote, TaskQuerySet

__all__ = [
    "Attendance", "CellYear", "CellTaskDue", "Commitment", "Contribution", "DraftVersion", "Material", "Meeting",
    "MeetingQuerySet", "MeetingReport", "MemberComment", "ReadReceipt", "ReviewComment",
    "Task", "TaskNote", "TaskQuerySet", "Vote",
]  # fmt: skip
