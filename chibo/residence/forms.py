from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from chibo.lib.dates import YEARS, DayMonthYearField
from chibo.rules import residence as rules

from .models import Residence
from .scans import clean_scan


class ResidenceForm(forms.ModelForm):
    class Meta:
        model = Residence
        fields = Residence.FIELDS


class RequestForm(forms.Form):
    year = forms.TypedChoiceField(label="Năm", coerce=int, choices=[(y, y) for y in YEARS])
    on = DayMonthYearField(label="Ngày gửi đề nghị")
    channel = forms.ChoiceField(label="Cách gửi", choices=rules.REQUEST_CHANNELS)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["year"].initial = today.year
        self.fields["on"].initial = today


class AnswerForm(forms.Form):
    on = DayMonthYearField(label="Ngày nhận xét")
    channel = forms.ChoiceField(label="Hình thức nhận", choices=rules.ANSWER_CHANNELS)
    text = forms.CharField(label="Nội dung nhận xét", required=False, max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip
    signer = forms.CharField(label="Người ký nhận xét", required=False, max_length=120)
    portal_reference = forms.CharField(label="Mã hồ sơ trên Cổng Dịch vụ công", required=False,
                                       max_length=60)  # fmt: skip
    scan = forms.FileField(label="Bản chụp phiếu nhận xét (PDF, JPG, PNG)", required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def clean_scan(self) -> tuple[bytes, str] | None:
        upload = self.cleaned_data.get("scan")
        return clean_scan(upload) if upload else None
