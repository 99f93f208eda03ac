"""Demo: Hoa Mai's 2022 year-end round, decided — seed 003 §4.4 aims at "100% Đảng viên cuối năm
được xếp loại Hoàn thành tốt nhiệm vụ trong đó 03 Đảng viên HTXSNV" — and Yên Hoà's quarterly
self-ratings of the current year. Idempotent."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model

from chibo.evaluations.models import EvaluationRound, Level, QuarterlyRating
from chibo.members.models import Member, Role
from chibo.organizations.models import Cell

YEAR = 2022
# The review meeting and the draft collective report sent 4 working days before it.
REVIEW_MEETING_ON = dt.date(2022, 12, 20)
REPORT_SENT_ON = dt.date(2022, 12, 14)
SCHOOL = "Trường Mầm non Hoa Mai"


def load_evaluations_demo() -> None:
    _hoa_mai_round()
    load_quarters_demo()


def _hoa_mai_round() -> None:
    cell = Cell.objects.filter(name="Chi bộ Trường Mầm non Hoa Mai").first()
    if cell is None or EvaluationRound.objects.filter(cell=cell, year=YEAR).exists():
        return
    secretary = Member.objects.get(cell=cell, role=Role.SECRETARY)
    officer = get_user_model().objects.get(username="danguy")
    round_ = EvaluationRound.open(cell=cell, year=YEAR, by=secretary.user,
                                  review_meeting_on=REVIEW_MEETING_ON, report_sent_on=REPORT_SENT_ON)  # fmt: skip
    officials = Member.objects.for_cell(cell).filter(status=Member.Status.OFFICIAL).count()
    sheets = list(
        round_.evaluations.select_related("member").order_by("member__admission_date", "pk")
    )
    for index, sheet in enumerate(sheets):
        excellent = index < 3  # the three longest-serving members, as the plan aimed
        tasks = 6 if excellent else 4
        # The principal (Bí thư) and her deputies fill Mẫu 2A: the school met its tasks, 30 %
        # of them beyond what was asked.
        leader: dict[str, Any] = (
            {"unit_name": SCHOOL, "unit_level": Level.EXCELLENT} if sheet.is_leader else {}
        )
        sheet.submit_self(
            by=secretary.user,
            on_behalf=sheet.member_id != secretary.pk,
            self_general=Decimal("29") if excellent else Decimal("26"),
            self_tasks=Decimal("64") if excellent else Decimal("56.5"),
            strengths="Chấp hành tốt chủ trương của Đảng, hoàn thành nhiệm vụ chăm sóc, giáo dục trẻ.",
            weaknesses="" if excellent else "Có lúc chưa mạnh dạn trong tự phê bình và phê bình.",
            remedies="Tiếp tục rèn luyện, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            duties=f"Nhiệm vụ chuyên môn của {sheet.member.job.lower()}; nhiệm vụ chi bộ phân công.",
            tasks_total=tasks, tasks_on_time=tasks, tasks_exceeding=2 if excellent else 0,
            **leader,
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


def load_quarters_demo(today: dt.date | None = None) -> None:
    """Yên Hoà's quarterly self-ratings (Mẫu 05) for the quarters of the current year already
    over, by the Bí thư and one member, each their own."""
    from django.utils import timezone

    today = today or timezone.localdate()
    cell = Cell.objects.filter(name="Chi bộ Trường Mầm non Yên Hoà").first()
    if cell is None or QuarterlyRating.objects.filter(member__cell=cell).exists():
        return
    secretary = Member.objects.get(cell=cell, role=Role.SECRETARY)
    member = Member.objects.filter(cell=cell, full_name="Phạm Thị Thu Hà").first()
    for quarter in range(1, (today.month - 1) // 3 + 1):  # quarters already over
        for person in [p for p in (secretary, member) if p is not None and p.user_id]:
            QuarterlyRating.record(member=person, year=today.year, quarter=quarter, by=person.user,
                                   level=Level.GOOD, score=Decimal("84"),
                                   note="Hoàn thành đúng hạn các nhiệm vụ của quý.")  # fmt: skip


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
