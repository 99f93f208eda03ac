"""A bounded schemathesis run against the OpenAPI schema, with a Bí thư's token: 0 server errors.

Every operation gets a few generated requests with random ids and a few with the ids of real
objects of the Bí thư's cell (so that bodies reach the model verbs). Requests go through
Django's test client inside the test's transaction: no server, no network. The run is
bounded by examples per operation and by a time budget for the whole schema.
"""

from __future__ import annotations

import contextlib
import copy
import json
import time
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
import schemathesis
from django.test import override_settings
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable

from chibo.admissions.tests.helpers import make_candidate
from chibo.api.api import api
from chibo.api.tests.conftest import api_client_for
from chibo.meetings.tests.helpers import make_meeting, make_task
from chibo.plans.tests.helpers import make_plan

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

EXAMPLES = 6  # per operation and per id mode
BUDGET_SECONDS = 35.0


def _send(client: Any, key: str, case: Any) -> Any:
    request = case.as_transport_kwargs(base_url="http://testserver")
    url = urlsplit(request["url"])
    query = urlencode(request.get("params") or {}, doseq=True)
    headers = {k.lower(): v for k, v in (request.get("headers") or {}).items()}
    extra: dict[str, Any] = {"HTTP_AUTHORIZATION": f"Bearer {key}", "QUERY_STRING": query}
    if "json" in request:
        body, content_type = json.dumps(request["json"]), "application/json"
    else:
        body = request.get("data") or ""
        content_type = headers.get("content-type", "application/octet-stream")
    return client.generic(request["method"], url.path, body, content_type=content_type, **extra)


@override_settings(CHIBO_API_RATE_LIMIT=0)  # hundreds of requests with one token in a few seconds
def test_the_api_gives_no_server_error_to_generated_requests(world):
    meeting = make_meeting(world)
    task = make_task(world, meeting=meeting)
    plan = make_plan(world.cell)
    candidate = make_candidate(world)
    known = {"cell_id": world.cell.pk, "committee_id": world.committee.pk,
             "member_id": world.member.pk, "meeting_id": meeting.pk, "task_id": task.pk,
             "plan_id": plan.pk, "candidate_id": candidate.pk}  # fmt: skip
    caller = api_client_for(world, "secretary")
    schema = schemathesis.openapi.from_dict(copy.deepcopy(api.get_openapi_schema()))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 25
    errors: list[str] = []
    sent = 0
    started = time.monotonic()
    per_operation = BUDGET_SECONDS / len(operations)

    def fuzz(operation: Any, pin_ids: bool, deadline: float) -> None:
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            nonlocal sent
            if time.monotonic() > deadline:
                return
            if pin_ids and case.path_parameters:
                for name in case.path_parameters:
                    if name in known:
                        case.path_parameters[name] = known[name]
            response = _send(caller.client, caller.key, case)
            sent += 1
            if response.status_code >= 500:
                errors.append(f"{case.method} {case.formatted_path} → {response.status_code}")

        with contextlib.suppress(Unsatisfiable):  # an operation with nothing to generate
            run()

    for operation in operations:
        for pin_ids in (False, True):
            fuzz(operation, pin_ids, time.monotonic() + per_operation / 2)
    elapsed = time.monotonic() - started
    print(f"schemathesis: {sent} requests, {len(errors)} server errors, {elapsed:.1f} s")
    assert sent >= len(operations)
    assert errors == []
