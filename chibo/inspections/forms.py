from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from chibo.lib.dates import DayMonthYearField
from chibo.meetings.models import Vote
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules import inspection as rules

TEXT = forms.Textarea(attrs={"rows": 4})


def _members(cell: Cell) -> Any:
    return Member.objects.filter(cell=cell).current().vietnamese_order()


class ProgrammeForm(forms.Form):
    year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)
    purpose = forms.CharField(label="Mục đích, yêu cầu", widget=TEXT, required=False,
                              help_text="Để trống thì dùng nội dung mặc định.")  # fmt: skip


class SubjectFields(forms.Form):
    kind = forms.ChoiceField(label="Kiểm tra hay giám sát", choices=rules.KINDS)
    mode = forms.ChoiceField(label="Hình thức", choices=rules.MODES)
    subject_kind = forms.ChoiceField(label="Đối tượng", choices=rules.SUBJECTS)
    subject_member = forms.ModelChoiceField(label="Đảng viên được kiểm tra, giám sát", queryset=Member.objects.none(),
                                            required=False,
                                            help_text="Với sổ đảng phí: để trống thì là người thu đảng phí.")  # fmt: skip
    subject_org = forms.CharField(label="Tên đoàn thể", max_length=200, required=False,
                                  help_text="Ví dụ: Công đoàn trường, Chi đoàn giáo viên")  # fmt: skip

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["subject_member"].queryset = _members(cell)  # type: ignore[attr-defined]


class ItemForm(SubjectFields):
    content = forms.CharField(label="Nội dung", widget=TEXT)
    starts_on = DayMonthYearField(label="Từ ngày")
    ends_on = DayMonthYearField(label="Đến ngày")
    performers = forms.ModelMultipleChoiceField(label="Người thực hiện", queryset=Member.objects.none(),
                                                widget=forms.CheckboxSelectMultiple)  # fmt: skip

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, cell=cell, **kwargs)
        self.fields["performers"].queryset = _members(cell)  # type: ignore[attr-defined]


class CaseForm(SubjectFields):
    title = forms.CharField(
        label="Nội dung", max_length=300, widget=forms.Textarea(attrs={"rows": 3})
    )
    opened_on = DayMonthYearField(label="Ngày mở")
    due_on = DayMonthYearField(label="Thời hạn kết thúc")


class TextStepForm(forms.Form):
    text = forms.CharField(label="Nội dung", widget=TEXT)
    on = DayMonthYearField(label="Ngày", initial=timezone.localdate)


class ProposeForm(forms.Form):
    text = forms.CharField(label="Dự thảo kết luận", widget=forms.Textarea(attrs={"rows": 6}))


class AdoptForm(forms.Form):
    meeting_vote = forms.ModelChoiceField(
        label="Biểu quyết đã ghi tại buổi sinh hoạt", queryset=Vote.objects.none(), required=False,
        help_text="Chọn nếu chi bộ đã ghi biểu quyết trong buổi sinh hoạt; nếu không, ghi số phiếu dưới đây.")  # fmt: skip
    on = DayMonthYearField(label="Ngày chi bộ họp, biểu quyết", initial=timezone.localdate,
                         required=False)  # fmt: skip
    votes_for = forms.IntegerField(label="Số phiếu tán thành", min_value=0, required=False)
    votes_against = forms.IntegerField(
        label="Số phiếu không tán thành", min_value=0, initial=0, required=False
    )
    votes_abstain = forms.IntegerField(
        label="Không biểu quyết", min_value=0, initial=0, required=False
    )
    excluded = forms.IntegerField(label="Số đảng viên chính thức được loại trừ (vắng có lý do…)", min_value=0,
                                  initial=0, required=False)  # fmt: skip

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        votes = (Vote.objects.filter(meeting__cell=cell, kind=rules.CONCLUSION_VOTE_KIND, passed=True)
                 .select_related("meeting").order_by("-meeting__starts_at", "-pk"))  # fmt: skip
        field = self.fields["meeting_vote"]
        field.queryset = votes  # type: ignore[attr-defined]
        field.label_from_instance = _vote_label  # type: ignore[attr-defined]


def _vote_label(vote: Vote) -> str:
    day = timezone.localdate(vote.meeting.actual_start or vote.meeting.starts_at)
    return f"{day:%d/%m/%Y} — {vote.subject} ({vote.votes_for}/{vote.denominator} tán thành)"


class IssueForm(forms.Form):
    on = DayMonthYearField(label="Ngày ban hành", initial=timezone.localdate)


class DisciplineForm(forms.Form):
    member = forms.ModelChoiceField(label="Đảng viên", queryset=Member.objects.none())
    form = forms.ChoiceField(
        label="Hình thức kỷ luật (theo quyết định)", choices=rules.DISCIPLINE_FORMS
    )
    body = forms.ChoiceField(label="Tổ chức quyết định", choices=rules.BODIES)
    body_name = forms.CharField(label="Tên tổ chức quyết định", max_length=200, required=False)
    decision_number = forms.CharField(label="Số quyết định", max_length=50)
    decided_on = DayMonthYearField(label="Ngày quyết định")
    votes_for = forms.IntegerField(
        label="Số phiếu tán thành (khi chi bộ quyết định)", min_value=0, required=False
    )
    votes_against = forms.IntegerField(
        label="Số phiếu không tán thành", min_value=0, required=False
    )

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = _members(cell)  # type: ignore[attr-defined]
