"""A plan as a Party document (HD 36-HD/VPTW): header, KẾ HOẠCH, bases, sections, topics or
targets, recipients, signature. Rendering to DOCX/HTML is chibo.documents' job."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from django.db.models import prefetch_related_objects

from chibo.documents.parts import header_for, signature_for
from chibo.documents.party import Block, Bullet, Heading, Paragraph, PartyDocument
from chibo.lib.vietnamese import roman
from chibo.members.models import Member, Role

if TYPE_CHECKING:
    from .models import Plan, Target, Topic

ROLE_IN_CELL = {
    Role.SECRETARY: "Bí thư chi bộ",
    Role.DEPUTY_SECRETARY: "Phó Bí thư chi bộ",
    Role.COMMITTEE_MEMBER: "Chi ủy viên",
}
_ROMAN_HEADING = re.compile(r"^[IVXLC]+\.\s")
_NUMBER_HEADING = re.compile(r"^\d+(\.\d+)*\.?\s")


def heading_level(text: str) -> int:
    """'I. MỤC ĐÍCH' → 1, '1. Mục đích' or '4.1. Công tác …' → 2, anything else ('* Thuận lợi:') → 3."""
    if _ROMAN_HEADING.match(text):
        return 1
    if _NUMBER_HEADING.match(text):
        return 2
    return 3


def body_blocks(body: str) -> Iterator[Block]:
    """Lines of a section body: '- ' lines are bullets, other lines paragraphs ('+ ' kept as written)."""
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("- ", "· ")):
            yield Bullet(line[2:].strip())
        else:
            yield Paragraph(line)


def preparer_text(topic: Topic) -> str:
    people = []
    for member in topic.preparers.all():
        role = ROLE_IN_CELL.get(Role(member.role)) if member.role in ROLE_IN_CELL else None
        people.append(f"Đồng chí {member.full_name}" + (f" - {role}" if role else ""))
    if topic.preparer_note:
        people.append(topic.preparer_note)
    return "; ".join(people)


def topic_time(topic: Topic, year: int) -> str:
    if topic.month:
        return f"Tháng {topic.month} năm {year}"
    return f"Quý {roman(topic.quarter)} năm {year}"


def topic_blocks(plan: Plan, topics: Iterable[Topic]) -> Iterator[Block]:
    for index, topic in enumerate(topics, start=1):
        yield Heading(f"{index}. Chuyên đề {index} (Quý {roman(topic.quarter)}):", level=2)
        yield Bullet(f"Chủ đề: {topic.title}")
        lines = [line.strip() for line in topic.content.splitlines() if line.strip()]
        if len(lines) == 1:
            yield Bullet(f"Nội dung công việc: {lines[0]}")
        elif lines:
            yield Bullet("Nội dung công việc:")
            yield from (Paragraph(line) for line in lines)
        yield Bullet(f"Thời gian: {topic_time(topic, plan.year)}")
        if topic.form:
            yield Bullet(f"Hình thức: {topic.form}")
        preparers = preparer_text(topic)
        if preparers:
            yield Bullet(f"Người thực hiện: {preparers}")
        if topic.outputs.strip():
            yield Bullet(f"Sản phẩm sau chuyên đề: {' '.join(topic.outputs.split())}")


def target_blocks(targets: Iterable[Target]) -> Iterator[Block]:
    """Targets as bullets; consecutive targets of one group under a '- group:' line, as '+ …'."""
    group = ""
    for target in targets:
        if target.group != group:
            group = target.group
            if group:
                yield Bullet(group.rstrip(":") + ":")
        yield Paragraph(f"+ {target.text}") if group else Bullet(target.text)


def plan_blocks(plan: Plan, topics: list[Topic], targets: list[Target]) -> list[Block]:
    blocks: list[Block] = [Paragraph(base) for base in plan.legal_bases if base.strip()]
    if plan.intro.strip():
        blocks.append(Paragraph(plan.intro.strip()))
    headings = {s.get("heading", "").strip() for s in plan.sections}
    loose = [t for t in targets if t.section.strip() not in headings]
    listed = False
    for section in plan.sections:
        heading = section.get("heading", "").strip()
        if heading:
            blocks.append(Heading(heading, level=heading_level(heading)))
        blocks.extend(body_blocks(section.get("body", "")))
        blocks.extend(
            target_blocks([t for t in targets if heading and t.section.strip() == heading])
        )
        if section.get("list") and not listed:
            listed = True
            blocks.extend(topic_blocks(plan, topics) if plan.is_thematic else target_blocks(loose))
    if not listed and (topics if plan.is_thematic else loose):
        title = (
            f"NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM {plan.year}"
            if plan.is_thematic
            else "CÁC CHỈ TIÊU PHẤN ĐẤU"
        )
        blocks.append(Heading(title, level=1))
        blocks.extend(topic_blocks(plan, topics) if plan.is_thematic else target_blocks(loose))
    if plan.closing.strip():
        blocks.append(Paragraph(plan.closing.strip()))
    return blocks


def plan_document(plan: Plan, number_text: str | None = None) -> PartyDocument:
    """The plan as a PartyDocument; without `number_text` it is a draft ('Số    -KH/CB')."""
    cell = plan.cell
    prefetch_related_objects(
        [plan], "topics__preparers", "targets"
    )  # no-op when the view prefetched
    topics = list(plan.topics.all()) if plan.is_thematic else []
    targets = list(plan.targets.all())
    signer = plan.signer if isinstance(plan.signer, Member) else None
    return PartyDocument(
        header=header_for(cell, number_text, plan.plan_date, type_code="KH", place=plan.place_name),
        doc_type="KẾ HOẠCH",
        summary=plan.title,
        blocks=plan_blocks(plan, topics, targets),
        recipients=[r for r in plan.recipients if r.strip()],
        # The plan records who signs (the form shows it; the checks warn when the capacity
        # does not match the cell); an empty capacity follows the cell.
        signature=signature_for(
            cell,
            capacity=plan.signing_capacity,
            title=plan.signer_title,
            name=signer.full_name if signer else plan.signer_name,
        ),
        draft=number_text is None,
    )
