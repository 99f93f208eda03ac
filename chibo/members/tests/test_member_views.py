import datetime as dt

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member
from chibo.members.models import AccountInvite, Member

pytestmark = pytest.mark.django_db


def test_search_ignores_diacritics_and_folds_d(world, secretary_client):
    make_member(world.cell, "Đặng Thị Mai")
    make_member(world.cell, "Lê Văn Dũng")
    response = secretary_client.get(reverse("members:list", args=[world.cell.pk]), {"q": "dang"})
    names = [m.full_name for m, _ in response.context["rows"]]
    assert names == ["Đặng Thị Mai"]
    response = secretary_client.get(reverse("members:list", args=[world.cell.pk]), {"q": "hue"})
    assert [m.full_name for m, _ in response.context["rows"]] == ["Dương Thị Huệ"]


def test_list_is_sorted_by_given_name_the_vietnamese_way(world, secretary_client):
    make_member(world.cell, "Vũ Thị Lệ")
    make_member(world.cell, "Nguyễn Thị Hường")
    make_member(world.cell, "Trần Văn Đức")
    make_member(world.cell, "Lê Văn Dũng")
    response = secretary_client.get(reverse("members:list", args=[world.cell.pk]))
    assert [m.full_name for m, _ in response.context["rows"]] == [
        "Lê Văn Dũng",
        "Trần Văn Đức",
        "Phạm Thị Thu Hà",
        "Dương Thị Huệ",
        "Nguyễn Thị Hường",
        "Vũ Thị Lệ",
    ]


def test_filters_by_status_and_role(world, secretary_client):
    make_member(world.cell, "Mai Thị Phương", status=Member.Status.PROBATIONARY)
    url = reverse("members:list", args=[world.cell.pk])
    rows = secretary_client.get(url, {"status": "probationary"}).context["rows"]
    assert [m.full_name for m, _ in rows] == ["Mai Thị Phương"]
    rows = secretary_client.get(url, {"role": "secretary"}).context["rows"]
    assert [m.full_name for m, _ in rows] == ["Dương Thị Huệ"]


def test_htmx_request_gets_only_the_results_fragment(world, secretary_client):
    response = secretary_client.get(
        reverse("members:list", args=[world.cell.pk]), HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert 'id="results"' in body and "<html" not in body


def test_secretary_adds_a_member_with_audit(world, secretary_client):
    response = secretary_client.post(
        reverse("members:create", args=[world.cell.pk]),
        {
            "full_name": "  Mai   Thị Phương ",
            "gender": "female",
            "status": "probationary",
            "admission_date": "2026-01-05",
            "general_education": "12/12",
            "qualification": "college",
        },
    )
    member = Member.objects.get(full_name="Mai Thị Phương")
    assert response.status_code == 302
    assert member.cell == world.cell
    assert AuditEntry.objects.filter(action="member.create", object_id=str(member.pk)).exists()


def test_bad_input_shows_vietnamese_errors_and_changes_nothing(world, secretary_client):
    count = Member.objects.count()
    response = secretary_client.post(
        reverse("members:create", args=[world.cell.pk]),
        {
            "full_name": "Phương",
            "gender": "female",
            "status": "official",
            "admission_date": "2026-01-05",
            "official_date": "2025-01-05",
            "card_number": world.member.card_number,
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "Hãy ghi đủ họ và tên" in errors["full_name"][0]
    assert "Số thẻ đảng viên này đã có" in errors["card_number"][0]
    assert Member.objects.count() == count


def test_official_date_before_admission_is_rejected_in_the_form(world, secretary_client):
    response = secretary_client.post(
        reverse("members:create", args=[world.cell.pk]),
        {
            "full_name": "Mai Thị Phương",
            "gender": "female",
            "status": "official",
            "admission_date": "2026-01-05",
            "official_date": "2025-01-05",
        },
    )
    assert "Ngày chính thức không thể trước ngày vào Đảng." in response.content.decode()
    assert not Member.objects.filter(full_name="Mai Thị Phương").exists()


def test_concurrent_edit_is_detected_not_overwritten(world, secretary_client):
    url = reverse("members:edit", args=[world.member.pk])
    form = secretary_client.get(url).context["form"]
    data = {name: (value if value is not None else "") for name, value in form.initial.items()}
    data = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in data.items()}
    stale_version = world.member.version
    world.member.update(by=world.secretary.user, phone="0912000111")  # someone else saves first
    response = secretary_client.post(url, {**data, "job": "Tổ trưởng", "version": stale_version})
    assert response.status_code == 200
    assert "vừa được người khác sửa" in response.content.decode()
    world.member.refresh_from_db()
    assert world.member.phone == "0912000111" and world.member.job != "Tổ trưởng"


def test_edit_with_current_version_saves_and_audits_before_after(world, secretary_client):
    url = reverse("members:edit", args=[world.member.pk])
    form = secretary_client.get(url).context["form"]
    data = {
        k: (v.isoformat() if isinstance(v, dt.date) else ("" if v is None else v))
        for k, v in form.initial.items()
    }
    response = secretary_client.post(
        url, {**data, "job": "Tổ trưởng chuyên môn", "version": world.member.version}
    )
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="member.update")
    assert (
        entry.after["job"] == "Tổ trưởng chuyên môn"
        and entry.before["job"] != "Tổ trưởng chuyên môn"
    )


def test_status_change_through_the_page(world, secretary_client):
    secretary_client.post(
        reverse("members:status", args=[world.member.pk]),
        {"action": "transfer_out", "on": "2026-01-02", "note": "Chi bộ khác"},
    )
    world.member.refresh_from_db()
    assert world.member.status == Member.Status.TRANSFERRED


def test_the_status_form_no_longer_makes_a_member_official(world, secretary_client):
    member = make_member(
        world.cell,
        "Mai Thị Phương",
        status=Member.Status.PROBATIONARY,
        admission_date=dt.date(2025, 1, 2),
    )
    response = secretary_client.post(
        reverse("members:status", args=[member.pk]),
        {"action": "make_official", "on": "2026-01-02"},
        follow=True,
    )
    assert "make_official không phải là một trong các lựa chọn" in response.content.decode()
    member.refresh_from_db()
    assert member.status == Member.Status.PROBATIONARY and not member.status_changes.exists()


def test_illegal_status_change_shows_message_and_changes_nothing(world, secretary_client):
    world.member.transfer_out(on=dt.date(2026, 1, 2), by=world.secretary.user)
    response = secretary_client.post(
        reverse("members:status", args=[world.member.pk]),
        {"action": "record_death", "on": "2026-01-05"},
        follow=True,
    )
    assert "Không thể chuyển" in response.content.decode()
    world.member.refresh_from_db()
    assert world.member.status == Member.Status.TRANSFERRED
    assert world.member.status_changes.count() == 1


def test_invite_code_lets_the_member_set_a_password_once(world, secretary_client, client):
    member = make_member(world.cell, "Mai Thị Phương")
    response = secretary_client.post(reverse("members:invite", args=[member.pk]))
    code = response.context["code"]
    assert AccountInvite.objects.get().code_hash != code  # only the hash is stored
    data = {
        "code": code,
        "username": "phuong.mt",
        "password1": "Hoa-sen-2026",
        "password2": "Hoa-sen-2026",
    }
    response = client.post(reverse("activate"), data)
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.user.username == "phuong.mt" and member.user.check_password("Hoa-sen-2026")
    again = client.post(reverse("activate"), {**data, "username": "phuong2"})
    assert "Mã không đúng, đã dùng hoặc đã hết hạn" in again.content.decode()


def test_member_sees_no_edit_controls(world, member_client):
    body = member_client.get(reverse("members:detail", args=[world.secretary.pk])).content.decode()
    assert "Sửa hồ sơ" not in body and "Tạo mã kích hoạt" not in body
