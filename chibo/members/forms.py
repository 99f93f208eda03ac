from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib.auth.password_validation import validate_password
from django.utils import timezone

from chibo.lib.dates import DayMonthYearField
from chibo.rules import organization

from .models import Member, Role


class MemberFilterForm(forms.Form):
    q = forms.CharField(label="Tìm theo tên, số thẻ, điện thoại", required=False,
                        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Ví dụ: hue, dang"}))  # fmt: skip
    status = forms.ChoiceField(label="Tình trạng", required=False,
                               choices=[("", "Đang sinh hoạt"), ("all", "Tất cả"), *Member.Status.choices])  # fmt: skip
    role = forms.ChoiceField(
        label="Chức vụ", required=False, choices=[("", "Mọi chức vụ"), *Role.choices]
    )


class MemberForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = [
            "full_name", "gender", "birth_date", "phone", "email", "job", "admission_date",
            "official_date", "card_number", "general_education", "qualification", "political_theory",
        ]  # fmt: skip
        # Day/month/year typed as text: the same on every phone, 31/02 refused, not dropped.
        field_classes = {
            "birth_date": DayMonthYearField,
            "admission_date": DayMonthYearField,
            "official_date": DayMonthYearField,
        }

    def clean_full_name(self) -> str:
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name.split()) < 2:
            raise forms.ValidationError("Hãy ghi đủ họ và tên, ví dụ: Nguyễn Thị Hường.")
        return name

    def clean_card_number(self) -> str:
        number = self.cleaned_data.get("card_number", "").strip()
        if (
            number
            and Member.objects.filter(card_number=number).exclude(pk=self.instance.pk).exists()
        ):
            raise forms.ValidationError("Số thẻ đảng viên này đã có trong danh sách.")
        return number


class NewMemberForm(MemberForm):
    status = forms.ChoiceField(label="Tình trạng", choices=[
        (Member.Status.PROBATIONARY, "Dự bị"), (Member.Status.OFFICIAL, "Chính thức")])  # fmt: skip

    class Meta(MemberForm.Meta):
        fields = [*MemberForm.Meta.fields, "status"]


class StatusChangeForm(forms.Form):
    # Recognition as an official member has its own form (RecognitionForm).
    ACTIONS = [
        ("transfer_out", "Chuyển sinh hoạt đi nơi khác"),
        ("record_death", "Từ trần"),
        ("remove_from_list", "Xóa tên"),
        ("expel", "Khai trừ"),
    ]
    action = forms.ChoiceField(label="Thay đổi", choices=ACTIONS)
    on = DayMonthYearField(label="Ngày")
    note = forms.CharField(
        label="Ghi chú, nơi chuyển đến hoặc số quyết định", required=False, max_length=255
    )

    def clean_on(self) -> dt.date:
        on = self.cleaned_data["on"]
        if on > timezone.localdate() + dt.timedelta(days=31):
            raise forms.ValidationError("Ngày không được quá một tháng sau hôm nay.")
        return on


class RecognitionForm(forms.Form):
    """The superior committee's decision recognising a probationary member as official."""

    decision_number = forms.CharField(label="Số quyết định của cấp ủy cấp trên", max_length=50,
                                      help_text="Ví dụ: 125-QĐ/ĐU")  # fmt: skip
    decision_date = DayMonthYearField(label="Ngày quyết định")
    on = DayMonthYearField(
        label="Ngày công nhận đảng viên chính thức",
        help_text=f"Là ngày hết {organization.PROBATION_MONTHS} tháng dự bị "
        f"({organization.SOURCE_PROBATION.text}), không phải ngày họp hay ngày ký quyết định.",
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(label="Chức vụ trong chi bộ", choices=Role.choices)
    on = DayMonthYearField(label="Từ ngày", initial=timezone.localdate)


class ActivateForm(forms.Form):
    code = forms.CharField(
        label="Mã kích hoạt",
        max_length=20,
        help_text="Mã gồm 12 ký tự do Bí thư trao, ví dụ 1A2B-3C4D-5E6F.",
    )
    username = forms.RegexField(label="Tên đăng nhập", max_length=30, required=False, regex=r"^[a-zA-Z0-9_.-]{3,30}$",
                                error_messages={"invalid": "Tên đăng nhập gồm 3–30 chữ cái không dấu, số, dấu chấm, gạch."},
                                help_text="Chữ không dấu và số, ví dụ: huong.nt. Đặt lại mật khẩu: bỏ trống, "
                                          "tên đăng nhập cũ giữ nguyên.")  # fmt: skip
    password1 = forms.CharField(
        label="Mật khẩu", widget=forms.PasswordInput, help_text="Ít nhất 8 ký tự, không toàn số."
    )
    password2 = forms.CharField(label="Nhập lại mật khẩu", widget=forms.PasswordInput)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        p1, p2 = data.get("password1"), data.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", "Hai mật khẩu không giống nhau.")
        elif p1:
            try:
                validate_password(p1)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data
