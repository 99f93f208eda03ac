"""The lifecycle as steps on the meeting page: what is done, what is next, who may do it."""

from __future__ import annotations

from dataclasses import dataclass

from .models import Meeting

S = Meeting.Status
_NEXT = {
    S.PLANNED: ("Phân công người chuẩn bị nội dung và dự thảo", "Bí thư, chi ủy"),
    S.PREPARING: ("Soạn dự thảo rồi gửi chi ủy cho ý kiến", "Người chuẩn bị"),
    S.REVIEW: (
        "Chi ủy cho ý kiến, duyệt dự thảo; rồi gửi tài liệu cho đảng viên",
        "Chi ủy; Bí thư/Phó Bí thư gửi",
    ),
    S.DISTRIBUTED: (
        "Đảng viên nghiên cứu, góp ý; ngày họp: điểm danh, ghi ý kiến, ghi giờ họp",
        "Chi ủy, thư ký",
    ),
    S.HELD: ("Chủ trì kết luận (cần điểm danh đủ)", "Bí thư/Phó Bí thư"),
    S.CONCLUDED: (
        "Ký biên bản, ban hành nghị quyết hoặc thông báo kết luận, báo cáo Đảng ủy, hoàn thiện hồ sơ",
        "Bí thư/Phó Bí thư",
    ),
    S.CLOSED: ("Hồ sơ đã hoàn thiện; theo dõi việc thực hiện nhiệm vụ", "Chi ủy"),
    S.POSTPONED: ("Đặt lại lịch họp", "Chi ủy"),
    S.CANCELLED: ("Buổi sinh hoạt đã hủy", ""),
}


@dataclass
class Step:
    label: str
    state: str  # "done" | "current" | "todo"


def without_chi_uy(text: str) -> str:
    """Where the cell has no chi ủy (fewer than 9 official members, QĐ 294), the Bí thư and the
    Phó Bí thư do what the chi ủy does (HD 42 preparation step 2): say so on the screen."""
    for old, new in (("Bí thư, chi ủy", "Bí thư, Phó Bí thư"), ("Chi ủy, thư ký", "Bí thư, thư ký"),
                     ("Chi ủy; Bí thư/Phó Bí thư gửi", "Bí thư, Phó Bí thư"),
                     ("Chi ủy đã duyệt", "Bí thư đã duyệt"), ("Chi ủy", "Bí thư, Phó Bí thư"),
                     ("chi ủy", "Bí thư, Phó Bí thư")):  # fmt: skip
        text = text.replace(old, new)
    return text


def steps_for(meeting: Meeting, *, has_chi_uy: bool = True) -> list[Step]:
    current = meeting.step_index
    out = []
    for index, status in enumerate(Meeting.STEPS):
        state = "done" if index < current else ("current" if index == current else "todo")
        label = Meeting.Status(status).label
        out.append(Step(label if has_chi_uy else without_chi_uy(label), state))
    return out


_PAPER = (" Nếu dự thảo đã chuẩn bị trên giấy: ghi nhận việc chuẩn bị, rồi điểm danh và ghi biên bản "
          "ở màn hình buổi họp.")  # fmt: skip


def next_step(meeting: Meeting, *, has_chi_uy: bool = True) -> tuple[str, str]:
    if meeting.status == S.REVIEW and meeting.approved_version_id is not None:
        text, who = ("Chi ủy đã duyệt dự thảo: gửi tài liệu cho đảng viên", "Bí thư/Phó Bí thư")
    else:
        text, who = _NEXT[Meeting.Status(meeting.status)]
        if meeting.kind == Meeting.Kind.REGULAR and meeting.status in Meeting.BEFORE_DISTRIBUTION:
            text += "." + _PAPER
    return (text, who) if has_chi_uy else (without_chi_uy(text), without_chi_uy(who))
