import pytest
from django.urls import reverse

from chibo.evaluations.models import EvaluationRound

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_(world):
    return EvaluationRound.open(cell=world.cell, year=2026, by=world.secretary.user)


def test_member_fills_the_self_assessment_and_sees_the_level(world, round_, member_client):
    sheet = round_.evaluations.get(member=world.member)
    url = reverse("evaluations:self", args=[sheet.pk])
    response = member_client.post(url, {
        "version": sheet.version, "self_general": "27", "self_tasks": "56", "strengths": "Nhiệt tình",
        "weaknesses": "", "remedies": "", "tasks_total": "3", "tasks_on_time": "3", "tasks_exceeding": "0",
        "tasks_late": "0", "tasks_not_done": "0", "shortcomings_fixed": "on",
    }, follow=True)  # fmt: skip
    assert "Hoàn thành tốt nhiệm vụ" in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.self_level == "good"


def test_scores_above_the_maximum_are_refused_with_a_vietnamese_message(
    world, round_, member_client
):
    sheet = round_.evaluations.get(member=world.member)
    response = member_client.post(reverse("evaluations:self", args=[sheet.pk]), {
        "version": sheet.version, "self_general": "31", "self_tasks": "80", "tasks_total": "1", "tasks_on_time": "2",
        "tasks_exceeding": "0", "tasks_late": "0", "tasks_not_done": "0",
    })  # fmt: skip
    body = response.content.decode()
    assert "Tối đa 30 điểm." in body and "Tối đa 70 điểm." in body
    assert "vượt tổng số nhiệm vụ" in body
    sheet.refresh_from_db()
    assert sheet.self_level == ""


def test_cap_breach_is_shown_with_its_source(world, round_, secretary_client):
    round_.evaluations.filter(member=world.secretary).update(proposed_level="excellent")
    round_.evaluations.filter(member=world.member).update(proposed_level="good")
    body = secretary_client.get(reverse("evaluations:round", args=[round_.pk])).content.decode()
    assert "vượt mức tối đa 0" in body and "Quy định 366-QĐ/TW" in body


def test_round_page_query_count_does_not_grow_with_members(
    world, round_, secretary_client, django_assert_max_num_queries
):
    from chibo.conftest import make_member

    url = reverse("evaluations:round", args=[round_.pk])
    secretary_client.get(url)
    # 15: the page (12), the residence comments and residences of the round (2), the unread badge (1).
    with django_assert_max_num_queries(15) as small:
        secretary_client.get(url)
    for i in range(20):
        round_.evaluations.create(member=make_member(world.cell, f"Lê Thị Số{i}"))
    with django_assert_max_num_queries(len(small.captured_queries)):
        secretary_client.get(url)


def test_self_assessment_is_prefilled_from_tasks_and_shows_commitments(
    world, round_, member_client
):
    import datetime as dt

    from chibo.evaluations.models import PersonalCommitment
    from chibo.meetings.models import Task

    task = Task.objects.create(cell=world.cell, title="Làm đồ dùng", deadline=dt.date(2026, 4, 30))
    task.owners.add(world.member)
    PersonalCommitment.register(member=world.member, by=world.member.user, year=2026, kind="exemplary",
                                text="Gương mẫu đi làm đúng giờ", measure="Không đi muộn")  # fmt: skip
    sheet = round_.evaluations.get(member=world.member)
    response = member_client.get(reverse("evaluations:self", args=[sheet.pk]))
    assert response.context["form"].initial["tasks_total"] == 1
    assert "Gương mẫu đi làm đúng giờ" in response.content.decode()


def test_opening_a_round_sets_the_cap_through_the_verb_and_the_log(world, secretary_client):
    from chibo.audit.models import AuditEntry

    url = reverse("evaluations:list", args=[world.cell.pk])
    response = secretary_client.post(url, {"year": 2027, "cap_percent": 25})
    assert "Tỷ lệ 25% cần ghi rõ quyết định" in response.content.decode()
    assert not EvaluationRound.objects.filter(year=2027).exists()
    secretary_client.post(url, {"year": 2027, "cap_percent": 25, "cap_decision": "QĐ 45-QĐ/ĐU",
                                "review_meeting_on": "2027-12-20", "report_sent_on": "2027-12-14"})  # fmt: skip
    round_ = EvaluationRound.objects.get(year=2027)
    assert round_.cap_percent == 25 and round_.cap_decision == "QĐ 45-QĐ/ĐU"
    entry = AuditEntry.objects.get(action="evaluation.open", object_id=str(round_.pk))
    assert entry.after["cap_percent"] == 25 and entry.after["review_meeting_on"] == "2027-12-20"


def test_settings_form_is_validated_and_changes_are_logged(world, round_, secretary_client):
    from chibo.audit.models import AuditEntry

    url = reverse("evaluations:settings", args=[round_.pk])
    body = secretary_client.post(url, {"cap_percent": 25}, follow=True).content.decode()
    assert "Tỷ lệ 25% cần ghi rõ quyết định" in body
    round_.refresh_from_db()
    assert round_.cap_percent == 20
    secretary_client.post(url, {"cap_percent": 20, "review_meeting_on": "2026-12-18",
                                "report_sent_on": "2026-12-15"})  # fmt: skip
    round_.refresh_from_db()
    assert str(round_.review_meeting_on) == "2026-12-18"
    assert AuditEntry.objects.filter(action="evaluation.configure").count() == 1
    body = secretary_client.get(reverse("evaluations:round", args=[round_.pk])).content.decode()
    assert "Dự thảo báo cáo tập thể gửi đúng hạn" in body  # Tue 15 → Fri 18: 3 working days
    assert (
        "Hướng dẫn 43-HD/BTCTW, dự thảo báo cáo kiểm điểm tập thể gửi trước ít nhất 03 ngày làm việc"
        in body
    )


def _proposed(world, round_):
    from decimal import Decimal

    for sheet in round_.evaluations.select_related("member"):
        fields = {"self_general": Decimal("27"), "self_tasks": Decimal("55"), "tasks_total": 2,
                  "tasks_on_time": 2}  # fmt: skip
        if sheet.is_leader:
            fields["unit_level"] = "good"
        sheet.submit_self(by=sheet.member.user, **fields)
        sheet.propose(
            by=world.secretary.user, level="good", comment="", votes_for=2, votes_against=0
        )
    round_.cell_evaluation.propose(by=world.secretary.user, text="Tốt", level="good")
    round_.propose(by=world.secretary.user)


def test_the_superior_changes_a_level_on_the_decision_page_with_a_reason(
    world, round_, officer_client
):
    _proposed(world, round_)
    sheet = round_.evaluations.get(member=world.member)
    other = round_.evaluations.get(member=world.secretary)
    url = reverse("evaluations:decide", args=[round_.pk])
    page = officer_client.get(url).content.decode()
    assert "Phạm Thị Thu Hà" in page and "Lý do thay đổi" in page
    data = {f"level_{sheet.pk}": "done", f"reason_{sheet.pk}": "", f"level_{other.pk}": "good",
            f"reason_{other.pk}": "", "cell_level": "good", "cell_reason": ""}  # fmt: skip
    response = officer_client.post(url, data)
    assert response.status_code == 200
    assert "Cấp trên thay đổi mức xếp loại cần ghi lý do." in response.content.decode()
    round_.refresh_from_db()
    assert round_.status == "proposed"
    data[f"reason_{sheet.pk}"] = "Nhiều buổi vắng sinh hoạt không lý do"
    response = officer_client.post(url, data, follow=True)
    sheet.refresh_from_db()
    round_.refresh_from_db()
    assert round_.status == "decided" and sheet.final_level == "done"
    assert sheet.final_reason == "Nhiều buổi vắng sinh hoạt không lý do"
    assert "Lý do thay đổi: Nhiều buổi vắng sinh hoạt không lý do" in response.content.decode()


def test_the_decision_refuses_a_level_that_is_not_one(world, round_, officer_client):
    _proposed(world, round_)
    sheet = round_.evaluations.get(member=world.member)
    response = officer_client.post(reverse("evaluations:decide", args=[round_.pk]),
                                   {f"level_{sheet.pk}": "superb", "cell_level": "good"})  # fmt: skip
    assert response.status_code == 200
    round_.refresh_from_db()
    assert round_.status == "proposed"


def test_a_leader_must_give_the_units_result_on_the_form(world, round_, secretary_client):
    sheet = round_.evaluations.get(member=world.secretary)
    assert sheet.is_leader
    url = reverse("evaluations:self", args=[sheet.pk])
    page = secretary_client.get(url).content.decode()
    assert (
        "Mẫu 2A" in page
        and "kỷ luật từ khiển trách trở lên do vi phạm trong thực thi nhiệm vụ" in page
    )
    post = {"version": sheet.version, "is_leader": "on", "party_post": "Bí thư Chi bộ",
            "government_post": "Hiệu trưởng", "self_general": "29", "self_tasks": "64",
            "tasks_total": "5", "tasks_on_time": "5", "tasks_exceeding": "2", "tasks_late": "0",
            "tasks_not_done": "0", "shortcomings_fixed": "on"}  # fmt: skip
    body = secretary_client.post(url, post).content.decode()
    assert "cần ghi kết quả của cơ quan, đơn vị" in body
    post["unit_level"] = "excellent"
    secretary_client.post(url, post)
    sheet.refresh_from_db()
    assert sheet.self_level == "excellent" and sheet.government_post == "Hiệu trưởng"


def test_comments_go_through_the_verb_and_the_log(world, round_, member_client):
    from chibo.audit.models import AuditEntry

    sheet = round_.evaluations.get(member=world.secretary)
    member_client.post(reverse("evaluations:comment", args=[sheet.pk]), {"text": "Gương mẫu"})
    assert sheet.comments.get().author == world.member
    assert AuditEntry.objects.filter(action="evaluation.comment").count() == 1


def test_no_internal_label_on_the_evaluation_pages(world, round_, secretary_client):
    sheet = round_.evaluations.get(member=world.secretary)
    urls = [reverse("evaluations:round", args=[round_.pk]), reverse("evaluations:self", args=[sheet.pk]),
            reverse("evaluations:quarters", args=[world.cell.pk]),
            reverse("evaluations:cell_commitments", args=[world.cell.pk])]  # fmt: skip
    for url in urls:
        body = secretary_client.get(url).content.decode()
        assert "party-rules" not in body and "seed" not in body.lower(), url
        assert (
            "Quy định 366-QĐ/TW" in body or "Hướng dẫn 43-HD/BTCTW" in body or "commitments" in url
        ), url
