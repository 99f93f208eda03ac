from __future__ import annotations

from typing import Any

from django import forms

from chibo.lib.dates import DayMonthYearField
from chibo.members.models import Member
from chibo.rules import evaluation as rules

from .models import EvaluationRound, Level, MemberEvaluation, QuarterlyRating


class RoundSettingsForm(forms.ModelForm):
    """The cap and the dates of a round, at opening and later (through the verbs)."""

    class Meta:
        model = EvaluationRound
        fields = EvaluationRound.SETTING_FIELDS
        field_classes = {
            "review_meeting_on": DayMonthYearField,
            "report_sent_on": DayMonthYearField,
        }

    def clean(self) -> dict:
        data = super().clean() or {}
        problem = rules.cap_problem(data.get("cap_percent") or 0, data.get("cap_decision") or "")
        if problem:
            self.add_error("cap_decision", problem)
        sent, meeting = data.get("report_sent_on"), data.get("review_meeting_on")
        if sent and meeting and sent > meeting:
            self.add_error("report_sent_on", "Ngày gửi dự thảo phải trước ngày họp kiểm điểm.")
        return data


class OpenRoundForm(RoundSettingsForm):
    class Meta(RoundSettingsForm.Meta):
        fields = ["year", *EvaluationRound.SETTING_FIELDS]


class SelfAssessmentForm(forms.ModelForm):
    class Meta:
        model = MemberEvaluation
        fields = [*MemberEvaluation.POST_FIELDS, "self_general", "self_tasks", "strengths", "weaknesses",
                  "remedies", "duties", "tasks_total", "tasks_on_time", "tasks_exceeding", "tasks_late",
                  "tasks_not_done", "shortcomings_fixed", "degraded", "disciplined",
                  "breached_prohibitions"]  # fmt: skip
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in ["strengths", "weaknesses", "remedies", "duties"]
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["self_general"].required = True
        self.fields["self_tasks"].required = True
        self.fields[
            "tasks_total"
        ].help_text = "Tính mọi nhiệm vụ được giao trong năm: chuyên môn, công tác đảng, đoàn thể."

    def clean(self) -> dict:
        data = super().clean() or {}
        total = data.get("tasks_total") or 0
        parts = sum(
            data.get(name) or 0 for name in ["tasks_on_time", "tasks_late", "tasks_not_done"]
        )
        if parts > total:
            self.add_error(
                "tasks_total",
                "Số nhiệm vụ đúng hạn, chậm và không hoàn thành cộng lại vượt tổng số nhiệm vụ.",
            )
        if (data.get("tasks_exceeding") or 0) > total:
            self.add_error(
                "tasks_exceeding", "Số nhiệm vụ vượt yêu cầu không thể lớn hơn tổng số nhiệm vụ."
            )
        if data.get("is_leader") and not data.get("unit_level"):
            self.add_error(
                "unit_level",
                "Đảng viên giữ chức vụ lãnh đạo, quản lý cần ghi kết quả của cơ quan, đơn vị mình "
                "trực tiếp lãnh đạo, quản lý.",
            )
        return data


class ProposalForm(forms.Form):
    level = forms.ChoiceField(label="Chi bộ đề xuất mức", choices=Level.choices)
    comment = forms.CharField(
        label="Nhận xét của chi ủy", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    officials_present = forms.IntegerField(
        label="Số đảng viên chính thức có mặt khi biểu quyết", min_value=0, required=False,
        help_text="Để trống nếu tất cả đảng viên chính thức có mặt.",
    )  # fmt: skip
    excluded = forms.IntegerField(
        label="Số đảng viên chính thức vắng mặt được loại trừ khi tính tỷ lệ", min_value=0,
        initial=0, required=False,
        help_text="Đi công tác, học tập; được miễn sinh hoạt và vắng; đang bị đình chỉ sinh hoạt; "
                  "vắng có lý do được người triệu tập chấp thuận.",
    )  # fmt: skip
    votes_for = forms.IntegerField(label="Số phiếu tán thành", min_value=0)
    votes_against = forms.IntegerField(label="Số phiếu không tán thành", min_value=0, initial=0)

    def clean_excluded(self) -> int:
        return self.cleaned_data.get("excluded") or 0


class CommentForm(forms.Form):
    text = forms.CharField(label="Góp ý", widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class CellSelfForm(forms.Form):
    text = forms.CharField(label="Tự đánh giá của chi bộ (kết quả thực hiện chỉ tiêu, chất lượng sinh hoạt…)",
                           widget=forms.Textarea(attrs={"rows": 5}))  # fmt: skip
    level = forms.ChoiceField(label="Chi bộ tự xếp loại", choices=Level.choices)


REASON_REQUIRED = "Cấp trên thay đổi mức xếp loại cần ghi lý do."


class DecisionForm(forms.Form):
    """The superior's decision: a level for every member (the cell's proposal unless changed)
    and for the cell; every change needs a reason."""

    cell_level = forms.ChoiceField(label="Xếp loại chi bộ", choices=Level.choices)
    cell_reason = forms.CharField(label="Lý do thay đổi", required=False, max_length=1000)

    def __init__(self, *args: Any, sheets: list[MemberEvaluation], proposed_cell_level: str,
                 **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.sheets = sheets
        self.proposed_cell_level = proposed_cell_level
        self.fields["cell_level"].initial = proposed_cell_level
        for sheet in sheets:
            name = sheet.member.full_name
            self.fields[f"level_{sheet.pk}"] = forms.ChoiceField(
                label=name,
                choices=Level.choices,
                initial=sheet.proposed_level,
                widget=forms.Select(attrs={"aria-label": f"Mức xếp loại của đồng chí {name}"}),
            )
            self.fields[f"reason_{sheet.pk}"] = forms.CharField(
                label=f"Lý do thay đổi mức của đồng chí {name}", required=False, max_length=1000,
                widget=forms.TextInput(attrs={"aria-label": f"Lý do thay đổi mức của đồng chí {name}"}),
            )  # fmt: skip

    def rows(self) -> list[tuple[MemberEvaluation, forms.BoundField, forms.BoundField]]:
        return [(s, self[f"level_{s.pk}"], self[f"reason_{s.pk}"]) for s in self.sheets]

    def clean(self) -> dict:
        data = super().clean() or {}
        for sheet in self.sheets:
            level = data.get(f"level_{sheet.pk}")
            if level and level != sheet.proposed_level and not data.get(f"reason_{sheet.pk}"):
                self.add_error(f"reason_{sheet.pk}", REASON_REQUIRED)
        level = data.get("cell_level")
        if level and level != self.proposed_cell_level and not data.get("cell_reason"):
            self.add_error("cell_reason", REASON_REQUIRED)
        return data

    def decision(self) -> dict[str, Any]:
        """The verb's arguments: only the changed levels, with their reasons."""
        data = self.cleaned_data
        overrides = {s.pk: data[f"level_{s.pk}"] for s in self.sheets
                     if data[f"level_{s.pk}"] != s.proposed_level}  # fmt: skip
        return {
            "overrides": overrides,
            "reasons": {pk: data[f"reason_{pk}"] for pk in overrides},
            "cell_level": data["cell_level"],
            "cell_reason": data["cell_reason"],
        }


class MemberChoiceField(forms.ModelChoiceField):
    """Members of one cell, by name; the view gives the queryset."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(queryset=Member.objects.none(), label="Đảng viên", **kwargs)

    def label_from_instance(self, obj: Any) -> str:
        return str(obj.full_name)


class QuarterForm(forms.ModelForm):
    """A quarter's self-rating (Mẫu 05); `member` is offered only to the chi ủy."""

    member = MemberChoiceField()

    class Meta:
        model = QuarterlyRating
        fields = ["member", "year", "quarter", "level", "score", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: Any, members: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["member"]
        assert isinstance(field, MemberChoiceField)
        field.queryset = members

    def validate_constraints(self) -> None:
        """A second entry for the same quarter corrects the first (the verb does it)."""


class BulkProposalForm(forms.Form):
    """One vote for every member not yet proposed, at the level each rated themselves."""

    votes_for = forms.IntegerField(label="Số phiếu tán thành", min_value=0)
    votes_against = forms.IntegerField(label="Số phiếu không tán thành", min_value=0, initial=0)
    officials_present = ProposalForm.base_fields["officials_present"]
    excluded = ProposalForm.base_fields["excluded"]

    def clean_excluded(self) -> int:
        return self.cleaned_data.get("excluded") or 0


class ProposalUploadForm(forms.Form):
    file = forms.FileField(label="Tệp Excel (.xlsx) theo mẫu")
    officials_present = ProposalForm.base_fields["officials_present"]
    excluded = ProposalForm.base_fields["excluded"]

    def clean_excluded(self) -> int:
        return self.cleaned_data.get("excluded") or 0
