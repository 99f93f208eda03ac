from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from chibo.lib.dates import DayMonthYearField
from chibo.members.models import Member
from chibo.organizations.models import Cell

from .models import Transfer


class IssueForm(forms.Form):
    member = forms.ModelChoiceField(label="Đảng viên", queryset=Member.objects.none())
    kind = forms.ChoiceField(label="Hình thức", choices=Transfer.Kind.choices)
    to_cell = forms.ModelChoiceField(label="Chi bộ nơi đến (trong hệ thống)", queryset=Cell.objects.none(),
                                     required=False)  # fmt: skip
    destination = forms.CharField(label="Hoặc tổ chức đảng nơi đến ngoài hệ thống", max_length=300,
                                  required=False)  # fmt: skip
    reason = forms.CharField(label="Lý do", max_length=300,
                             help_text="Chuyển công tác, nghỉ hưu, thay đổi nơi cư trú lâu dài, đi học…")  # fmt: skip
    cause_on = DayMonthYearField(label="Ngày quyết định có hiệu lực hoặc ngày thay đổi nơi cư trú")
    on = DayMonthYearField(label="Ngày giới thiệu")
    until = DayMonthYearField(label="Sinh hoạt tạm thời đến ngày", required=False)

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        member_field: Any = self.fields["member"]
        member_field.queryset = Member.objects.for_cell(cell).current().vietnamese_order()
        cell_field: Any = self.fields["to_cell"]
        cell_field.queryset = Cell.objects.exclude(pk=cell.pk).order_by("name")
        self.fields["on"].initial = timezone.localdate()


class AcceptForm(forms.Form):
    on = DayMonthYearField(label="Ngày tiếp nhận")
    late_reason = forms.CharField(
        label="Lý do xuất trình quá hạn (nếu có)", max_length=300, required=False
    )


class CancelForm(forms.Form):
    reason = forms.CharField(label="Lý do hủy", max_length=300)
