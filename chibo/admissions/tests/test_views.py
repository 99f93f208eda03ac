"""The pages: the list (a fixed number of queries), the file with the forms of the steps that
can be recorded now, refusals shown in Vietnamese with nothing changed, scanned papers."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.admissions.models import Attachment, Candidate, Stage, Step, StepKind
from chibo.conftest import make_member

from .helpers import ago, make_candidate, ready, with_file
from .routes import PDF

pytestmark = pytest.mark.django_db


def _messages(response) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(m) for m in response.context["messages"]]


def test_the_list_costs_the_same_queries_for_3_or_12_candidates(
    world, secretary_client, django_assert_num_queries
):
    url = reverse("admissions:list", args=[world.cell.pk])
    for i in range(3):
        make_candidate(world, f"Quần chúng Số {i}")
    with CaptureQueriesContext(connection) as three:
        assert secretary_client.get(url).status_code == 200
    for i in range(3, 12):
        make_candidate(world, f"Quần chúng Số {i}")
    with django_assert_num_queries(len(three.captured_queries)):
        response = secretary_client.get(url)
    assert response.content.decode().count("/admissions/") >= 12


def test_the_secretary_sees_the_next_step_open_and_a_member_reads_without_forms(
    world, secretary_client, member_client
):
    candidate = make_candidate(world)
    url = reverse("admissions:detail", args=[candidate.pk])
    page = secretary_client.get(url).content.decode()
    assert (
        "Việc tiếp theo" in page
        and reverse("admissions:transition", args=[candidate.pk, "course"]) in page
    )
    read = member_client.get(url).content.decode()
    assert "Học lớp bồi dưỡng nhận thức về Đảng" in read and "/do/" not in read


def test_adding_a_candidate_from_the_page(world, secretary_client):
    url = reverse("admissions:create", args=[world.cell.pk])
    response = secretary_client.post(
        url, {"full_name": "Lê   Văn An", "gender": "male", "helper": world.secretary.pk}
    )
    candidate = Candidate.objects.get()
    assert response["Location"] == reverse("admissions:detail", args=[candidate.pk])
    assert candidate.full_name == "Lê Văn An" and candidate.helper == world.secretary
    response = secretary_client.post(url, {"full_name": "An", "gender": "male"})
    assert "Hãy ghi đủ họ và tên" in response.content.decode() and Candidate.objects.count() == 1


def test_a_refused_step_says_why_and_changes_nothing(world, secretary_client):
    candidate = make_candidate(world)
    newcomer = make_member(
        world.cell, "Mai Thị Phương", status="probationary", admission_date=ago(100)
    )
    url = reverse("admissions:transition", args=[candidate.pk, "sponsor"])
    response = secretary_client.post(url, {"kind": "member", "member": newcomer.pk, "on": ago(0).isoformat(),
                                           "together_since": "2015-09-01", "anchor": "sponsors"}, follow=True)  # fmt: skip
    assert any("chưa là đảng viên chính thức" in m for m in _messages(response))
    assert response.redirect_chain[-1][0].endswith("?at=sponsors#sponsors")
    assert (
        'id="sponsors"'
        in response.content.decode().split("chưa là đảng viên chính thức")[-2][-2000:]
    )
    assert not candidate.sponsors.exists()


def test_an_incomplete_form_says_what_is_missing(world, secretary_client):
    candidate = make_candidate(world)
    url = reverse("admissions:transition", args=[candidate.pk, "course"])
    response = secretary_client.post(url, {"issued_on": ""}, follow=True)
    assert _messages(response) and not Step.objects.exists()


def test_a_vote_below_two_thirds_is_recorded_with_the_rule_and_the_file_stays(
    world, secretary_client
):
    from .helpers import vote_meeting

    candidate = ready(world)
    meeting = vote_meeting(world, days_ago=440)
    url = reverse("admissions:transition", args=[candidate.pk, "vote"])
    response = secretary_client.post(url, {"meeting": meeting.pk, "votes_for": 1, "votes_against": 1,
                                           "votes_abstain": 0}, follow=True)  # fmt: skip
    (message,) = _messages(response)
    assert "không đạt: 1/2" in message and "2/3" in message
    assert Candidate.objects.get(pk=candidate.pk).stage == Stage.READY
    page = response.content.decode()
    assert reverse("admissions:transition", args=[candidate.pk, "propose"]) not in page


def test_scans_are_checked_by_content_and_read_by_the_chi_uy_and_the_officer(
    world, secretary_client, member_client, officer_client
):
    candidate = make_candidate(world)
    url = reverse("admissions:attach", args=[candidate.pk])
    fake = SimpleUploadedFile("don.pdf", b"not a pdf at all")
    response = secretary_client.post(url, {"title": "Đơn", "file": fake}, follow=True)
    assert (
        any("không phải là" in m for m in _messages(response)) and not Attachment.objects.exists()
    )
    secretary_client.post(url, {"title": "Đơn xin vào Đảng", "step": "application",
                                "file": SimpleUploadedFile("don.pdf", PDF)})  # fmt: skip
    scan = Attachment.objects.get()
    assert scan.file_kind == "pdf" and scan.uploaded_by == world.secretary.user
    download = reverse("admissions:scan", args=[candidate.pk, scan.pk])
    assert officer_client.get(download).content == PDF
    assert member_client.get(download).status_code == 403
    assert "chỉ chi ủy và cán bộ Đảng ủy xem được" in member_client.get(
        reverse("admissions:detail", args=[candidate.pk])).content.decode()  # fmt: skip


def test_a_stored_summary_is_served_only_while_its_hash_matches(world, member_client):
    candidate = with_file(world)
    step = candidate.steps.get(kind=StepKind.COMMENTS)
    url = reverse("admissions:step_file", args=[candidate.pk, step.pk])
    response = member_client.get(url)
    assert response.status_code == 200 and response.content[:2] == b"PK"
    Step.objects.filter(pk=step.pk).update(file_sha256="0" * 64)
    assert member_client.get(url).status_code == 404


def test_the_committee_sees_files_by_stage_with_late_ones(world, officer_client):
    from .helpers import proposed

    proposed(world)
    make_candidate(world, "Trần Văn Bình", gender="male")
    page = officer_client.get(
        reverse("admissions:committee", args=[world.committee.pk])
    ).content.decode()
    assert "Lê Thị Thu Hằng" in page and "Quá hạn" in page
    assert "Trần Văn Bình" not in page  # no deadline running: counted in the grid, not listed
    listed = officer_client.get(
        reverse("admissions:committee", args=[world.committee.pk]) + "?stage=source"
    )
    assert "Trần Văn Bình" in listed.content.decode()


def test_the_committee_page_costs_the_same_queries_for_1_or_6_cells(
    world, officer_client, django_assert_num_queries
):
    from chibo.conftest import make_cell

    url = reverse("admissions:committee", args=[world.committee.pk])
    Candidate.objects.create(cell=world.cell, full_name="Quần chúng Một", gender="female", stage=Stage.PROPOSED,
                             stage_since=ago(10), rule_set="qd294_2025")  # fmt: skip
    with CaptureQueriesContext(connection) as one:
        assert officer_client.get(url).status_code == 200
    for i in range(5):
        cell = make_cell(world.committee, f"Chi bộ Trường Số {i}")
        for stage in (Stage.SOURCE, Stage.DECIDED):
            Candidate.objects.create(cell=cell, full_name=f"Quần chúng {i} {stage}", gender="female", stage=stage,
                                     stage_since=ago(5), rule_set="qd294_2025")  # fmt: skip
    with django_assert_num_queries(len(one.captured_queries)):
        page = officer_client.get(url).content.decode()
    assert "Chi bộ Trường Số 4" in page and "6/6 chi bộ có quần chúng ưu tú" in page
