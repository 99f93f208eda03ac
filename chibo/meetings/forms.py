"""Forms validate; models act."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from chibo.lib.dates import DayMonthYearField, DayMonthYearTimeField
from chibo.members.models import Member, has_chi_uy
from chibo.organizations.models import Cell
from chibo.plans.models import Topic
from chibo.rules import plausible
from chibo.rules import votes as vote_rules
from chibo.rules.meetings import SOURCE_DURATION

from .models import Attendance, Meeting, Task, Vote
from .rules import ISSUABLE_CONCLUSIONS
from .uploads import DRAFT_KINDS, MATERIAL_KINDS, validate_upload

TEXT = forms.Textarea(attrs={"rows": 4})
# Django's "---------" / "- Select an option -" placeholder, in Vietnamese.
EMPTY_LABEL = "— Chọn —"


class _CellMembers:
    """Limits member choices to the current members of one cell."""

    def limit(self, cell: Cell, *names: str) -> None:
        members = Member.objects.for_cell(cell).current().vietnamese_order()
        for name in names:
            field = self.fields[name]  # type: ignore[attr-defined]
            field.queryset = members
            if not isinstance(field, forms.ModelMultipleChoiceField):
                field.empty_label = EMPTY_LABEL


class MeetingForm(_CellMembers, forms.ModelForm):
    class Meta:
        model = Meeting
        fields = ["kind", "topic", "title", "starts_at", "ends_at", "place", "online_link", "chair", "secretary",
                  "guests", "combined_with", "draft_due", "review_due"]  # fmt: skip
        # Day and time typed the Vietnamese way whatever the phone's language (chibo.lib.dates).
        field_classes = {"starts_at": DayMonthYearTimeField, "ends_at": DayMonthYearTimeField,
                         "draft_due": DayMonthYearField, "review_due": DayMonthYearField}  # fmt: skip
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "guests": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limit(cell, "chair", "secretary")
        others = Meeting.objects.for_cell(cell).filter(status__in=Meeting.OPEN_STATUSES)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        self.fields["combined_with"].queryset = others  # type: ignore[attr-defined]
        self.fields["topic"].queryset = Topic.objects.filter(plan__cell=cell).select_related("plan")  # type: ignore[attr-defined]
        for name in ("topic", "combined_with"):
            self.fields[name].empty_label = EMPTY_LABEL  # type: ignore[attr-defined]
        self.fields[
            "combined_with"
        ].help_text = (
            f"Thường kỳ và chuyên đề cùng một buổi, lần lượt ({SOURCE_DURATION.source.short})."
        )
        if not has_chi_uy(cell):
            self.fields["review_due"].label = "Hạn Bí thư, Phó Bí thư cho ý kiến"
        if self.instance.pk and self.instance.status in (
            Meeting.Status.HELD,
            Meeting.Status.CONCLUDED,
        ):
            # After the meeting only who chaired, who kept the minutes and the guests change.
            for name, field in self.fields.items():
                field.disabled = name not in Meeting.MINUTES_PEOPLE

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("topic") and data.get("kind") != Meeting.Kind.THEMATIC:
            self.add_error(
                "topic", "Chỉ buổi sinh hoạt chuyên đề mới gắn với chuyên đề trong kế hoạch."
            )
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", "Giờ kết thúc phải sau giờ bắt đầu.")
        if data.get("starts_at") and "starts_at" in self.changed_data:
            day = timezone.localtime(data["starts_at"]).date()
            problem = plausible.meeting_day_problem(day, today=timezone.localdate())
            if problem:
                self.add_error("starts_at", problem)
        return data


class PreparersForm(_CellMembers, forms.Form):
    preparers = forms.ModelMultipleChoiceField(label="Người chuẩn bị", queryset=Member.objects.none(),
                                               widget=forms.CheckboxSelectMultiple)  # fmt: skip

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limit(cell, "preparers")


class DraftForm(forms.Form):
    text = forms.CharField(label="Nội dung dự thảo", required=False, widget=forms.Textarea(attrs={"rows": 16}),
                           help_text="Viết thành đoạn; để một dòng trống giữa hai đoạn.")  # fmt: skip
    file = forms.FileField(label="Hoặc tải tệp Word (DOCX) / PDF", required=False)
    note = forms.CharField(label="Ghi chú thay đổi", required=False, max_length=300)

    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if upload:
            validate_upload(upload, DRAFT_KINDS)
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("text") or "").strip() and not data.get("file") and not self.errors:
            raise forms.ValidationError("Dự thảo cần có nội dung hoặc tệp đính kèm.")
        return data


class MaterialForm(forms.Form):
    title = forms.CharField(label="Tên tài liệu", max_length=300)
    file = forms.FileField(label="Tệp (DOCX, PDF, XLSX, ảnh)")

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        validate_upload(upload, MATERIAL_KINDS)
        return upload


class TextForm(forms.Form):
    text = forms.CharField(label="Nội dung", widget=TEXT)


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label="Trả lời", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    resolved = forms.BooleanField(label="Đã tiếp thu", required=False)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Lý do", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class RescheduleForm(forms.Form):
    starts_at = DayMonthYearTimeField(label="Thời gian mới")


class MemberCommentForm(forms.Form):
    text = forms.CharField(label="Ý kiến của đồng chí", required=False, widget=TEXT)
    wants_to_speak = forms.BooleanField(label="Tôi đăng ký phát biểu tại buổi họp", required=False)
    # Made by the phone (chibo/static/chibo/offline.js), so a comment sent again is saved once.
    client_key = forms.UUIDField(required=False, widget=forms.HiddenInput, error_messages={
        "invalid": "Mã gửi của máy không hợp lệ; hãy tải lại trang rồi gửi lại."})  # fmt: skip


class AttendanceForm(forms.Form):
    status = forms.ChoiceField(choices=Attendance.Status.choices)
    reason = forms.CharField(required=False, max_length=300)


class ContributionForm(_CellMembers, forms.Form):
    speaker = forms.ModelChoiceField(label="Người phát biểu", queryset=Member.objects.none())
    summary = forms.CharField(label="Tóm tắt ý kiến", widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limit(cell, "speaker")


class VoteForm(forms.Form):
    subject_kind = forms.ChoiceField(label="Biểu quyết về", choices=Vote.SubjectKind.choices,
                                     help_text="Chỉ ban hành được Nghị quyết khi chi bộ đã biểu quyết "
                                               "thông qua nghị quyết của buổi sinh hoạt.")  # fmt: skip
    subject = forms.CharField(label="Nội dung biểu quyết", max_length=300)
    kind = forms.ChoiceField(label="Loại", choices=Vote.Kind.choices)
    votes_for = forms.IntegerField(label="Tán thành", min_value=0)
    votes_against = forms.IntegerField(label="Không tán thành", min_value=0)
    votes_abstain = forms.IntegerField(label="Không biểu quyết", min_value=0, initial=0)
    excluded = forms.IntegerField(
        label="Số được loại trừ khác (chưa tính ở điểm danh)", min_value=0, initial=0, required=False,
        help_text=("Đảng viên chính thức “vắng có lý do” ở phần điểm danh đã được trừ tự động; ở đây chỉ "
                   "ghi thêm những đồng chí vắng mặt chưa được tính: đã chuyển sinh hoạt tạm thời, được "
                   "miễn sinh hoạt và vắng, bị đình chỉ sinh hoạt. Mỗi đồng chí chỉ tính một lần "
                   f"({vote_rules.SOURCE_ORDINARY.full}). Biểu quyết kết nạp, công nhận đảng viên chính "
                   "thức không loại trừ ai."),
    )  # fmt: skip

    def __init__(
        self, *args: Any, limit: int | None = None, excused: int = 0, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if limit is not None:
            field = self.fields["excluded"]
            field.help_text = (f"Đã trừ tự động {excused} đảng viên chính thức vắng có lý do; "
                               f"có thể loại trừ thêm tối đa {limit}. {field.help_text}")  # fmt: skip


class RecognitionVoteForm(forms.Form):
    """The cell's vote on recognising one named probationary member as official."""

    member = forms.ModelChoiceField(label="Đảng viên dự bị được xét", queryset=Member.objects.none(),
                                    empty_label=EMPTY_LABEL)  # fmt: skip
    votes_for = forms.IntegerField(label="Tán thành", min_value=0)
    votes_against = forms.IntegerField(label="Không tán thành", min_value=0)
    votes_abstain = forms.IntegerField(label="Không biểu quyết", min_value=0, initial=0)

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["member"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Member.objects.for_cell(cell).filter(
            status=Member.Status.PROBATIONARY).vietnamese_order()  # fmt: skip


class HoldForm(forms.Form):
    actual_start = DayMonthYearTimeField(label="Bắt đầu thực tế")
    actual_end = DayMonthYearTimeField(label="Kết thúc thực tế")
    confirm_early = forms.BooleanField(
        label="Xác nhận đã họp sớm hơn lịch", required=False,
        help_text="Chỉ đánh dấu khi chi bộ thực sự họp trước ngày dự kiến.",
    )  # fmt: skip


class PreparationForm(forms.Form):
    """The preparation of a regular meeting done outside the app, with the day of each step."""

    draft_prepared_on = DayMonthYearField(label="Dự thảo chuẩn bị (trên giấy, ngoài phần mềm) ngày",
                                        required=False)  # fmt: skip
    draft_reviewed_on = DayMonthYearField(label="Chi ủy (Bí thư) đã cho ý kiến dự thảo ngày",
                                        required=False)  # fmt: skip
    documents_sent_on = DayMonthYearField(label="Gửi tài liệu cho đảng viên ngày", required=False)
    note = forms.CharField(label="Ghi chú (ai chuẩn bị, gửi bằng cách nào)", required=False,
                           max_length=300)  # fmt: skip
    late_reason = forms.CharField(label="Lý do gửi muộn (nếu có)", required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip


class MinutesForm(forms.Form):
    text = forms.CharField(
        label="Nội dung biên bản", required=False, widget=forms.Textarea(attrs={"rows": 20})
    )
    version = forms.IntegerField(widget=forms.HiddenInput)


class ResolutionForm(forms.Form):
    type_code = forms.ChoiceField(label="Loại văn bản", choices=list(ISSUABLE_CONCLUSIONS.items()))


class TaskForm(_CellMembers, forms.Form):
    title = forms.CharField(label="Nhiệm vụ", max_length=300)
    description = forms.CharField(
        label="Nội dung", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    owners = forms.ModelMultipleChoiceField(label="Người thực hiện", queryset=Member.objects.none(),
                                            widget=forms.CheckboxSelectMultiple)  # fmt: skip
    deadline = DayMonthYearField(label="Thời hạn")

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limit(cell, "owners")


class ProgressForm(forms.Form):
    note = forms.CharField(
        label="Tiến độ, kết quả", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    status = forms.ChoiceField(label="Trạng thái", required=False, choices=[
        ("", "Giữ nguyên"), (Task.Status.IN_PROGRESS, "Đang thực hiện"), (Task.Status.DONE, "Đã hoàn thành")])  # fmt: skip
    evidence = forms.FileField(label="Minh chứng (không bắt buộc)", required=False)

    def clean_evidence(self) -> Any:
        upload = self.cleaned_data.get("evidence")
        if upload:
            validate_upload(upload, MATERIAL_KINDS)
        return upload


class ReportForm(forms.Form):
    text = forms.CharField(label="Tình hình triển khai sau sinh hoạt (đưa vào báo cáo)", required=False,
                           widget=TEXT)  # fmt: skip


class AcknowledgeForm(forms.Form):
    comment = forms.CharField(label="Ý kiến của Đảng ủy", required=False, widget=TEXT)


class PeriodForm(forms.Form):
    year = forms.IntegerField(label="Năm", required=False, min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(label="Quý", required=False, coerce=int, empty_value=None,
                                     choices=[("", "Cả năm"), (1, "Quý I"), (2, "Quý II"), (3, "Quý III"), (4, "Quý IV")])  # fmt: skip
