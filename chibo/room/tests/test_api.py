import pytest

from chibo.api.models import ApiToken
from chibo.api.tests.conftest import ApiClient, api_client_for
from chibo.room.models import Ballot

from .helpers import member_named, voting_meeting

pytestmark = pytest.mark.django_db


def test_the_api_state_answers_304_and_a_resent_ballot_counts_once(world):
    meeting = voting_meeting(world)
    api = api_client_for(world, "member")
    first = api.get(f"meetings/{meeting.pk}/room/state")
    assert first.status_code == 200 and first.json()["ballot"]["open"] is True
    again = api.client.get(f"/api/v1/meetings/{meeting.pk}/room/state", HTTP_IF_NONE_MATCH=first["ETag"],
                           HTTP_AUTHORIZATION=f"Bearer {api.key}")  # fmt: skip
    assert again.status_code == 304
    payload = {"choice": "no", "token": "phone-token-0001"}
    sent = api.post(f"meetings/{meeting.pk}/room/ballot", payload)
    resent = api.post(f"meetings/{meeting.pk}/room/ballot", payload)
    assert (sent.json()["counted"], resent.json()["counted"]) == (True, False)
    assert Ballot.objects.get().phone_no == 1
    other = api.post(
        f"meetings/{meeting.pk}/room/ballot", {"choice": "yes", "token": "phone-token-0002"}
    )
    assert other.status_code == 400 and "Mỗi đồng chí một phiếu" in other.json()["detail"]


def test_the_api_refuses_the_probationary_member(world):
    meeting = voting_meeting(world)
    _, key = ApiToken.issue(member_named(world, "Lê Thị Cúc").user, name="dự bị")
    refused = ApiClient(key).post(
        f"meetings/{meeting.pk}/room/ballot", {"choice": "yes", "token": "phone-token-0003"}
    )
    assert refused.status_code == 400 and "dự bị" in refused.json()["detail"]
    assert Ballot.objects.get().participations.count() == 0
