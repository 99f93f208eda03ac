"""A second school cell (Hoa Mai, another Đảng ủy) with its own Bí thư, for transfers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.test import Client

from chibo.conftest import make_cell, make_committee, make_member, make_user
from chibo.members.models import Role
from chibo.transfers.models import Transfer


def hoa_mai(world: Any) -> Any:
    committee = make_committee("Đảng ủy phường Thạch Bàn", parent=world.committee.parent)
    cell = make_cell(committee, "Chi bộ Trường Mầm non Hoa Mai")
    make_member(cell, "Trần Thị Nghĩa Quỳnh", role=Role.SECRETARY, user=make_user("bithu3"))
    return cell


def client_of(user: Any) -> Client:
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def issue(world: Any, to_cell: Any, **extra: Any) -> Transfer:
    fields: dict[str, Any] = {
        "member": world.member, "by": world.secretary.user, "on": dt.date(2026, 9, 7),
        "kind": Transfer.Kind.OFFICIAL, "reason": "Chuyển công tác về Trường Mầm non Hoa Mai",
        "cause_on": dt.date(2026, 9, 1), "to_cell": to_cell, "today": dt.date(2026, 9, 7),
    }  # fmt: skip
    return Transfer.issue(**{**fields, **extra})  # extra may replace to_cell too
