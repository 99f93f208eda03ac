"""The cell and the Đảng ủy read volumes, overdue items, response times and the satisfaction
index over time as charts; never an item's text nor its sender."""

from __future__ import annotations

import time_machine
from django.urls import reverse

from chibo.conftest import persona_client
from chibo.feedback.models import FamilyCode

from .helpers import NAME, answered, open_survey, submit


def _survey_done(sw, score: int) -> None:
    survey = open_survey(sw.school, sw.manager.user)
    for survey_class in survey.classes.all():
        for code in FamilyCode.objects.filter(survey_class=survey_class)[:3]:
            survey_class.submit(
                code=code.code, scores={q.pk: score for q in survey.questions.all()}
            )
    survey.close(by=sw.manager.user)


def test_the_cell_page_draws_volumes_overdue_and_satisfaction(sw, django_assert_max_num_queries):
    sw.school.change_settings(by=sw.manager.user, satisfaction_target=90)
    with time_machine.travel("2026-03-02 09:00 +0700", tick=False):
        answered(sw.school, sw.handler.user, text="NOI-DUNG-RIENG")
        submit(sw.school, text="NOI-DUNG-RIENG")
        _survey_done(sw, 5)
    with time_machine.travel("2026-03-20 09:00 +0700", tick=False):
        client = persona_client(sw.world, "member")
        url = reverse("feedback:cell", args=[sw.school.cell_id])
        client.get(url)
        with django_assert_max_num_queries(16):
            response = client.get(url, {"year": 2026})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<svg class="chart"') == 2
    assert "1 quá hạn" in html and "Góp ý số 2" in html
    assert (
        "<strong>100,0%</strong>" in html and "đạt chỉ tiêu" in html and "Chỉ tiêu: ≥ 90%" in html
    )
    assert "Tỷ lệ hài lòng = số câu trả lời" in html
    assert "NOI-DUNG-RIENG" not in html and NAME not in html


def test_the_committee_page_lists_the_schools_below(sw):
    with time_machine.travel("2026-03-02 09:00 +0700", tick=False):
        submit(sw.school)
        submit(sw.other_school)
        _survey_done(sw, 4)
    with time_machine.travel("2026-03-20 09:00 +0700", tick=False):
        response = persona_client(sw.world, "officer").get(
            reverse("feedback:committee", args=[sw.world.committee.pk]), {"year": 2026}
        )
    html = response.content.decode()
    assert sw.school.name in html and sw.other_school.name not in html  # Vĩnh Phong is elsewhere
    assert "100,0% (2026)" in html
    assert html.count('<svg class="chart"') == 2


def test_a_bi_thu_opens_the_portal_for_the_cells_school(world):
    from chibo.feedback.models import School

    client = persona_client(world, "secretary")
    assert (
        "Mở cổng góp ý cho trường"
        in client.get(reverse("feedback:cell", args=[world.cell.pk])).content.decode()
    )
    data = {
        "name": "Trường Mầm non Yên Hoà",
        "slug": "mn-yen-hoa",
        "phone": "",
        "intro": "",
        "portal_open": "on",
        "reopen_days": 14,
        "hide_after_reports": 3,
        "satisfaction_target": "",
        **{
            f"due_{c}": 7
            for c in ("care", "meals", "safety", "facilities", "fees", "conduct", "other")
        },
    }
    response = client.post(reverse("feedback:school_new", args=[world.cell.pk]), data)
    assert response.status_code == 302
    school = School.objects.get()
    assert school.cell == world.cell and school.due_days_for("safety") == 7
    bad = client.post(
        reverse("feedback:school_new", args=[world.cell.pk]), {**data, "slug": "theo-doi"}
    )
    assert bad.status_code == 200 and "trùng với một trang" in bad.content.decode()


def test_a_new_staff_account_gets_a_temporary_password_once(sw):
    client = persona_client(sw.world, "secretary")
    response = client.post(
        reverse("feedback:staff_list", args=[sw.school.slug]),
        {"full_name": "Ngô Thị Lan", "username": "lan", "role": "handler", "title": "Văn thư"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "mật khẩu tạm" in html and "lan / " in html
    assert (
        "lan / "
        not in client.get(reverse("feedback:staff_list", args=[sw.school.slug])).content.decode()
    )
    from django.contrib.auth import get_user_model

    from chibo.members.models import Member

    user = get_user_model().objects.get(username="lan")
    assert user.has_usable_password() and not Member.objects.filter(user=user).exists()


def test_a_staff_member_lands_on_the_feedback_desk_and_sees_it_in_the_header(sw):
    from .helpers import staff_client

    client = staff_client(sw, "handler")
    response = client.get(reverse("home"))
    assert response.status_code == 302 and response["Location"] == reverse(
        "feedback:queue", args=[sw.school.slug]
    )
    html = client.get(response["Location"]).content.decode()
    assert "Cán bộ nhà trường" in html and "Góp ý phụ huynh" in html
