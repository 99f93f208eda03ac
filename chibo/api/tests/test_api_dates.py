"""The API refuses impossible and implausible dates with the member form's own reasons: it hands
its text to the same form (chibo.lib.dates.DayMonthYearField, chibo.rules.plausible)."""

from __future__ import annotations

import datetime as dt

from chibo.members.models import Member


def test_31_february_is_refused_in_the_api_and_nothing_is_saved(world, secretary_api):
    count = Member.objects.count()
    response = secretary_api.post(f"cells/{world.cell.pk}/members", {
        "full_name": "Lê Văn An", "gender": "male", "birth_date": "1985-02-31"})  # fmt: skip
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "birth_date",
        "message": "Ngày 31/02/1985 không có thật: tháng 2 năm 1985 chỉ có 28 ngày."}]  # fmt: skip
    assert Member.objects.count() == count


def test_the_api_gives_the_same_reason_as_the_form(world, secretary_api):
    response = secretary_api.post(f"cells/{world.cell.pk}/members", {
        "full_name": "Lê Văn An", "gender": "male", "status": "official", "birth_date": "2010-01-01",
        "admission_date": "2012-01-01", "official_date": "2013-01-01"})  # fmt: skip
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["field"] == "admission_date" and "mới 2 tuổi" in error["message"]
    response = secretary_api.patch(f"members/{world.member.pk}",
                                   {"birth_date": "31/02/1985", "version": world.member.version})  # fmt: skip
    assert response.status_code == 422
    assert "không có thật" in response.json()["errors"][0]["message"]
    assert Member.objects.get(pk=world.member.pk).birth_date != dt.date(1985, 2, 28)


def test_a_meeting_years_away_is_refused_by_the_api_with_the_forms_reason(world, secretary_api):
    from django.utils import timezone

    from chibo.meetings.models import Meeting

    start = timezone.localtime() + dt.timedelta(days=3 * 365)
    response = secretary_api.post(f"cells/{world.cell.pk}/meetings", {
        "title": "Sinh hoạt thường kỳ", "starts_at": start.isoformat()})  # fmt: skip
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["field"] == "starts_at" and "cách hôm nay hơn 1 năm" in error["message"]
    assert not Meeting.objects.filter(title="Sinh hoạt thường kỳ").exists()
