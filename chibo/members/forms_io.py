"""Forms of the Excel import: the upload (checked by content) and the decision on a batch."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from .imports import ImportFileError, Table, read_table


class MemberImportForm(forms.Form):
    file = forms.FileField(
        label="Tệp Excel (.xlsx)",
        help_text="Dùng tệp mẫu hoặc tệp có dòng tiêu đề với cột “Họ và tên”, “Giới tính”, …",
        widget=forms.FileInput(attrs={"accept": ".xlsx"}),
        error_messages={
            "required": "Hãy chọn tệp Excel để tải lên.",
            "empty": "Tệp rỗng, không có nội dung.",
            "invalid": "Không nhận được tệp. Hãy chọn lại tệp Excel.",
        },
    )

    table: Table

    def clean_file(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["file"]
        limit = settings.CHIBO_MAX_UPLOAD_BYTES
        if (upload.size or 0) > limit:
            raise forms.ValidationError(
                f"Tệp quá lớn ({_megabytes(upload.size or 0)}). Giới hạn là {_megabytes(limit)}."
            )
        data = upload.read(limit + 1)
        if len(data) > limit:
            raise forms.ValidationError(f"Tệp quá lớn. Giới hạn là {_megabytes(limit)}.")
        try:
            self.table = read_table(data)
        except ImportFileError as error:
            raise forms.ValidationError(str(error)) from error
        return upload


class ImportDecisionForm(forms.Form):
    action = forms.ChoiceField(choices=[("commit", "Nhập"), ("discard", "Hủy")])


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
