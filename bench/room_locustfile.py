"""`make loadtest-room`: phones follow one meeting the way room.js does (poll the state every
second with If-None-Match, vote when the chair opens a vote, now and then ask to speak), and
one chair moves the agenda, turns pages and opens and closes votes.

The update delay: the chair notes the time before each change and the version it produced;
each phone notes when it first saw each version. Written to ROOM_LOAD_OUT at the end."""

from __future__ import annotations

import bisect
import json
import os
import random
import time
import uuid
from pathlib import Path
from typing import Any

from locust import HttpUser, between, constant, events, task

SETUP: dict[str, Any] = json.loads(Path(os.environ["ROOM_LOAD_SETUP"]).read_text())
MEETING = SETUP["meeting"]
STATE = f"/meetings/{MEETING}/live/state/"
PEOPLE = iter(SETUP["users"])
CHANGES: list[tuple[int, float]] = []  # (version after the chair's change, time before it)
SEEN: list[list[tuple[int, float]]] = []  # per phone: (version, first time seen)
BALLOTS: dict[str, Any] = {"sent": 0, "resent": 0, "acked": {}, "refused": 0}
AGENDA = [
    "opening",
    "roll_call",
    "last_month",
    "this_month",
    "thematic",
    "discussion",
    "conclusion",
]


@events.test_stop.add_listener
def _write(**_: Any) -> None:
    delays: list[float] = []
    for version, started in CHANGES:
        for seen in SEEN:
            if not seen or seen[0][1] > started:
                continue  # this phone was not following yet (still logging in)
            at = bisect.bisect_left(seen, (version, 0.0))
            if at < len(seen):
                delays.append(seen[at][1] - started)
    with open(os.environ["ROOM_LOAD_OUT"], "w") as out:
        json.dump({"changes": len(CHANGES), "delays": delays, "ballots": BALLOTS}, out)


class Browser(HttpUser):
    abstract = True

    def login(self, username: str, password: str) -> None:
        self.cookies: dict[str, str] = {}
        self.client.get("/login/", name="GET /login/")
        self._plain_cookies()
        with self.client.post("/login/", {"username": username, "password": password,
                                          "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")},
                              name="POST /login/", allow_redirects=False, cookies=self.cookies,
                              catch_response=True) as response:  # fmt: skip
            if response.status_code != 302:
                response.failure(f"login refused: {response.status_code}")
        self._plain_cookies()

    def _plain_cookies(self) -> None:
        # Production cookies are Secure and this run is plain http on loopback: keep them and
        # send them explicitly.
        self.cookies = {
            **getattr(self, "cookies", {}),
            **{c.name: c.value for c in self.client.cookies},
        }
        self.client.cookies.clear()

    def state(self, etag: str | None) -> tuple[dict[str, Any] | None, str | None]:
        headers = {"If-None-Match": etag} if etag else {}
        with self.client.get(STATE, name="GET /meetings/<id>/live/state/", headers=headers,
                             cookies=self.cookies, catch_response=True) as response:  # fmt: skip
            if response.status_code == 304:
                return None, etag
            if response.status_code != 200:
                response.failure(f"{response.status_code}")
                return None, etag
            return response.json(), response.headers.get("ETag")

    def post(self, path: str, data: dict[str, str], name: str, ok: tuple[int, ...] = (302,)) -> Any:
        data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
        with self.client.post(path, data, name=name, allow_redirects=False, cookies=self.cookies,
                              catch_response=True) as response:  # fmt: skip
            location = response.headers.get("Location", "")
            if response.status_code not in ok or "/login/" in location:
                response.failure(f"{response.status_code} {location}")
        self._plain_cookies()
        return response


class Phone(Browser):
    wait_time = constant(1.0)  # room.js polls one second after each answer
    weight = 40

    def on_start(self) -> None:
        self.login(next(PEOPLE), SETUP["password"])
        self.etag: str | None = None
        self.seen: list[tuple[int, float]] = []
        SEEN.append(self.seen)
        self.tokens: dict[int, str] = {}

    @task
    def follow(self) -> None:
        data, self.etag = self.state(self.etag)
        if data is None:
            return
        now = time.time()
        if not self.seen or data["version"] > self.seen[-1][0]:
            self.seen.append((data["version"], now))
        ballot = data.get("ballot")
        me = data.get("me", {})
        if ballot and ballot["open"] and me.get("may_vote") and not me.get("voted"):
            self.vote(ballot["id"])
        elif random.random() < 0.01 and me.get("present") and not me.get("speaking"):
            self.post(
                f"/meetings/{MEETING}/live/speak/", {}, "POST /meetings/<id>/live/speak/", ok=(200,)
            )

    def vote(self, ballot_id: int) -> None:
        token = self.tokens.setdefault(ballot_id, uuid.uuid4().hex)
        fields = {"ballot": str(ballot_id), "choice": random.choice(["yes", "yes", "yes", "no", "abstain"]),
                  "token": token}  # fmt: skip
        # One phone in five loses the answer and sends the same ballot again (weak Wi-Fi).
        times = 2 if random.random() < 0.2 else 1
        for n in range(times):
            BALLOTS["sent" if n == 0 else "resent"] += 1
            response = self.post(f"/meetings/{MEETING}/live/ballot/", fields,
                                 "POST /meetings/<id>/live/ballot/", ok=(200,))  # fmt: skip
            if response.status_code == 200 and response.json().get("ok"):
                BALLOTS["acked"].setdefault(str(ballot_id), [])
                if token not in BALLOTS["acked"][str(ballot_id)]:
                    BALLOTS["acked"][str(ballot_id)].append(token)
            elif response.status_code == 409:
                BALLOTS["refused"] += 1


class Chair(Browser):
    wait_time = between(4.0, 6.0)
    fixed_count = 1

    def on_start(self) -> None:
        self.login(SETUP["chair"]["username"], SETUP["chair"]["password"])
        self.step = 0
        self.ballot: int | None = None
        self.opened_at = 0.0
        self.item, self.pages = "opening", 0

    def change(self, path: str, data: dict[str, str], name: str) -> None:
        """Read the version, make the change, read again: any newer version came after `started`
        (a phone's ballot may have made it; the phones must see it all the same)."""
        started = time.time()
        before, _ = self.state(None)
        self.post(path, data, name)
        after, _ = self.state(None)
        if before is not None and after is not None and after["version"] > before["version"]:
            CHANGES.append((before["version"] + 1, started))
        if after is not None:
            self.item = after["item"]["key"]
            self.pages = after["document"]["pages"]

    @task
    def drive(self) -> None:
        base = f"/meetings/{MEETING}/console/"
        self.step += 1
        if self.ballot is None and self.step % 12 == 0:
            self.change(base + "ballot/open/", {"subject": f"Biểu quyết thử {self.step}", "kind": "ordinary",
                                                "subject_kind": "other"}, "POST console/ballot/open/")  # fmt: skip
            state, _ = self.state(None)
            self.ballot = state["ballot"]["id"] if state and state.get("ballot") else None
            self.opened_at = time.time()
        elif self.ballot is not None and time.time() - self.opened_at > 20:
            self.change(
                base + "ballot/close/", {"ballot": str(self.ballot)}, "POST console/ballot/close/"
            )
            self.ballot = None
        elif self.step % 3 == 0 and self.pages > 1:
            self.change(
                base + "page/", {"page": str(1 + self.step % self.pages)}, "POST console/page/"
            )
        else:
            self.change(
                base + "move/", {"item": AGENDA[self.step % len(AGENDA)]}, "POST console/move/"
            )
