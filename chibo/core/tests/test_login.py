import pytest
from django.urls import reverse

from chibo.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_login_then_home_is_the_users_list_of_work(world, client):
    response = client.post(reverse("login"), {"username": "bithu", "password": PASSWORD})
    assert response.status_code == 302
    response = client.get(reverse("home"))
    assert response.status_code == 200 and "Việc hôm nay" in response.content.decode()
    assert reverse("organizations:cell", args=[world.cell.pk]) in response.content.decode()


def test_officer_home_is_the_list_of_work_with_the_committee(world, officer_client):
    response = officer_client.get(reverse("home"))
    assert response.status_code == 200 and "Việc hôm nay" in response.content.decode()
    assert (
        reverse("organizations:committee", args=[world.committee.pk]) in response.content.decode()
    )


def test_wrong_password_shows_vietnamese_message(world, client):
    response = client.post(reverse("login"), {"username": "bithu", "password": "sai"})
    assert response.status_code == 200
    assert "mật khẩu chính xác" in response.content.decode()


def test_repeated_failures_lock_the_account(world, client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "bithu", "password": "sai"})
    response = client.post(reverse("login"), {"username": "bithu", "password": PASSWORD})
    assert response.status_code == 429
    assert "tạm bị khóa" in response.content.decode()


def test_header_shows_cell_and_role(world, secretary_client):
    body = secretary_client.get(
        reverse("organizations:cell", args=[world.cell.pk])
    ).content.decode()
    assert world.cell.name in body
    assert (
        '<span class="who-name">Dương Thị Huệ · </span>Bí thư' in body
    )  # the name hides on phones


def test_demo_banner_only_in_demo_mode(world, secretary_client, settings):
    settings.DEMO_MODE = False
    body = secretary_client.get(
        reverse("organizations:cell", args=[world.cell.pk])
    ).content.decode()
    assert "Bản trình diễn" not in body
