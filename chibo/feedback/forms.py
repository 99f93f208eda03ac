from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from chibo.lib.dates import DayMonthYearField
from chibo.rules import feedback as rules

from .models import Category, Channel, Feedback, Message, Report, School, Staff, SurveyRound
from .photos import MAX_BYTES, clean_photo

TEXT_MAX = 4000


class SubmitForm(forms.Form):
    kind = forms.ChoiceField(label="Bạn muốn gửi", choices=Feedback.Kind.choices,
                             initial=Feedback.Kind.SUGGESTION, widget=forms.RadioSelect)  # fmt: skip
    category = forms.ChoiceField(
        label="Về việc", choices=[("", "— Chọn lĩnh vực —"), *Category.choices]
    )
    class_name = forms.CharField(
        label="Lớp của con (không bắt buộc)", max_length=50, required=False
    )
    text = forms.CharField(
        label="Nội dung", max_length=TEXT_MAX, widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Xin viết rõ sự việc, thời gian, nơi xảy ra. Không ghi tên của trẻ khác.",
    )  # fmt: skip
    photo = forms.FileField(
        label="Ảnh (không bắt buộc)", required=False,
        help_text="Một ảnh, dưới 5 MB. Ảnh chỉ nhà trường xem, không đăng công khai.",
        widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
    )  # fmt: skip
    visibility = forms.ChoiceField(
        label="Ai được biết bạn là ai?", widget=forms.RadioSelect, initial=Feedback.Visibility.SCHOOL,
        choices=[
            (Feedback.Visibility.PUBLIC, "Công khai tên tôi: tên hiện cùng góp ý khi nhà trường đăng công khai."),
            (Feedback.Visibility.SCHOOL, "Chỉ nhà trường biết tên tôi: tên và số điện thoại chỉ cán bộ "
             "được giao xử lý và Ban giám hiệu xem; không ai khác thấy."),
            (Feedback.Visibility.ANONYMOUS, "Ẩn danh hoàn toàn: không lưu tên, số điện thoại hay e-mail; "
             "nhà trường cũng không biết tôi là ai. Tôi theo dõi bằng mã riêng."),
        ],
    )  # fmt: skip
    sender_name = forms.CharField(label="Họ và tên", max_length=120, required=False)
    sender_contact = forms.CharField(
        label="Số điện thoại hoặc e-mail (không bắt buộc)", max_length=120, required=False,
        help_text="Để nhà trường liên hệ khi cần. Không bao giờ hiện công khai.",
    )  # fmt: skip
    # A field people never see: a bot that fills every field fills this one too.
    website = forms.CharField(label="Trang web", required=False,
                              widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))  # fmt: skip

    def clean_photo(self) -> bytes | None:
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        if upload.size > MAX_BYTES:
            raise ValidationError("Ảnh quá lớn. Xin gửi ảnh dưới 5 MB.")
        return clean_photo(upload)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("visibility") == Feedback.Visibility.ANONYMOUS:
            data["sender_name"] = data["sender_contact"] = ""
        elif data.get("visibility") and not data.get("sender_name", "").strip():
            self.add_error("sender_name", "Xin ghi họ tên, hoặc chọn “Ẩn danh hoàn toàn”.")
        return data

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))


class LookupForm(forms.Form):
    code = forms.CharField(label="Mã theo dõi", max_length=20,
                           help_text="Mã nhận được khi gửi góp ý, ví dụ K7QM-4XPD-R2TB.")  # fmt: skip


class SenderReplyForm(forms.Form):
    text = forms.CharField(label="Nhắn thêm cho nhà trường", max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip
    website = forms.CharField(required=False)


class ReopenForm(forms.Form):
    reason = forms.CharField(label="Vì sao bạn chưa hài lòng?", max_length=1000,
                             widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip


class ReportForm(forms.Form):
    reason = forms.ChoiceField(label="Lý do", choices=Report.Reason.choices)


class NoteForm(forms.Form):
    kind = forms.ChoiceField(
        label="Loại", widget=forms.RadioSelect, initial=Message.Kind.NOTE,
        choices=[(Message.Kind.NOTE, "Ghi chú nội bộ (chỉ cán bộ nhà trường xem)"),
                 (Message.Kind.TO_SENDER, "Nhắn người gửi (người gửi xem qua đường dẫn riêng)")],
    )  # fmt: skip
    text = forms.CharField(
        label="Nội dung", max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AnswerForm(forms.Form):
    text = forms.CharField(
        label="Trả lời công khai", max_length=TEXT_MAX, widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Người gửi đọc câu trả lời này; khi góp ý được duyệt công khai, mọi người cùng đọc. "
        "Không ghi tên người gửi hay thông tin riêng của trẻ.",
    )  # fmt: skip
    close = forms.BooleanField(label="Đóng góp ý sau khi trả lời", required=False)


class RedirectForm(forms.Form):
    channel = forms.ChoiceField(label="Chuyển đến", choices=Channel.choices)
    note = forms.CharField(label="Hướng dẫn thêm cho người gửi (không bắt buộc)", max_length=1000,
                           required=False, widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip


class ExtendForm(forms.Form):
    until = DayMonthYearField(label="Hạn mới")
    reason = forms.CharField(label="Lý do gia hạn", max_length=300)

    def clean_until(self) -> dt.date:
        until: dt.date = self.cleaned_data["until"]
        if until < timezone.localdate():
            raise ValidationError("Hạn mới không được trước hôm nay.")
        return until


class AssignForm(forms.Form):
    staff = forms.ModelChoiceField(label="Giao cho", queryset=Staff.objects.none())

    def __init__(self, *args: Any, school: School, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["staff"].queryset = Staff.objects.handling().filter(school=school)  # type: ignore[attr-defined]


class ModerateForm(forms.Form):
    decision = forms.ChoiceField(
        label="Quyết định", widget=forms.RadioSelect,
        choices=[("publish", "Công khai (với nội dung dưới đây)"), ("private", "Không công khai")],
    )  # fmt: skip
    public_text = forms.CharField(
        label="Nội dung công khai", max_length=TEXT_MAX, required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Bỏ tên người, tên trẻ, số điện thoại và mọi chi tiết làm lộ người gửi trước khi công khai.",
    )  # fmt: skip
    note = forms.CharField(
        label="Ghi chú (bắt buộc khi không công khai)", max_length=300, required=False
    )


class StatusFilterForm(forms.Form):
    SHOWS = [("", "Đang chờ xử lý"), ("overdue", "Quá hạn"), ("answered", "Đã trả lời"),
             ("closed", "Đã đóng"), ("redirected", "Chuyển kênh khác"), ("all", "Tất cả")]  # fmt: skip
    show = forms.ChoiceField(label="Hiện", choices=SHOWS, required=False)
    category = forms.ChoiceField(
        label="Lĩnh vực", choices=[("", "Tất cả"), *Category.choices], required=False
    )


class SchoolForm(forms.ModelForm):
    class Meta:
        model = School
        fields = ["name", "slug", "phone", "intro", "portal_open", "reopen_days", "hide_after_reports",
                  "satisfaction_target"]  # fmt: skip
        widgets = {"intro": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        days = (self.instance.due_days or {}) if self.instance.pk else {}
        low, high = rules.DUE_DAYS_BOUNDS
        for code, label in Category.choices:
            self.fields[f"due_{code}"] = forms.IntegerField(
                label=f"Hạn trả lời — {label} (ngày)", min_value=low, max_value=high,
                initial=days.get(code, rules.DUE_DAYS_DEFAULT[code]),
            )  # fmt: skip

    def due_days(self) -> dict[str, int]:
        return {code: self.cleaned_data[f"due_{code}"] for code, _ in Category.choices}


class AppointForm(forms.Form):
    full_name = forms.CharField(label="Họ và tên", max_length=120)
    username = forms.RegexField(
        label="Tên đăng nhập", max_length=150, regex=r"^[\w.@+-]+$",
        help_text="Tài khoản mới được tạo với mật khẩu tạm; nếu tên đã có, tài khoản đó được giao vai trò.",
        error_messages={"invalid": "Chỉ dùng chữ không dấu, số và các dấu . @ + - _"},
    )  # fmt: skip
    title = forms.CharField(label="Chức vụ", max_length=100, required=False)
    role = forms.ChoiceField(label="Vai trò", choices=Staff.Role.choices)
    position = forms.ChoiceField(
        label="Vị trí việc làm", choices=[("", "Theo vai trò"), *Staff.Position.choices], required=False,
        help_text="Giáo viên được tính vào chỉ tiêu “giáo viên có sáng kiến”; Ban giám hiệu mặc định là cán bộ quản lý.",
    )  # fmt: skip
    email = forms.EmailField(label="E-mail (để nhận nhắc việc)", required=False)


class SurveyForm(forms.Form):
    title = forms.CharField(label="Tên đợt khảo sát", max_length=200)
    year = forms.IntegerField(label="Năm tính chỉ tiêu", min_value=2000, max_value=2100)
    formula = forms.ChoiceField(
        label="Cách tính tỷ lệ hài lòng",
        choices=[(f.code, f"{f.label}: {f.text}") for f in rules.FORMULAS.values()],
        widget=forms.RadioSelect, initial=rules.DEFAULT_FORMULA,
    )  # fmt: skip
    classes = forms.CharField(
        label="Các lớp (mỗi dòng một lớp)", widget=forms.Textarea(attrs={"rows": 4})
    )
    families = forms.IntegerField(
        label="Số phiếu mã cho mỗi lớp", min_value=1, max_value=80, initial=30
    )

    def class_names(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["classes"].splitlines() if line.strip()]


class SurveyAnswerForm(forms.Form):
    """The family's code and one 5-point choice per question of the round."""

    code = forms.CharField(label="Mã gia đình (trên phiếu nhà trường gửi)", max_length=12)
    suggestion = forms.CharField(label="Ý kiến khác (không bắt buộc)", max_length=2000, required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip

    def __init__(self, *args: Any, survey: SurveyRound, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.questions = list(survey.questions.all())
        for question in self.questions:
            self.fields[f"q{question.pk}"] = forms.TypedChoiceField(
                label=question.text, required=False, coerce=int, empty_value=None,
                choices=[(score, label) for score, label in rules.SCALE.items()],
                widget=forms.RadioSelect,
            )  # fmt: skip

    def grouped(self) -> list[tuple[str, list[Any]]]:
        groups: list[tuple[str, list[Any]]] = []
        labels = dict(rules.GROUPS)
        for question in self.questions:
            if not groups or groups[-1][0] != labels[question.group]:
                groups.append((labels[question.group], []))
            groups[-1][1].append(self[f"q{question.pk}"])
        return groups

    def scores(self) -> dict[int, int | None]:
        return {q.pk: self.cleaned_data.get(f"q{q.pk}") for q in self.questions}
