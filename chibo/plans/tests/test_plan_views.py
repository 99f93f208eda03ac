from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.conftest import make_member, make_user, persona_client
from chibo.members.models import Role
from chibo.plans.models import Plan, Topic

from .helpers import make_full_plan, make_plan, make_topic, mark_issued

HX = {"HTTP_HX_REQUEST": "true"}


def test_a_member_reads_a_draft_but_cannot_edit_it(world, member_client):
    plan = make_full_plan(world.cell, world.secretary)
    assert member_client.get(reverse("plans:detail", args=[plan.pk])).status_code == 200
    assert member_client.get(reverse("plans:edit", args=[plan.pk])).status_code == 403
    response = member_client.post(
        reverse("plans:topic_new", args=[plan.pk]), {"quarter": 1, "title": "X"}
    )
    assert response.status_code == 403
    assert plan.topics.count() == 4


def test_the_secretary_of_another_cell_gets_404(world, other_client):
    plan = mark_issued(make_plan(world.cell))
    assert other_client.get(reverse("plans:detail", args=[plan.pk])).status_code == 404
    assert other_client.get(reverse("plans:list", args=[world.cell.pk])).status_code == 404


def test_an_officer_sees_issued_plans_and_no_drafts(world, officer_client):
    draft = make_plan(world.cell, title="Dự thảo chưa ban hành")
    issued = mark_issued(make_plan(world.cell, title="Kế hoạch đã ban hành"))
    page = officer_client.get(reverse("plans:list", args=[world.cell.pk])).content.decode()
    assert "Kế hoạch đã ban hành" in page and "Dự thảo chưa ban hành" not in page
    assert officer_client.get(reverse("plans:detail", args=[draft.pk])).status_code == 404
    assert officer_client.get(reverse("plans:draft_docx", args=[draft.pk])).status_code == 404
    assert officer_client.get(reverse("plans:detail", args=[issued.pk])).status_code == 200


def test_the_secretary_creates_a_plan_from_the_template(world, secretary_client):
    response = secretary_client.post(reverse("plans:create", args=[world.cell.pk]),
                                     {"kind": "thematic", "year": "2027", "start": "template"})  # fmt: skip
    plan = Plan.objects.get(cell=world.cell, year=2027)
    assert response.status_code == 302 and response["Location"] == reverse(
        "plans:detail", args=[plan.pk]
    )
    assert plan.topics.count() == 4 and plan.status == Plan.Status.DRAFT


def test_copying_last_year_without_a_source_takes_the_latest_plan_of_that_kind(
    world, secretary_client
):
    make_full_plan(world.cell, world.secretary, year=2026)
    secretary_client.post(reverse("plans:create", args=[world.cell.pk]),
                          {"kind": "thematic", "year": "2027", "start": "copy"})  # fmt: skip
    copy = Plan.objects.get(cell=world.cell, year=2027)
    assert copy.topics.count() == 4 and not copy.topics.filter(month__isnull=False).exists()


def test_copying_when_there_is_nothing_to_copy_says_so(world, secretary_client):
    response = secretary_client.post(reverse("plans:create", args=[world.cell.pk]),
                                     {"kind": "activity", "year": "2027", "start": "copy"})  # fmt: skip
    assert response.status_code == 200
    assert "chưa có kế hoạch cùng loại" in response.content.decode()


def _edit_data(plan: Plan, **overrides: str) -> dict[str, str]:
    data = {
        "version": str(plan.version), "year": str(plan.year), "title": plan.title,
        "legal_bases": "\n".join(plan.legal_bases), "intro": plan.intro, "closing": plan.closing,
        "recipients": "\n".join(plan.recipients), "place_name": plan.place_name, "plan_date": "2026-01-05",
        "signing_capacity": plan.signing_capacity, "signer_title": plan.signer_title, "signer": "",
        "signer_name": plan.signer_name, "days_before_distribution": "3",
        "s-TOTAL_FORMS": "2", "s-INITIAL_FORMS": "0",
        "s-0-heading": "I. MỤC ĐÍCH, YÊU CẦU", "s-0-body": "- Dòng một\nDòng hai",
        "s-1-heading": "II. NỘI DUNG", "s-1-body": "", "s-1-list": "on",
    }  # fmt: skip
    data.update(overrides)
    return data


def test_editing_the_plan_saves_fields_and_sections(world, secretary_client):
    plan = make_plan(world.cell)
    response = secretary_client.post(reverse("plans:edit", args=[plan.pk]),
                                     _edit_data(plan, title="Tiêu đề mới", recipients="A\nB\n\nLưu Chi bộ"))  # fmt: skip
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.title == "Tiêu đề mới"
    assert plan.recipients == ["A", "B", "Lưu Chi bộ"]
    assert plan.sections == [
        {"heading": "I. MỤC ĐÍCH, YÊU CẦU", "body": "- Dòng một\nDòng hai"},
        {"heading": "II. NỘI DUNG", "body": "", "list": True},
    ]
    assert plan.days_before_distribution == 3


def test_a_concurrent_edit_is_detected_and_overwrites_nothing(world, secretary_client):
    plan = make_plan(world.cell)
    stale = _edit_data(plan, title="Bản của người thứ hai")
    secretary_client.post(
        reverse("plans:edit", args=[plan.pk]), _edit_data(plan, title="Bản của người thứ nhất")
    )
    response = secretary_client.post(reverse("plans:edit", args=[plan.pk]), stale)
    assert response.status_code == 200
    assert "vừa được người khác sửa" in response.content.decode()
    assert Plan.objects.get(pk=plan.pk).title == "Bản của người thứ nhất"


def test_htmx_topic_edit_returns_the_form_then_the_topics_partial(world, secretary_client):
    plan = make_full_plan(world.cell, world.secretary)
    topic = plan.topics.get(quarter=2)
    url = reverse("plans:topic_edit", args=[plan.pk, topic.pk])
    form = secretary_client.get(url, **HX).content.decode()
    assert f'id="topic-{topic.pk}"' in form and "<html" not in form
    response = secretary_client.post(url, {"version": "1", "order": "2", "quarter": "2", "month": "5",
                                           "title": "Chủ đề đã sửa", "form": "Báo cáo chuyên đề",
                                           "preparers": [world.member.pk]}, **HX)  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section id="topics"') and "<html" not in html
    assert "Chủ đề đã sửa" in html
    assert 'id="live" hx-swap-oob="true"' in html  # findings and preview refreshed out of band
    topic.refresh_from_db()
    assert (topic.title, topic.month, list(topic.preparers.all())) == (
        "Chủ đề đã sửa",
        5,
        [world.member],
    )


def test_htmx_topic_with_a_month_outside_its_quarter_returns_the_form_with_the_error(
    world, secretary_client
):
    plan = make_full_plan(world.cell, world.secretary)
    topic = plan.topics.get(quarter=2)
    response = secretary_client.post(reverse("plans:topic_edit", args=[plan.pk, topic.pk]),
                                     {"version": "1", "quarter": "2", "month": "7", "title": "X"}, **HX)  # fmt: skip
    assert "Tháng 7 không thuộc Quý II" in response.content.decode()
    assert response["HX-Retarget"] == f"#topic-{topic.pk}"
    assert Topic.objects.get(pk=topic.pk).month == 6


def test_a_stale_topic_form_is_refused(world, secretary_client):
    plan = make_full_plan(world.cell, world.secretary)
    topic = plan.topics.get(quarter=1)
    url = reverse("plans:topic_edit", args=[plan.pk, topic.pk])
    data = {"version": "1", "quarter": "1", "month": "2", "title": "Bản A"}
    secretary_client.post(url, data, **HX)
    response = secretary_client.post(url, {**data, "title": "Bản B"}, **HX)
    assert "vừa được người khác sửa" in response.content.decode()
    assert Topic.objects.get(pk=topic.pk).title == "Bản A"


def test_htmx_topic_add_and_delete(world, secretary_client):
    plan = make_plan(world.cell)
    response = secretary_client.post(reverse("plans:topic_new", args=[plan.pk]),
                                     {"quarter": "3", "month": "8", "title": "Chủ đề mới"}, **HX)  # fmt: skip
    assert 'id="topics"' in response.content.decode() and "Chủ đề mới" in response.content.decode()
    topic = plan.topics.get()
    response = secretary_client.post(reverse("plans:topic_delete", args=[plan.pk, topic.pk]), **HX)
    assert "Chưa có chuyên đề nào" in response.content.decode()


def test_targets_are_edited_inline_too(world, secretary_client):
    plan = make_plan(world.cell, kind="activity")
    response = secretary_client.post(reverse("plans:target_new", args=[plan.pk]), {
        "text": "Kết nạp 1-2 đảng viên mới.", "kind": "range", "value_min": "1", "value_max": "2",
        "unit": "đảng viên", "section": "I. MỤC ĐÍCH, YÊU CẦU"}, **HX)  # fmt: skip
    assert response.status_code == 200 and 'id="targets"' in response.content.decode()
    target = plan.targets.get()
    assert (target.value_min, target.value_max, target.section) == (1, 2, "I. MỤC ĐÍCH, YÊU CẦU")


def test_a_chi_uy_member_edits_but_cannot_issue(world):
    helper = make_member(
        world.cell, "Vũ Thị Lệ", role=Role.COMMITTEE_MEMBER, user=make_user("chiuyvien")
    )
    client = persona_client(world, "anonymous")
    client.force_login(helper.user, backend="django.contrib.auth.backends.ModelBackend")
    plan = make_full_plan(world.cell, world.secretary)
    assert client.get(reverse("plans:edit", args=[plan.pk])).status_code == 200
    assert client.post(reverse("plans:issue", args=[plan.pk]), {"confirm": "on"}).status_code == 403
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.DRAFT


def test_issuing_needs_the_confirmation_box(world, secretary_client):
    plan = make_full_plan(world.cell, world.secretary)
    secretary_client.post(reverse("plans:issue", args=[plan.pk]))
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.DRAFT


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


# Pinned relative to the same page with less data: site-wide context processors of other apps
# add their own queries, the plan pages must add none per plan or per topic.
def test_the_plan_list_runs_a_fixed_number_of_queries(
    world, secretary_client, django_assert_num_queries
):
    for year in (2024, 2025, 2026):
        mark_issued(make_plan(world.cell, year=year))
        make_plan(world.cell, year=year, kind="activity")
    url = reverse("plans:list", args=[world.cell.pk])
    secretary_client.get(url)
    baseline = _count_queries(secretary_client, url)
    assert (
        baseline <= 8
    )  # session, user, cell, viewer, plans (+ issued documents joined), site-wide
    for year in (2021, 2022, 2023):
        make_plan(world.cell, year=year)
    with django_assert_num_queries(baseline):
        assert secretary_client.get(url).content.decode().count('href="/plans/') == 9


def test_the_plan_page_runs_a_fixed_number_of_queries(
    world, secretary_client, django_assert_num_queries
):
    plan = make_full_plan(world.cell, world.secretary)
    url = reverse("plans:detail", args=[plan.pk])
    secretary_client.get(url)
    baseline = _count_queries(secretary_client, url)
    assert baseline <= 12
    for quarter in (1, 2, 3, 4, 1, 2):
        make_topic(plan, quarter, [world.secretary, world.member])
    with django_assert_num_queries(baseline):
        assert secretary_client.get(url).status_code == 200
