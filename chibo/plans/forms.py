from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django import forms

from chibo.lib.dates import DayMonthYearField
from chibo.members.models import Member
from chibo.organizations.models import Cell

from .models import FORM_SUGGESTIONS, Plan, Target, Topic, month_quarter_error


class LinesField(forms.CharField):
    """A list of strings edited as a textarea, one item per line."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        text = super().to_python(value) or ""
        return [line.strip() for line in str(text).splitlines() if line.strip()]


class NewPlanForm(forms.Form):
    START_CHOICES = [
        ("template", "Theo mẫu chuẩn (căn cứ Chỉ thị 50, Hướng dẫn 42; đủ các mục)"),
        ("copy", "Sao chép kế hoạch năm trước"),
        ("blank", "Trang trắng"),
    ]
    kind = forms.ChoiceField(
        label="Loại kế hoạch", choices=Plan.Kind.choices, widget=forms.RadioSelect
    )
    year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)
    start = forms.ChoiceField(
        label="Bắt đầu từ", choices=START_CHOICES, initial="template", widget=forms.RadioSelect
    )
    source = forms.ModelChoiceField(
        label="Kế hoạch để sao chép", queryset=Plan.objects.none(), required=False,
        empty_label="— Kế hoạch cùng loại gần nhất —",
        help_text="Bỏ trống: lấy kế hoạch cùng loại gần nhất của chi bộ.",
    )  # fmt: skip

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cell = cell
        self.fields["source"].queryset = Plan.objects.for_cell(cell)  # type: ignore[attr-defined]
        today = dt.date.today()
        # Annual plans are drafted at the turn of the year: from October, propose next year.
        self.fields["year"].initial = today.year + 1 if today.month >= 10 else today.year

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") == "copy" and not data.get("source") and data.get("kind"):
            source = (
                Plan.objects.for_cell(self.cell)
                .filter(kind=data["kind"])
                .order_by("-year", "-pk")
                .first()
            )
            if source is None:
                raise forms.ValidationError(
                    "Chi bộ chưa có kế hoạch cùng loại để sao chép; hãy chọn “Theo mẫu chuẩn”."
                )
            data["source"] = source
        return data


class PlanForm(forms.ModelForm):
    legal_bases = LinesField(label="Căn cứ (mỗi căn cứ một dòng)", required=False)
    recipients = LinesField(
        label="Nơi nhận (mỗi nơi một dòng)", required=False,
        help_text="Không cần dấu phẩy, dấu chấm cuối dòng: khi in sẽ tự thêm. Dòng cuối thường là “Lưu Chi bộ”.",
    )  # fmt: skip

    class Meta:
        model = Plan
        fields = ["year", "title", "legal_bases", "intro", "closing", "recipients", "place_name", "plan_date",
                  "signing_capacity", "signer_title", "signer", "signer_name", "days_before_distribution"]  # fmt: skip
        field_classes = {"plan_date": DayMonthYearField}
        widgets = {
            "intro": forms.Textarea(attrs={"rows": 2}),
            "closing": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["signer"]).queryset = (
            Member.objects.for_cell(self.instance.cell).current().vietnamese_order()
        )
        self.fields[
            "signer_name"
        ].help_text = "Dùng khi người ký không có trong danh sách đảng viên."


class SectionForm(forms.Form):
    heading = forms.CharField(label="Tiêu đề mục", required=False, max_length=300,
                              help_text="Ví dụ: I. MỤC ĐÍCH, YÊU CẦU — hoặc mục con: 1. Mục đích")  # fmt: skip
    body = forms.CharField(
        label="Nội dung", required=False, widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Mỗi đoạn một dòng; dòng bắt đầu bằng “- ” là một gạch đầu dòng.",
    )  # fmt: skip
    list = forms.BooleanField(
        label="In danh sách chuyên đề / chỉ tiêu ngay sau mục này", required=False
    )


SectionFormSet = forms.formset_factory(SectionForm, extra=1, can_delete=True)


def sections_from(formset: Any) -> list[dict[str, Any]]:
    sections = []
    for form in formset.forms:
        data = form.cleaned_data
        if not data or data.get("DELETE") or not (data.get("heading") or data.get("body")):
            continue
        section: dict[str, Any] = {"heading": data["heading"].strip(), "body": data["body"].strip()}
        if data.get("list"):
            section["list"] = True
        sections.append(section)
    return sections


class TopicForm(forms.ModelForm):
    class Meta:
        model = Topic
        fields = [
            "quarter",
            "month",
            "title",
            "content",
            "form",
            "preparers",
            "preparer_note",
            "outputs",
            "order",
        ]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "content": forms.Textarea(attrs={"rows": 4}),
            "outputs": forms.Textarea(attrs={"rows": 2}),
            "form": forms.Textarea(attrs={"rows": 2}),
            "preparers": forms.CheckboxSelectMultiple,
            "month": forms.Select(choices=[("", "—")] + [(m, f"Tháng {m}") for m in range(1, 13)]),
        }

    suggestions = FORM_SUGGESTIONS

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["preparers"]).queryset = (
            Member.objects.for_cell(cell).current().vietnamese_order()
        )
        self.fields["order"].required = False
        self.fields["order"].help_text = "Để trống: xếp cuối danh sách."
        quarters = Topic._meta.get_field("quarter").choices or []
        cast(forms.ChoiceField, self.fields["quarter"]).choices = [("", "— Chọn quý —"), *quarters]
        self.fields[
            "month"
        ].help_text = "Để trống nếu chưa định tháng; tháng phải thuộc quý đã chọn."

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        error = month_quarter_error(data.get("month"), data.get("quarter"))
        if error:
            self.add_error("month", error + ".")
        return data


class TargetForm(forms.ModelForm):
    class Meta:
        model = Target
        fields = ["order", "text", "kind", "population", "comparison", "value_min", "value_max", "unit",
                  "measured_by", "section", "group"]  # fmt: skip
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        headings = [s.get("heading", "") for s in plan.sections if s.get("heading")]
        current = self.instance.section if self.instance.pk else ""
        choices = [("", "— (in ở mục danh sách chỉ tiêu)")] + [(h, h) for h in headings]
        if current and current not in headings:
            choices.append((current, current))
        self.fields["section"] = forms.ChoiceField(
            label="Thuộc mục", choices=choices, required=False
        )
        self.fields["order"].required = False
