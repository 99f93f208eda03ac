"""Writes go through the same forms and model verbs as the UI, with the same rules."""

from __future__ import annotations

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member
from chibo.members.models import PROBATIONARY_CARD_MESSAGE, Member, Role, StatusChange
from chibo.members.tests.helpers import probationer, recognition_payload, recognition_vote


def test_a_secretary_registers_a_member(world, secretary_api):
    response = secretary_api.post(f"cells/{world.cell.pk}/members", {
        "full_name": "  Lê   Văn An ", "gender": "male", "birth_date": "1990-03-04", "status": "official",
        "admission_date": "2015-05-19", "official_date": "2016-05-19", "card_number": "A1",
    })  # fmt: skip
    assert response.status_code == 201, response.content
    body = response.json()
    member = Member.objects.get(pk=body["id"])
    assert (member.cell, member.full_name, member.status) == (world.cell, "Lê Văn An", "official")
    assert member.general_education == "12/12"  # the model default, not blanked by the API
    assert body["status_display"] == "Chính thức" and body["gender_display"] == "Nam"
    entry = AuditEntry.objects.get(action="member.create", object_id=str(member.pk))
    assert entry.actor == world.secretary.user


def test_registering_checks_the_form_rules_in_vietnamese(world, secretary_api):
    make_member(world.cell, "Trần Văn Bình", card_number="A1")
    response = secretary_api.post(f"cells/{world.cell.pk}/members",
                                  {"full_name": "An", "gender": "male", "card_number": "A1"})  # fmt: skip
    assert response.status_code == 422
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert errors["full_name"].startswith("Hãy ghi đủ họ và tên")
    assert errors["card_number"] == "Số thẻ đảng viên này đã có trong danh sách."
    assert not Member.objects.filter(full_name="An").exists()


def test_a_malformed_date_or_missing_field_is_422_in_vietnamese(world, secretary_api):
    response = secretary_api.post(f"cells/{world.cell.pk}/members", {"gender": "male"})
    assert response.status_code == 422
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert errors["full_name"] == "Thiếu thông tin bắt buộc."
    response = secretary_api.post(f"cells/{world.cell.pk}/members",
                                  {"full_name": "Lê Văn An", "gender": "male", "birth_date": "5/1/90"})  # fmt: skip
    assert response.status_code == 422
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert errors["birth_date"].startswith("“5/1/90” không đọc được là ngày.")


def test_a_model_rule_is_422_with_the_field(world, secretary_api):
    response = secretary_api.patch(f"members/{world.member.pk}", {
        "official_date": "2009-01-01", "version": world.member.version})  # fmt: skip
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "official_date", "message": "Ngày chính thức không thể trước ngày vào Đảng."}
    ]


def test_patch_changes_only_the_fields_sent(world, secretary_api):
    before = Member.objects.get(pk=world.member.pk)
    response = secretary_api.patch(
        f"members/{world.member.pk}", {"phone": "0912345678", "version": before.version}
    )
    assert response.status_code == 200, response.content
    after = Member.objects.get(pk=world.member.pk)
    assert after.phone == "0912345678"
    assert (after.full_name, after.card_number, after.admission_date) == (
        before.full_name, before.card_number, before.admission_date)  # fmt: skip
    assert after.version == before.version + 1 == response.json()["version"]


def test_patch_with_a_stale_version_is_409_and_changes_nothing(world, secretary_api):
    version = world.member.version
    assert (
        secretary_api.patch(
            f"members/{world.member.pk}", {"job": "Giáo viên", "version": version}
        ).status_code
        == 200
    )

    response = secretary_api.patch(
        f"members/{world.member.pk}", {"job": "Kế toán", "version": version}
    )

    assert response.status_code == 409
    assert response.json()["detail"].startswith("Hồ sơ này vừa được người khác sửa")
    assert Member.objects.get(pk=world.member.pk).job == "Giáo viên"


def test_patch_cannot_touch_status_or_role(world, secretary_api):
    response = secretary_api.patch(f"members/{world.member.pk}", {
        "status": "expelled", "role": "secretary", "version": world.member.version})  # fmt: skip
    member = Member.objects.get(pk=world.member.pk)
    assert response.status_code == 200  # unknown fields are ignored, not applied
    assert (member.status, member.role) == ("official", "member")


def test_status_change_uses_the_model_verb(world, secretary_api):
    response = secretary_api.post(f"members/{world.member.pk}/status",
                                  {"action": "transfer_out", "on": "2026-01-10", "note": "Chi bộ khác"})  # fmt: skip
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "transferred"
    change = StatusChange.objects.get(member=world.member)
    assert (change.from_status, change.to_status, change.note) == (
        "official",
        "transferred",
        "Chi bộ khác",
    )
    assert AuditEntry.objects.filter(
        action="member.transfer_out", object_id=str(world.member.pk)
    ).exists()


def test_the_status_operation_no_longer_makes_anyone_official(world, secretary_api):
    probationary = probationer(world)
    response = secretary_api.post(f"members/{probationary.pk}/status",
                                  {"action": "make_official", "on": "2026-01-10"})  # fmt: skip
    assert response.status_code == 422
    assert Member.objects.get(pk=probationary.pk).status == "probationary"


def test_recognition_needs_the_vote_and_sets_the_end_of_probation(world, secretary_api):
    member = probationer(world)
    url = f"members/{member.pk}/recognition"
    payload = recognition_payload(world)
    response = secretary_api.post(url, payload)
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Chưa có biểu quyết của chi bộ")
    recognition_vote(world, member, votes_for=2)
    response = secretary_api.post(url, payload)
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "official"
    assert response.json()["official_date"] == member.probation_ends.isoformat()
    assert AuditEntry.objects.filter(
        action="member.recognise_official", object_id=str(member.pk)
    ).exists()


def test_the_api_refuses_a_card_for_a_probationary_member(world, secretary_api):
    response = secretary_api.post(f"cells/{world.cell.pk}/members", {
        "full_name": "Mai Thị Phương", "gender": "female", "status": "probationary",
        "card_number": "93.000126",
    })  # fmt: skip
    assert response.status_code == 422
    assert response.json()["errors"][0]["message"] == PROBATIONARY_CARD_MESSAGE
    assert not Member.objects.filter(full_name="Mai Thị Phương").exists()


def test_a_refused_status_change_is_400_with_the_domain_message(world, secretary_api):
    response = secretary_api.post(f"members/{world.member.pk}/status",
                                  {"action": "expel", "on": "2026-01-05", "note": " "})  # fmt: skip
    assert response.status_code == 400
    assert response.json()["detail"] == "Cần ghi rõ quyết định khai trừ."
    assert Member.objects.get(pk=world.member.pk).status == "official"


def test_a_status_date_far_in_the_future_is_422(world, secretary_api):
    response = secretary_api.post(f"members/{world.member.pk}/status",
                                  {"action": "record_death", "on": "2099-01-01"})  # fmt: skip
    assert response.status_code == 422
    assert response.json()["errors"][0]["message"] == "Ngày không được quá một tháng sau hôm nay."


def test_role_assignment_uses_the_model_verb(world, secretary_api):
    response = secretary_api.post(
        f"members/{world.member.pk}/role", {"role": "deputy_secretary", "on": "2026-01-05"}
    )
    assert response.status_code == 200, response.content
    assert response.json()["role"] == Role.DEPUTY_SECRETARY
    assert response.json()["role_display"] == "Phó Bí thư"
    assert world.member.role_history.get().start.isoformat() == "2026-01-05"


def test_a_second_secretary_is_refused_with_400(world, secretary_api):
    response = secretary_api.post(
        f"members/{world.member.pk}/role", {"role": "secretary", "on": "2026-01-05"}
    )
    assert response.status_code == 400
    assert "Chi bộ đã có Bí thư là đồng chí Dương Thị Huệ" in response.json()["detail"]
