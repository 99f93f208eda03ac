from __future__ import annotations

from django import forms

from .models import StudySession


class SessionForm(forms.ModelForm):
    class Meta:
        model = StudySession
        fields = StudySession.FIELDS
        widgets = {
            "held_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "writeup_due": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }


class WriteupForm(forms.Form):
    text = forms.CharField(
        label="Bài thu hoạch", max_length=20000, widget=forms.Textarea(attrs={"rows": 6})
    )
    member = forms.IntegerField(required=False, widget=forms.HiddenInput)
