"""make_* helpers for plan tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.plans.models import Plan, Topic


def make_plan(cell: Cell, **extra: Any) -> Plan:
    fields: dict[str, Any] = {
        "year": 2026,
        "kind": Plan.Kind.THEMATIC,
        "title": "Thực hiện sinh hoạt theo chuyên đề năm 2026",
        "legal_bases": ["Căn cứ Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025;"],
        "intro": "Chi bộ xây dựng kế hoạch như sau:",
        "sections": [
            {"heading": "I. MỤC ĐÍCH, YÊU CẦU", "body": "- Nâng cao chất lượng sinh hoạt chi bộ."},
            {"heading": "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM 2026", "body": "", "list": True},
        ],
        "closing": "Trên đây là Kế hoạch./.",
        "recipients": ["Đảng ủy xã Yên Mô (để báo cáo)", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
        "signer_name": "Dương Thị Huệ",
        "signing_capacity": "T/M CHI BỘ",  # the test cell is small: no chi ủy
        "place_name": "Yên Mô",
        "plan_date": dt.date(2026, 1, 5),
    }
    fields.update(extra)
    return Plan.objects.create(cell=cell, **fields)


def make_topic(
    plan: Plan, quarter: int = 1, preparers: list[Member] | None = None, **extra: Any
) -> Topic:
    fields: dict[str, Any] = {
        "order": quarter,
        "title": f"Chủ đề quý {quarter}",
        "content": "Đánh giá kết quả thực hiện nhiệm vụ.",
        "form": "Báo cáo chuyên đề",
    }
    fields.update(extra)
    topic = Topic.objects.create(plan=plan, quarter=quarter, **fields)
    topic.preparers.set(preparers or [])
    return topic


def make_full_plan(cell: Cell, preparer: Member, **extra: Any) -> Plan:
    plan = make_plan(cell, **extra)
    for quarter in (1, 2, 3, 4):
        make_topic(plan, quarter, [preparer], month=quarter * 3)
    return plan


def mark_issued(plan: Plan) -> Plan:
    """Test data only: an issued plan without going through the document register."""
    Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.ISSUED)
    plan.refresh_from_db()
    return plan
