"""The signed-in layout in as few queries as it can (issue 19): the session from the shared
session cache, the user in one query with everything the header and the access checks need; and
sign-in stays as safe as Django's own (logout, changed password, inactive user)."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from chibo.core.auth import layout_users
from chibo.members.access import Viewer
from chibo.notifications.models import Notification

pytestmark = pytest.mark.django_db
BACKEND = "django.contrib.auth.backends.ModelBackend"


def test_one_query_gives_the_user_membership_officer_flag_and_unread_count(
    world: Any, django_assert_num_queries: Any
) -> None:
    Notification.objects.create(user=world.member.user, kind="other", title="Một")
    with django_assert_num_queries(1):
        user = layout_users().get(pk=world.member.user.pk)
        viewer = Viewer(user)
        assert viewer.member == world.member
        assert viewer.member.cell.committee == world.committee
        assert viewer.committees == []
        assert user.chibo_unread == 1
    officer = layout_users().get(pk=world.officer.pk)
    with django_assert_num_queries(1):  # an officer's committees: asked only for officers
        assert Viewer(officer).member is None
        assert Viewer(officer).committees == [world.committee]


def test_an_inactive_membership_is_not_the_viewers(world: Any) -> None:
    type(world.member).objects.filter(pk=world.member.pk).update(status="transferred")
    assert Viewer(layout_users().get(pk=world.member.user.pk)).member is None


def test_the_empty_layout_costs_one_query_for_a_member(
    member_client: Client, django_assert_num_queries: Any
) -> None:
    member_client.get(reverse("more"))  # the session is now in the shared cache
    with django_assert_num_queries(1):
        response = member_client.get(reverse("more"))
    assert response.status_code == 200
    assert "Sinh hoạt" in response.content.decode()


def test_sessions_are_read_through_a_cache_every_process_shares() -> None:
    # Not a per-process cache: a logged-out session must not live on in another worker.
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    backend = settings.CACHES[settings.SESSION_CACHE_ALIAS]["BACKEND"]
    assert backend == "django.core.cache.backends.filebased.FileBasedCache"


def test_logging_out_ends_the_session_in_the_shared_cache(world: Any) -> None:
    browser = Client()
    browser.force_login(world.member.user, backend=BACKEND)
    key = browser.cookies[settings.SESSION_COOKIE_NAME].value
    assert browser.get(reverse("more")).status_code == 200
    shared = caches[settings.SESSION_CACHE_ALIAS]
    assert shared.get(SessionStore(key).cache_key)  # cached: the next request asks no database
    thief = Client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = key
    assert thief.get(reverse("more")).status_code == 200
    browser.post(reverse("logout"))
    assert shared.get(SessionStore(key).cache_key) is None
    assert thief.get(reverse("more")).status_code == 302  # to the login page


def test_a_changed_password_ends_other_sessions(world: Any) -> None:
    browser = Client()
    browser.force_login(world.member.user, backend=BACKEND)
    assert browser.get(reverse("more")).status_code == 200
    user = world.member.user
    user.set_password("mat-khau-moi-2026")
    user.save()
    assert browser.get(reverse("more")).status_code == 302


def test_a_deactivated_user_is_signed_out(world: Any) -> None:
    browser = Client()
    browser.force_login(world.member.user, backend=BACKEND)
    assert browser.get(reverse("more")).status_code == 200
    type(world.member.user).objects.filter(pk=world.member.user.pk).update(is_active=False)
    assert browser.get(reverse("more")).status_code == 302
