"""Nothing is public before a handler approves it; reports hide a public item again."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from chibo.feedback.models import Feedback

from .helpers import CONTACT, NAME, answered, published, submit


def _public_html(sw) -> str:
    response = Client().get(reverse("feedback:portal", args=[sw.school.slug]))
    assert response.status_code == 200
    return response.content.decode()


def test_nothing_from_the_moderation_queue_is_public(sw):
    pending_new, _ = submit(sw.school, text="Chưa trả lời, chưa duyệt: NOI-DUNG-1")
    pending_answered, _ = answered(
        sw.school, sw.handler.user, text="Đã trả lời, chưa duyệt: NOI-DUNG-2"
    )
    private, _ = answered(sw.school, sw.handler.user, text="Không công khai: NOI-DUNG-3")
    private.moderate(publish=False, note="Nêu tên trẻ", by=sw.handler.user)
    hidden, _ = published(sw.school, sw.handler.user, text="Bị báo cáo: NOI-DUNG-4")
    for i in range(sw.school.hide_after_reports):
        hidden.report(reason="abusive", reporter_key=f"k{i}")
    html = _public_html(sw)
    for marker in ("NOI-DUNG-1", "NOI-DUNG-2", "NOI-DUNG-3", "NOI-DUNG-4"):
        assert marker not in html
    assert set(Feedback.objects.public()) == set()
    assert hidden.publication == "hidden"


def test_an_approved_answered_item_is_public_with_the_edited_text_and_the_answer(sw):
    item, _ = answered(sw.school, sw.handler.user, text="Cô Lan lớp Mầm 2 để bé Na khóc lâu.")
    item.moderate(
        publish=True, public_text="Một giáo viên lớp Mầm 2 để trẻ khóc lâu.", by=sw.handler.user
    )
    html = _public_html(sw)
    assert "Một giáo viên lớp Mầm 2 để trẻ khóc lâu." in html
    assert "bé Na" not in html
    assert "Nhà trường trả lời" in html and item.public_answer in html
    assert NAME not in html and CONTACT not in html  # "chỉ nhà trường biết tên"
    assert "Phụ huynh (không nêu tên)" in html


def test_a_sender_who_chose_a_public_name_is_named_but_never_their_contact(sw):
    published(sw.school, sw.handler.user, visibility="public")
    html = _public_html(sw)
    assert NAME in html and CONTACT not in html


def test_an_approved_item_waits_for_its_answer_before_it_is_public(sw):
    item, _ = submit(sw.school, text="Chưa có trả lời: NOI-DUNG-5")
    item.moderate(publish=True, public_text=item.text, by=sw.handler.user)
    assert "NOI-DUNG-5" not in _public_html(sw)


def test_reports_from_one_address_count_once_and_hide_after_the_schools_number(sw):
    item, _ = published(sw.school, sw.handler.user)
    url = reverse("feedback:report", args=[sw.school.slug, item.number])
    for _ in range(3):
        Client(REMOTE_ADDR="203.0.113.1").post(url, {"reason": "spam"})
    item.refresh_from_db()
    assert item.reports.count() == 1 and item.publication == "published"
    Client(REMOTE_ADDR="203.0.113.2").post(url, {"reason": "spam"})
    Client(REMOTE_ADDR="203.0.113.3").post(url, {"reason": "abusive"})
    item.refresh_from_db()
    assert item.publication == "hidden"
    queue = Client()
    queue.force_login(sw.handler.user, backend="django.contrib.auth.backends.ModelBackend")
    assert (
        f"Góp ý số {item.number}"
        in queue.get(reverse("feedback:moderation", args=[sw.school.slug])).content.decode()
    )
    item.moderate(publish=True, public_text=item.public_text, by=sw.manager.user)
    assert item.publication == "published" and item.reports.count() == 0


def test_the_public_page_groups_by_category_and_counts_response_times(sw):
    published(sw.school, sw.handler.user, category="meals")
    published(sw.school, sw.handler.user, category="facilities", text="Cầu trượt bị gãy.")
    response = Client().get(
        reverse("feedback:portal", args=[sw.school.slug]), {"linh-vuc": "facilities"}
    )
    html = response.content.decode()
    assert "Cầu trượt bị gãy." in html and "cơm bị nguội" not in html
    assert "Bữa ăn, dinh dưỡng (1)" in html and "Cơ sở vật chất (1)" in html
    assert "sau 0 ngày" in html


def test_the_public_page_loads_nothing_from_elsewhere_and_no_script(sw):
    published(sw.school, sw.handler.user)
    for url in (
        reverse("feedback:portal", args=[sw.school.slug]),
        reverse("feedback:submit", args=[sw.school.slug]),
    ):
        html = Client().get(url).content.decode()
        assert "<script" not in html
        assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert "https://" not in html
