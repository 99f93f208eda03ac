import datetime as dt

import pytest
from django.urls import reverse

from chibo.conftest import make_cell, make_member
from chibo.members.models import Member, Role
from chibo.members.stats import member_statistics

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 1, 5)


def _seed_003_cell(committee):
    """Hoa Mai kindergarten 2022 (seed 003 §I): 20 members, 19 official, 19 women."""
    cell = make_cell(committee, "Chi bộ Trường Mầm non Hoa Mai")
    levels = ["university"] * 15 + ["college"] * 2 + ["intermediate"] * 2 + ["upper_secondary"]
    for i, level in enumerate(levels):
        make_member(
            cell,
            f"Nguyễn Thị Mai {i}",
            qualification=level,
            gender="male" if i == 19 else "female",
            status=Member.Status.PROBATIONARY if i == 0 else Member.Status.OFFICIAL,
            political_theory="intermediate" if i in (1, 2) else "",
            role=Role.SECRETARY if i == 1 else Role.MEMBER,
            birth_date=dt.date(1990 - i, 6, 1),
        )
    return cell


def test_it_counts_the_seed_cell_and_writes_the_plan_sentence(world):
    stats = member_statistics(_seed_003_cell(world.committee), today=TODAY)
    assert (stats.total, stats.official, stats.probationary, stats.female, stats.male) == (
        20,
        19,
        1,
        19,
        1,
    )
    assert stats.sentence() == (
        "Chi bộ có 20 đảng viên. Trong đó: đảng viên chính thức: 19; đảng viên dự bị: 01; "
        "đảng viên nữ: 19. Trình độ chuyên môn: Đại học: 15; Cao đẳng: 02; Trung cấp: 02; "
        "THPT: 01. Về trình độ chính trị: Trung cấp: 02."
    )
    roles = {line.label: line.count for line in stats.roles}
    assert roles == {"Bí thư": 1, "Phó Bí thư": 0, "Chi ủy viên": 0, "Đảng viên": 19}
    theory = {line.label: line.count for line in stats.political_theory}
    assert theory["Trung cấp"] == 2 and theory["Chưa qua đào tạo"] == 18


def test_it_counts_only_members_still_in_the_cell(world):
    gone = make_member(world.cell, "Lê Văn Dũng", gender="male")
    gone.transfer_out(on=TODAY, by=None, to="Chi bộ khác")
    make_member(world.other_cell, "Trần Văn Đức", gender="male")
    stats = member_statistics(world.cell, today=TODAY)
    assert (stats.total, stats.male) == (2, 0)


def test_age_bands_use_whole_years_on_the_day(world):
    cell = make_cell(world.committee, "Chi bộ Trường Tiểu học Yên Hoà")
    make_member(cell, "Vũ Thị Lệ", birth_date=dt.date(1996, 1, 6))  # 29 until tomorrow
    make_member(cell, "Đỗ Thị Lan", birth_date=dt.date(1996, 1, 5))  # 30 today
    make_member(cell, "Mai Thị Phương", birth_date=dt.date(1966, 1, 5))  # 60 today
    make_member(cell, "Hoàng Thị Yến")  # no birth date
    ages = {line.label: line.count for line in member_statistics(cell, today=TODAY).ages}
    assert ages == {
        "Dưới 30 tuổi": 1, "Từ 30 đến 39 tuổi": 1, "Từ 40 đến 49 tuổi": 0,
        "Từ 50 đến 59 tuổi": 0, "Từ 60 tuổi trở lên": 1, "Chưa có ngày sinh": 1,
    }  # fmt: skip


def test_a_cell_without_trained_members_says_so(world):
    sentence = member_statistics(world.cell, today=TODAY).sentence()
    assert sentence.startswith("Chi bộ có 2 đảng viên. Trong đó: đảng viên chính thức: 02;")
    assert "chưa có đảng viên qua đào tạo lý luận chính trị" in sentence


def _grow(cell, count):
    for i in range(count):
        make_member(cell, f"Phạm Văn Nam {i}", gender="male", qualification="college",
                    political_theory="elementary", birth_date=dt.date(1980, 1, 1))  # fmt: skip


@pytest.mark.parametrize("size", [3, 60])
def test_statistics_take_one_query_whatever_the_size(world, size, django_assert_num_queries):
    _grow(world.cell, size - 2)
    with django_assert_num_queries(1):
        stats = member_statistics(world.cell)
    assert stats.total == size


@pytest.mark.parametrize("size", [3, 60])
def test_stats_page_query_count_does_not_grow(
    world, size, member_client, django_assert_num_queries
):
    _grow(world.cell, size - 2)
    with django_assert_num_queries(3):  # was 7: session cached, layout facts in the user query
        response = member_client.get(reverse("members:stats", args=[world.cell.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert f"Chi bộ có {size} đảng viên." in body
    assert "Từ 40 đến 49 tuổi" in body
