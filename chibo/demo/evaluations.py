"""Demo: Hoa Mai's 2022 year-end round, decided — seed 003 §4.4 aims at "100% Đảng viên cuối năm
được xếp loại Hoàn thành tốt nhiệm vụ trong đó 03 Đảng viên HTXSNV". Idempotent."""

from __future__ import annotations

from decimal import Decimal

from django.contrib.auth import get_user_model

from chibo.evaluations.models import EvaluationRound
from chibo.evaluations.rules import Level
from chibo.members.models import Member, Role
from chibo.organizations.models import Cell

YEAR = 2022


def load_evaluations_demo() -> None:
    cell = Cell.objects.filter(name="Chi bộ Trường Mầm non Hoa Mai").first()
    if cell is None or EvaluationRound.objects.filter(cell=cell, year=YEAR).exists():
        return
    secretary = Member.objects.get(cell=cell, role=Role.SECRETARY)
    officer = get_user_model().objects.get(username="danguy")
    round_ = EvaluationRound.open(cell=cell, year=YEAR, by=secretary.user)
    officials = Member.objects.for_cell(cell).filter(status=Member.Status.OFFICIAL).count()
    sheets = list(
        round_.evaluations.select_related("member").order_by("member__admission_date", "pk")
    )
    for index, sheet in enumerate(sheets):
        excellent = index < 3  # the three longest-serving members, as the plan aimed
        tasks = 6 if excellent else 4
        sheet.submit_self(
            by=secretary.user,
            on_behalf=sheet.member_id != secretary.pk,
            self_general=Decimal("29") if excellent else Decimal("26"),
            self_tasks=Decimal("64") if excellent else Decimal("56.5"),
            strengths="Chấp hành tốt chủ trương của Đảng, hoàn thành nhiệm vụ chăm sóc, giáo dục trẻ.",
            weaknesses="" if excellent else "Có lúc chưa mạnh dạn trong tự phê bình và phê bình.",
            remedies="Tiếp tục rèn luyện, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            tasks_total=tasks, tasks_on_time=tasks, tasks_exceeding=2 if excellent else 0,
        )  # fmt: skip
        sheet.propose(
            by=secretary.user,
            level=Level.EXCELLENT if excellent else Level.GOOD,
            comment="Chi ủy thống nhất với bản tự đánh giá.",
            votes_for=officials - (1 if excellent else 0),
            votes_against=1 if excellent else 0,
        )
    round_.cell_evaluation.propose(
        by=secretary.user,
        text="Chi bộ hoàn thành các chỉ tiêu của Kế hoạch hoạt động năm 2022; 100% đảng viên hoàn thành tốt "
        "nhiệm vụ trở lên, trong đó 03 đồng chí hoàn thành xuất sắc nhiệm vụ.",
        level=Level.EXCELLENT,
    )
    round_.propose(by=secretary.user)
    round_.decide(by=officer)
    round_.issue_report(by=secretary.user)


# Seed 003's targets, measured: from the records where they hold it, else entered by the Bí thư
# with the evidence a real cell would cite.
MANUAL_EVIDENCE = (
    "Báo cáo tổng kết năm học 2021–2022 của nhà trường; biên bản họp chi ủy tháng 12/2022."
)


def load_targets_demo() -> None:
    from chibo.evaluations.metrics import suggest_metric
    from chibo.evaluations.models import TargetMeasurement
    from chibo.plans.models import Plan

    plan = Plan.objects.filter(
        cell__name="Chi bộ Trường Mầm non Hoa Mai", year=YEAR, kind="activity"
    ).first()
    if plan is None or TargetMeasurement.objects.filter(target__plan=plan).exists():
        return
    secretary = Member.objects.get(cell=plan.cell, role=Role.SECRETARY)
    for target in plan.targets.all():
        metric = suggest_metric(target.text)
        if metric:
            TargetMeasurement.record(target=target, by=secretary.user, metric=metric)
        elif target.kind == "text":
            TargetMeasurement.record(target=target, by=secretary.user, status=TargetMeasurement.Status.REACHED,
                                     evidence=MANUAL_EVIDENCE)  # fmt: skip
        elif target.kind == "yes_no":
            TargetMeasurement.record(target=target, by=secretary.user, value=Decimal(1),
                                     evidence="Quyết định khen thưởng, công nhận năm 2022 (lưu hồ sơ chi bộ).")  # fmt: skip
        elif target.kind == "range":
            TargetMeasurement.record(
                target=target, by=secretary.user, value=Decimal(2), evidence=MANUAL_EVIDENCE
            )
        else:
            TargetMeasurement.record(
                target=target, by=secretary.user, value=Decimal(100), evidence=MANUAL_EVIDENCE
            )
