"""Vietnamese leaves the API as UTF-8 text, not \\u escapes."""

from __future__ import annotations


def test_names_are_utf8_text_in_the_response_bytes(world, secretary_api):
    response = secretary_api.get(f"members/{world.secretary.pk}")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "Dương Thị Huệ".encode() in response.content
    assert b"\\u" not in response.content


def test_error_messages_are_utf8_text_too(world, member_api):
    response = member_api.patch(f"members/{world.member.pk}", {"job": "x", "version": 1})
    assert response.status_code == 403
    assert "Chỉ Bí thư".encode() in response.content
