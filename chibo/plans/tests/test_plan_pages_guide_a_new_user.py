"""What a first-time Bí thư needs on a phone: the next step, Vietnamese labels, the topics
before the checklist, regulations (not file names) as sources."""

from __future__ import annotations

import re

from django.urls import reverse

from chibo.plans.checks import plan_findings
from chibo.plans.models import Plan

from .helpers import make_full_plan, make_plan, make_topic, mark_issued

HX = {"HTTP_HX_REQUEST": "true"}


def test_a_draft_tells_its_editor_the_next_steps_and_readers_see_none(
    world, secretary_client, member_client
):
    plan = make_full_plan(world.cell, world.secretary)
    page = secretary_client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert "Các bước:" in page and "Ban hành kế hoạch" in page
    page = member_client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert "Các bước:" not in page


def test_topics_come_before_the_checklist_and_the_issue_form(world, secretary_client):
    plan = make_plan(world.cell)
    make_topic(plan, 1, [])  # no preparer: one finding
    page = secretary_client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    topics, findings, issue = (
        page.index('id="topics"'),
        page.index('id="findings-title"'),
        page.index(reverse("plans:issue", args=[plan.pk])),
    )
    assert topics < findings < issue


def test_finding_sources_cite_regulations_not_project_files(world):
    plan = make_plan(world.cell, year=2020, signing_capacity="T/M CHI ỦY")
    make_topic(plan, 1, [], title="")
    findings = plan_findings(plan)
    assert {f.source for f in findings} and all(".md" not in f.source for f in findings)
    assert all("mẫu 000" not in f.source for f in findings)


def test_the_topic_form_is_in_vietnamese_and_offers_the_suggested_forms(world, secretary_client):
    plan = make_full_plan(world.cell, world.secretary)
    page = secretary_client.get(reverse("plans:topic_new", args=[plan.pk]), **HX).content.decode()
    assert "Select an option" not in page and "— Chọn quý —" in page
    assert 'data-fill="Trao đổi, đề xuất cách thực hiện"' in page
    assert 'data-fill="Báo cáo chuyên đề"' in page
    # The preparers are a group of checkboxes: a legend names it, no label points nowhere.
    assert "<legend><strong>Người thực hiện</strong></legend>" in page
    assert 'for=""' not in page
    # The sort order, which users rarely need, comes last.
    assert page.index('name="order"') > page.index('name="outputs"')


def test_a_wrong_month_is_refused_with_the_quarter_named(world, secretary_client):
    plan = make_full_plan(world.cell, world.secretary)
    topic = plan.topics.get(quarter=2)
    response = secretary_client.post(
        reverse("plans:topic_edit", args=[plan.pk, topic.pk]),
        {"version": topic.version, "quarter": 2, "month": 7, "title": "X", "form": "Báo cáo chuyên đề",
         "preparers": [world.secretary.pk]},
        **HX,
    )  # fmt: skip
    assert response.status_code == 200
    assert "Tháng 7 không thuộc Quý II." in response.content.decode()
    topic.refresh_from_db()
    assert topic.month == 6


def test_the_copy_source_is_only_shown_when_copying(world, secretary_client):
    page = secretary_client.get(reverse("plans:create", args=[world.cell.pk])).content.decode()
    assert re.search(r'class="field field-source"', page)
    assert ":not(:checked)) .field-source { display: none; }" in page
    # The form to write a plan comes first; importing a Word file is the alternative below it.
    assert page.index("Tạo dự thảo") < page.index("Nhập từ tệp Word/PDF")


def test_back_links_are_tap_sized(world, secretary_client):
    plan = mark_issued(make_plan(world.cell))
    for url in (
        reverse("plans:list", args=[world.cell.pk]),
        reverse("plans:create", args=[world.cell.pk]),
        reverse("plans:detail", args=[plan.pk]),
    ):
        page = secretary_client.get(url).content.decode()
        assert '<p class="back"><a href=' in page, url
    assert Plan.objects.count() == 1


def test_an_issued_plan_without_pdf_says_why_and_still_offers_the_docx(world, member_client):
    plan = make_full_plan(world.cell, world.secretary)
    plan.issue(by=world.secretary.user)  # the test settings turn PDF rendering off
    page = member_client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert "Chưa có bản PDF: Máy chủ chưa bật tạo PDF" in page
    assert ">Tải DOCX</a>" in page and ">Tải PDF</a>" not in page


def test_the_issue_form_shows_the_date_and_signer_the_document_will_carry(world, secretary_client):
    plan = make_full_plan(world.cell, world.secretary)
    page = secretary_client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    issue_form = page[page.index(reverse("plans:issue", args=[plan.pk])) :]
    assert "Yên Mô, ngày 05/01/2026" in issue_form
    assert "Người ký: <strong>T/M CHI BỘ, BÍ THƯ Dương Thị Huệ</strong>" in issue_form
