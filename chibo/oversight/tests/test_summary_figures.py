"""The committee dashboard reads the summary kept by the verbs (chibo.meetings.summary): its
figures, filters and order are identical to the old recomputation from the records."""

import datetime as dt

import pytest

from chibo.demo.gendata import generate
from chibo.demo.oversight import load_oversight_demo
from chibo.meetings import summary
from chibo.meetings.models import Task
from chibo.meetings.tests.helpers import concluded, held, make_task
from chibo.organizations.models import Cell, Committee
from chibo.oversight import dashboard
from chibo.oversight.tests import live

pytestmark = pytest.mark.django_db

SHOWS = ["", "missing_thematic", "late", "overdue", "no_report"]


def _same_everywhere(committee: Committee, year: int, today: dt.date) -> None:
    assert dashboard.committee_totals(committee, year, today) == live.committee_totals(
        committee, year, today
    )
    cells = Cell.objects.below(committee).order_by("path", "name")
    for show in SHOWS:
        for quarter in (None, 1, 2, 3, 4):
            got = dashboard.filter_cells(cells, show, year=year, quarter=quarter, today=today)
            want = live.filter_cells(cells, show, year=year, quarter=quarter, today=today)
            assert list(got.values_list("pk", flat=True)) == list(
                want.values_list("pk", flat=True)
            ), (show, quarter)
    ranked = dashboard.worst_first(cells, year=year, today=today)
    want = list(live.worst_first(cells, year=year, today=today).values_list("pk", "behind"))
    assert [(c.pk, c.behind) for c in ranked[0 : len(want)]] == want
    assert [(c.pk, c.behind) for c in ranked[3:8]] == want[3:8]  # a later page


def test_generated_province_figures_equal_the_recomputation_every_day_of_the_year():
    generate(cells=40, members_per_cell=3, years=2, seed=31)
    province = Committee.objects.get(name="Tỉnh ủy Mẫu 31")
    ward = Committee.objects.filter(parent=province).order_by("path").first()
    this_year = dt.date.today().year
    assert Task.objects.filter(status__in=Task.UNFINISHED).exists()
    assert summary.differences() == []
    # Overdue depends on the day the page is looked at: the same counts give the right answer
    # on any day, nothing needs rewriting overnight.
    for today in (
        dt.date(this_year, 1, 2),
        dt.date(this_year, 5, 15),
        dt.date.today(),
        dt.date(this_year + 1, 3, 1),
    ):
        for year in (this_year - 1, this_year):
            _same_everywhere(province, year, today)
    _same_everywhere(ward, this_year, dt.date.today())


def test_the_demo_committee_and_verbs_after_it_keep_the_figures_equal(world):
    load_oversight_demo()
    today = dt.date.today()
    concluded(world, kind="thematic", days_ahead=-40)
    held(world, days_ahead=-3)
    task = make_task(world, days=-1)
    _same_everywhere(world.committee, today.year, today)
    task.mark_done(by=world.member.user)
    for committee in Committee.objects.all():
        _same_everywhere(committee, today.year, today)


def test_totals_cost_three_queries_at_any_size(django_assert_num_queries):
    generate(cells=3, members_per_cell=2, years=1, seed=51)
    generate(cells=60, members_per_cell=2, years=1, seed=52)
    today = dt.date.today()
    for seed in (51, 52):
        province = Committee.objects.get(name=f"Tỉnh ủy Mẫu {seed}")
        with django_assert_num_queries(3):
            dashboard.committee_totals(province, today.year, today)
