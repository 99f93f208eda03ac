import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.evaluations.models import EvaluationError, EvaluationRound, QuarterlyRating

pytestmark = pytest.mark.django_db

JULY = dt.date(2026, 7, 10)


def _record(world, member=None, by=None, **extra):
    fields = {"year": 2026, "quarter": 1, "level": "good", "today": JULY, **extra}
    member = member or world.member
    return QuarterlyRating.record(member=member, by=by or member.user, **fields)


def test_a_member_records_a_quarter_and_may_correct_it(world):
    _record(world, score=Decimal("84"), note="Dạy mẫu 02 tiết")
    rating = _record(world, level="excellent", score=Decimal("91"))
    assert QuarterlyRating.objects.count() == 1 and rating.level == "excellent"
    entries = AuditEntry.objects.filter(action="evaluation.quarter").order_by("id")
    assert [e.after["level"] for e in entries] == ["good", "excellent"]
    assert entries.last().before["level"] == "good" and entries.last().after["on_behalf"] is False


def test_the_chi_uy_enters_a_paper_sheet_on_behalf_and_the_log_says_so(world):
    with pytest.raises(EvaluationError, match="Chỉ chính đảng viên"):
        _record(world, by=world.secretary.user)  # on_behalf not claimed
    with pytest.raises(EvaluationError, match="Chỉ chính đảng viên"):
        _record(world, member=world.secretary, by=world.member.user, on_behalf=True)
    rating = _record(world, by=world.secretary.user, on_behalf=True)
    assert rating.on_behalf and rating.recorded_by == world.secretary.user
    assert AuditEntry.objects.get(action="evaluation.quarter").actor == world.secretary.user


def test_quarters_not_begun_and_years_before_qd_366_are_refused(world):
    with pytest.raises(EvaluationError, match="chưa bắt đầu"):
        _record(world, quarter=4)
    with pytest.raises(EvaluationError, match="Quy định 132-QĐ/TW chỉ đánh giá hằng năm"):
        _record(world, year=2022)
    with pytest.raises(EvaluationError, match="Quý phải"):
        _record(world, quarter=5)
    assert not QuarterlyRating.objects.exists()


def test_quarters_are_closed_with_the_year(world):
    round_ = EvaluationRound.open(cell=world.cell, year=2026, by=world.secretary.user)
    EvaluationRound.objects.filter(pk=round_.pk).update(status="proposed")
    with pytest.raises(EvaluationError, match="đã khép lại"):
        _record(world)


def test_the_years_sheet_shows_the_quarters_beside_the_proposal(world, secretary_client):
    round_ = EvaluationRound.open(cell=world.cell, year=2026, by=world.secretary.user)
    _record(world, quarter=1, level="good")
    _record(world, quarter=2, level="done")
    sheet = round_.evaluations.get(member=world.member)
    sheet.submit_self(by=world.member.user, self_general=Decimal("29"), self_tasks=Decimal("64"),
                      tasks_total=5, tasks_on_time=5, tasks_exceeding=2)  # fmt: skip
    body = secretary_client.get(reverse("evaluations:round", args=[round_.pk])).content.decode()
    assert "Quý I: HTTNV" in body and "Quý II: HTNV" in body and "Quý III: —" in body
    # Display only: the proposal is not bounded, but the chi ủy is told.
    assert "Mức năm (HTXSNV) cao hơn mức cao nhất đã tự xếp loại trong các quý (HTTNV)" in body
    page = secretary_client.get(reverse("evaluations:self", args=[sheet.pk])).content.decode()
    assert "Tự xếp loại các quý (Mẫu 05)" in page and "Quý II" in page


def test_quarters_page_member_records_own_and_chi_uy_for_others(
    world, member_client, secretary_client
):
    url = reverse("evaluations:quarters", args=[world.cell.pk])
    page = member_client.get(url, {"year": 2026}).content.decode()
    assert "Mẫu 05" in page and "Phạm Thị Thu Hà" in page
    # A member cannot pick someone else.
    response = member_client.post(url, {"member": world.secretary.pk, "year": 2026, "quarter": 1,
                                        "level": "good"})  # fmt: skip
    assert response.status_code == 200 and not QuarterlyRating.objects.exists()
    member_client.post(
        url, {"member": world.member.pk, "year": 2026, "quarter": 1, "level": "good"}
    )
    secretary_client.post(url, {"member": world.member.pk, "year": 2026, "quarter": 2,
                                "level": "excellent", "score": "92"})  # fmt: skip
    ratings = {r.quarter: r for r in QuarterlyRating.objects.filter(member=world.member)}
    assert not ratings[1].on_behalf and ratings[2].on_behalf and ratings[2].score == Decimal("92")
    page = secretary_client.get(url, {"year": 2026}).content.decode()
    assert "(chi ủy nhập hộ)" in page
    old = member_client.get(url, {"year": 2022}).content.decode()
    assert "chưa áp dụng đánh giá, xếp loại hằng quý" in old


def test_demo_records_the_quarters_already_over():
    from django.utils import timezone

    from chibo.demo.load import load_demo

    load_demo()
    today = timezone.localdate()
    ratings = QuarterlyRating.objects.filter(member__cell__name="Chi bộ Trường Mầm non Yên Hoà")
    assert ratings.count() == 2 * ((today.month - 1) // 3)
    assert all(r.year == today.year and not r.on_behalf for r in ratings)


def test_quarters_and_commitments_pages_query_count_does_not_grow_with_members(
    world, secretary_client, django_assert_max_num_queries
):
    from chibo.conftest import make_member
    from chibo.evaluations.models import PersonalCommitment

    urls = [reverse("evaluations:quarters", args=[world.cell.pk]) + "?year=2026",
            reverse("evaluations:cell_commitments", args=[world.cell.pk]) + "?year=2026"]  # fmt: skip
    _record(world)
    counts = []
    for url in urls:
        secretary_client.get(url)
        with django_assert_max_num_queries(20) as small:
            secretary_client.get(url)
        counts.append(len(small.captured_queries))
    for i in range(15):
        member = make_member(world.cell, f"Lê Thị Số{i}")
        _record(world, member=member, by=world.secretary.user, on_behalf=True)
        PersonalCommitment.register(member=member, by=world.secretary.user, on_behalf=True, year=2026,
                                    kind="exemplary", text="Dạy mẫu", measure="02 tiết")  # fmt: skip
    for url, count in zip(urls, counts, strict=True):
        with django_assert_max_num_queries(count):
            secretary_client.get(url)
