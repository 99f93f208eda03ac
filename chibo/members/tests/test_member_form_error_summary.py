"""A refused member form says so at the top, in Vietnamese, and saves nothing."""

from __future__ import annotations

from django.urls import reverse

from chibo.members.models import Member


def test_a_bad_date_and_a_duplicate_card_are_listed_at_the_top_and_nothing_is_saved(
    world, secretary_client
):
    before = Member.objects.count()
    response = secretary_client.post(
        reverse("members:create", args=[world.cell.pk]),
        {"full_name": "Trần Thị Mới", "gender": "female", "birth_date": "1990-02-31",
         "admission_date": "2020-05-10", "official_date": "2019-05-10",
         "card_number": world.member.card_number, "status": "official"},
    )  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 200
    start = page.index('class="notice error-summary"')
    summary = page[start : page.index("</div>", start)]
    assert "Chưa lưu được. Hãy sửa 3 chỗ dưới đây:" in summary
    assert 'href="#id_birth_date">Ngày sinh</a>: Ngày 31/02/1990 không có thật' in summary
    assert "Ngày chính thức không thể trước ngày vào Đảng." in summary
    assert "Số thẻ đảng viên này đã có trong danh sách." in summary
    assert Member.objects.count() == before


def test_required_selects_offer_a_vietnamese_empty_choice(world, secretary_client):
    page = secretary_client.get(reverse("members:create", args=[world.cell.pk])).content.decode()
    assert "Select an option" not in page
    assert "— Chọn —" in page
