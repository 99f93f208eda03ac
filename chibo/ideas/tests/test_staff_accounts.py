"""Staff accounts for teachers and employees who are not Party members: scoped to their school,
they see the idea bank, their own KPI and the public parts; not the parents' feedback (unless they
handle it) and nothing of the cell's Party records."""

from __future__ import annotations

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.feedback.forms import AssignForm
from chibo.feedback.models import Feedback, School, Staff
from chibo.feedback.tests.helpers import submit

from .helpers import YEAR, ideas_world, register, staff_client

pytestmark = pytest.mark.django_db


def test_a_teacher_lands_on_the_idea_bank_and_the_header_offers_it(world):
    iw = ideas_world(world)
    client = staff_client(iw, "teacher")
    response = client.get(reverse("home"))
    assert response.status_code == 302 and response["Location"] == reverse(
        "ideas:bank", args=[iw.school.slug]
    )
    page = client.get(response["Location"]).content.decode()
    assert "Ý tưởng, sáng kiến" in page and "KPI của tôi" in page
    assert reverse("feedback:queue", args=[iw.school.slug]) not in page
    assert "Cán bộ nhà trường" in page and iw.school.name in page


def test_a_handler_still_lands_on_the_feedback_desk(world):
    iw = ideas_world(world)
    handler = Staff.objects.create(school=iw.school, user=type(iw.teacher.user).objects.create(username="gopy"),
                                   full_name="Lê Thị Thu", role=Staff.Role.HANDLER)  # fmt: skip
    client = staff_client(iw, "teacher")
    client.force_login(handler.user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(reverse("home"))
    assert response["Location"] == reverse("feedback:queue", args=[iw.school.slug])
    assert (
        reverse("ideas:bank", args=[iw.school.slug])
        in client.get(response["Location"]).content.decode()
    )


def test_a_teacher_sees_no_parents_feedback_and_is_never_told_or_assigned(world):
    iw = ideas_world(world)
    item, _code = submit(iw.school)
    client = staff_client(iw, "teacher")
    for name, args in [("feedback:queue", [iw.school.slug]), ("feedback:moderation", [iw.school.slug]),
                       ("feedback:detail", [item.pk]), ("feedback:surveys", [iw.school.slug])]:  # fmt: skip
        assert client.get(reverse(name, args=args)).status_code == 404, name
    assert client.post(reverse("feedback:take", args=[item.pk])).status_code == 404
    assert iw.teacher not in AssignForm(school=iw.school).fields["staff"].queryset  # type: ignore[attr-defined]
    assert list(School.objects.for_handler(iw.teacher.user)) == []
    assert list(School.objects.for_staff(iw.teacher.user)) == [iw.school]
    assert not Feedback.objects.filter(assigned_to=iw.teacher).exists()


def test_the_management_board_names_a_teacher_with_a_post(world):
    iw = ideas_world(world)
    client = staff_client(iw, "manager")
    response = client.post(reverse("feedback:staff_list", args=[iw.school.slug]), {
        "full_name": "Phan Thị Yến", "username": "gv-yen", "role": "employee", "position": "teacher",
        "title": "Giáo viên lớp Lá", "email": "",
    })  # fmt: skip
    assert response.status_code == 200  # the page shows the temporary password once
    staff = Staff.objects.get(user__username="gv-yen")
    assert (staff.role, staff.position) == ("employee", "teacher")
    assert (
        AuditEntry.objects.get(action="feedback.staff.appoint", object_id=str(staff.pk)).after[
            "position"
        ]
        == "teacher"
    )
    assert "Vị trí" in response.content.decode() and "Giáo viên" in response.content.decode()
    manager = iw.school.appoint(
        by=iw.manager.user, username="pht", full_name="Phó Hiệu trưởng", role="manager"
    )[0]
    assert manager.position == Staff.Position.MANAGEMENT


def test_a_teacher_of_another_school_sees_nothing_of_this_one(world):
    iw = ideas_world(world)
    idea = register(iw)
    client = staff_client(iw, "other_staff")
    assert client.get(reverse("ideas:bank", args=[iw.school.slug])).status_code == 404
    assert client.get(reverse("ideas:detail", args=[idea.pk])).status_code == 404
    assert client.get(reverse("ideas:my_kpi", args=[iw.school.slug])).status_code == 404


def test_the_bank_lists_ideas_with_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    iw = ideas_world(world)
    client = staff_client(iw, "teacher")
    url = reverse("ideas:bank", args=[iw.school.slug]) + f"?year={YEAR}"
    register(iw)
    client.get(url)
    with django_assert_max_num_queries(14) as few:
        client.get(url)
    for index in range(12):
        idea = register(iw, author=iw.colleague, title=f"Ý tưởng số {index}")
        idea.toggle_support(by=iw.teacher.user)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(url).content.decode()
    assert "Ý tưởng số 11" in page and "(đăng ký thêm)" in page


def test_reading_the_pages_writes_nothing(world):
    from chibo.ideas.models import IdeaSettings, KpiResult

    from .helpers import kpi_setup

    iw = ideas_world(world)
    idea = register(iw)
    term = kpi_setup(iw)
    counts = (AuditEntry.objects.count(), IdeaSettings.objects.count(), KpiResult.objects.count())
    manager = staff_client(iw, "manager")
    for name, args in [("ideas:bank", [iw.school.slug]), ("ideas:detail", [idea.pk]),
                       ("ideas:council", [iw.school.slug]), ("ideas:settings", [iw.school.slug]),
                       ("ideas:kpi", [iw.school.slug]), ("ideas:kpi_term", [term.pk]),
                       ("ideas:kpi_entries", [term.pk]), ("ideas:my_kpi", [iw.school.slug])]:  # fmt: skip
        assert manager.get(reverse(name, args=args)).status_code == 200, name
    assert (
        AuditEntry.objects.count(),
        IdeaSettings.objects.count(),
        KpiResult.objects.count(),
    ) == counts
