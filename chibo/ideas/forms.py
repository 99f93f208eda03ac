"""Forms of the idea bank and the KPI: they validate, the models act."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.core.validators import MaxValueValidator
from django.utils import timezone

from chibo.feedback.models import School, Staff
from chibo.lib.dates import DayMonthYearField
from chibo.rules import initiatives as rules

from .models import CouncilSeat, Idea, IdeaSettings, Indicator

TEXTAREA = {"rows": 4}


def _staff_label(staff: Staff) -> str:
    return f"{staff.full_name}, {staff.title}" if staff.title else staff.full_name


class IdeaForm(forms.ModelForm):
    class Meta:
        model = Idea
        fields = ["year", *Idea.FIELDS]
        widgets = {
            "problem": forms.Textarea(attrs=TEXTAREA),
            "solution": forms.Textarea(attrs=TEXTAREA),
            "expected_benefit": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, editing: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        year = timezone.localdate().year
        self.fields["year"].widget = forms.Select(
            choices=[(y, str(y)) for y in (year - 1, year, year + 1)]
        )
        self.fields["year"].initial = year
        if editing:
            del self.fields["year"]


class ApplyForm(forms.Form):
    applied_from = DayMonthYearField(label="Bắt đầu áp dụng từ ngày")
    applied_where = forms.CharField(label="Áp dụng tại", max_length=300, required=False,
                                    help_text="Ví dụ: lớp Mầm A1. Để trống nếu như đã ghi khi đăng ký.")  # fmt: skip


class SubmitForm(forms.Form):
    write_up = forms.CharField(
        label="Báo cáo mô tả kết quả áp dụng", widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Đã áp dụng ở đâu, từ bao giờ, kết quả trước và sau (số liệu, minh chứng kèm theo).",
    )  # fmt: skip


class WithdrawForm(forms.Form):
    reason = forms.CharField(label="Lý do rút", max_length=300, required=False)


class CommentForm(forms.Form):
    text = forms.CharField(
        label="Góp ý của đồng nghiệp", max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AttachForm(forms.Form):
    file = forms.FileField(label="Tệp minh chứng (PDF, Word, Excel, ảnh)")


class ScoreForm(forms.Form):
    novelty = forms.IntegerField(min_value=0)
    applied = forms.IntegerField(min_value=0)
    benefit = forms.IntegerField(min_value=0)
    comment = forms.CharField(
        label="Nhận xét", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, options: IdeaSettings, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for criterion in rules.CRITERIA:
            top = options.max_points[criterion.code]
            field = self.fields[criterion.code]
            assert isinstance(field, forms.IntegerField)
            field.label = f"{criterion.label} (0–{top})"
            field.max_value = top
            field.validators.append(MaxValueValidator(top, f"Tối đa {top} điểm."))
            field.widget.attrs.update({"min": 0, "max": top, "inputmode": "numeric"})


class DecideForm(forms.Form):
    decision = forms.ChoiceField(
        label="Kết luận", widget=forms.RadioSelect,
        choices=[("recognise", "Công nhận là sáng kiến"), ("reject", "Không công nhận")],
    )  # fmt: skip
    note = forms.CharField(
        label="Kết luận, lý do", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class SeatForm(forms.Form):
    staff = forms.ModelChoiceField(label="Thành viên", queryset=Staff.objects.none())
    post = forms.ChoiceField(
        label="Chức danh", choices=CouncilSeat.Post.choices, initial=CouncilSeat.Post.MEMBER
    )
    year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)

    def __init__(self, *args: Any, school: School, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["staff"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Staff.objects.active().filter(school=school).order_by("full_name")
        field.label_from_instance = _staff_label  # type: ignore[method-assign,assignment]


class SettingsForm(forms.ModelForm):
    class Meta:
        model = IdeaSettings
        fields = IdeaSettings.FIELDS


class IndicatorForm(forms.ModelForm):
    class Meta:
        model = Indicator
        fields = ["dimension", "name", "source", "weight", "description", "active"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}


class WeightsForm(forms.Form):
    """One weight per indicator of the school."""

    def __init__(self, *args: Any, indicators: list[Indicator], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.indicators = indicators
        for indicator in indicators:
            self.fields[f"w{indicator.pk}"] = forms.IntegerField(
                label=indicator.name, min_value=0, max_value=100, initial=indicator.weight
            )

    def weights(self) -> dict[int, int]:
        return {i.pk: self.cleaned_data[f"w{i.pk}"] for i in self.indicators}

    def rows(self) -> list[tuple[Indicator, Any]]:
        return [(i, self[f"w{i.pk}"]) for i in self.indicators]


class TermForm(forms.Form):
    name = forms.CharField(label="Tên kỳ đánh giá", max_length=120)
    start = DayMonthYearField(label="Từ ngày")
    end = DayMonthYearField(label="Đến ngày")


class EntryForm(forms.Form):
    indicator = forms.ModelChoiceField(label="Chỉ số", queryset=Indicator.objects.none())
    staff = forms.ModelChoiceField(label="Người được đánh giá", queryset=Staff.objects.none())
    value = forms.DecimalField(
        label="Điểm (0–100)", min_value=Decimal(0), max_value=Decimal(100), decimal_places=1
    )
    evidence = forms.CharField(label="Minh chứng", widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, school: School, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        indicator = self.fields["indicator"]
        staff = self.fields["staff"]
        assert isinstance(indicator, forms.ModelChoiceField) and isinstance(
            staff, forms.ModelChoiceField
        )
        indicator.queryset = Indicator.objects.filter(school=school, source="manual", active=True)
        staff.queryset = Staff.objects.active().filter(school=school).order_by("full_name")
        staff.label_from_instance = _staff_label  # type: ignore[method-assign,assignment]
