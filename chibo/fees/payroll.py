"""Reading the school's payroll (.xlsx): each member's salary used for social insurance.

The payroll lists every employee; a line is matched to a member of the cell by the Party card
number when the file has that column, else by the full name. Lines of people who are not
members are left out (and listed); a member with no line keeps the basis they have. Every
problem is stored with the batch; the treasurer sees them all before committing.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from openpyxl import load_workbook

from chibo.lib.uploads import UnsafeFile, check_zip
from chibo.lib.vietnamese import fold
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules import fees as rules

from .models import MAX_AMOUNT, BasisImport

MAX_ROWS = 2000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
HEADER_SEARCH_ROWS = 12
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0"

NAME_HEADERS = ("ho va ten", "ho ten", "ho va ten can bo", "ho va ten dang vien")
CARD_HEADERS = ("so the", "so the dang", "so the dang vien")
SALARY_HEADERS = (
    "luong dong bhxh", "tien luong dong bhxh", "muc luong dong bhxh", "tong luong dong bhxh",
    "luong bhxh", "tien luong lam can cu dong bhxh", "luong dong bao hiem xa hoi",
    "tien luong dong bao hiem xa hoi", "muc luong dong bao hiem xa hoi",
)  # fmt: skip


class PayrollError(Exception):
    """The file cannot be read as a payroll; the message is for the user, in Vietnamese."""


@dataclass
class Payroll:
    name_col: int
    salary_col: int
    card_col: int | None
    rows: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)


def _folded(value: Any) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold(str(value or ""))).split())


def read_payroll(data: bytes) -> Payroll:
    if not data:
        raise PayrollError("Tệp rỗng, không có nội dung.")
    if data.startswith(_OLE2_MAGIC):
        raise PayrollError(
            "Đây là tệp Excel kiểu cũ (.xls). Hãy lưu lại dưới dạng .xlsx rồi tải lên."
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise PayrollError("Tệp này không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.")
    try:
        check_zip(data, max_unpacked=MAX_UNPACKED_BYTES)
    except UnsafeFile as error:
        raise PayrollError(f"{error} Tệp không giống một bảng lương.") from error
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except PayrollError:
        raise
    except Exception as error:  # untrusted input: any parser failure means "not a workbook"
        raise PayrollError("Không mở được tệp như bảng tính Excel (.xlsx).") from error
    try:
        lines = book.worksheets[0].iter_rows(
            values_only=True, max_row=MAX_ROWS + HEADER_SEARCH_ROWS + 1
        )
        return _payroll_from(enumerate(lines, start=1))
    except PayrollError:
        raise
    except Exception as error:
        raise PayrollError("Không đọc được nội dung bảng tính. Tệp có thể bị hỏng.") from error
    finally:
        book.close()


def _payroll_from(lines: Any) -> Payroll:
    payroll: Payroll | None = None
    for number, cells in lines:
        if payroll is None:
            if number > HEADER_SEARCH_ROWS:
                break
            headers = [_folded(c) for c in cells]
            name = next((i for i, h in enumerate(headers) if h in NAME_HEADERS), None)
            salary = next((i for i, h in enumerate(headers) if h in SALARY_HEADERS), None)
            if name is not None and salary is not None:
                card = next((i for i, h in enumerate(headers) if h in CARD_HEADERS), None)
                payroll = Payroll(name, salary, card)
            continue
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        if len(payroll.rows) >= MAX_ROWS:
            raise PayrollError(f"Tệp có quá nhiều dòng (tối đa {MAX_ROWS}).")
        payroll.rows.append((number, tuple(cells)))
    if payroll is None:
        raise PayrollError(
            "Không tìm thấy dòng tiêu đề có cột “Họ và tên” và cột “Lương đóng BHXH” trong "
            f"{HEADER_SEARCH_ROWS} dòng đầu của trang tính thứ nhất."
        )
    if not payroll.rows:
        raise PayrollError("Tệp không có dòng nào dưới dòng tiêu đề.")
    return payroll


def _amount(value: Any) -> int | None:
    """A salary cell as whole đồng: 7234567, 7234567.0, "7.234.567", "7,234,567 đ"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = re.sub(r"\s|đ|đồng|vnd", "", str(value or "").lower())
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+|\d+", text):
        return int(re.sub(r"[.,]", "", text))
    return None


def _cell(cells: tuple[Any, ...], index: int | None) -> Any:
    return cells[index] if index is not None and index < len(cells) else None


def start_import(*, cell: Cell, by: Any, filename: str, payroll: Payroll,
                 salary_month: dt.date) -> BasisImport:  # fmt: skip
    members = list(Member.objects.for_cell(cell).current().vietnamese_order())
    by_name: dict[str, list[Member]] = {}
    for one in members:
        by_name.setdefault(_folded(one.full_name), []).append(one)
    by_card = {one.card_number.upper(): one for one in members if one.card_number}
    rows: list[dict[str, Any]] = []
    ignored: list[dict[str, Any]] = []
    for line, cells in payroll.rows:
        name = " ".join(str(_cell(cells, payroll.name_col) or "").split())
        card = str(_cell(cells, payroll.card_col) or "").replace(" ", "").upper()
        member: Member | None = by_card.get(card) if card else None
        errors: list[str] = []
        if member is None:
            found = by_name.get(_folded(name), [])
            if len(found) > 1:
                errors.append(
                    f"Chi bộ có {len(found)} đảng viên tên “{name}”: cần thêm cột Số thẻ đảng viên."
                )
            elif found:
                member = found[0]
            elif name:
                ignored.append({"line": line, "name": name})
                continue
            else:
                continue
        raw = _cell(cells, payroll.salary_col)
        amount = _amount(raw)
        if amount is None or amount <= 0:
            errors.append(
                f"Lương đóng BHXH “{raw if raw is not None else ''}” không phải số tiền hợp lệ."
            )
        elif amount > MAX_AMOUNT:
            errors.append("Lương đóng BHXH quá lớn; hãy kiểm tra lại.")
        rows.append({"line": line, "name": member.full_name if member else name,
                     "member_id": member.pk if member else None, "amount": amount or 0,
                     "errors": errors})  # fmt: skip
    counts = Counter(row["member_id"] for row in rows if row["member_id"])
    for row in rows:
        if row["member_id"] and counts[row["member_id"]] > 1:
            row["errors"].append(f"Đồng chí {row['name']} có nhiều dòng trong bảng lương.")
    seen = set(counts)
    salary_month = rules.first_of_month(salary_month)
    return BasisImport.objects.create(
        cell=cell, created_by=by if getattr(by, "is_authenticated", False) else None,
        filename=filename[:255], salary_month=salary_month,
        valid_from=rules.fee_month_for_salary(salary_month), rows=rows,
        errors=[f"Dòng {row['line']}: {error}" for row in rows for error in row["errors"]],
        ignored=ignored, missing=[m.full_name for m in members if m.pk not in seen],
    )  # fmt: skip
