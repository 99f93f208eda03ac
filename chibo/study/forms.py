from __future__ import annotations

from django import forms

from chibo.lib.dates import DayMonthYearField

from .models import StudySession


class SessionForm(forms.ModelForm):
    class Meta:
        model = StudySession
        fields = StudySession.FIELDS
        field_classes = {"held_on": DayMonthYearField, "writeup_due": DayMonthYearField}


class WriteupForm(forms.Form):
    text = forms.CharField(
        label="Bài thu hoạch", max_length=20000, widget=forms.Textarea(attrs={"rows": 6})
    )
    member = forms.IntegerField(required=False, widget=forms.HiddenInput)
