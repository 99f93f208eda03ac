"""Forms of the fee book. They read what was typed (money as "50.000", months as 11/2026);
the model verbs decide what is allowed, so the page and the API refuse the same things."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from chibo.lib.dates import DayMonthYearField
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules import fees as rules

from .payroll import Payroll, PayrollError, read_payroll

# A month is typed month first, whatever the phone's language (a browser's month picker shows
# "November 2026" or "2026-11" by locale): a plain box with the digits keyboard.
MONTH_WIDGET = forms.TextInput(
    attrs={"inputmode": "numeric", "placeholder": "tt/nnnn, ví dụ 11/2026", "autocomplete": "off"}
)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$|^(\d{1,2})\s*[/.-]\s*(\d{4})$")


class MoneyField(forms.CharField):
    """Whole đồng, typed the Vietnamese way: "50.000", "50 000", "50000 đ". The sign is kept,
    so that the verb, not the form, refuses a negative amount with its own message."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "placeholder": "Ví dụ: 72.346"})

    def to_python(self, value: Any) -> int | None:  # type: ignore[override]
        text = str(super().to_python(value) or "").strip().lower()
        text = re.sub(r"\s|đồng|đ|vnd", "", text)
        if not text:
            return None
        match = re.fullmatch(r"(-?)(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+|\d+)", text)
        if match is None:
            raise forms.ValidationError("Số tiền phải là số đồng, ví dụ 72.346.")
        amount = int(re.sub(r"[.,]", "", match.group(2)))
        return -amount if match.group(1) else amount


class MonthField(forms.CharField):
    """A fee month, typed month first (11/2026, 11-2026, 11.2026) or sent by a script as 2026-11."""

    widget = MONTH_WIDGET

    def to_python(self, value: Any) -> dt.date | None:  # type: ignore[override]
        if isinstance(value, dt.date):
            return value.replace(day=1)
        text = str(super().to_python(value) or "").strip()
        if not text:
            return None
        match = _MONTH.match(text)
        if match is None:
            raise forms.ValidationError("Tháng không hợp lệ; hãy chọn tháng, ví dụ 11/2026.")
        year, month = (
            (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        )
        if not 1 <= int(month) <= 12:
            raise forms.ValidationError("Tháng không hợp lệ; hãy chọn tháng, ví dụ 11/2026.")
        return dt.date(int(year), int(month), 1)

    def prepare_value(self, value: Any) -> Any:
        return f"{value:%m/%Y}" if isinstance(value, dt.date) else value


def _members(cell: Cell) -> Any:
    return Member.objects.for_cell(cell).current().vietnamese_order()


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.full_name)


class _CellForm(forms.Form):
    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "member" in self.fields:
            self.fields["member"].queryset = _members(cell)  # type: ignore[attr-defined]


class PaymentForm(_CellForm):
    member = MemberChoiceField(label="Đảng viên", queryset=Member.objects.none(),
                               error_messages={"required": "Hãy chọn đảng viên.",
                                               "invalid_choice": "Đảng viên này không thuộc chi bộ."})  # fmt: skip
    paid_on = DayMonthYearField(label="Ngày nộp", initial=timezone.localdate)
    amount = MoneyField(label="Số tiền (đồng)", error_messages={"required": "Hãy ghi số tiền."})
    method = forms.ChoiceField(label="Hình thức", choices=rules.METHOD_CHOICES, initial=rules.CASH)
    reference = forms.CharField(
        label="Số biên lai hoặc mã giao dịch", max_length=60, required=False
    )
    note = forms.CharField(label="Ghi chú", max_length=255, required=False,
                           help_text="Ví dụ: nộp trước tháng 12, nộp bù tháng 10")  # fmt: skip


class CorrectionForm(forms.Form):
    reason = forms.CharField(label="Lý do điều chỉnh", max_length=200,
                             error_messages={"required": "Cần ghi lý do điều chỉnh."})  # fmt: skip


class BasisForm(_CellForm):
    member = MemberChoiceField(label="Đảng viên", queryset=Member.objects.none(),
                               error_messages={"required": "Hãy chọn đảng viên."})  # fmt: skip
    category = forms.ChoiceField(label="Đối tượng", choices=rules.CATEGORY_CHOICES)
    amount = MoneyField(label="Thu nhập làm căn cứ (đồng)", required=False,
                        help_text="Có BHXH: tiền lương đóng BHXH của tháng liền trước. Hưu trí: lương "
                                  "hưu. Học sinh, sinh viên và người không đóng BHXH: để trống.")  # fmt: skip
    region = forms.ChoiceField(label="Vùng lương tối thiểu", required=False,
                               choices=[("", "—"), *rules.REGION_CHOICES],
                               help_text="Chỉ với người không đóng BHXH bắt buộc.")  # fmt: skip
    valid_from = MonthField(label="Áp dụng từ tháng đảng phí",
                            error_messages={"required": "Hãy chọn tháng áp dụng."})  # fmt: skip
    note = forms.CharField(label="Ghi chú", max_length=255, required=False)


class ReliefForm(_CellForm):
    member = MemberChoiceField(label="Đảng viên", queryset=Member.objects.none(),
                               error_messages={"required": "Hãy chọn đảng viên."})  # fmt: skip
    kind = forms.ChoiceField(label="Miễn hoặc giảm", choices=rules.RELIEF_CHOICES)
    reason = forms.ChoiceField(label="Lý do", choices=rules.RELIEF_REASON_CHOICES)
    first_month = MonthField(
        label="Từ tháng", error_messages={"required": "Hãy chọn tháng bắt đầu."}
    )
    last_month = MonthField(label="Đến tháng", required=False,
                            help_text="Miễn, giảm vì khó khăn: không quá 12 tháng mỗi lần.")  # fmt: skip
    decision = forms.CharField(label="Quyết định", max_length=200,
                               help_text="Ví dụ: Nghị quyết chi bộ số 05-NQ/CB ngày 03/11/2026",
                               error_messages={"required": "Cần ghi quyết định miễn, giảm (số, ngày)."})  # fmt: skip
    decided_on = DayMonthYearField(label="Ngày quyết định")


class RemittanceForm(forms.Form):
    first_month = MonthField(label="Nộp cho tháng (từ)")
    last_month = MonthField(label="đến tháng")
    paid_on = DayMonthYearField(label="Ngày nộp", initial=timezone.localdate)
    amount = MoneyField(label="Số tiền (đồng)")
    method = forms.ChoiceField(
        label="Hình thức", choices=rules.METHOD_CHOICES, initial=rules.PORTAL
    )
    voucher = forms.CharField(label="Số chứng từ", max_length=60)
    note = forms.CharField(label="Ghi chú", max_length=255, required=False)


class CloseForm(forms.Form):
    confirm = forms.BooleanField(label="Tôi đã đối chiếu số thu trong tháng; khóa sổ tháng này.",
                                 error_messages={"required": "Hãy đánh dấu xác nhận trước khi khóa sổ."})  # fmt: skip


class TreasurerForm(_CellForm):
    member = MemberChoiceField(label="Người thu đảng phí", queryset=Member.objects.none(),
                               required=False, empty_label="— Chưa giao —")  # fmt: skip


class ShareForm(forms.Form):
    percent = forms.IntegerField(label="Tỷ lệ chi bộ trích giữ lại (%)", min_value=0, max_value=100,
                                 error_messages={"min_value": "Tỷ lệ phải từ 0 đến 100%%.",
                                                 "max_value": "Tỷ lệ phải từ 0 đến 100%%.",
                                                 "invalid": "Tỷ lệ phải là số nguyên."})  # fmt: skip
    decision = forms.CharField(label="Văn bản quy định", max_length=200,
                               help_text="Ví dụ: Quyết định số 12-QĐ/ĐU ngày 05/02/2026")  # fmt: skip
    decided_on = DayMonthYearField(label="Ngày ban hành")


class PayrollForm(forms.Form):
    file = forms.FileField(label="Bảng lương (.xlsx)", widget=forms.FileInput(attrs={"accept": ".xlsx"}),
                           help_text="Cần cột “Họ và tên” và cột “Lương đóng BHXH”; nên có cột “Số thẻ đảng viên”.",
                           error_messages={"required": "Hãy chọn tệp bảng lương.",
                                           "empty": "Tệp rỗng, không có nội dung."})  # fmt: skip
    salary_month = MonthField(label="Bảng lương tháng",
                              help_text="Đảng phí tháng sau tính theo lương tháng này (QĐ 01-QĐ/TW: "
                                        "tiền lương đóng BHXH của tháng liền trước).")  # fmt: skip

    payroll: Payroll

    def clean_file(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["file"]
        limit = settings.CHIBO_MAX_UPLOAD_BYTES
        data = upload.read(limit + 1)
        if len(data) > limit:
            raise forms.ValidationError(f"Tệp quá lớn. Giới hạn là {limit // 1024 // 1024} MB.")
        try:
            self.payroll = read_payroll(data)
        except PayrollError as error:
            raise forms.ValidationError(str(error)) from error
        return upload


class ImportDecisionForm(forms.Form):
    action = forms.ChoiceField(choices=[("commit", "Nhập"), ("discard", "Hủy")])


class PeriodForm(forms.Form):
    """The committee report's period: a year, and a quarter or the whole year."""

    year = forms.IntegerField(min_value=2026, max_value=2100, required=False)
    quarter = forms.TypedChoiceField(coerce=int, required=False, empty_value=0,  # type: ignore[arg-type]
                                     choices=[(0, "Cả năm"), (1, "Quý I"), (2, "Quý II"),
                                              (3, "Quý III"), (4, "Quý IV")])  # fmt: skip
