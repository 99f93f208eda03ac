"""The cells' admission targets are measured from the admission files: the demo's activity plan
(Hoa Mai 2022, "Kết nạp 1-2 Đảng viên mới") changes when a candidate is admitted, and a
"quần chúng ưu tú đủ điều kiện kết nạp" target counts the files the chi ủy found complete."""

import datetime as dt

import pytest
from django.utils import timezone

from chibo.demo.load import load_demo
from chibo.evaluations.metrics import candidates_ready, suggest_metric
from chibo.evaluations.targets import progress_for_plan
from chibo.plans.models import Plan

from .helpers import admit_in

pytestmark = pytest.mark.django_db
D = dt.date


def _admissions(plan: Plan) -> list:  # type: ignore[type-arg]
    return [r for r in progress_for_plan(plan, today=D(2023, 1, 10)) if r.metric == "new_members"]


def test_the_demo_plans_admission_target_changes_when_a_candidate_is_admitted(settings):
    settings.DOCUMENTS_PDF = False
    load_demo()
    plan = Plan.objects.get(cell__name="Chi bộ Trường Mầm non Hoa Mai", year=2022, kind="activity")
    before = _admissions(plan)
    assert before and all(r.value == 0 and r.status == "missed" for r in before)
    by = plan.cell.members.get(user__username="bithu3").user
    # Every step of the file in 2022: the cell's vote in a held meeting, its resolution, the
    # ward's decision, the ceremony on 12/08/2022.
    candidate = admit_in(plan.cell, by, name="Đoàn Thị Ngọc Ánh", ceremony=D(2022, 8, 12),
                         sponsors=("Vũ Thị Hạnh", "Nguyễn Thị Hoa"), helper="Vũ Thị Hạnh",
                         chair="Trần Thị Nghĩa Quỳnh", secretary="Nguyễn Thị Thanh Hương")  # fmt: skip
    assert candidate.member.admission_date == D(2022, 8, 12)
    after = _admissions(plan)
    assert all(r.value == 1 and r.status == "reached" for r in after)
    assert all("Đoàn Thị Ngọc Ánh" in r.basis for r in after)


def test_candidates_ready_counts_the_files_the_chi_uy_found_complete(world):
    from .helpers import make_candidate, ready, with_file

    ready(world)  # reviewed 450 days ago
    with_file(world, make_candidate(world, "Trần Văn Bình", gender="male"))  # not reviewed
    this_year = timezone.localdate().year
    measure = candidates_ready(world.cell, this_year)
    assert (
        measure.value == 1
        and "Lê Thị Thu Hằng" in measure.basis
        and "Trần Văn Bình" not in measure.basis
    )
    assert candidates_ready(world.cell, 2020).value == 0
    assert (
        suggest_metric("Đến cuối năm 2027 có ít nhất 03 quần chúng ưu tú đủ điều kiện kết nạp")
        == "candidates_ready"
    )
    assert suggest_metric("Kết nạp ít nhất 03 đảng viên mới") == "new_members"
