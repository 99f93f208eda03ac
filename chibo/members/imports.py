"""Reading an Excel file of members: open it safely, find the columns, check every row.

`read_table` refuses what is not a usable .xlsx (the upload form shows its message);
`start_import` checks each row against the file and the register and stores the result
as a pending `MemberImport` for the Bí thư to review.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel

from chibo.lib.uploads import UnsafeFile, check_zip
from chibo.lib.vietnamese import fold
from chibo.organizations.models import Cell

from .models import (
    PROBATIONARY_CARD_MESSAGE,
    Gender,
    Member,
    MemberImport,
    PoliticalTheory,
    Qualification,
)

MAX_ROWS = 1000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # a small upload must not unpack into gigabytes
HEADER_SEARCH_ROWS = 10

# Column → the header names it is recognised by, folded (no diacritics, lower case).
COLUMNS: dict[str, tuple[str, ...]] = {
    "full_name": ("ho va ten", "ho ten", "ho va ten dang vien"),
    "gender": ("gioi tinh",),
    "birth_date": ("ngay sinh", "ngay thang nam sinh"),
    "phone": ("dien thoai", "so dien thoai", "sdt", "dt"),
    "email": ("email", "e mail", "thu dien tu"),
    "job": ("cong viec", "chuc vu cong viec", "nghe nghiep"),
    "admission_date": ("ngay vao dang", "ngay ket nap"),
    "official_date": ("ngay chinh thuc", "ngay cong nhan chinh thuc"),
    "status": ("tinh trang", "trang thai"),
    "card_number": ("so the", "so the dang", "so the dang vien"),
    "general_education": ("giao duc pho thong", "trinh do van hoa", "van hoa"),
    "qualification": ("trinh do chuyen mon", "chuyen mon"),
    "political_theory": (
        "ly luan chinh tri",
        "trinh do chinh tri",
        "trinh do ly luan chinh tri",
        "llct",
    ),
}
LABELS = {
    "full_name": "Họ và tên", "gender": "Giới tính", "birth_date": "Ngày sinh",
    "phone": "Điện thoại", "email": "Email", "job": "Công việc",
    "admission_date": "Ngày vào Đảng", "official_date": "Ngày chính thức",
    "status": "Tình trạng", "card_number": "Số thẻ", "general_education": "Giáo dục phổ thông",
    "qualification": "Trình độ chuyên môn", "political_theory": "Lý luận chính trị",
}  # fmt: skip
DATE_FIELDS = ("birth_date", "admission_date", "official_date")

# Folded cell values → choice values. Exact matches only: "ĐH Sư phạm" is not guessed.
GENDERS = {"nu": Gender.FEMALE, "n": Gender.FEMALE, "nam": Gender.MALE}
STATUSES = {
    "chinh thuc": Member.Status.OFFICIAL, "ct": Member.Status.OFFICIAL,
    "dang vien chinh thuc": Member.Status.OFFICIAL,
    "du bi": Member.Status.PROBATIONARY, "db": Member.Status.PROBATIONARY,
    "dang vien du bi": Member.Status.PROBATIONARY,
}  # fmt: skip
QUALIFICATIONS = {
    "": Qualification.NONE, "chua co": Qualification.NONE, "khong": Qualification.NONE,
    "thpt": Qualification.UPPER_SECONDARY, "ptth": Qualification.UPPER_SECONDARY,
    "12/12": Qualification.UPPER_SECONDARY, "pho thong": Qualification.UPPER_SECONDARY,
    "trung cap": Qualification.INTERMEDIATE, "tc": Qualification.INTERMEDIATE,
    "cao dang": Qualification.COLLEGE, "cd": Qualification.COLLEGE,
    "dai hoc": Qualification.UNIVERSITY, "dh": Qualification.UNIVERSITY,
    "cu nhan": Qualification.UNIVERSITY, "ky su": Qualification.UNIVERSITY,
    "thac si": Qualification.MASTER, "ths": Qualification.MASTER,
    "tien si": Qualification.DOCTOR, "ts": Qualification.DOCTOR,
}  # fmt: skip
THEORIES = {
    "": PoliticalTheory.NONE, "chua qua dao tao": PoliticalTheory.NONE,
    "chua": PoliticalTheory.NONE, "khong": PoliticalTheory.NONE,
    "so cap": PoliticalTheory.ELEMENTARY, "sc": PoliticalTheory.ELEMENTARY,
    "trung cap": PoliticalTheory.INTERMEDIATE, "tc": PoliticalTheory.INTERMEDIATE,
    "cao cap": PoliticalTheory.ADVANCED, "cc": PoliticalTheory.ADVANCED,
    "cu nhan": PoliticalTheory.BACHELOR, "cn": PoliticalTheory.BACHELOR,
}  # fmt: skip
_DATE_TEXT = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls format


class ImportFileError(Exception):
    """The file cannot be read as a member list; the message is for the user, in Vietnamese."""


@dataclass
class Table:
    columns: dict[int, str]  # position in the row → Member field
    rows: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)  # (Excel line, cells)

    @property
    def column_labels(self) -> list[str]:
        return [LABELS[name] for name in self.columns.values()]


def read_table(data: bytes) -> Table:
    """The member rows of the first sheet, or ImportFileError saying what is wrong."""
    if not data:
        raise ImportFileError("Tệp rỗng, không có nội dung.")
    if data.startswith(_OLE2_MAGIC):
        raise ImportFileError(
            "Đây là tệp Excel kiểu cũ (.xls). Hãy mở tệp bằng Excel và lưu lại "
            "dưới dạng “Excel Workbook (.xlsx)” rồi tải lên lại."
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ImportFileError("Tệp này không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.")
    try:
        check_zip(data, max_unpacked=MAX_UNPACKED_BYTES)
    except UnsafeFile as error:
        raise ImportFileError(f"{error} Tệp không giống một danh sách đảng viên.") from error
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # untrusted input: any parser failure means "not a workbook"
        raise ImportFileError(
            "Không mở được tệp như bảng tính Excel (.xlsx). Tệp có thể bị hỏng hoặc không phải Excel."
        ) from error
    try:
        sheet = workbook.worksheets[0]
        lines = sheet.iter_rows(values_only=True, max_row=MAX_ROWS + HEADER_SEARCH_ROWS + 1)
        return _table_from(enumerate(lines, start=1))
    except ImportFileError:
        raise
    except Exception as error:
        raise ImportFileError("Không đọc được nội dung bảng tính. Tệp có thể bị hỏng.") from error
    finally:
        workbook.close()


def _table_from(lines: Any) -> Table:
    table: Table | None = None
    for number, cells in lines:
        if table is None:
            if number > HEADER_SEARCH_ROWS:
                break
            columns = _header_columns(cells)
            if "full_name" in columns.values():
                table = Table(columns)
            continue
        if all(_text(value) == "" for value in cells):
            continue
        if len(table.rows) >= MAX_ROWS:
            raise ImportFileError(
                f"Tệp có quá nhiều dòng. Mỗi lần chỉ nhập tối đa {MAX_ROWS} đảng viên."
            )
        table.rows.append((number, tuple(cells)))
    if table is None:
        raise ImportFileError(
            "Không tìm thấy dòng tiêu đề có cột “Họ và tên” trong 10 dòng đầu của trang tính thứ nhất. "
            "Hãy dùng tệp mẫu."
        )
    if not table.rows:
        raise ImportFileError("Tệp không có dòng đảng viên nào dưới dòng tiêu đề.")
    return table


def _header_columns(cells: tuple[Any, ...]) -> dict[int, str]:
    found: dict[int, str] = {}
    for position, value in enumerate(cells):
        name = _column_for(_text(value))
        if name and name not in found.values():
            found[position] = name
    return found


def _column_for(header: str) -> str | None:
    folded = re.sub(r"[^a-z0-9/ ]+", " ", fold(header))
    folded = " ".join(folded.split())
    for name, aliases in COLUMNS.items():
        if folded in aliases:
            return name
    return None


# -- checking rows ----------------------------------------------------------------------


@dataclass
class CheckedRow:
    line: int
    fields: dict[str, Any]
    errors: list[str]

    def as_json(self) -> dict[str, Any]:
        fields = {
            k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in self.fields.items()
        }
        return {"line": self.line, "fields": fields, "errors": self.errors}


def check_rows(table: Table, cell: Cell, *, today: dt.date | None = None) -> list[CheckedRow]:
    """Every row with its fields and problems; two queries for the register's duplicates."""
    today = today or timezone.localdate()
    checked = [_check_row(line, cells, table.columns, today) for line, cells in table.rows]
    _mark_duplicate_cards(checked)
    _mark_known_members(checked, cell)
    return checked


def start_import(*, cell: Cell, by: Any, filename: str, table: Table) -> MemberImport:
    checked = check_rows(table, cell)
    return MemberImport.objects.create(
        cell=cell,
        created_by=by if getattr(by, "is_authenticated", False) else None,
        filename=filename[:255],
        rows=[row.as_json() for row in checked],
        errors=[f"Dòng {row.line}: {error}" for row in checked for error in row.errors],
    )


def _check_row(
    line: int, cells: tuple[Any, ...], columns: dict[int, str], today: dt.date
) -> CheckedRow:
    raw = {name: (cells[pos] if pos < len(cells) else None) for pos, name in columns.items()}
    row = CheckedRow(line, {}, [])
    name = " ".join(_text(raw.get("full_name")).split())
    if not name:
        row.errors.append("thiếu Họ và tên.")
    elif len(name.split()) < 2:
        row.errors.append(f"Họ và tên “{name}” cần ghi đủ họ, tên đệm và tên.")
    row.fields["full_name"] = name
    row.fields["gender"] = _choice(row, raw, "gender", GENDERS, required=True)
    for date_field in DATE_FIELDS:
        row.fields[date_field] = _date(row, raw, date_field)
    row.fields["phone"] = _phone(raw.get("phone"))
    row.fields["email"] = _text(raw.get("email"))
    row.fields["job"] = _text(raw.get("job"))
    row.fields["card_number"] = _code(raw.get("card_number"))
    row.fields["general_education"] = _text(raw.get("general_education")) or "12/12"
    row.fields["qualification"] = _choice(row, raw, "qualification", QUALIFICATIONS)
    row.fields["political_theory"] = _choice(row, raw, "political_theory", THEORIES)
    row.fields["status"] = _status(row, raw)
    _check_consistency(row, today)
    return row


def _check_consistency(row: CheckedRow, today: dt.date) -> None:
    f = row.fields
    if f["email"]:
        try:
            validate_email(f["email"])
        except ValidationError:
            row.errors.append(f"Email “{f['email']}” không hợp lệ.")
    for name, limit in (
        ("full_name", 120),
        ("phone", 20),
        ("job", 120),
        ("card_number", 30),
        ("general_education", 20),
    ):
        if len(f[name]) > limit:
            row.errors.append(f"{LABELS[name]} dài quá {limit} ký tự.")
    if f["birth_date"] and f["birth_date"] > today:
        row.errors.append(f"Ngày sinh {f['birth_date']:%d/%m/%Y} ở tương lai.")
    if f["admission_date"] and f["admission_date"] > today:
        row.errors.append(f"Ngày vào Đảng {f['admission_date']:%d/%m/%Y} ở tương lai.")
    if f["admission_date"] and f["official_date"] and f["official_date"] < f["admission_date"]:
        row.errors.append("Ngày chính thức trước Ngày vào Đảng.")
    if (
        f["status"] == Member.Status.OFFICIAL
        and not f["official_date"]
        and "official_date" not in _bad_dates(row)
    ):
        row.errors.append("đảng viên chính thức cần có Ngày chính thức.")
    if f["status"] == Member.Status.PROBATIONARY and f["official_date"]:
        row.errors.append(
            "đảng viên dự bị không có Ngày chính thức; hãy ghi Tình trạng “Chính thức” hoặc xóa ngày."
        )
    status_known = not any(e.startswith(LABELS["status"] + " “") for e in row.errors)
    if f["status"] == Member.Status.PROBATIONARY and f["card_number"] and status_known:
        row.errors.append(PROBATIONARY_CARD_MESSAGE)


def _bad_dates(row: CheckedRow) -> set[str]:
    return {
        name for name in DATE_FIELDS if any(e.startswith(LABELS[name] + " “") for e in row.errors)
    }


def _status(row: CheckedRow, raw: dict[str, Any]) -> str:
    text = _text(raw.get("status"))
    if not text:  # not stated: an official date means official
        has_date = row.fields["official_date"] or "official_date" in _bad_dates(row)
        return Member.Status.OFFICIAL if has_date else Member.Status.PROBATIONARY
    value = STATUSES.get(fold(text))
    if value is None:
        row.errors.append(f"Tình trạng “{text}” không rõ; hãy ghi “Chính thức” hoặc “Dự bị”.")
        return Member.Status.PROBATIONARY
    return value


def _choice(
    row: CheckedRow,
    raw: dict[str, Any],
    name: str,
    known: dict[str, Any],
    *,
    required: bool = False,
) -> str:
    text = _text(raw.get(name))
    if not text and required:
        row.errors.append(f"thiếu {LABELS[name]}.")
        return ""
    value = known.get(fold(text).replace(".", ""))
    if value is None:
        row.errors.append(f"{LABELS[name]} “{text}” không rõ.")
        return ""
    return str(value)


def _date(row: CheckedRow, raw: dict[str, Any], name: str) -> dt.date | None:
    value = raw.get(name)
    if value is None or _text(value) == "":
        return None
    parsed = _parse_date(value)
    if parsed is None:
        row.errors.append(f"{LABELS[name]} “{_text(value)}” không hợp lệ.")
    return parsed


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A date cell that lost its format arrives as Excel's serial day number.
        if 1 <= value < 2958466:
            converted = from_excel(value)
            return converted.date() if isinstance(converted, dt.datetime) else None
        return None
    text = _text(value)
    match = _DATE_TEXT.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO_DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def _code(value: Any) -> str:
    return _text(value).replace(" ", "")


def _phone(value: Any) -> str:
    text = _text(value)
    # Excel drops the leading zero of a phone typed as a number: 912345678 → 0912345678.
    if isinstance(value, int | float) and len(text) == 9 and text.isdigit():
        return "0" + text
    return text


def _mark_duplicate_cards(rows: list[CheckedRow]) -> None:
    first_line: dict[str, int] = {}
    for row in rows:
        card = row.fields["card_number"]
        if not card:
            continue
        if card in first_line:
            row.errors.append(f"Số thẻ “{card}” trùng với dòng {first_line[card]}.")
        else:
            first_line[card] = row.line


def _mark_known_members(rows: list[CheckedRow], cell: Cell) -> None:
    cards = {row.fields["card_number"] for row in rows} - {""}
    taken = set(Member.objects.filter(card_number__in=cards).values_list("card_number", flat=True))
    names = {row.fields["full_name"] for row in rows if row.fields["birth_date"]}
    known = set(
        Member.objects.for_cell(cell)
        .filter(full_name__in=names)
        .values_list("full_name", "birth_date")
    )
    for row in rows:
        card, name, born = (
            row.fields["card_number"],
            row.fields["full_name"],
            row.fields["birth_date"],
        )
        if card in taken:
            row.errors.append(f"Số thẻ “{card}” đã có trong danh sách đảng viên.")
        if born and (name, born) in known:
            row.errors.append(f"Chi bộ đã có đảng viên {name} sinh ngày {born:%d/%m/%Y}.")
