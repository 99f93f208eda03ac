"""The chi ủy's proposals on paper: a sheet to print or fill in Excel, read back with the same
checks as the form (ProposalForm for each row, then MemberEvaluation.propose in the verb)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chibo.lib import excel
from chibo.lib.vietnamese import fold

from .forms import ProposalForm
from .models import EvaluationRound, Level, MemberEvaluation

HEADERS = ["Mã phiếu", "Họ và tên", "Tự chấm", "Tự xếp loại", "Mức đề xuất", "Tán thành",
           "Không tán thành", "Nhận xét của chi ủy"]  # fmt: skip
_LEVELS = {fold(label): value for value, label in Level.choices} | {
    value: value for value in Level.values
}


def template(round_: EvaluationRound, sheets: list[MemberEvaluation]) -> bytes:
    book, sheet = excel.new_workbook(f"Đề xuất xếp loại {round_.year}")
    excel.append(sheet, HEADERS)
    for s in sheets:
        level = s.proposed_level or s.self_level
        excel.append(sheet, [s.pk, s.member.full_name, s.score, s.get_self_level_display(),
                             Level(level).label if level else "", s.votes_for or None,
                             s.votes_against if s.proposed_level else None, s.committee_comment])  # fmt: skip
    for column, width in zip("ABCDEFGH", [10, 28, 9, 26, 26, 11, 16, 40], strict=True):
        sheet.column_dimensions[column].width = width
    return excel.save(book)


@dataclass
class Reading:
    proposals: list[tuple[MemberEvaluation, dict[str, Any]]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read(data: bytes, sheets: list[MemberEvaluation], *, officials_present: int | None,
         excluded: int) -> Reading:  # fmt: skip
    """Each filled row checked like the form; every problem listed with its row and name.

    Raises excel.UnreadableSheet when the file itself cannot be read."""
    rows = excel.read_rows(data, max_rows=len(sheets) + 50)
    reading = Reading()
    if not rows or [fold(_text(c)) for c in rows[0][:2]] != [fold(h) for h in HEADERS[:2]]:
        reading.errors.append("Dòng đầu của tệp phải là tiêu đề của mẫu (Mã phiếu, Họ và tên, …): hãy tải mẫu "
                              "từ trang này rồi điền vào.")  # fmt: skip
        return reading
    by_pk = {s.pk: s for s in sheets}
    seen: set[int] = set()
    for number, row in enumerate(rows[1:], start=2):
        cells = [_text(c) for c in (*row, *[None] * len(HEADERS))][: len(HEADERS)]
        code, name, _, _, level_text, votes_for, votes_against, comment = cells
        if not any(cells):
            continue
        where = f"Dòng {number}{f' ({name})' if name else ''}"
        sheet = by_pk.get(int(code)) if code.isdigit() else None
        if sheet is None or fold(sheet.member.full_name) != fold(name):
            reading.errors.append(
                f"{where}: mã phiếu và họ tên không khớp với đảng viên nào của đợt này."
            )
            continue
        if sheet.pk in seen:
            reading.errors.append(f"{where}: đồng chí này có hai dòng trong tệp.")
            continue
        seen.add(sheet.pk)
        if not votes_for and not votes_against:
            continue  # no vote written for this member yet: left as it is
        form = ProposalForm({"level": _LEVELS.get(fold(level_text), level_text), "comment": comment,
                             "votes_for": votes_for, "votes_against": votes_against or "0",
                             "officials_present": "" if officials_present is None else officials_present,
                             "excluded": excluded})  # fmt: skip
        if not form.is_valid():
            problems = "; ".join(
                f"{form.fields[f].label}: {' '.join(str(e) for e in errs)}"
                if f in form.fields
                else " ".join(str(e) for e in errs)
                for f, errs in form.errors.items()
            )
            reading.errors.append(f"{where}: {problems}")
            continue
        reading.proposals.append((sheet, form.cleaned_data))
    if not reading.proposals and not reading.errors:
        reading.errors.append("Tệp không có dòng nào ghi mức đề xuất và số phiếu.")
    return reading
