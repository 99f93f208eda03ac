"""The admin shows tokens without their hash and revokes them."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from chibo.api.models import ApiToken

from .conftest import ApiClient


def test_a_superuser_revokes_a_token_in_the_admin(world, client):
    token, key = ApiToken.issue(world.secretary.user, name="Bảng tính")
    admin = get_user_model().objects.create_superuser("quantri", password="x-pass-123456")
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")

    listing = client.get("/admin/api/apitoken/")
    assert listing.status_code == 200
    assert token.prefix in listing.content.decode()
    assert (
        token.key_hash not in client.get(f"/admin/api/apitoken/{token.pk}/change/").content.decode()
    )

    client.post("/admin/api/apitoken/", {"action": "revoke", "_selected_action": [token.pk]})

    token.refresh_from_db()
    assert token.revoked_at is not None
    assert ApiClient(key).get("me").status_code == 401
