"""Forms of the plan import: the upload (read by content) and the review of what was read."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from chibo.lib.dates import DayMonthYearField
from chibo.lib.uploads import IMAGE_HEAD_BYTES, UnsafeFile, check_image, image_size
from chibo.lib.vietnamese import fold
from chibo.members.models import Gender, Member
from chibo.organizations.models import Cell
from chibo.plans.defaults import template_fields
from chibo.plans.forms import LinesField
from chibo.plans.models import Plan, Target, month_quarter_error

from .models import PlanImport
from .reader import ImportReadError, ReadResult, read_document
from .review import TARGET_FIELDS, plan_initial, targets_initial, topics_initial
from .services import ScanUpload, confirm_import, same_upload

QUARTERS = [("", "— chọn quý —"), (1, "Quý I"), (2, "Quý II"), (3, "Quý III"), (4, "Quý IV")]
MONTHS = [("", "—")] + [(m, f"Tháng {m}") for m in range(1, 13)]


PHOTO_HEADS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


class PagesInput(forms.FileInput):
    """A file box that takes several files at once (the photos of a plan's pages)."""

    allow_multiple_selected = True


class PlanFilesField(forms.FileField):
    """One plan file, or the photos of its pages chosen together: a list of uploads."""

    widget = PagesInput

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        if isinstance(data, list | tuple):
            if len(data) > 1:
                return [super(PlanFilesField, self).clean(one, initial) for one in data]
            data = data[0] if data else None
        upload = super().clean(data, initial)
        return [upload] if upload else []


class UploadForm(forms.Form):
    """A plan file (Word, PDF, text, one photo), or several photos of one plan's pages, read
    as one plan in the order chosen. The limits are the settings' (CHIBO_MAX_UPLOAD_BYTES per
    file, CHIBO_MAX_IMPORT_PHOTOS and CHIBO_MAX_IMPORT_BYTES for the photos together).

    A typed file (Word, .doc, .odt, a PDF with its text, .txt) is read here, in the request
    (`read`): well under a second, a few seconds for .doc/.odt through LibreOffice. A scan or
    photos are only checked here (`scan`) and read by OCR in the task worker, seconds a page.
    With a `cell`, the same upload made minutes ago is found (`existing`) and not read again."""

    file = PlanFilesField(
        label="Tệp kế hoạch (.docx, .doc, .odt, .pdf, .txt) hoặc ảnh chụp các trang (.jpg, .png)",
        help_text=(
            "Kế hoạch năm trước hoặc năm nay: tệp Word, PDF (kể cả bản quét), hoặc ảnh chụp các "
            "trang kế hoạch — chọn cùng lúc nhiều ảnh, theo thứ tự trang 1, 2, 3… (sai thứ tự "
            "thì sắp lại được khi xem lại). Bản quét và ảnh được nhận dạng chữ; hãy đối chiếu kỹ "
            "khi xem lại."
        ),
        widget=PagesInput(
            attrs={"accept": ".docx,.doc,.odt,.pdf,.txt,.jpg,.jpeg,.png,image/jpeg,image/png"}
        ),
        error_messages={
            "required": "Hãy chọn tệp kế hoạch hoặc ảnh chụp các trang để tải lên.",
            "empty": "Tệp rỗng, không có nội dung.",
            "invalid": "Không nhận được tệp. Hãy chọn lại tệp.",
        },
    )

    read: ReadResult | None = None
    scan: ScanUpload | None = None
    existing: PlanImport | None = None
    checksum: str = ""
    filename: str = ""

    def __init__(self, *args: Any, cell: Cell | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cell = cell

    def clean_file(self) -> list[UploadedFile]:
        uploads: list[UploadedFile] = self.cleaned_data["file"]
        if len(uploads) == 1:
            upload = uploads[0]
            data = _content(upload)
            self.filename = upload.name or ""
            self.checksum = hashlib.sha256(data).hexdigest()
            if self._seen():
                return uploads
            if data.startswith(PHOTO_HEADS):
                self.scan = ScanUpload("photos", [_photo("", data)], 1)
                return uploads
            pages = _scanned_pages(data)
            if pages:
                self.scan = ScanUpload("pdf", [data], pages)
                return uploads
            try:
                self.read = read_document(data, upload.name or "")
            except ImportReadError as error:
                raise forms.ValidationError(str(error)) from error
            return uploads
        photos = check_pages(uploads)
        self.checksum = hashlib.sha256(
            b"".join(hashlib.sha256(photo).digest() for photo in photos)
        ).hexdigest()
        names = ", ".join(upload.name or "" for upload in uploads)
        self.filename = f"{len(uploads)} ảnh chụp: {names}"[:255]
        if not self._seen():
            self.scan = ScanUpload("photos", photos, len(photos))
        return uploads

    def _seen(self) -> bool:
        self.existing = same_upload(self.cell, self.checksum) if self.cell else None
        return self.existing is not None


def check_pages(uploads: list[UploadedFile]) -> list[bytes]:
    """Several uploads as the photos of one plan's pages, in the order sent: every limit is
    checked on all of them, none read (OCR takes seconds a page, in the task worker)."""
    most = settings.CHIBO_MAX_IMPORT_PHOTOS
    if len(uploads) > most:
        raise forms.ValidationError(
            f"Đã chọn {len(uploads)} tệp; một lần chỉ nhận tối đa {most} ảnh chụp các trang của "
            "một kế hoạch. Kế hoạch dài hơn hãy quét thành một tệp PDF."
        )
    total = sum(upload.size or 0 for upload in uploads)
    if total > settings.CHIBO_MAX_IMPORT_BYTES:
        raise forms.ValidationError(
            f"Các ảnh cộng lại {_megabytes(total)}, quá giới hạn "
            f"{_megabytes(settings.CHIBO_MAX_IMPORT_BYTES)} cho một lần tải. Hãy chụp ở độ "
            "phân giải thấp hơn hoặc quét thành một tệp PDF."
        )
    photos: list[bytes] = []
    for upload in uploads:
        data = _content(upload)
        if not data.startswith(PHOTO_HEADS):
            raise forms.ValidationError(
                f"“{upload.name}” không phải ảnh chụp (.jpg, .png). Nhiều tệp cùng lúc chỉ dùng "
                "cho ảnh chụp các trang của một kế hoạch; tệp Word hay PDF hãy tải lên riêng, "
                "mỗi lần một tệp."
            )
        photos.append(_photo(upload.name or "", data))
    return photos


def _photo(name: str, data: bytes) -> bytes:
    """A photo checked by its head (a real JPEG/PNG, not a pixel bomb, big enough to read)."""
    try:
        check_image(data[:IMAGE_HEAD_BYTES])
    except UnsafeFile as error:
        raise forms.ValidationError(f"“{name}”: {error}" if name else str(error)) from error
    size = image_size(data[:IMAGE_HEAD_BYTES])
    if size is not None and max(size) < 1000:
        raise forms.ValidationError(
            f"Ảnh{' “' + name + '”' if name else ''} quá nhỏ ({size[0]}×{size[1]} điểm ảnh) để "
            "đọc chữ; hãy chụp lại rõ hơn, cả trang vừa khung ảnh."
        )
    return data


def _scanned_pages(data: bytes) -> int:
    """The pages to read by OCR of a PDF without a text layer (a scan); 0 for any other file,
    or a PDF the reader must refuse (its message comes from `read_document`)."""
    if data.lstrip()[:5] != b"%PDF-":
        return 0
    from .ocr import MAX_OCR_PAGES
    from .reader import _read_pdf

    try:
        read = _read_pdf(data)
    except ImportReadError:
        return 0
    if read.text.strip():
        return 0
    from pypdf import PdfReader

    return min(len(PdfReader(io.BytesIO(data)).pages), MAX_OCR_PAGES)


def _content(upload: UploadedFile) -> bytes:
    """The bytes of one upload, refused over CHIBO_MAX_UPLOAD_BYTES (read no further)."""
    limit = settings.CHIBO_MAX_UPLOAD_BYTES
    data = upload.read(limit + 1)
    if (upload.size or 0) > limit or len(data) > limit:
        raise forms.ValidationError(
            f"Tệp quá lớn{' (“' + upload.name + '”)' if upload.name else ''}. "
            f"Giới hạn là {_megabytes(limit)} mỗi tệp."
        )
    return data


class PlanReviewForm(forms.Form):
    kind = forms.ChoiceField(label="Loại kế hoạch", choices=Plan.Kind.choices)
    year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)
    title = forms.CharField(label="Trích yếu", max_length=300)
    plan_date = DayMonthYearField(label="Ngày kế hoạch", required=False)
    place_name = forms.CharField(label="Địa danh", max_length=100, required=False)
    legal_bases = LinesField(label="Căn cứ (mỗi căn cứ một dòng)", required=False)
    signer_name = forms.CharField(label="Người ký", max_length=120, required=False)
    recipients = LinesField(label="Nơi nhận (mỗi nơi một dòng)", required=False)
    days_before_distribution = forms.IntegerField(
        label="Gửi dự thảo trước buổi sinh hoạt (ngày)", min_value=0, max_value=60, required=False
    )


class TopicReviewForm(forms.Form):
    title = forms.CharField(
        label="Chủ đề", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    quarter = forms.TypedChoiceField(label="Quý", choices=QUARTERS, coerce=int)
    month = forms.TypedChoiceField(
        label="Tháng", choices=MONTHS, coerce=int, required=False, empty_value=None
    )
    form = forms.CharField(label="Hình thức", max_length=200, required=False)
    preparers = forms.TypedMultipleChoiceField(
        label="Người thực hiện", coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )
    preparer_note = forms.CharField(
        label="Để dạng chữ (người chưa có trong danh sách)", max_length=200, required=False
    )
    new_member = forms.BooleanField(label="Thêm đảng viên mới", required=False)
    new_member_name = forms.CharField(label="Họ và tên", max_length=120, required=False)
    new_member_gender = forms.ChoiceField(
        label="Giới tính", choices=[("", "— chọn —"), *Gender.choices], required=False
    )
    content = forms.CharField(
        label="Nội dung trọng tâm", widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    outputs = forms.CharField(
        label="Sản phẩm sau chuyên đề", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )

    hints: dict[str, Any] | None = None  # what the parser was unsure of, set by the view

    def __init__(self, *args: Any, members: list[Member], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.members = {m.pk: m for m in members}
        self.fields["preparers"].choices = [(m.pk, m.full_name) for m in members]  # type: ignore[attr-defined]
        self.fields["quarter"].error_messages["required"] = "Hãy chọn quý tổ chức chuyên đề."

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        error = month_quarter_error(data.get("month"), data.get("quarter"))
        if error:
            self.add_error("month", error + ".")
        if data.get("new_member"):
            name = " ".join(data.get("new_member_name", "").split())
            if not name:
                self.add_error("new_member_name", "Hãy ghi họ và tên đảng viên mới.")
            elif any(fold(m.full_name) == fold(name) for m in self.members.values()):
                self.add_error(
                    "new_member_name", "Đồng chí này đã có trong danh sách; hãy chọn ở trên."
                )
            if not data.get("new_member_gender"):
                self.add_error("new_member_gender", "Hãy chọn giới tính của đảng viên mới.")
            data["new_member_name"] = name
        return data

    def topic_fields(self) -> dict[str, Any]:
        """What `Plan.add_topic` takes, plus the chosen members and a member to register."""
        data = self.cleaned_data
        new = (data["new_member_name"], data["new_member_gender"]) if data["new_member"] else None
        return {
            "title": data["title"].strip(), "content": data["content"].strip(),
            "quarter": data["quarter"], "month": data["month"], "form": data["form"].strip(),
            "preparer_note": data["preparer_note"].strip(), "outputs": data["outputs"].strip(),
            "preparers": [self.members[pk] for pk in data["preparers"]], "new_member": new,
        }  # fmt: skip


class TargetReviewForm(forms.Form):
    text = forms.CharField(label="Chỉ tiêu", widget=forms.Textarea(attrs={"rows": 2}))
    kind = forms.ChoiceField(label="Loại", choices=Target.Kind.choices)
    value_min = forms.DecimalField(
        label="Giá trị (từ)", max_digits=10, decimal_places=2, required=False
    )
    value_max = forms.DecimalField(label="Đến", max_digits=10, decimal_places=2, required=False)
    unit = forms.CharField(label="Đơn vị", max_length=60, required=False)
    population = forms.CharField(label="Đối tượng", max_length=200, required=False)
    comparison = forms.ChoiceField(
        label="So sánh", choices=[("", "—"), *Target.Comparison.choices], required=False
    )
    section = forms.CharField(max_length=300, required=False, widget=forms.HiddenInput)
    group = forms.CharField(max_length=300, required=False, widget=forms.HiddenInput)

    hints: dict[str, Any] | None = None

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("value_min"), data.get("value_max")
        if data.get("kind") == Target.Kind.RANGE and (low is None or high is None):
            self.add_error("value_max", "Chỉ tiêu dạng khoảng cần cả giá trị từ và đến.")
        if low is not None and high is not None and high < low:
            self.add_error("value_max", "Giá trị “đến” phải lớn hơn hoặc bằng giá trị “từ”.")
        return data


TopicFormSet = forms.formset_factory(TopicReviewForm, extra=1, can_delete=True)
TargetFormSet = forms.formset_factory(TargetReviewForm, extra=1, can_delete=True)


@dataclass
class ReviewForms:
    """The review of one import: the plan form and the topic and target formsets, started from
    what was read. The page posts them; the API builds the same data (`review_data`)."""

    batch: PlanImport
    form: PlanReviewForm
    topics: Any  # TopicFormSet
    targets: Any  # TargetFormSet
    topic_hints: list[dict[str, Any]]

    def is_valid(self) -> bool:
        return all([self.form.is_valid(), self.topics.is_valid(), self.targets.is_valid()])

    def errors(self) -> dict[str, list[str]]:
        """Every message, keyed "plan.title", "topics.0.quarter", "targets.1.value_max"."""
        out: dict[str, list[str]] = {}
        for name, messages in self.form.errors.items():
            out["plan" if name == "__all__" else f"plan.{name}"] = [str(m) for m in messages]
        for prefix, formset in (("topics", self.topics), ("targets", self.targets)):
            if formset.non_form_errors():
                out[prefix] = list(formset.non_form_errors())
            for index, row in enumerate(formset.forms):
                for name, messages in row.errors.items():
                    key = f"{prefix}.{index}" if name == "__all__" else f"{prefix}.{index}.{name}"
                    out[key] = [str(m) for m in messages]
        return out

    def confirm(self, by: Any, version: int | None = None) -> Plan:
        """Save the reviewed plan (call after is_valid()); the errors of `confirm_import` pass.
        `version`: the page order the reviewer saw (refused if changed since)."""
        return confirm_import(
            batch=self.batch, by=by, plan_fields=self.form.cleaned_data, version=version,
            topics=[f.topic_fields() for f in _kept(self.topics)],
            targets=[_target_fields(f.cleaned_data) for f in _kept(self.targets)],
        )  # fmt: skip


def page_order(data: Any, numbers: list[int]) -> list[int]:
    """The pages' new order from the review's page-order form: "up"/"down" with a page number
    moves that page one place; otherwise each page's box "pos-N" gives its place (1…count)."""
    count = len(numbers)
    for way, step in (("up", -1), ("down", 1)):
        if data.get(way):
            try:
                index = numbers.index(int(data[way]))
            except ValueError as error:
                raise forms.ValidationError("Không có trang này.") from error
            other = index + step
            order = list(numbers)
            if 0 <= other < count:
                order[index], order[other] = order[other], order[index]
            return order
    places: dict[int, int] = {}
    for number in numbers:
        try:
            place = int(str(data.get(f"pos-{number}", "")).strip())
        except ValueError:
            raise forms.ValidationError(
                f"Hãy ghi số thứ tự cho trang {number} (từ 1 đến {count})."
            ) from None
        if not 1 <= place <= count:
            raise forms.ValidationError(f"Số thứ tự phải từ 1 đến {count} (trang {number}).")
        places[number] = place
    if len(set(places.values())) != count:
        raise forms.ValidationError(
            f"Mỗi trang một số thứ tự khác nhau, từ 1 đến {count}: hai trang đang cùng một số."
        )
    return sorted(numbers, key=lambda number: places[number])


def review_forms(batch: PlanImport, data: Any = None) -> ReviewForms:
    """The review forms of an import, bound to `data` (a POST, or `review_data`) when given."""
    members = list(Member.objects.for_cell(batch.cell).current())
    topic_initial, topic_hints = topics_initial(batch.parsed, members)
    return ReviewForms(
        batch=batch,
        form=PlanReviewForm(data, initial=initial_plan(batch), prefix="plan"),
        topics=TopicFormSet(
            data, initial=topic_initial, prefix="t", form_kwargs={"members": members}
        ),
        targets=TargetFormSet(data, initial=targets_initial(batch.parsed), prefix="g"),
        topic_hints=topic_hints,
    )


def initial_plan(batch: PlanImport) -> dict[str, Any]:
    """The plan fields as read; what the file leaves out, from the plans app's template."""
    year = batch.parsed.get("year") or timezone.localdate().year
    defaults = template_fields(batch.cell, year, batch.parsed.get("kind") or Plan.Kind.THEMATIC)
    return plan_initial(batch.parsed, defaults)


def review_data(
    plan: dict[str, Any], topics: list[dict[str, Any]], targets: list[dict[str, Any]]
) -> MultiValueDict[str, Any]:
    """What the review page would post for these rows: every row kept, none blank."""
    data: MultiValueDict[str, Any] = MultiValueDict()
    for name, value in plan.items():
        data[f"plan-{name}"] = "\n".join(value) if isinstance(value, list) else _plain(value)
    for prefix, rows in (("t", topics), ("g", targets)):
        data.update({f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": str(len(rows)),
                     f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"})  # fmt: skip
        for index, row in enumerate(rows):
            for name, value in row.items():
                key = f"{prefix}-{index}-{name}"
                if isinstance(value, list):
                    data.setlist(key, [str(v) for v in value])
                elif isinstance(value, bool):
                    if value:
                        data[key] = "on"
                else:
                    data[key] = _plain(value)
    return data


def _plain(value: Any) -> str:
    return "" if value is None else str(value)


def _kept(formset: Any) -> list[Any]:
    """The rows to save: not marked for deletion, and not an extra row left blank."""
    return [f for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]


def _target_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {
        name: data[name].strip() if isinstance(data[name], str) else data[name]
        for name in TARGET_FIELDS
    }


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
