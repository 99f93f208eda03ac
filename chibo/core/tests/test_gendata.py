import pytest

from chibo.demo.gendata import generate
from chibo.members.models import Member
from chibo.organizations.models import Cell, Committee

pytestmark = pytest.mark.django_db


def test_generator_is_deterministic_and_nests_cells_under_wards():
    result = generate(cells=150, members_per_cell=4, years=1, seed=7)
    assert (result.committees, result.cells, result.members) == (3, 150, 600)
    province = Committee.objects.get(name="Tỉnh ủy Mẫu 7")
    assert Cell.objects.below(province).count() == 150
    first = list(Member.objects.order_by("pk").values_list("full_name", flat=True))
    generate(cells=150, members_per_cell=4, years=1, seed=7)
    again = list(Member.objects.order_by("pk").values_list("full_name", flat=True))[600:]
    assert again == first


def test_generated_members_sort_and_search_like_real_ones():
    generate(cells=2, members_per_cell=10, years=1, seed=3)
    member = Member.objects.first()
    assert Member.objects.search(member.full_name.split()[-1]).filter(pk=member.pk).exists()
