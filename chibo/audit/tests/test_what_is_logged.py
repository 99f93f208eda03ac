"""Edits keep only what changed, with old values; admin changes, grants, passwords are logged."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from chibo.api.models import ApiToken
from chibo.audit.models import AuditEntry, changes, log_action, snapshot
from chibo.conftest import PASSWORD, make_user
from chibo.meetings.tests.helpers import make_meeting
from chibo.organizations.models import CommitteeOfficer

pytestmark = pytest.mark.django_db


def test_changes_keeps_only_changed_fields_with_their_old_values(world):
    member = world.member
    member.job, member.phone = "Giáo viên", "0912345678"
    before = snapshot(member, ["job", "phone"])
    member.job = "Hiệu trưởng"
    old, new = changes(before, member, ["job", "phone"])
    entry = log_action(member, "member.update", by=world.secretary.user, before=old, after=new)
    assert entry.before == {"job": "Giáo viên"} and entry.after == {"job": "Hiệu trưởng"}


def test_the_same_instant_in_two_time_zones_is_no_change(world):
    meeting = make_meeting(world)
    local = timezone.localtime(meeting.starts_at)  # +07:00, as a form gives it
    meeting.update_details(by=world.secretary.user, starts_at=local, place="Hội trường")
    entry = AuditEntry.objects.filter(action="meeting.update").latest("id")
    assert entry.before == {"place": "Phòng họp nhà trường"}
    assert entry.after == {"place": "Hội trường"}


def test_postpone_and_reschedule_keep_the_old_values(world):
    meeting = make_meeting(world)
    old_start = meeting.starts_at
    meeting.postpone(by=world.secretary.user, reason="Trùng lịch họp của trường")
    postpone = AuditEntry.objects.filter(action="meeting.postpone").latest("id")
    assert postpone.before["status"] == "planned" and postpone.after["status"] == "postponed"
    meeting.reschedule(by=world.secretary.user, starts_at=old_start + dt.timedelta(days=7))
    reschedule = AuditEntry.objects.filter(action="meeting.reschedule").latest("id")
    assert reschedule.before["starts_at"] == timezone.localtime(old_start).isoformat()
    assert reschedule.before["status"] == "postponed"


def _admin():
    user = make_user("quantri")
    user.is_staff = user.is_superuser = True
    user.save()
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user, client


def test_the_admin_cannot_add_edit_or_delete_members_or_audit_entries(world):
    _, client = _admin()
    assert client.get(reverse("admin:audit_auditentry_add")).status_code == 403
    assert (
        client.post(reverse("admin:audit_auditentry_add"), {"action": "member.expel"}).status_code
        == 403
    )
    change = reverse("admin:members_member_change", args=[world.member.pk])
    client.post(change, {"full_name": "Tên Bị Sửa", "cell": world.other_cell.pk})
    world.member.refresh_from_db()
    assert world.member.full_name == "Phạm Thị Thu Hà"
    assert (
        client.post(
            reverse("admin:members_member_delete", args=[world.member.pk]), {"post": "yes"}
        ).status_code
        == 403
    )


def test_an_officer_granted_in_the_admin_is_logged(world):
    admin_user, client = _admin()
    danguy2 = make_user("danguy2")
    url = reverse("admin:organizations_committee_change", args=[world.other_committee.pk])
    page = client.get(url)
    assert page.status_code == 200
    data = {
        "name": world.other_committee.name,
        "parent": world.other_committee.parent_id or "",
        "place_name": world.other_committee.place_name,
        "committeeofficer_set-TOTAL_FORMS": "1",
        "committeeofficer_set-INITIAL_FORMS": "0",
        "committeeofficer_set-MIN_NUM_FORMS": "0",
        "committeeofficer_set-MAX_NUM_FORMS": "1000",
        "committeeofficer_set-0-user": danguy2.pk,
        "committeeofficer_set-0-committee": world.other_committee.pk,
    }
    form = page.context["adminform"].form
    for name, field in form.fields.items():
        if name not in data and field.initial is not None:
            data[name] = field.initial
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert CommitteeOfficer.objects.filter(user=danguy2).exists()
    entry = AuditEntry.objects.get(action="admin.add", object_type="organizations.committeeofficer")
    assert entry.actor == admin_user and entry.committee_id == world.other_committee.pk


def test_a_superuser_grant_in_the_user_admin_is_logged(world):
    admin_user, client = _admin()
    user = world.member.user
    url = reverse("admin:auth_user_change", args=[user.pk])
    form = client.get(url).context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name != "password"
    }
    data.update({"is_staff": "on", "groups": [], "user_permissions": [],
                 "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
                 "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
                 "last_login_0": "", "last_login_1": ""})  # fmt: skip
    data.pop("date_joined", None)
    data.pop("last_login", None)
    for flag in ("is_active",):
        data[flag] = "on"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = AuditEntry.objects.get(action="admin.change", object_type="auth.user")
    assert entry.before["is_staff"] is False and entry.after["is_staff"] is True
    assert "is_superuser" not in entry.after  # unchanged fields are not listed


def test_a_password_change_revokes_tokens_and_is_logged(world):
    user = world.member.user
    token, key = ApiToken.issue(user, name="điện thoại", by=user)
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post(reverse("password_change"), {"old_password": PASSWORD,
                           "new_password1": "mat-khau-moi-2027", "new_password2": "mat-khau-moi-2027"})  # fmt: skip
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    api = Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert api.status_code == 401
    entry = AuditEntry.objects.get(action="account.password_change")
    assert entry.after == {"user": user.username, "api_tokens_revoked": 1}


def test_creating_a_user_is_not_a_password_change(db):
    get_user_model().objects.create_user("moi", password="mat-khau-dai-123")
    assert not AuditEntry.objects.filter(action="account.password_change").exists()
