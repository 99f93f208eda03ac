"""Preparers on the review screen: sure matches are ticked, the rest highlighted; an unknown
name can become a new member or stay as text; a contradiction is shown next to its field."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from chibo.conftest import make_member, persona_client
from chibo.members.models import Member
from chibo.plans.models import Plan

from .review_helpers import shown_data, uploaded

pytestmark = pytest.mark.django_db

PLAN = """\
ĐẢNG ỦY XÃ YÊN MÔ
CHI BỘ TRƯỜNG MẦM NON YÊN HOÀ
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2026
I. NỘI DUNG
1. Chuyên đề 1 (Quý I):
- Chủ đề: Giữ gìn kỷ cương, nền nếp trong trường học.
- Người thực hiện: Đồng chí Trần Văn Mới
2. Chuyên đề 2 (Quý II):
- Chủ đề: Đổi mới phương pháp dạy học.
- Người thực hiện: đ/c Duong Thi Hue
3. Chuyên đề 3 (Quý III):
- Chủ đề: Chuyển đổi số trong nhà trường.
- Người thực hiện: đ/c Nam
4. Chuyên đề 4 (Quý IV):
- Chủ đề: Phát triển đảng viên.
- Thời gian: Tháng 5
"""


@pytest.fixture
def page(world: Any) -> Any:
    make_member(world.cell, "Nguyễn Văn Nam", gender="male")
    make_member(world.cell, "Lê Hoài Nam", gender="male")
    client = persona_client(world, "secretary")
    batch = uploaded(client, world.cell.pk, "chuyen-de.txt", PLAN.encode())
    return client, client.get(reverse("importer:review", args=[world.cell.pk, batch.pk]))


def test_matches_are_ticked_and_doubts_highlighted(world: Any, page: Any) -> None:
    _, response = page
    forms = response.context["topics"].forms
    html = response.content.decode()

    assert forms[1]["preparers"].value() == [world.secretary.pk]  # "Duong Thi Hue", no marks
    assert forms[0]["preparers"].value() == []
    assert forms[0]["new_member_name"].value() == "Trần Văn Mới"
    assert forms[0]["preparer_note"].value() == "Đồng chí Trần Văn Mới"
    assert forms[2]["preparers"].value() == []
    assert "Nhiều người trùng tên" in html and "Lê Hoài Nam, Nguyễn Văn Nam" in html
    assert "Chưa có trong danh sách" in html
    assert "Tháng 5 không thuộc Quý IV: sửa quý hoặc tháng." in html
    assert html.count('class="field uncertain"') >= 5


def test_an_unknown_name_becomes_a_new_member_when_ticked(world: Any, page: Any) -> None:
    client, response = page
    data = shown_data(response)
    data.update({"t-0-new_member": "on", "t-0-new_member_gender": "male", "t-0-preparer_note": "",
                 "t-2-preparers": [Member.objects.get(full_name="Lê Hoài Nam").pk],
                 "t-3-month": "11"})  # fmt: skip

    result = client.post(response.request["PATH_INFO"], data)

    assert result.status_code == 302
    plan = Plan.objects.get()
    topics = list(plan.topics.all())
    new = Member.objects.get(full_name="Trần Văn Mới")
    assert (new.cell, new.gender, new.status) == (world.cell, "male", Member.Status.OFFICIAL)
    assert list(topics[0].preparers.all()) == [new]
    assert [m.full_name for m in topics[2].preparers.all()] == ["Lê Hoài Nam"]
    assert topics[3].month == 11


def test_an_unknown_name_can_stay_as_text(world: Any, page: Any) -> None:
    client, response = page
    data = shown_data(response) | {"t-3-month": ""}

    client.post(response.request["PATH_INFO"], data)

    topic = Plan.objects.get().topics.first()
    assert topic.preparer_note == "Đồng chí Trần Văn Mới"
    assert not topic.preparers.exists()
    assert not Member.objects.filter(full_name="Trần Văn Mới").exists()


def test_a_month_outside_its_quarter_is_refused_until_fixed(world: Any, page: Any) -> None:
    client, response = page

    result = client.post(response.request["PATH_INFO"], shown_data(response))

    assert result.status_code == 200
    assert "Tháng 5 không thuộc Quý IV." in result.content.decode()
    assert "Chưa có gì được lưu" in result.content.decode()
    assert Plan.objects.count() == 0


def test_a_new_member_needs_a_gender(world: Any, page: Any) -> None:
    client, response = page
    data = shown_data(response) | {"t-0-new_member": "on", "t-3-month": ""}

    result = client.post(response.request["PATH_INFO"], data)

    assert "Hãy chọn giới tính của đảng viên mới." in result.content.decode()
    assert Plan.objects.count() == 0


def test_rows_can_be_deleted_and_added(world: Any, page: Any) -> None:
    client, response = page
    data = shown_data(response) | {
        "t-3-DELETE": "on",
        "t-4-title": "Chuyên đề thêm",
        "t-4-quarter": "4",
    }

    client.post(response.request["PATH_INFO"], data)

    titles = [(t.title, t.quarter) for t in Plan.objects.get().topics.all()]
    assert titles[3:] == [("Chuyên đề thêm", 4)]
    assert len(titles) == 4
