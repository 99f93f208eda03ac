"""The OpenAPI docs: for logged-in users (like every page), served without any CDN."""

from __future__ import annotations

from django.urls import reverse

from chibo.conftest import PERSONAS, persona_client


def test_docs_and_schema_send_anonymous_visitors_to_the_login_page(client, db):
    for name in ("api:openapi-view", "api:openapi-json"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_every_logged_in_persona_sees_the_docs(world):
    for persona in PERSONAS[1:]:
        response = persona_client(world, persona).get("/api/v1/docs")
        assert response.status_code == 200, persona
        html = response.content.decode()
        assert "/static/ninja/swagger-ui-bundle.js" in html
        assert "cdn." not in html


def test_the_schema_lists_the_operations_with_vietnamese_summaries(world):
    response = persona_client(world, "member").get("/api/v1/openapi.json")
    schema = response.json()
    assert schema["info"]["title"] == "Chi bộ số API"
    assert schema["paths"]["/api/v1/members/{member_id}/status"]["post"]["summary"].startswith(
        "Đổi tình trạng"
    )
    assert {"TokenAuth", "SessionAuth"} <= set(schema["components"]["securitySchemes"])


def test_the_api_root_is_not_found(client, db):
    response = client.get("/api/v1/")
    assert response.status_code == 404


def test_the_schema_lists_the_plans_and_meetings_routers(world):
    schema = persona_client(world, "secretary").get("/api/v1/openapi.json").json()
    tags = {tag for item in schema["paths"].values() for op in item.values() for tag in op["tags"]}
    assert {"kế hoạch", "sinh hoạt chi bộ"} <= tags
    assert "/api/v1/plans/{plan_id}/document" in schema["paths"]
    transition = schema["paths"]["/api/v1/meetings/{meeting_id}/transitions/{verb}"]["post"]
    assert transition["summary"].startswith("Chuyển bước")
    html = persona_client(world, "secretary").get("/api/v1/docs").content.decode()
    assert "/api/v1/openapi.json" in html
