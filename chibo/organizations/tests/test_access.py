import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from chibo.conftest import make_cell, make_committee, make_member
from chibo.members.access import Viewer, get_cell, get_member
from chibo.members.models import Member, has_chi_uy
from chibo.organizations.models import Cell, Committee

pytestmark = pytest.mark.django_db


def test_cells_below_a_committee_at_any_depth_in_one_query(world, django_assert_num_queries):
    hamlet = make_committee("Đảng ủy khối Trường học", parent=world.committee)
    deep = make_cell(hamlet, "Chi bộ Trường Tiểu học Yên Hoà")
    province = world.committee.parent
    with django_assert_num_queries(1):
        below_province = set(Cell.objects.below(province))
    assert below_province == {world.cell, world.other_cell, deep}
    assert set(Cell.objects.below(world.committee)) == {world.cell, deep}
    assert set(Committee.objects.below(world.committee)) == {world.committee, hamlet}


def test_committee_paths_do_not_leak_into_siblings(db):
    parent = make_committee("Tỉnh ủy A")
    first = make_committee("Đảng ủy 1", parent=parent)
    children = [make_committee(f"Đảng ủy {i}", parent=parent) for i in range(2, 12)]
    tenth = children[8]
    assert first.path != tenth.path and not tenth.path.startswith(first.path)


def test_officer_reads_cells_below_but_cannot_edit(world):
    viewer = Viewer(world.officer)
    assert get_cell(world.officer, world.cell.pk) == world.cell
    with pytest.raises(PermissionDenied):
        get_cell(world.officer, world.cell.pk, edit=True)
    with pytest.raises(Http404):
        get_cell(world.officer, world.other_cell.pk)
    assert set(viewer.visible_cells()) == {world.cell}


def test_member_reads_own_cell_only_and_cannot_edit(world):
    assert get_member(world.member.user, world.secretary.pk) == world.secretary
    with pytest.raises(PermissionDenied):
        get_member(world.member.user, world.secretary.pk, edit=True)
    with pytest.raises(Http404):
        get_member(world.member.user, world.other_secretary.pk)


def test_a_transferred_member_loses_access(world):
    import datetime as dt

    world.member.transfer_out(on=dt.date(2026, 1, 5), by=world.secretary.user)
    with pytest.raises(Http404):
        get_cell(world.member.user, world.cell.pk)


def test_committee_officer_of_the_province_sees_every_cell(world):
    from django.contrib.auth import get_user_model

    from chibo.organizations.models import CommitteeOfficer

    user = get_user_model().objects.create_user("tinhuy")
    CommitteeOfficer.objects.create(committee=world.committee.parent, user=user)
    assert set(Viewer(user).visible_cells()) == {world.cell, world.other_cell}


def test_cell_with_nine_official_members_elects_a_committee(world):
    assert not has_chi_uy(world.cell)
    for i in range(7):
        make_member(world.cell, f"Nguyễn Văn Số{i}", status=Member.Status.OFFICIAL)
    assert has_chi_uy(world.cell)


def test_the_superior_line_names_the_dang_bo_when_the_committee_chose_it(world):
    committee = world.committee
    committee.party_organisation = "Đảng bộ xã Yên Mô"
    assert committee.superior_heading == "ĐẢNG ỦY XÃ YÊN MÔ"
    committee.heading_names_party_organisation = True
    assert committee.superior_heading == "ĐẢNG BỘ XÃ YÊN MÔ"
    committee.party_organisation = ""
    assert committee.superior_heading == "ĐẢNG ỦY XÃ YÊN MÔ"
