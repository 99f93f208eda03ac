"""The year-end evaluation's lines of "Việc hôm nay" (see chibo.lib.today).

A member: their self-assessment while the round waits for it. The chi ủy: how many members have
not yet assessed themselves, or that the cell's proposals are still to be made. A committee
officer: the cells' proposals waiting for the committee's decision. Two queries at most."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, Q
from django.urls import reverse

from chibo.lib.today import INFO, Item, Who, provider

from .models import EvaluationRound, MemberEvaluation

SHOWN_ROUNDS = 5


@provider("evaluations")
def evaluation_items(who: Who) -> Iterable[Item]:
    items: list[Item] = []
    member = who.member
    if member is not None:
        rounds = list(
            EvaluationRound.objects.filter(cell_id=member.cell_id, status=EvaluationRound.Status.SELF_ASSESSMENT)
            .annotate(waiting=Count("evaluations", filter=Q(evaluations__self_submitted_at__isnull=True)),
                      total=Count("evaluations"))
        )  # fmt: skip
        mine = {
            s.round_id: s
            for s in MemberEvaluation.objects.filter(
                round__in=rounds, member=member, self_submitted_at__isnull=True
            )
        } if rounds else {}  # fmt: skip
        for round_ in rounds:
            sheet = mine.get(round_.pk)
            if sheet is not None:
                items.append(Item(
                    title=f"Tự đánh giá, xếp loại năm {round_.year}", url=reverse("evaluations:self", args=[sheet.pk]),
                    why="Chi bộ đang chờ bản tự kiểm điểm của đồng chí.", due=round_.review_meeting_on,
                    action="Tự đánh giá", kind="evaluation.self", rank=25,
                ))  # fmt: skip
            if who.is_editor:
                done = round_.total - round_.waiting
                items.append(Item(
                    title=f"Đánh giá, xếp loại năm {round_.year}: {done}/{round_.total} đảng viên đã tự đánh giá",
                    url=reverse("evaluations:round", args=[round_.pk]),
                    why=("Chi ủy nhận xét, đề xuất mức xếp loại từng đồng chí." if not round_.waiting
                         else "Nhắc các đồng chí chưa nộp bản tự kiểm điểm."),
                    due=round_.review_meeting_on, urgency=None if round_.review_meeting_on else INFO,
                    action="Mở đợt đánh giá", audience="Chi ủy", kind="evaluation.round", rank=45,
                ))  # fmt: skip
    if who.committees:
        paths = Q()
        for committee in who.committees:
            paths |= Q(cell__path__startswith=committee.path)
        waiting = list(
            EvaluationRound.objects.filter(paths, status=EvaluationRound.Status.PROPOSED)
            .select_related("cell").order_by("proposed_at")[: SHOWN_ROUNDS + 1]
        )  # fmt: skip
        for proposed in waiting[:SHOWN_ROUNDS]:
            items.append(Item(
                title=f"{proposed.cell.name} đề xuất xếp loại năm {proposed.year}",
                url=reverse("evaluations:decide", args=[proposed.pk]),
                why="Chờ Đảng ủy quyết định xếp loại.", action="Xem và quyết định",
                kind="evaluation.decide", rank=20,
                facts=(f"Đề xuất ngày {proposed.proposed_at:%d/%m/%Y}",) if proposed.proposed_at else (),
            ))  # fmt: skip
        if len(waiting) > SHOWN_ROUNDS:
            items.append(Item(title="Các chi bộ khác chờ quyết định xếp loại", url=reverse("home"),
                              kind="evaluation.more", urgency=INFO, rank=90))  # fmt: skip
    return items
