"""Every input of an admission file goes through one of these forms (pages and API alike)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone

from chibo.lib.dates import DayMonthYearField
from chibo.meetings.models import Meeting
from chibo.members.models import Member
from chibo.rules import admission as rules

from .models import Candidate, Sponsor

EMPTY = "— Chọn —"


def _full_name(value: str) -> str:
    name = " ".join(value.split())
    if len(name.split()) < 2:
        raise forms.ValidationError("Hãy ghi đủ họ và tên, ví dụ: Nguyễn Thị Hường.")
    return name


class CandidateForm(forms.ModelForm):
    class Meta:
        model = Candidate
        fields = ["full_name", "gender", "birth_date", "job", "phone", "education", "qualification",
                  "hardship_area", "over_age_consent", "proposed_by", "unit_has_youth_union",
                  "youth_union_member", "sponsor_route", "route_reason", "helper", "listed_on", "notes"]  # fmt: skip
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}
        field_classes = {"birth_date": DayMonthYearField, "listed_on": DayMonthYearField}
        help_texts = {
            "sponsor_route": "Để trống: theo tuổi và việc đơn vị có tổ chức Đoàn hay không (Điều lệ Đảng, Điều 4).",
            "listed_on": "Ngày chi bộ ra nghị quyết đưa vào danh sách cảm tình Đảng, phân công đảng viên giúp đỡ.",
        }

    def __init__(self, *args: Any, cell: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        helper = self.fields["helper"]
        assert isinstance(helper, forms.ModelChoiceField)
        helper.queryset = Member.objects.for_cell(cell).official().vietnamese_order()
        helper.empty_label = EMPTY

    def clean_full_name(self) -> str:
        return _full_name(self.cleaned_data["full_name"])

    def clean_birth_date(self) -> dt.date | None:
        born = self.cleaned_data.get("birth_date")
        if born and born > timezone.localdate():
            raise forms.ValidationError("Ngày sinh không thể ở tương lai.")
        return born


class _VerbForm(forms.Form):
    def __init__(self, *args: Any, candidate: Candidate, **kwargs: Any) -> None:
        self.candidate = candidate
        kwargs.setdefault("initial", {}).setdefault("on", timezone.localdate())
        super().__init__(*args, **kwargs)


class CourseForm(_VerbForm):
    number = forms.CharField(label="Số giấy chứng nhận", max_length=50)
    issued_on = DayMonthYearField(label="Ngày cấp")
    issuer = forms.CharField(label="Nơi cấp", max_length=200, required=False,
                             help_text="Ví dụ: Đảng ủy phường Thạch Bàn")  # fmt: skip


class StepForm(_VerbForm):
    on = DayMonthYearField(label="Ngày")
    note = forms.CharField(
        label="Ghi chú", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class CheckForm(_VerbForm):
    on = DayMonthYearField(label="Ngày có kết quả thẩm tra")
    note = forms.CharField(label="Kết luận của chi ủy", widget=forms.Textarea(attrs={"rows": 2}))


class CommentsForm(_VerbForm):
    on = DayMonthYearField(label="Ngày tổng hợp")
    organisation = forms.CharField(
        label="Ý kiến nhận xét của đoàn thể", widget=forms.Textarea(attrs={"rows": 3})
    )
    residence = forms.CharField(label="Ý kiến nhận xét của chi ủy (chi bộ) nơi cư trú",
                                widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip


class SponsorForm(_VerbForm):
    kind = forms.ChoiceField(label="Người, tổ chức giới thiệu", choices=Sponsor.Kind.choices)
    member = forms.ModelChoiceField(label="Đảng viên giới thiệu", queryset=Member.objects.none(),
                                    required=False, empty_label=EMPTY)  # fmt: skip
    together_since = DayMonthYearField(
        label="Cùng công tác, học tập, cư trú từ ngày", required=False
    )
    relation = forms.CharField(label="Quan hệ công tác", max_length=200, required=False,
                               help_text="Ví dụ: cùng tổ chuyên môn")  # fmt: skip
    organisation = forms.CharField(
        label="Tên tổ chức (Đoàn, công đoàn)", max_length=200, required=False
    )
    reference = forms.CharField(label="Số nghị quyết giới thiệu", max_length=100, required=False)
    on = DayMonthYearField(label="Ngày giới thiệu")

    def __init__(self, *args: Any, candidate: Candidate, **kwargs: Any) -> None:
        super().__init__(*args, candidate=candidate, **kwargs)
        field = self.fields["member"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Member.objects.for_cell(candidate.cell).current().vietnamese_order()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == Sponsor.Kind.MEMBER and not data.get("member"):
            self.add_error("member", "Hãy chọn đảng viên giới thiệu.")
        return data


class RemoveSponsorForm(_VerbForm):
    sponsor = forms.IntegerField(widget=forms.HiddenInput)


class DayForm(_VerbForm):
    on = DayMonthYearField(label="Ngày")


def _meetings(candidate: Candidate) -> Any:
    """The cell's meetings where a vote can still be written: in the room, before the minutes
    are signed."""
    return (
        Meeting.objects.for_cell(candidate.cell)
        .filter(
            status__in=(Meeting.Status.DISTRIBUTED, Meeting.Status.HELD, Meeting.Status.CONCLUDED),
            minutes_signed_at__isnull=True,
        )
        .order_by("-starts_at")
    )


class VoteForm(_VerbForm):
    meeting = forms.ModelChoiceField(label="Buổi sinh hoạt chi bộ", queryset=Meeting.objects.none(),
                                     empty_label=EMPTY)  # fmt: skip
    votes_for = forms.IntegerField(label="Tán thành", min_value=0)
    votes_against = forms.IntegerField(label="Không tán thành", min_value=0)
    votes_abstain = forms.IntegerField(
        label="Không biểu quyết", min_value=0, initial=0, required=False
    )

    def __init__(self, *args: Any, candidate: Candidate, **kwargs: Any) -> None:
        super().__init__(*args, candidate=candidate, **kwargs)
        field = self.fields["meeting"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = _meetings(candidate)

    def clean_votes_abstain(self) -> int:
        return self.cleaned_data.get("votes_abstain") or 0


class ProposeForm(_VerbForm):
    on = DayMonthYearField(label="Ngày nghị quyết")
    assessment = forms.CharField(label="Nhận xét của chi bộ (ưu điểm, khuyết điểm)", required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip


class DecisionForm(_VerbForm):
    number = forms.CharField(label="Số quyết định", max_length=50, help_text="Ví dụ: 125-QĐ/ĐU")
    decision_date = DayMonthYearField(label="Ngày quyết định")
    received_on = DayMonthYearField(label="Ngày chi bộ nhận quyết định")
    decider = forms.CharField(label="Cơ quan quyết định", max_length=200, required=False)

    def __init__(self, *args: Any, candidate: Candidate, **kwargs: Any) -> None:
        initial = kwargs.setdefault("initial", {})
        initial.setdefault(
            "decider", f"{candidate.ruleset.decider} ({candidate.cell.committee.name})"
        )
        super().__init__(*args, candidate=candidate, **kwargs)


class CeremonyForm(_VerbForm):
    on = DayMonthYearField(label="Ngày lễ kết nạp")
    consent = forms.CharField(
        label="Văn bản đồng ý tổ chức muộn (nếu quá hạn)", max_length=200, required=False
    )


class RecognitionForm(_VerbForm):
    number = forms.CharField(
        label="Số quyết định công nhận", max_length=50, help_text="Ví dụ: 210-QĐ/ĐU"
    )
    decision_date = DayMonthYearField(label="Ngày quyết định")


class StopForm(_VerbForm):
    on = DayMonthYearField(label="Ngày")
    reason = forms.CharField(label="Lý do dừng xem xét", widget=forms.Textarea(attrs={"rows": 2}))


class AttachmentForm(forms.Form):
    title = forms.CharField(
        label="Tên giấy tờ", max_length=200, help_text="Ví dụ: Đơn xin vào Đảng (bản chụp)"
    )
    step = forms.ChoiceField(label="Thuộc bước", required=False)
    file = forms.FileField(label="Tệp (PDF, ảnh JPEG hoặc PNG)")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from .models import StepKind

        super().__init__(*args, **kwargs)
        self.fields["step"].choices = [("", "—"), *StepKind.choices]  # type: ignore[attr-defined]


class RuleChoiceForm(forms.Form):
    rule_set = forms.ChoiceField(label="Bộ quy định áp dụng",
                                 choices=[(r.code, r.title) for r in rules.RULE_SETS.values()])  # fmt: skip


class CandidateFilterForm(forms.Form):
    stage = forms.ChoiceField(label="Giai đoạn", required=False,
                              choices=[("", "Đang xem xét"), ("all", "Tất cả"), *Candidate.Stage.choices])  # fmt: skip
