"""Demo plans: seeds 000 (Yên Hoà 2026), 001 (Vĩnh Phong 4 2026, Số 03-KH/CB) and 003 (Hoa Mai
2022), entered as structured data and issued, so that `chibo demo` shows real plans.

Idempotent: a plan is found by (cell, year, kind) before it is created; a plan left as a
draft by an interrupted run is issued on the next run.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.plans.models import Plan

from .plan_seeds import HOA_MAI_2022, VINH_PHONG_4_2026, YEN_HOA_2026

DEMO_PASSWORD = "demo12345"
DEMO_PLANS = [
    ("Chi bộ Trường Mầm non Yên Hoà", YEN_HOA_2026),
    ("Chi bộ Trường Tiểu học Vĩnh Phong 4", VINH_PHONG_4_2026),
    ("Chi bộ Trường Mầm non Hoa Mai", HOA_MAI_2022),
]
# Hoa Mai's Bí thư has no login in the core demo; she needs one to issue the plan.
EXTRA_LOGINS = {"Trần Thị Nghĩa Quỳnh": "bithu3"}
PLAN_FIELDS = ["year", "kind", "title", "legal_bases", "intro", "sections", "closing", "recipients",
               "signing_capacity", "place_name", "days_before_distribution"]  # fmt: skip


@transaction.atomic
def load_plans_demo() -> list[Plan]:
    plans = []
    for cell_name, data in DEMO_PLANS:
        cell = Cell.objects.filter(name=cell_name).first()
        if cell is not None:
            plans.append(_load(cell, data))
    return plans


def _load(cell: Cell, data: dict[str, Any]) -> Plan:
    signer = Member.objects.get(cell=cell, full_name=data["signer"])
    user = signer.user or _login_for(signer)
    plan = Plan.objects.filter(cell=cell, year=data["year"], kind=data["kind"]).first()
    if plan is None:
        fields = {name: data[name] for name in PLAN_FIELDS if name in data}
        plan = Plan.create(cell=cell, by=user, signer=signer, signer_name=signer.full_name,
                           plan_date=dt.date.fromisoformat(data["plan_date"]), **fields)  # fmt: skip
        for order, topic in enumerate(data.get("topics", []), start=1):
            topic = dict(topic)
            preparers = [
                Member.objects.get(cell=cell, full_name=name) for name in topic.pop("preparers")
            ]
            plan.add_topic(by=user, order=order, preparers=preparers, **topic)
        for order, target in enumerate(data.get("targets", []), start=1):
            plan.add_target(by=user, order=order, **target)
    if plan.is_draft:
        if data.get("number"):
            _reserve_numbers(cell, plan.plan_date, data["number"] - 1)
        plan.issue(by=user)
    return plan


def _reserve_numbers(cell: Cell, on: dt.date | None, last_number: int) -> None:
    """Seed 001 is plan Số 03 of its term: the cell had issued two KH documents before."""
    from chibo.documents.models import NumberRegister

    term = cell.current_term(on)
    register, _ = NumberRegister.objects.get_or_create(cell=cell, term=term, type_code="KH")
    if register.last_number < last_number:
        register.last_number = last_number
        register.save(update_fields=["last_number"])


def _login_for(member: Member) -> Any:
    User = get_user_model()
    username = EXTRA_LOGINS.get(member.full_name) or f"bithu-{member.pk}"
    user = User.objects.filter(username=username).first()
    if user is None:
        family, *rest = member.full_name.split()
        user = User(username=username, first_name=" ".join(rest), last_name=family)
        user.set_password(DEMO_PASSWORD)
        user.save()
    member.user = user
    member.save(update_fields=["user"])
    return user
