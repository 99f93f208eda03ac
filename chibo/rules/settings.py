"""The parameters a committee may tune for every cell below it.

A committee's own values are stored in `organizations.CommitteeSetting`; the nearest committee
up the tree with a value wins, then the defaults here. The meeting workflow, the compliance
dashboard and the quality sheet read the same resolved values (`Params`), so one setting gives
one answer everywhere. A value is a whole number within its bounds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import meetings as meeting_rules
from .sources import Citation, cite


class SettingError(ValueError):
    """A value out of bounds; the message is for the user, in Vietnamese."""


@dataclass(frozen=True)
class Param:
    name: str
    label: str
    default: int
    minimum: int
    maximum: int


@dataclass(frozen=True)
class Setting:
    code: str
    title: str
    source: Citation
    params: tuple[Param, ...]

    def defaults(self) -> dict[str, int]:
        return {p.name: p.default for p in self.params}

    def clean(self, raw: Mapping[str, Any]) -> dict[str, int]:
        cleaned = {}
        for p in self.params:
            try:
                value = int(raw.get(p.name, p.default))
            except (TypeError, ValueError):
                raise SettingError(f"“{p.label}” phải là số nguyên.") from None
            if not p.minimum <= value <= p.maximum:
                raise SettingError(f"“{p.label}” phải từ {p.minimum} đến {p.maximum}.")
            cleaned[p.name] = value
        return cleaned


SETTINGS_LIST = [
    Setting("thematic_quarterly", "Số buổi sinh hoạt chuyên đề mỗi quý",
            cite("CT50", "Mục 2 (ít nhất mỗi quý 1 lần)"),
            (Param("min_per_quarter", "Số buổi chuyên đề tối thiểu mỗi quý", 1, 1, 3),)),
    Setting("draft_on_time", "Gửi tài liệu trước buổi sinh hoạt",
            meeting_rules.SOURCE_DAYS_BEFORE,
            (Param("min_days", "Số ngày gửi trước tối thiểu", meeting_rules.NATIONAL_DAYS_BEFORE_DISTRIBUTION,
                   meeting_rules.NATIONAL_DAYS_BEFORE_DISTRIBUTION, 10),)),
    Setting("attendance", "Tỷ lệ đảng viên dự sinh hoạt",
            cite("HD12_2018", "tiêu chí khung chất lượng sinh hoạt (trên 85%)"),
            (Param("min_rate", "Tỷ lệ có mặt phải trên (%)", 85, 50, 100),)),
    Setting("consecutive_absence", "Vắng sinh hoạt nhiều buổi liên tiếp",
            cite("HD12_2018", "tiêu chí khung (không vắng quá 3 lần liên tiếp trong năm)"),
            (Param("max_in_a_row", "Số buổi vắng liên tiếp tối đa trong năm", 3, 2, 6),)),
    Setting("minutes_conclusion", "Hoàn thiện biên bản, kết luận sau buổi sinh hoạt",
            cite("HD42", "sau sinh hoạt: hoàn thiện tài liệu trong 02 ngày", status="T"),
            (Param("grace_days", "Số ngày sau buổi họp", 2, 0, 30),)),
    Setting("tasks_overdue", "Nhiệm vụ quá hạn",
            cite("DEFAULT"),
            (Param("grace_days", "Số ngày cho phép sau hạn", 0, 0, 30),)),
    Setting("dossier_complete", "Hoàn thiện hồ sơ buổi sinh hoạt chuyên đề",
            cite("DEFAULT"),
            (Param("days", "Hoàn thiện hồ sơ trong (ngày) sau kết luận", 30, 1, 180),)),
    Setting("report_sent", "Báo cáo Đảng ủy sau buổi sinh hoạt chuyên đề",
            cite("LOCAL_PRACTICE", "Đảng ủy tự quy định thời hạn"),
            (Param("days", "Gửi báo cáo trong (ngày) sau buổi họp", 7, 1, 60),)),
    Setting("thematic_plan", "Ban hành kế hoạch sinh hoạt chuyên đề năm",
            cite("DEFAULT"),
            (Param("grace_days", "Ban hành trong (ngày) đầu năm", 31, 0, 120),)),
    Setting("meeting_duration", "Thời lượng buổi sinh hoạt",
            meeting_rules.SOURCE_DURATION,
            (Param("min_minutes", "Tối thiểu (phút)", meeting_rules.MIN_DURATION_MINUTES, 30, 240),
             Param("min_combined_minutes", "Tối thiểu khi kết hợp (phút)",
                   meeting_rules.MIN_COMBINED_DURATION_MINUTES, 30, 300))),
]  # fmt: skip
SETTINGS: dict[str, Setting] = {s.code: s for s in SETTINGS_LIST}


def clean(code: str, raw: Mapping[str, Any]) -> dict[str, int]:
    setting = SETTINGS.get(code)
    if setting is None:
        raise SettingError("Quy tắc này không có tham số để Đảng ủy điều chỉnh.")
    return setting.clean(raw)


@dataclass(frozen=True)
class Params:
    """The values in force for one cell (or committee): defaults overlaid by the committees'
    own settings, nearest last. Read it with `params["draft_on_time"]["min_days"]` or the
    named properties."""

    overrides: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    # Which committee set each code, for the rules page ("do Đảng ủy … quy định").
    set_by: Mapping[str, str] = field(default_factory=dict)

    def __getitem__(self, code: str) -> dict[str, int]:
        return {**SETTINGS[code].defaults(), **self.overrides.get(code, {})}

    def value(self, code: str, name: str) -> int:
        return self[code][name]

    @property
    def min_days_before_distribution(self) -> int:
        return self.value("draft_on_time", "min_days")

    def min_duration(self, *, combined: bool) -> int:
        name = "min_combined_minutes" if combined else "min_minutes"
        return self.value("meeting_duration", name)

    @property
    def attendance_rate(self) -> int:
        return self.value("attendance", "min_rate")

    @property
    def max_absences_in_a_row(self) -> int:
        """More absences in a row than this (excused or not) is a finding (HD 12/2018: 3)."""
        return self.value("consecutive_absence", "max_in_a_row")

    @property
    def publish_within_days(self) -> int:
        return self.value("minutes_conclusion", "grace_days")


DEFAULTS = Params()


def overlay(rows: Sequence[tuple[str, str, str, Mapping[str, int]]]) -> Params:
    """Build `Params` from (committee_path, committee_name, code, values) rows, any order: the
    nearest committee (longest path) wins."""
    overrides: dict[str, dict[str, int]] = {}
    set_by: dict[str, str] = {}
    for _path, name, code, values in sorted(rows, key=lambda r: len(r[0])):
        if code in SETTINGS:
            overrides[code] = dict(values)
            set_by[code] = name
    return Params(overrides, set_by)
