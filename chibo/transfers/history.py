"""What follows a member to the receiving cell, read from the records where they stay: status and
role history, year-end evaluations of every year and cell, the fee position, the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chibo.audit.models import AuditEntry
from chibo.evaluations.models import MemberEvaluation
from chibo.members.models import Member

from .models import Transfer


@dataclass
class Dossier:
    member: Member
    status_changes: list[Any]
    roles: list[Any]
    evaluations: list[MemberEvaluation]
    transfers: list[Transfer]
    audit: list[AuditEntry]


def member_audit(member: Member) -> Any:
    return AuditEntry.objects.filter(object_type=member._meta.label_lower, object_id=str(member.pk))


def dossier(member: Member) -> Dossier:
    return Dossier(
        member=member,
        status_changes=list(member.status_changes.all()[:50]),
        roles=list(member.role_history.all()[:50]),
        evaluations=list(
            MemberEvaluation.objects.filter(member=member)
            .select_related("round__cell")
            .order_by("-round__year")
        ),  # fmt: skip
        transfers=list(
            member.transfers.select_related("from_cell", "to_cell").order_by("-issued_on", "-pk")
        ),
        audit=list(member_audit(member).select_related("actor", "cell")[:100]),
    )
