"""Start next year from this one: copy the plans (targets and skeleton), carry what is unfinished."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db import transaction

from chibo.audit.models import log_action
from chibo.organizations.models import Cell
from chibo.plans.models import Plan

from .models import EvaluationError, PersonalCommitment, TargetMeasurement


@dataclass
class NextYear:
    plans: list[Plan] = field(default_factory=list)
    commitments: list[PersonalCommitment] = field(default_factory=list)


def source_plans(cell: Cell, year: int) -> list[Plan]:
    """The plan of each kind that governs `year`: the issued one, else the newest draft."""
    chosen: dict[str, Plan] = {}
    for plan in (
        Plan.objects.filter(cell=cell, year=year)
        .exclude(status=Plan.Status.SUPERSEDED)
        .order_by("-pk")
    ):
        current = chosen.get(plan.kind)
        if current is None or (
            current.status != Plan.Status.ISSUED and plan.status == Plan.Status.ISSUED
        ):
            chosen[plan.kind] = plan
    return sorted(chosen.values(), key=lambda p: p.kind)


def unfinished_tasks(cell: Cell, year: int) -> list[Any]:
    if not apps.is_installed("chibo.meetings"):
        return []
    task = apps.get_model("meetings", "Task")
    return list(task.objects.filter(cell=cell, deadline__year__lte=year).exclude(status__in=["done", "dropped"])
                .prefetch_related("owners").order_by("deadline"))  # fmt: skip


def unfinished_commitments(cell: Cell, year: int) -> list[PersonalCommitment]:
    return list(PersonalCommitment.objects.filter(member__cell=cell, year=year, member__status__in=["official", "probationary"])
                .exclude(status=PersonalCommitment.Status.DONE).select_related("member"))  # fmt: skip


def start_next_year(*, cell: Cell, year: int, by: Any) -> NextYear:
    """Copy each plan of `year` to `year + 1` (targets keep their way of measuring) and carry the
    commitments not done into the new year, to be approved again by the chi ủy."""
    result = NextYear()
    with transaction.atomic():
        plans = source_plans(cell, year)
        if not plans:
            raise EvaluationError(
                f"Chi bộ chưa có kế hoạch năm {year} để làm khung cho năm {year + 1}."
            )
        existing = set(Plan.objects.filter(cell=cell, year=year + 1).values_list("kind", flat=True))
        for plan in plans:
            if plan.kind in existing:
                continue
            new = plan.copy_to_year(year + 1, by=by)
            metrics = {t.order: t.measurement.metric for t in plan.targets.select_related("measurement")
                       if hasattr(t, "measurement") and t.measurement.metric}  # fmt: skip
            TargetMeasurement.objects.bulk_create([
                TargetMeasurement(target=t, metric=metrics[t.order]) for t in new.targets.all() if t.order in metrics
            ])  # fmt: skip
            result.plans.append(new)
        carried_texts = set(PersonalCommitment.objects.filter(member__cell=cell, year=year + 1)
                            .values_list("member_id", "text"))  # fmt: skip
        for old in unfinished_commitments(cell, year):
            text = f"(Tiếp tục từ năm {year}) {old.text}"
            if (old.member_id, text) in carried_texts:
                continue
            result.commitments.append(PersonalCommitment.objects.create(
                member=old.member, year=year + 1, kind=old.kind, text=text, measure=old.measure))  # fmt: skip
        log_action(cell, "year.start_next", by=by, cell=cell, after={
            "from": year, "plans": len(result.plans), "commitments": len(result.commitments)})  # fmt: skip
    return result
