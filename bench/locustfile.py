"""`make loadtest`: cell members log in, open their home and the meeting, comment on it; the
chi ủy among them change attendance. Loopback only (scripts/loadtest.sh gives the host).

Every comment carries a UUID; those acknowledged by the server (a redirect back to the
meeting) are written to LOAD_ACKED at the end, so the report can count lost writes.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import uuid
from pathlib import Path
from typing import Any

from locust import HttpUser, between, events, task

SETUP: dict[str, Any] = json.loads(Path(os.environ["LOAD_SETUP"]).read_text())
MEETING = SETUP["meeting"]
PEOPLE = itertools.cycle(SETUP["users"])
MEMBER_IDS = [p["member_id"] for p in SETUP["users"]]
ACKED: list[str] = []
STATUSES = ["present", "late", "excused", "absent"]


@events.test_stop.add_listener
def _write_acked(**_: Any) -> None:
    with open(os.environ["LOAD_ACKED"], "w") as out:
        json.dump(ACKED, out)


class CellMember(HttpUser):
    wait_time = between(0.5, 2.0)

    def on_start(self) -> None:
        person = next(PEOPLE)
        self.editor = person["editor"]
        self.cookies: dict[str, str] = {}
        self.client.get("/login/", name="GET /login/")
        self._plain_cookies()
        with self.client.post(
            "/login/",
            {"username": person["username"], "password": SETUP["password"],
             "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")},
            name="POST /login/", allow_redirects=False, cookies=self.cookies, catch_response=True,
        ) as response:  # fmt: skip
            if response.status_code != 302:
                response.failure(f"login refused: {response.status_code}")
        self._plain_cookies()

    def _plain_cookies(self) -> None:
        # Production cookies are Secure and this run is plain http on loopback, where a client
        # does not send them back: keep their latest values and send them explicitly.
        self.cookies = {
            **getattr(self, "cookies", {}),
            **{c.name: c.value for c in self.client.cookies},
        }
        self.client.cookies.clear()

    def _ok(self, response: Any) -> bool:
        """200, or a redirect that is not to the login page (an anonymous user is an error)."""
        location = response.headers.get("Location", "")
        return response.status_code == 200 or (
            response.status_code == 302 and "/login/" not in location
        )

    @staticmethod
    def _why(response: Any) -> str:
        """What went wrong: the status and redirect, or the client's exception (status 0)."""
        if response.status_code == 0 and response.error is not None:
            return f"0 {type(response.error).__name__}: {str(response.error)[:120]}"
        return f"{response.status_code} {response.headers.get('Location', '')}"

    def _get(self, path: str, name: str) -> None:
        with self.client.get(path, name=name, allow_redirects=False, catch_response=True,
                             cookies=self.cookies) as response:  # fmt: skip
            if not self._ok(response):
                response.failure(self._why(response))
        self._plain_cookies()

    def _post(self, path: str, data: dict[str, str], name: str) -> Any:
        data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
        with self.client.post(path, data, name=name, allow_redirects=False, catch_response=True,
                              cookies=self.cookies) as response:  # fmt: skip
            if response.status_code != 302 or not self._ok(response):
                response.failure(self._why(response))
        self._plain_cookies()
        return response

    @task(3)
    def home(self) -> None:
        self._get("/", "GET / (home: Việc hôm nay)")

    @task(4)
    def meeting_page(self) -> None:
        self._get(f"/meetings/{MEETING}/", "GET /meetings/<id>/")

    @task(2)
    def read_page(self) -> None:
        self._get(f"/meetings/{MEETING}/read/", "GET /meetings/<id>/read/")

    @task(3)
    def comment_or_attendance(self) -> None:
        if self.editor:
            member = random.choice(MEMBER_IDS)
            self._post(f"/meetings/{MEETING}/room/attendance/{member}/",
                       {"status": random.choice(STATUSES), "reason": ""},
                       "POST /meetings/<id>/room/attendance/<member>/")  # fmt: skip
            return
        mark = uuid.uuid4().hex
        response = self._post(f"/meetings/{MEETING}/read/comment/",
                              {"text": f"Góp ý thử tải {mark}"}, "POST /meetings/<id>/read/comment/")  # fmt: skip
        if response.status_code == 302 and "/login/" not in response.headers.get("Location", ""):
            ACKED.append(mark)
