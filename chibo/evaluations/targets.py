"""A target's measured value and status (đạt, đúng tiến độ, có nguy cơ, không đạt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils import timezone

from .metrics import METRICS, suggest_metric
from .models import TargetMeasurement

Status = TargetMeasurement.Status


@dataclass
class TargetProgress:
    target: Any
    value: Decimal | None
    unit: str
    basis: str
    status: str
    metric: str
    suggested: str
    measurement: TargetMeasurement | None

    @property
    def status_label(self) -> str:
        return Status(self.status).label


def goal(target: Any) -> tuple[str, Decimal] | None:
    """(comparison, number) the value must satisfy, from the target's measurable form."""
    kind = target.kind
    if kind in ("percent", "threshold", "count") and target.value_min is not None:
        return target.comparison or ">=", target.value_min
    if kind == "range" and target.value_min is not None:
        return ">=", target.value_min  # "kết nạp 1–2": reached from the lower bound
    if kind == "yes_no":
        return ">=", Decimal(1)
    return None


def _meets(value: Decimal, comparison: str, number: Decimal) -> bool:
    return {">=": value >= number, ">": value > number, "=": value == number,
            "<=": value <= number, "<": value < number}[comparison]  # fmt: skip


def status_for(target: Any, value: Decimal | None, year: int, today: dt.date) -> str:
    """Reached when the goal holds; after the year, missed otherwise; during the year a count
    is on track while it keeps pace with the months gone, a rate while within 5 points."""
    wanted = goal(target)
    if value is None or wanted is None:
        return Status.UNKNOWN
    comparison, number = wanted
    if _meets(value, comparison, number):
        return Status.REACHED
    if today.year > year:
        return Status.MISSED
    if comparison in ("<=", "<"):
        return Status.AT_RISK
    if target.kind == "percent" or target.unit == "%":
        return Status.ON_TRACK if value >= number - 5 else Status.AT_RISK
    elapsed = (
        Decimal(max(today.timetuple().tm_yday, 1)) / Decimal(365)
        if today.year == year
        else Decimal(0)
    )
    return Status.ON_TRACK if value >= number * elapsed else Status.AT_RISK


def progress_for_plan(plan: Any, today: dt.date | None = None) -> list[TargetProgress]:
    today = today or timezone.localdate()
    targets = list(plan.targets.all())
    measurements = {
        m.target_id: m
        for m in TargetMeasurement.objects.filter(target__in=targets).select_related("entered_by")
    }
    cache: dict[str, Any] = {}
    rows = []
    for target in targets:
        measurement = measurements.get(target.pk)
        metric = measurement.metric if measurement else ""
        value: Decimal | None = None
        unit, basis, status = target.unit, "", ""
        if metric:
            if metric not in cache:
                cache[metric] = METRICS[metric].compute(plan.cell, plan.year)
            measure = cache[metric]
            value, unit, basis = measure.value, measure.unit, measure.basis
        elif measurement:
            value = measurement.manual_value
            status = measurement.manual_status
            who = measurement.entered_by.username if measurement.entered_by else "?"
            when = (
                timezone.localtime(measurement.entered_at).strftime("%d/%m/%Y %H:%M")
                if measurement.entered_at
                else ""
            )
            basis = f"Nhập tay bởi {who} lúc {when}. Minh chứng: {measurement.evidence}"
        rows.append(TargetProgress(
            target=target, value=value, unit=unit, basis=basis,
            status=status or status_for(target, value, plan.year, today), metric=metric,
            suggested="" if measurement else suggest_metric(target.text), measurement=measurement,
        ))  # fmt: skip
    return rows
