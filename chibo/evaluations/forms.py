from django import forms

from .models import EvaluationRound, MemberEvaluation
from .rules import Level


class OpenRoundForm(forms.ModelForm):
    class Meta:
        model = EvaluationRound
        fields = ["year", "cap_percent", "cap_decision", "review_meeting_on", "report_sent_on"]
        widgets = {
            "review_meeting_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "report_sent_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def clean(self) -> dict:
        data = super().clean() or {}
        if data.get("cap_percent") == 25 and not data.get("cap_decision"):
            self.add_error("cap_decision", "Tỷ lệ 25% cần ghi rõ quyết định của cấp có thẩm quyền.")
        return data


class SelfAssessmentForm(forms.ModelForm):
    class Meta:
        model = MemberEvaluation
        fields = ["self_general", "self_tasks", "strengths", "weaknesses", "remedies", "tasks_total",
                  "tasks_on_time", "tasks_exceeding", "tasks_late", "tasks_not_done", "shortcomings_fixed",
                  "degraded", "disciplined", "breached_prohibitions"]  # fmt: skip
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in ["strengths", "weaknesses", "remedies"]
        }

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["self_general"].required = True
        self.fields["self_tasks"].required = True

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
        return data


class ProposalForm(forms.Form):
    level = forms.ChoiceField(label="Chi bộ đề xuất mức", choices=Level.choices)
    comment = forms.CharField(
        label="Nhận xét của chi ủy", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    votes_for = forms.IntegerField(label="Số phiếu tán thành", min_value=0)
    votes_against = forms.IntegerField(label="Số phiếu không tán thành", min_value=0, initial=0)


class CommentForm(forms.Form):
    text = forms.CharField(label="Góp ý", widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class CellSelfForm(forms.Form):
    text = forms.CharField(label="Tự đánh giá của chi bộ (kết quả thực hiện chỉ tiêu, chất lượng sinh hoạt…)",
                           widget=forms.Textarea(attrs={"rows": 5}))  # fmt: skip
    level = forms.ChoiceField(label="Chi bộ tự xếp loại", choices=Level.choices)


class DecisionForm(forms.Form):
    cell_level = forms.ChoiceField(
        label="Xếp loại chi bộ",
        choices=[("", "Như chi bộ đề xuất"), *Level.choices],
        required=False,
    )
