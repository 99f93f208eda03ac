import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.conftest import persona_client
from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Attendance, Vote
from chibo.room import agenda
from chibo.room.models import Ballot, Participation, Room, SpeakingRequest
from chibo.room.state import minutes_draft

from .helpers import member_named, room_meeting

pytestmark = pytest.mark.django_db
TOKEN = "abcdef0123456789"


def test_a_secret_ballot_stores_counts_and_who_took_part_never_who_voted_what(world):
    meeting = room_meeting(world)
    ballot = Ballot.open(meeting, by=world.secretary.user, subject="Thông qua nghị quyết", secret=True,
                         subject_kind=Vote.SubjectKind.RESOLUTION)  # fmt: skip
    Ballot.cast(meeting, by=world.member.user, choice="yes", token=TOKEN + "01")
    Ballot.cast(
        meeting, by=member_named(world, "Trần Văn Bình").user, choice="no", token=TOKEN + "02"
    )
    rows = list(Participation.objects.filter(ballot=ballot).values("member_id", "choice"))
    assert {r["member_id"] for r in rows} == {
        world.member.pk,
        member_named(world, "Trần Văn Bình").pk,
    }
    assert {r["choice"] for r in rows} == {""}  # no choice kept against any name
    ballot.refresh_from_db()
    assert (ballot.phone_yes, ballot.phone_no, ballot.phone_abstain) == (1, 1, 0)
    cast_entries = AuditEntry.objects.filter(action="room.ballot_cast")
    assert cast_entries.count() == 2
    assert all("choice" not in (e.after or {}) for e in cast_entries)
    vote = Ballot.close(meeting, by=world.secretary.user)
    # 3 official members, none excused: more than half of 3 is 2; 1 for is not enough.
    assert (vote.votes_for, vote.votes_against, vote.denominator, vote.passed) == (1, 1, 3, False)


def test_an_open_ballot_counts_each_member_once_and_a_resend_is_acknowledged(world):
    meeting = room_meeting(world)
    Ballot.open(meeting, by=world.secretary.user, subject="Thông qua kế hoạch")
    _, counted = Ballot.cast(meeting, by=world.member.user, choice="yes", token=TOKEN)
    _, again = Ballot.cast(meeting, by=world.member.user, choice="yes", token=TOKEN)
    assert (counted, again) == (True, False)
    with pytest.raises(MeetingError, match="đã biểu quyết"):
        Ballot.cast(meeting, by=world.member.user, choice="no", token=TOKEN + "x")
    ballot = Ballot.objects.get(meeting=meeting)
    assert ballot.phone_yes == 1 and ballot.participations.get().choice == "yes"
    with pytest.raises(IntegrityError), transaction.atomic():
        Participation.objects.create(ballot=ballot, member=world.member, token="other-token")


def test_the_probationary_member_and_an_absent_member_cannot_vote(world):
    meeting = room_meeting(world)
    meeting.record_attendance(world.member, Attendance.Status.EXCUSED, by=world.secretary.user)
    Ballot.open(meeting, by=world.secretary.user, subject="Thông qua kế hoạch")
    with pytest.raises(MeetingError, match="dự bị"):
        Ballot.cast(meeting, by=member_named(world, "Lê Thị Cúc").user, choice="yes", token=TOKEN)
    with pytest.raises(MeetingError, match="có mặt"):
        Ballot.cast(meeting, by=world.member.user, choice="yes", token=TOKEN)
    assert not Participation.objects.exists()


def test_closing_stores_the_result_with_its_denominator_and_show_of_hands(world):
    meeting = room_meeting(world)
    meeting.record_attendance(world.member, Attendance.Status.EXCUSED, by=world.secretary.user)
    Ballot.open(meeting, by=world.secretary.user, subject="Thông qua nghị quyết",
                subject_kind=Vote.SubjectKind.RESOLUTION)  # fmt: skip
    Ballot.cast(meeting, by=member_named(world, "Trần Văn Bình").user, choice="yes", token=TOKEN)
    with pytest.raises(MeetingError, match="vượt quá"):  # 2 officials present, 1 already voted
        Ballot.record_hands(meeting, by=world.secretary.user, yes=2, no=0, abstain=0)
    Ballot.record_hands(meeting, by=world.secretary.user, yes=1, no=0, abstain=0)
    vote = Ballot.close(meeting, by=world.secretary.user)
    # 3 officials less 1 excused = 2; 2 for passes.
    assert (vote.votes_for, vote.excused, vote.denominator, vote.passed) == (2, 1, 2, True)
    assert meeting.resolution_vote() == vote
    assert Ballot.objects.get().result == vote
    with pytest.raises(MeetingError, match="đã kết thúc"):
        Ballot.cast(meeting, by=world.member.user, choice="yes", token=TOKEN)


def test_only_the_chair_or_the_bi_thu_drives_the_room(world):
    meeting = room_meeting(world)
    with pytest.raises(MeetingError, match="chủ trì"):
        Room.move(meeting, by=world.member.user, item=agenda.ROLL_CALL)
    with pytest.raises(MeetingError, match="chủ trì"):
        Ballot.open(meeting, by=world.member.user, subject="X")
    room = Room.move(meeting, by=world.secretary.user, item=agenda.ROLL_CALL)
    assert room.item == agenda.ROLL_CALL
    entry = AuditEntry.objects.filter(action="room.agenda").get()
    assert entry.before == {"item": agenda.OPENING} and entry.after["item"] == agenda.ROLL_CALL


def test_speaking_requests_are_queued_and_fill_the_minutes_draft(world):
    meeting = room_meeting(world)
    request = SpeakingRequest.ask(meeting, by=world.member.user)
    assert SpeakingRequest.ask(meeting, by=world.member.user) == request  # a resend
    SpeakingRequest.call(meeting, request.pk, by=world.secretary.user)
    SpeakingRequest.finish(
        meeting, request.pk, by=world.secretary.user, summary="Đề nghị bổ sung số liệu."
    )
    Room.move(meeting, by=world.secretary.user, item=agenda.VOTE)
    Ballot.open(meeting, by=world.secretary.user, subject="Thông qua kế hoạch")
    for name, token in (("Dương Thị Huệ", "a"), ("Phạm Thị Thu Hà", "b"), ("Trần Văn Bình", "c")):
        Ballot.cast(meeting, by=member_named(world, name).user, choice="yes", token=TOKEN + token)
    Ballot.close(meeting, by=world.secretary.user)
    text = minutes_draft(meeting)
    assert "có mặt 4 (chính thức 3, dự bị 1)" in text
    assert "Đồng chí Phạm Thị Thu Hà: Đề nghị bổ sung số liệu." in text
    assert "Thông qua kế hoạch: 3 tán thành, 0 không tán thành, 0 không biểu quyết, trên 3" in text
    assert "8. Biểu quyết." in text


def test_the_state_answers_304_until_something_changes(world):
    meeting = room_meeting(world)
    client = persona_client(world, "member")
    url = reverse("room:state", args=[meeting.pk])
    first = client.get(url)
    assert first.status_code == 200
    data = first.json()
    assert data["attendance"] == {"official": 3, "probationary": 1, "official_present": 3,
                                  "probationary_present": 1, "recorded": 4}  # fmt: skip
    assert data["me"]["may_vote"] is True
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    Room.move(meeting, by=world.secretary.user, item=agenda.THEMATIC)
    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed.json()["document"]["text"].startswith("Dự thảo báo cáo.")
    # The roll call on the meetings page (not a room verb) changes the tag too.
    tag = changed["ETag"]
    meeting.record_attendance(world.member, Attendance.Status.EXCUSED, by=world.secretary.user)
    assert client.get(url, HTTP_IF_NONE_MATCH=tag).status_code == 200


def test_phone_ballot_json_refuses_the_probationary_member_with_a_reason(world, client):
    meeting = room_meeting(world)
    Ballot.open(meeting, by=world.secretary.user, subject="Thông qua kế hoạch")
    client.force_login(
        member_named(world, "Lê Thị Cúc").user, backend="django.contrib.auth.backends.ModelBackend"
    )
    response = client.post(
        reverse("room:ballot", args=[meeting.pk]), {"choice": "yes", "token": TOKEN}
    )
    assert response.status_code == 409
    assert "dự bị" in response.json()["error"]
    state = client.get(reverse("room:state", args=[meeting.pk])).json()
    assert state["me"]["may_vote"] is False and "dự bị" in state["me"]["why_not"]


def test_pages_cut_a_document_at_paragraphs():
    text = "\n\n".join(f"Đoạn {n} " + "chữ " * 100 for n in range(6))
    pages = agenda.pages(text)
    assert len(pages) > 1 and all(len(p) <= agenda.PAGE_CHARS for p in pages)
    assert "".join(pages).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(
        " ", ""
    )


def test_the_state_costs_a_fixed_number_of_queries(world, django_assert_num_queries):
    """Polled every second by every phone: 7 queries when nothing changed (304), 14 for the
    whole state, however many members, speakers or ballots."""
    meeting = room_meeting(world)
    Ballot.open(meeting, by=world.secretary.user, subject="Thông qua kế hoạch")
    for member in world.cell.members.current()[:2]:
        SpeakingRequest.ask(meeting, by=member.user)
    client = persona_client(world, "member")
    url = reverse("room:state", args=[meeting.pk])
    tag = client.get(url)["ETag"]
    # Was 7 and 14: the session now comes from the shared session cache and the user query
    # carries the viewer's membership and officer flag (chibo.core.auth).
    with django_assert_num_queries(5):
        assert client.get(url, HTTP_IF_NONE_MATCH=tag).status_code == 304
    with django_assert_num_queries(12):
        assert client.get(url).status_code == 200
