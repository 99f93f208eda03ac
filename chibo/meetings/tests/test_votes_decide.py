"""Votes decide: a Nghị quyết only after a recorded vote on it that passed; a meeting that only
concludes issues a Thông báo kết luận, which needs no vote; exclusions are counted once."""

import pytest
from django.urls import reverse

from chibo.conftest import make_member
from chibo.documents.models import IssuedDocument, NumberRegister
from chibo.meetings import services
from chibo.meetings.documents import adoption_sentence, build_resolution, held_on
from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Attendance, Meeting, Vote
from chibo.meetings.tests.helpers import concluded, distributed, vote_on_resolution
from chibo.rules import votes as vote_rules

pytestmark = pytest.mark.django_db


def _concluded_with_minutes(world) -> Meeting:
    meeting = concluded(world)
    meeting.edit_minutes(by=world.secretary.user, text="Diễn biến.", expected_version=1)
    return meeting


def _nothing_issued() -> None:
    assert not IssuedDocument.objects.exists()
    assert not NumberRegister.objects.filter(type_code__in=["NQ", "TB"]).exists()


def test_a_resolution_after_a_failed_vote_is_refused_in_vietnamese_and_nothing_changes(world):
    meeting = _concluded_with_minutes(world)
    vote = vote_on_resolution(world, meeting, votes_for=1)  # 1 of 2 official members: not > 1/2
    assert not vote.passed and vote.denominator == 2
    with pytest.raises(MeetingError) as refused:
        services.issue_resolution(meeting, by=world.secretary.user, type_code="NQ")
    message = str(refused.value)
    assert message.startswith(
        "Nghị quyết không được thông qua (1/2 đảng viên chính thức tán thành)"
    )
    assert vote_rules.rule_text(vote_rules.ORDINARY) in message
    _nothing_issued()
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.CONCLUDED


def test_a_resolution_with_no_vote_on_it_is_refused(world):
    meeting = _concluded_with_minutes(world)
    # A vote on something else does not count for the resolution.
    Vote.record(meeting, by=world.secretary.user, subject="Cử đồng chí dự hội nghị", kind="ordinary",
                votes_for=2, votes_against=0)  # fmt: skip
    with pytest.raises(MeetingError, match="Chưa ghi kết quả biểu quyết thông qua nghị quyết"):
        services.issue_resolution(meeting, by=world.secretary.user, type_code="NQ")
    _nothing_issued()


def test_with_a_passing_vote_the_resolution_is_issued_and_prints_the_recorded_counts(world):
    meeting = _concluded_with_minutes(world)
    # An earlier passing vote on something else is not the vote on the resolution.
    Vote.record(meeting, by=world.secretary.user, subject="Cử đồng chí dự hội nghị", kind="ordinary",
                votes_for=2, votes_against=0)  # fmt: skip
    vote = vote_on_resolution(world, meeting)
    doc = services.issue_resolution(meeting, by=world.secretary.user, type_code="NQ")
    assert doc.number_text == "Số 01-NQ/CB" and doc.title.startswith("Nghị quyết ")
    assert doc.issued_on == held_on(meeting)
    built = build_resolution(meeting, doc.number_text, "NQ")
    texts = [getattr(block, "text", "") for block in built.blocks]
    assert adoption_sentence(vote, held_on(meeting)) in texts
    assert "2/2 đồng chí đảng viên chính thức tán thành, đạt 100%" in texts[-1]


def test_the_latest_vote_decides_after_a_failed_first_one(world):
    meeting = _concluded_with_minutes(world)
    vote_on_resolution(world, meeting, votes_for=1)
    vote_on_resolution(world, meeting, votes_for=2)
    assert (
        services.issue_resolution(meeting, by=world.secretary.user, type_code="NQ").type_code
        == "NQ"
    )


def test_the_adoption_sentence_says_100_percent_only_when_the_votes_do(world):
    import datetime as dt

    vote = Vote(votes_for=5, votes_against=1, votes_abstain=0, denominator=6, passed=True)
    sentence = adoption_sentence(vote, dt.date(2026, 11, 3))
    assert "5/6 đồng chí đảng viên chính thức tán thành, đạt 83,3%; không tán thành 1" in sentence
    assert "100%" not in sentence


def test_a_conclusion_only_meeting_issues_a_notice_without_a_vote_and_it_completes_the_dossier(
    world,
):
    meeting = _concluded_with_minutes(world)
    doc = services.issue_resolution(meeting, by=world.secretary.user, type_code="TB")
    assert doc.number_text == "Số 01-TB/CB" and doc.title.startswith("Thông báo kết luận ")
    assert "Nghị quyết hoặc thông báo kết luận đã ban hành" not in meeting.dossier_missing()
    with pytest.raises(MeetingError, match="đã có nghị quyết hoặc thông báo kết luận"):
        services.issue_resolution(meeting, by=world.secretary.user, type_code="TB")
    assert IssuedDocument.objects.filter(type_code="TB").count() == 1


def test_the_notice_carries_the_conclusion_and_its_tasks(world):
    from chibo.meetings.documents import build_conclusion_notice
    from chibo.meetings.tests.helpers import make_task

    meeting = _concluded_with_minutes(world)
    task = make_task(world, meeting)
    built = build_conclusion_notice(meeting, "Số 01-TB/CB")
    texts = "\n".join(
        getattr(b, "text", "") or " ".join(sum(getattr(b, "rows", []), [])) for b in built.blocks
    )
    assert built.doc_type == "THÔNG BÁO KẾT LUẬN" and built.header.number == "Số 01-TB/CB"
    assert "Chi bộ thống nhất các giải pháp." in texts and task.title in texts


def test_a_kl_or_unknown_type_is_refused(world):
    meeting = _concluded_with_minutes(world)
    for code in ("KL", "XX"):
        with pytest.raises(MeetingError, match="Chỉ ban hành Nghị quyết hoặc Thông báo kết luận"):
            services.issue_resolution(meeting, by=world.secretary.user, type_code=code)
    _nothing_issued()


def test_the_page_says_the_vote_failed_offers_only_the_notice_and_the_view_refuses(
    world, secretary_client
):
    meeting = _concluded_with_minutes(world)
    vote_on_resolution(world, meeting, votes_for=1)
    url = reverse("meetings:detail", args=[meeting.pk])
    body = secretary_client.get(url).content.decode()
    assert "Không thông qua" in body and "không ban hành Nghị quyết được" in body
    assert '<option value="TB">Thông báo kết luận</option>' in body
    assert '<option value="NQ">' not in body
    response = secretary_client.post(
        reverse("meetings:resolution", args=[meeting.pk]), {"type_code": "NQ"}, follow=True
    )
    assert "Nghị quyết không được thông qua" in response.content.decode()
    _nothing_issued()


def test_the_page_offers_the_resolution_once_the_vote_passed(world, secretary_client):
    meeting = _concluded_with_minutes(world)
    vote_on_resolution(world, meeting)
    body = secretary_client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert '<option value="NQ">Nghị quyết</option>' in body and "Thông qua" in body
    secretary_client.post(reverse("meetings:resolution", args=[meeting.pk]), {"type_code": "NQ"})
    assert IssuedDocument.objects.get().number_text == "Số 01-NQ/CB"


# -- exclusions, each person once ---------------------------------------------------------


def _four_officials_one_excused(world) -> Meeting:
    """4 official members: 2 present, 1 "vắng có lý do", 1 not in the room (vắng không lý do)."""
    third = make_member(world.cell, "Lê Văn Ba")
    fourth = make_member(world.cell, "Trần Thị Tư")
    meeting = distributed(world, days_ahead=-1)
    by = world.secretary.user
    meeting.record_attendance(world.secretary, Attendance.Status.PRESENT, by=by)
    meeting.record_attendance(world.member, Attendance.Status.PRESENT, by=by)
    meeting.record_attendance(third, Attendance.Status.EXCUSED, by=by, reason="Ốm")
    meeting.record_attendance(fourth, Attendance.Status.ABSENT, by=by)
    return meeting


def test_the_manual_exclusion_cannot_count_an_excused_member_again(world):
    meeting = _four_officials_one_excused(world)
    with pytest.raises(MeetingError) as refused:
        Vote.record(meeting, by=world.secretary.user, subject="NQ", kind="ordinary",
                    votes_for=2, votes_against=0, excluded=2)  # fmt: skip
    assert "vượt quá số có thể loại trừ (1)" in str(refused.value)
    assert "Mỗi đồng chí chỉ được tính một lần" in str(refused.value)
    assert not Vote.objects.exists()
    vote = Vote.record(meeting, by=world.secretary.user, subject="NQ", kind="ordinary",
                       votes_for=2, votes_against=0, excluded=1)  # fmt: skip
    assert (vote.excused, vote.excluded, vote.denominator, vote.passed) == (1, 1, 2, True)


def test_without_manual_exclusions_the_excused_member_is_left_out_once(world):
    meeting = _four_officials_one_excused(world)
    vote = Vote.record(meeting, by=world.secretary.user, subject="NQ", kind="ordinary",
                       votes_for=2, votes_against=0)  # fmt: skip
    assert (vote.excused, vote.denominator, vote.passed) == (1, 3, True)


def test_a_two_thirds_vote_refuses_exclusions(world):
    meeting = _four_officials_one_excused(world)
    with pytest.raises(MeetingError, match="không loại trừ ai"):
        Vote.record(meeting, by=world.secretary.user, subject="Kết nạp", kind="admission",
                    votes_for=2, votes_against=0, excluded=1)  # fmt: skip
    vote = Vote.record(meeting, by=world.secretary.user, subject="Kết nạp", kind="admission",
                       votes_for=2, votes_against=0)  # fmt: skip
    assert (vote.excused, vote.denominator, vote.passed) == (0, 4, False)


def test_the_vote_form_says_who_is_already_left_out(world, secretary_client):
    meeting = _four_officials_one_excused(world)
    body = secretary_client.get(reverse("meetings:room", args=[meeting.pk])).content.decode()
    assert (
        "Đã trừ tự động 1 đảng viên chính thức vắng có lý do; có thể loại trừ thêm tối đa 1."
        in body
    )
    assert "chưa tính ở điểm danh" in body


def test_a_resolution_vote_must_be_an_ordinary_vote(world):
    meeting = _four_officials_one_excused(world)
    with pytest.raises(MeetingError, match="biểu quyết thông thường"):
        Vote.record(meeting, by=world.secretary.user, subject="NQ", kind="admission",
                    subject_kind="resolution", votes_for=2, votes_against=0)  # fmt: skip
