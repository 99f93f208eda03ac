"""A candidate (quần chúng ưu tú) and the verbs that move the admission file on, each refused
with the rule it breaks (chibo.rules.admission) and leaving nothing changed when refused.

source → course → file → ready → (vote) → proposed → decided → (ceremony) probation →
(recognition vote) recognition → official; stopped at any step before the ceremony.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action, snapshot
from chibo.lib.vietnamese import fold, sort_key
from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Meeting, Vote
from chibo.members.access import viewer_for
from chibo.members.models import Gender, Member, MemberError, Qualification
from chibo.organizations.models import Cell
from chibo.rules import admission as rules
from chibo.rules import organization, votes

from .records import (
    BEFORE_CEREMONY,
    BEFORE_VOTE,
    STEP_FORMS,
    AdmissionError,
    Sponsor,
    Stage,
    Step,
    StepKind,
)

GENERAL_EDUCATION = {
    rules.PRIMARY: "5/12",
    rules.LOWER_SECONDARY: "9/12",
    rules.UPPER_SECONDARY: "12/12",
}
# Steps recorded with a date and a note, in the stage where they belong.
SIMPLE_STEPS: dict[str, tuple[str, ...]] = {
    StepKind.APPLICATION: (Stage.SOURCE, Stage.COURSE, Stage.FILE),
    StepKind.LIFE_HISTORY: (Stage.FILE,),
    StepKind.BACKGROUND_CHECK: (Stage.FILE,),
    StepKind.SELF_REVIEW: (Stage.PROBATION,),
    StepKind.HELPER_REVIEW: (Stage.PROBATION,),
}
# Each step and the one that must come before it (HD 06: the letter, then the life history,
# then the check), with the message when it is missing.
BEFORE: dict[str, str] = {
    StepKind.LIFE_HISTORY: StepKind.APPLICATION,
    StepKind.BACKGROUND_CHECK: StepKind.LIFE_HISTORY,
}


class CandidateQuerySet(models.QuerySet["Candidate"]):
    def for_cell(self, cell: Cell) -> CandidateQuerySet:
        return self.filter(cell=cell)

    def below(self, committee: Any) -> CandidateQuerySet:
        return self.filter(cell__path__startswith=committee.path)

    def open(self) -> CandidateQuerySet:
        return self.exclude(stage__in=(Stage.OFFICIAL, Stage.STOPPED))

    def vietnamese_order(self) -> CandidateQuerySet:
        return self.order_by("sort_key", "pk")


class Candidate(models.Model):
    Stage = Stage
    AUDITED = ["full_name", "gender", "birth_date", "job", "phone", "education", "qualification",
               "hardship_area", "over_age_consent", "proposed_by", "unit_has_youth_union",
               "youth_union_member", "sponsor_route", "route_reason", "helper", "listed_on", "notes"]  # fmt: skip
    # Person data the chi ủy may correct until the ceremony; the register takes over after it.
    EDITABLE = frozenset(AUDITED)

    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="candidates")
    full_name = models.CharField("họ và tên", max_length=120)
    gender = models.CharField("giới tính", max_length=10, choices=Gender.choices)
    birth_date = models.DateField("ngày sinh", null=True, blank=True)
    job = models.CharField("công việc", max_length=120, blank=True, help_text="Ví dụ: Giáo viên")
    phone = models.CharField("số điện thoại", max_length=20, blank=True)
    education = models.CharField(
        "học vấn phổ thông", max_length=20, choices=rules.EDUCATION_LEVELS, blank=True
    )
    qualification = models.CharField(
        "trình độ chuyên môn", max_length=20, choices=Qualification.choices, blank=True
    )
    hardship_area = models.BooleanField(
        "ở miền núi, biên giới, hải đảo, vùng khó khăn", default=False,
        help_text="Chỉ ở những nơi này mới xét người có trình độ tiểu học.")  # fmt: skip
    over_age_consent = models.CharField(
        "văn bản đồng ý kết nạp người quá tuổi quy định", max_length=200, blank=True
    )
    proposed_by = models.CharField("đoàn thể giới thiệu", max_length=200, blank=True,
                                   help_text="Ví dụ: Công đoàn trường, Chi đoàn giáo viên")  # fmt: skip
    unit_has_youth_union = models.BooleanField("đơn vị có tổ chức Đoàn", default=True)
    youth_union_member = models.BooleanField("là đoàn viên", default=False)
    sponsor_route = models.CharField(
        "cách giới thiệu", max_length=20, choices=rules.SPONSOR_ROUTES, blank=True
    )
    route_reason = models.CharField("lý do chọn cách giới thiệu khác", max_length=300, blank=True)
    helper = models.ForeignKey(Member, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                               verbose_name="đảng viên được phân công giúp đỡ")  # fmt: skip
    listed_on = models.DateField("ngày chi bộ đưa vào danh sách", null=True, blank=True)
    certificate_number = models.CharField("số giấy chứng nhận", max_length=50, blank=True)
    certificate_date = models.DateField("ngày cấp giấy chứng nhận", null=True, blank=True)
    certificate_issuer = models.CharField("nơi cấp", max_length=200, blank=True)
    notes = models.TextField("ghi chú", blank=True)
    stage = models.CharField(
        "giai đoạn", max_length=20, choices=Stage.choices, default=Stage.SOURCE
    )
    stage_since = models.DateField("từ ngày", null=True, blank=True)
    # The rule set the cell voted under; before the vote the committee's current choice applies.
    rule_set = models.CharField("bộ quy định", max_length=20, blank=True)
    member = models.OneToOneField(Member, null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="admission", verbose_name="đảng viên")  # fmt: skip
    stop_reason = models.TextField("lý do dừng", blank=True)
    sort_key = models.CharField(max_length=400, editable=False, db_index=True)
    search_text = models.CharField(max_length=400, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")  # fmt: skip

    objects = CandidateQuerySet.as_manager()

    class Meta:
        ordering = ["sort_key", "pk"]
        indexes = [models.Index(fields=["cell", "stage"])]
        verbose_name = "quần chúng ưu tú"
        verbose_name_plural = "quần chúng ưu tú"

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.sort_key = sort_key(self.full_name)
        self.search_text = fold(" ".join([self.full_name, self.phone, self.job]))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "full_name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "sort_key", "search_text"}
        super().save(*args, **kwargs)

    # -- derived facts -------------------------------------------------------------------------
    @cached_property
    def ruleset(self) -> rules.RuleSet:
        """The rule set the file was voted under, or the one its committee applies today."""
        if self.rule_set:
            return rules.rule_set(self.rule_set)
        from chibo.admissions.rulesets import for_cell

        return for_cell(self.cell).rules

    @property
    def effective_stage(self) -> str:
        """The stage, following the register when the member was recognised (or removed,
        transferred…) from the register's own page."""
        member = self.member if self.member_id else None
        if member is not None and member.status == Member.Status.OFFICIAL:
            return Stage.OFFICIAL
        if member is not None and not member.is_active:
            return Stage.STOPPED
        return self.stage

    @property
    def effective_stage_display(self) -> str:
        return str(Stage(self.effective_stage).label)

    def step(self, kind: str) -> Step | None:
        """The latest record of a step (steps are prefetched on the file page)."""
        found = [s for s in self.steps.all() if s.kind == kind]
        return found[-1] if found else None

    def member_sponsors(self) -> list[Sponsor]:
        return [s for s in self.sponsors.all() if s.kind == Sponsor.Kind.MEMBER]

    def age_months(self, on: dt.date) -> int | None:
        return rules.age_in_months(self.birth_date, on) if self.birth_date else None

    def expected_route(self, on: dt.date) -> str:
        months = self.age_months(on)
        return rules.expected_route(age_months=months if months is not None else 0,
                                    unit_has_youth_union=self.unit_has_youth_union)  # fmt: skip

    def route(self, on: dt.date) -> str:
        return self.sponsor_route or self.expected_route(on)

    def certificate_expires(self) -> dt.date | None:
        return (
            rules.certificate_expires(self.certificate_date, self.ruleset)
            if self.certificate_date
            else None
        )

    def problems(self, on: dt.date, *, rule_set: rules.RuleSet | None = None) -> list[str]:
        """Every condition the file does not meet on `on` (the chi ủy's review, the cell's vote),
        each with its rule; [] when the chi bộ may consider the candidate."""
        r = rule_set or self.ruleset
        found = [
            rules.age_problem(birth_date=self.birth_date, on=on, rules=r, over_age_consent=self.over_age_consent),
            rules.education_problem(education=self.education, hardship_area=self.hardship_area, rules=r),
            rules.certificate_problem(issued_on=self.certificate_date, on=on, rules=r),
        ]  # fmt: skip
        for kind in (
            StepKind.APPLICATION,
            StepKind.LIFE_HISTORY,
            StepKind.BACKGROUND_CHECK,
            StepKind.COMMENTS,
        ):
            if self.step(kind) is None:
                form = r.form(STEP_FORMS.get(kind, ""))
                found.append(
                    f"Chưa có bước “{StepKind(kind).label}”{f' ({form})' if form else ''}."
                )
        route = self.route(on)
        found.append(
            rules.route_problem(
                route=route, expected=self.expected_route(on), reason=self.route_reason
            )
        )
        sponsors = self.member_sponsors()
        need = rules.members_needed(route)
        if len(sponsors) < need:
            found.append(f"Cần {need} đảng viên chính thức giới thiệu ({r.form('sponsor')}), mới có "
                         f"{len(sponsors)} ({rules.SOURCE_SPONSOR.text}).")  # fmt: skip
        for sponsor in sponsors:
            assert sponsor.member is not None
            found.append(rules.sponsor_problem(name=sponsor.member.full_name,
                                               official=sponsor.member.status == Member.Status.OFFICIAL,
                                               together_since=sponsor.together_since, on=sponsor.on, rules=r))  # fmt: skip
        if route != rules.TWO_MEMBERS and not any(s.kind == route for s in self.sponsors.all()):
            found.append(f"Chưa có nghị quyết giới thiệu của {rules.ROUTE_LABELS[route].split(' và ')[0]} "
                         f"({r.form('union_resolution')}; {rules.SOURCE_ROUTE.text}).")  # fmt: skip
        return [p for p in found if p]

    def latest_vote(self) -> Vote | None:
        step = self.step(StepKind.VOTE)
        return step.vote if step else None

    # -- internals -----------------------------------------------------------------------------
    def _locked(self, *allowed: str, verb: str) -> Candidate:
        current = (
            Candidate.objects.select_for_update()
            .select_related("cell", "cell__committee")
            .get(pk=self.pk)
        )
        if allowed and current.stage not in allowed:
            raise AdmissionError(
                f"Không thể {verb} khi hồ sơ đang ở giai đoạn “{current.get_stage_display()}”."
            )
        return current

    def _move(self, current: Candidate, stage: str, since: dt.date, action: str, by: Any,
              after: dict[str, Any] | None = None) -> None:  # fmt: skip
        before = {"stage": current.stage, "stage_since": current.stage_since}
        current.stage, current.stage_since = stage, since
        current.version += 1
        current.save(
            update_fields=["stage", "stage_since", "version", "rule_set", "member", "stop_reason"]
        )
        log_action(current, action, by=by, cell=current.cell, before=before,
                   after={"stage": stage, "stage_since": since.isoformat(), **(after or {})})  # fmt: skip
        self.refresh_from_db()

    def _record(
        self, current: Candidate, kind: str, *, by: Any, on: dt.date, **fields: Any
    ) -> Step:
        form = current.ruleset.form(STEP_FORMS.get(kind, ""))
        return Step.objects.create(candidate=current, kind=kind, on=on, form_code=form,
                                   recorded_by=_user(by), **fields)  # fmt: skip

    @staticmethod
    def _today(today: dt.date | None) -> dt.date:
        return today or timezone.localdate()

    # -- verbs: the list and the person ---------------------------------------------------------
    @classmethod
    def add(cls, *, cell: Cell, by: Any, **fields: Any) -> Candidate:
        """Put an outstanding non-member on the cell's list (chi ủy), with the member who helps."""
        _require_editor(by, cell)
        _check_helper(fields.get("helper"), cell)
        with transaction.atomic():
            candidate = cls(cell=cell, created_by=_user(by), stage_since=fields.get("listed_on") or timezone.localdate(),
                            **fields)  # fmt: skip
            candidate.full_clean()
            candidate.save()
            log_action(
                candidate,
                "admissions.add",
                by=by,
                cell=cell,
                after=snapshot(candidate, cls.AUDITED),
            )
        return candidate

    def update(self, *, by: Any, expected_version: int | None = None, **fields: Any) -> None:
        _require_editor(by, self.cell)
        if set(fields) - self.EDITABLE:
            raise AdmissionError(
                "Giai đoạn, quyết định và các bước của hồ sơ được ghi bằng thao tác riêng."
            )
        _check_helper(fields.get("helper"), self.cell)
        with transaction.atomic():
            current = self._locked(*BEFORE_CEREMONY, verb="sửa thông tin")
            if expected_version is not None and current.version != expected_version:
                raise AdmissionError(
                    "Hồ sơ vừa được người khác sửa. Hãy tải lại trang rồi sửa lại."
                )
            before = snapshot(current, self.AUDITED)
            for name, value in fields.items():
                setattr(current, name, value)
            current.full_clean()
            current.version += 1
            current.save()
            log_action(current, "admissions.update", by=by, cell=current.cell, before=before,
                       after=snapshot(current, self.AUDITED))  # fmt: skip
        self.refresh_from_db()

    def record_course(self, *, by: Any, number: str, issued_on: dt.date, issuer: str,
                      today: dt.date | None = None) -> None:  # fmt: skip
        """The awareness-course certificate (valid 60 months when the chi bộ considers)."""
        _require_editor(by, self.cell)
        if issued_on > self._today(today):
            raise AdmissionError("Ngày cấp giấy chứng nhận không thể ở tương lai.")
        if not number.strip():
            raise AdmissionError("Hãy ghi số giấy chứng nhận.")
        with transaction.atomic():
            current = self._locked(*BEFORE_VOTE, verb="ghi giấy chứng nhận")
            current.certificate_number, current.certificate_date = number.strip(), issued_on
            current.certificate_issuer = issuer.strip()
            current.save(
                update_fields=["certificate_number", "certificate_date", "certificate_issuer"]
            )
            Step.objects.filter(candidate=current, kind=StepKind.COURSE).delete()
            self._record(
                current,
                StepKind.COURSE,
                by=by,
                on=issued_on,
                reference=number.strip(),
                actor=issuer.strip(),
            )
            stage = Stage.COURSE if current.stage == Stage.SOURCE else current.stage
            self._move(current, stage, issued_on if stage != current.stage else current.stage_since or issued_on,
                       "admissions.course", by, {"number": number, "issued_on": issued_on.isoformat()})  # fmt: skip

    def record_step(self, kind: str, *, by: Any, on: dt.date, note: str = "", reference: str = "",
                    today: dt.date | None = None) -> Step:  # fmt: skip
        """A step recorded by its date (the application, the life history, the background check;
        the probationary member's self-review and the helper's review)."""
        _require_editor(by, self.cell)
        if kind not in SIMPLE_STEPS:
            raise AdmissionError("Bước này được ghi bằng thao tác riêng.")
        if on > self._today(today):
            raise AdmissionError("Ngày của bước hồ sơ không thể ở tương lai.")
        if kind == StepKind.BACKGROUND_CHECK and not note.strip():
            raise AdmissionError(
                f"Hãy ghi kết luận thẩm tra lý lịch ({rules.SOURCE_BACKGROUND.text})."
            )
        with transaction.atomic():
            current = self._locked(*SIMPLE_STEPS[kind], verb=f"ghi “{StepKind(kind).label}”")
            if current.step(kind) is not None:
                raise AdmissionError(f"Bước “{StepKind(kind).label}” đã được ghi.")
            previous = BEFORE.get(kind)
            if previous is not None:
                earlier = current.step(previous)
                if earlier is None or earlier.on > on:
                    raise AdmissionError(
                        f"“{StepKind(kind).label}” ghi sau “{StepKind(previous).label}”"
                        f"{f' (ngày {earlier.on:%d/%m/%Y})' if earlier else ''} ({rules.SOURCE_ORDER.text})."
                    )  # fmt: skip
            if (
                kind in (StepKind.SELF_REVIEW, StepKind.HELPER_REVIEW)
                and current.stage_since
                and on < current.stage_since
            ):
                raise AdmissionError(
                    "Bản kiểm điểm, nhận xét được viết trong thời kỳ dự bị, sau lễ kết nạp."
                )
            step = self._record(
                current, kind, by=by, on=on, note=note.strip(), reference=reference.strip()
            )
            stage = Stage.FILE if kind == StepKind.APPLICATION else current.stage
            self._move(current, stage, on if stage != current.stage else current.stage_since or on,
                       f"admissions.{kind}", by, {"on": on.isoformat(), "note": note})  # fmt: skip
        return step

    def record_comments(self, *, by: Any, on: dt.date, organisation: str, residence: str,
                        today: dt.date | None = None) -> Step:  # fmt: skip
        """The chi ủy's summary of the mass organisation's and the home-area cell's comments:
        Mẫu 5-KNĐ before the vote, 12-KNĐ during probation; rendered once and kept."""
        from chibo.admissions.documents import store_comments

        _require_editor(by, self.cell)
        if on > self._today(today):
            raise AdmissionError("Ngày lập bản tổng hợp không thể ở tương lai.")
        if not organisation.strip() or not residence.strip():
            raise AdmissionError(
                "Hãy ghi ý kiến nhận xét của đoàn thể và của chi ủy (chi bộ) nơi cư trú."
            )
        with transaction.atomic():
            current = self._locked(
                *BEFORE_VOTE, Stage.PROBATION, verb="lập bản tổng hợp ý kiến nhận xét"
            )
            kind = (
                StepKind.PROBATION_COMMENTS
                if current.stage == Stage.PROBATION
                else StepKind.COMMENTS
            )
            if current.step(kind) is not None:
                raise AdmissionError(f"Đã lập “{StepKind(kind).label}”.")
            step = self._record(current, kind, by=by, on=on,
                                data={"organisation": organisation.strip(), "residence": residence.strip()})  # fmt: skip
            store_comments(step)
            log_action(current, f"admissions.{kind}", by=by, cell=current.cell,
                       after={"on": on.isoformat(), "sha256": step.file_sha256})  # fmt: skip
        return step

    def add_sponsor(self, *, by: Any, kind: str, on: dt.date, member: Member | None = None,
                    organisation: str = "", reference: str = "", together_since: dt.date | None = None,
                    relation: str = "", today: dt.date | None = None) -> Sponsor:  # fmt: skip
        """A sponsor letter (Mẫu 3-KNĐ) from an official member who has worked, studied or lived
        with the candidate at least 12 months, or the Đoàn's / công đoàn's resolution (4-KNĐ)."""
        _require_editor(by, self.cell)
        if on > self._today(today):
            raise AdmissionError("Ngày giới thiệu không thể ở tương lai.")
        with transaction.atomic():
            current = self._locked(*BEFORE_VOTE, verb="ghi người giới thiệu")
            r = current.ruleset
            if kind == Sponsor.Kind.MEMBER:
                if member is None or member.cell_id != current.cell_id or not member.is_active:
                    raise AdmissionError(
                        "Người giới thiệu phải là đảng viên đang sinh hoạt tại chi bộ."
                    )
                if current.sponsors.filter(member=member).exists():
                    raise AdmissionError(
                        f"Đồng chí {member.full_name} đã giới thiệu quần chúng này."
                    )
                problem = rules.sponsor_problem(name=member.full_name, official=member.status == Member.Status.OFFICIAL,
                                                together_since=together_since, on=on, rules=r)  # fmt: skip
                if problem:
                    raise AdmissionError(problem)
                if len(current.member_sponsors()) >= rules.members_needed(current.route(on)):
                    raise AdmissionError(
                        f"Đã đủ đảng viên giới thiệu theo cách “{rules.ROUTE_LABELS[current.route(on)]}”."
                    )
            elif kind in (Sponsor.Kind.YOUTH_UNION, Sponsor.Kind.TRADE_UNION):
                if not organisation.strip() or not reference.strip():
                    raise AdmissionError("Hãy ghi tên tổ chức và số nghị quyết giới thiệu.")
                member, together_since = None, None
            else:
                raise AdmissionError("Người, tổ chức giới thiệu không hợp lệ.")
            sponsor = Sponsor.objects.create(candidate=current, kind=kind, member=member, on=on,
                                             organisation=organisation.strip(), reference=reference.strip(),
                                             together_since=together_since, relation=relation.strip(),
                                             recorded_by=_user(by))  # fmt: skip
            log_action(current, "admissions.sponsor", by=by, cell=current.cell,
                       after={"sponsor": sponsor.name, "kind": kind, "on": on.isoformat(),
                              "together_since": together_since.isoformat() if together_since else ""})  # fmt: skip
        return sponsor

    def remove_sponsor(self, sponsor_id: int, *, by: Any) -> None:
        _require_editor(by, self.cell)
        with transaction.atomic():
            current = self._locked(*BEFORE_VOTE, verb="bỏ người giới thiệu")
            sponsor = current.sponsors.filter(pk=sponsor_id).first()
            if sponsor is None:
                raise AdmissionError("Không có người giới thiệu này trong hồ sơ.")
            name = sponsor.name
            sponsor.delete()
            log_action(
                current,
                "admissions.sponsor_remove",
                by=by,
                cell=current.cell,
                before={"sponsor": name},
            )

    def review(self, *, by: Any, on: dt.date, today: dt.date | None = None) -> None:
        """The chi ủy re-checks every condition (Điều lệ Điều 4.3); any gap is listed, with its
        rule, and the file stays where it was."""
        _require_editor(by, self.cell)
        if on > self._today(today):
            raise AdmissionError("Ngày chi ủy xem xét không thể ở tương lai.")
        with transaction.atomic():
            current = self._locked(
                Stage.COURSE, Stage.FILE, Stage.SOURCE, verb="chuyển hồ sơ để chi bộ xét"
            )
            problems = current.problems(on)
            if problems:
                raise AdmissionError("Hồ sơ chưa đủ điều kiện để chi bộ xét: " + " ".join(problems))
            self._record(current, StepKind.REVIEW, by=by, on=on, actor="Chi ủy")
            self._move(current, Stage.READY, on, "admissions.review", by)

    def record_vote(self, meeting: Meeting, *, by: Any, votes_for: int, votes_against: int,
                    votes_abstain: int = 0) -> votes.Outcome:  # fmt: skip
        """The cell considers this candidate alone at a meeting and votes (only official members;
        at least 2/3 of all of them). The vote is the meeting's (meetings.Vote, kind ADMISSION);
        the conditions are checked again on the meeting's day. A vote that does not pass is kept
        as it happened and the file stays where it was."""
        _require_editor(by, self.cell)
        if meeting.cell_id != self.cell_id:
            raise AdmissionError("Buổi sinh hoạt phải là của chi bộ.")
        day = timezone.localdate(meeting.actual_start or meeting.starts_at)
        with transaction.atomic():
            current = self._locked(Stage.READY, verb="ghi biểu quyết của chi bộ")
            from chibo.admissions.rulesets import for_cell

            r = rules.rule_set_on(for_cell(current.cell).rules, day)
            problems = current.problems(day, rule_set=r)
            if problems:
                raise AdmissionError(
                    f"Ngày {day:%d/%m/%Y} hồ sơ chưa đủ điều kiện: " + " ".join(problems)
                )
            previous = current.latest_vote()
            if previous is not None and Member.vote_outcome(previous).passed:
                raise AdmissionError("Chi bộ đã biểu quyết đạt đề nghị kết nạp quần chúng này.")
            subject = f"Đề nghị kết nạp quần chúng {current.full_name} vào Đảng"
            try:
                vote = Vote.record(meeting, by=by, subject=subject, kind=Vote.Kind.ADMISSION, votes_for=votes_for,
                                   votes_against=votes_against, votes_abstain=votes_abstain)  # fmt: skip
            except MeetingError as error:
                raise AdmissionError(str(error)) from error
            outcome = Member.vote_outcome(vote)
            current.rule_set = r.code
            self._record(current, StepKind.VOTE, by=by, on=day, vote=vote,
                         data={"yes": outcome.yes, "denominator": outcome.denominator, "passed": outcome.passed})  # fmt: skip
            self._move(current, current.stage, current.stage_since or day, "admissions.vote", by,
                       {"meeting": meeting.pk, "yes": outcome.yes, "denominator": outcome.denominator,
                        "passed": outcome.passed, "rule_set": r.code})  # fmt: skip
        return outcome

    def propose(
        self, *, by: Any, on: dt.date, assessment: str = "", today: dt.date | None = None
    ) -> Any:
        """The cell's resolution proposing admission (Mẫu 6-KNĐ), numbered and stored; refused
        unless the cell voted for it with at least 2/3 of all its official members."""
        from chibo.admissions.documents import issue_admission_resolution

        _require_editor(by, self.cell)
        with transaction.atomic():
            current = self._locked(Stage.READY, verb="ban hành nghị quyết đề nghị kết nạp")
            vote = current.latest_vote()
            if vote is None:
                raise AdmissionError(f"Chi bộ chưa biểu quyết. {votes.rule_text(votes.ADMISSION)}")
            problem = rules.vote_problem(Member.vote_outcome(vote))
            if problem:
                raise AdmissionError(problem + " Chưa thể đề nghị kết nạp.")
            if vote.meeting.actual_start is None:
                raise AdmissionError("Buổi sinh hoạt biểu quyết chưa được ghi nhận là đã họp.")
            day = Member.vote_day(vote)
            if on < day or on > self._today(today):
                raise AdmissionError(
                    f"Ngày nghị quyết phải từ ngày chi bộ biểu quyết ({day:%d/%m/%Y}) đến hôm nay."
                )
            document = issue_admission_resolution(
                current, vote=vote, on=on, by=by, assessment=assessment
            )
            self._record(current, StepKind.RESOLUTION, by=by, on=on, document=document,
                         reference=document.number_text, note=assessment.strip())  # fmt: skip
            self._move(
                current,
                Stage.PROPOSED,
                on,
                "admissions.propose",
                by,
                {"document": document.number_text},
            )
        return document

    def record_decision(self, *, by: Any, number: str, decision_date: dt.date, received_on: dt.date,
                        decider: str = "", today: dt.date | None = None) -> None:  # fmt: skip
        """The superior's decision to admit (Mẫu 9-KNĐ): taken on the cell's resolution, never
        before it."""
        _require_editor(by, self.cell)
        today = self._today(today)
        if not number.strip():
            raise AdmissionError("Hãy ghi số quyết định kết nạp của cấp ủy cấp trên.")
        if decision_date > today or received_on > today:
            raise AdmissionError("Ngày quyết định, ngày nhận quyết định không thể ở tương lai.")
        if received_on < decision_date:
            raise AdmissionError("Ngày nhận quyết định không thể trước ngày quyết định.")
        with transaction.atomic():
            current = self._locked(Stage.PROPOSED, verb="ghi quyết định kết nạp")
            resolution = current.step(StepKind.RESOLUTION)
            problem = rules.decision_order_problem(decision_date=decision_date,
                                                   resolution_on=resolution.on if resolution else None)  # fmt: skip
            if problem:
                raise AdmissionError(problem)
            self._record(current, StepKind.DECISION, by=by, on=decision_date, received_on=received_on,
                         reference=number.strip(), actor=decider.strip() or current.ruleset.decider)  # fmt: skip
            self._move(current, Stage.DECIDED, received_on, "admissions.decision", by,
                       {"number": number.strip(), "decision_date": decision_date.isoformat()})  # fmt: skip

    def hold_ceremony(
        self, *, by: Any, on: dt.date, consent: str = "", today: dt.date | None = None
    ) -> Member:
        """The admission ceremony: the candidate becomes a probationary member from that day (a
        member of the register, through Member.admit), twelve months of probation."""
        _require_editor(by, self.cell)
        if on > self._today(today):
            raise AdmissionError("Ngày lễ kết nạp không thể ở tương lai.")
        with transaction.atomic():
            current = self._locked(Stage.DECIDED, verb="ghi lễ kết nạp")
            decision = current.step(StepKind.DECISION)
            assert decision is not None and decision.received_on is not None
            problem = rules.ceremony_problem(on=on, received_on=decision.received_on, rules=current.ruleset,
                                             consent=consent)  # fmt: skip
            if problem:
                raise AdmissionError(problem)
            try:
                member = Member.admit(cell=current.cell, by=by, on=on, decision=f"{decision.reference} ngày {decision.on:%d/%m/%Y}",
                                      full_name=current.full_name, gender=current.gender, birth_date=current.birth_date,
                                      phone=current.phone, job=current.job, qualification=current.qualification,
                                      general_education=GENERAL_EDUCATION.get(current.education, ""))  # fmt: skip
            except MemberError as error:
                raise AdmissionError(str(error)) from error
            except ValidationError as error:
                raise AdmissionError(" ".join(error.messages)) from error
            current.member = member
            self._record(current, StepKind.CEREMONY, by=by, on=on, data={"consent": consent.strip()},
                         note=f"Hết thời kỳ dự bị ngày {organization.probation_ends(on):%d/%m/%Y}")  # fmt: skip
            self._move(
                current, Stage.PROBATION, on, "admissions.ceremony", by, {"member": member.pk}
            )
        return member

    def record_recognition_vote(self, meeting: Meeting, *, by: Any, votes_for: int, votes_against: int,
                                votes_abstain: int = 0) -> votes.Outcome:  # fmt: skip
        """The cell's vote on recognising the probationary member (meetings' recognition vote)."""
        _require_editor(by, self.cell)
        with transaction.atomic():
            current = self._locked(Stage.PROBATION, verb="ghi biểu quyết công nhận chính thức")
            assert current.member is not None
            try:
                vote = Vote.record_recognition(meeting, by=by, member=current.member, votes_for=votes_for,
                                               votes_against=votes_against, votes_abstain=votes_abstain)  # fmt: skip
            except MeetingError as error:
                raise AdmissionError(str(error)) from error
            outcome = Member.vote_outcome(vote)
            self._record(current, StepKind.RECOGNITION_VOTE, by=by, on=Member.vote_day(vote), vote=vote,
                         data={"yes": outcome.yes, "denominator": outcome.denominator, "passed": outcome.passed})  # fmt: skip
            log_action(current, "admissions.recognition_vote", by=by, cell=current.cell,
                       after={"meeting": meeting.pk, "yes": outcome.yes, "passed": outcome.passed})  # fmt: skip
        return outcome

    def propose_recognition(self, *, by: Any, on: dt.date, assessment: str = "",
                            today: dt.date | None = None) -> Any:  # fmt: skip
        """The cell's resolution proposing recognition (Mẫu 13-KNĐ): the probation is over, the
        reports are in the file and the cell voted for it (2/3 of all official members)."""
        from chibo.admissions.documents import issue_recognition_resolution

        _require_editor(by, self.cell)
        with transaction.atomic():
            current = self._locked(
                Stage.PROBATION, verb="ban hành nghị quyết đề nghị công nhận chính thức"
            )
            member = current.member
            assert member is not None
            missing = [f"“{StepKind(k).label}” ({current.ruleset.form(STEP_FORMS[k])})"
                       for k in (StepKind.SELF_REVIEW, StepKind.HELPER_REVIEW, StepKind.PROBATION_COMMENTS)
                       if current.step(k) is None]  # fmt: skip
            if missing:
                raise AdmissionError(
                    "Hồ sơ công nhận chính thức còn thiếu: " + "; ".join(missing) + "."
                )
            vote = member.recognition_vote()
            if vote is None:
                raise AdmissionError(f"Chi bộ chưa biểu quyết công nhận chính thức trong một buổi sinh hoạt đã "
                                     f"họp. {votes.rule_text(votes.ADMISSION)}")  # fmt: skip
            problem = rules.vote_problem(Member.vote_outcome(vote))
            if problem:
                raise AdmissionError(problem + " Chưa thể đề nghị công nhận chính thức.")
            day, ends = Member.vote_day(vote), member.probation_ends
            if ends is None or day < ends:
                raise AdmissionError("Chi bộ biểu quyết trước khi hết thời kỳ dự bị; cần xét lại sau khi hết "
                                     f"{organization.PROBATION_MONTHS} tháng ({organization.SOURCE_PROBATION.text}).")  # fmt: skip
            if on < day or on > self._today(today):
                raise AdmissionError(
                    f"Ngày nghị quyết phải từ ngày chi bộ biểu quyết ({day:%d/%m/%Y}) đến hôm nay."
                )
            document = issue_recognition_resolution(
                current, vote=vote, on=on, by=by, assessment=assessment
            )
            self._record(current, StepKind.RECOGNITION_RESOLUTION, by=by, on=on, document=document,
                         reference=document.number_text, note=assessment.strip())  # fmt: skip
            self._move(current, Stage.RECOGNITION, on, "admissions.propose_recognition", by,
                       {"document": document.number_text})  # fmt: skip
        return document

    def record_recognition(self, *, by: Any, number: str, decision_date: dt.date,
                           today: dt.date | None = None) -> None:  # fmt: skip
        """The superior's decision recognising the member: the register's own verb
        (Member.recognise_official) makes the member official from the end of probation."""
        _require_editor(by, self.cell)
        with transaction.atomic():
            current = self._locked(Stage.RECOGNITION, verb="ghi quyết định công nhận chính thức")
            member = current.member
            assert member is not None and member.probation_ends is not None
            resolution = current.step(StepKind.RECOGNITION_RESOLUTION)
            problem = rules.decision_order_problem(decision_date=decision_date,
                                                   resolution_on=resolution.on if resolution else None,
                                                   what="công nhận đảng viên chính thức")  # fmt: skip
            if problem:
                raise AdmissionError(problem)
            ends = member.probation_ends
            try:
                member.recognise_official(on=ends, decision_number=number, decision_date=decision_date, by=by,
                                          today=self._today(today))  # fmt: skip
            except MemberError as error:
                raise AdmissionError(str(error)) from error
            self._record(current, StepKind.RECOGNITION_DECISION, by=by, on=decision_date, reference=number.strip(),
                         actor=current.ruleset.decider, note=f"Chính thức từ ngày {ends:%d/%m/%Y}")  # fmt: skip
            self._move(
                current,
                Stage.OFFICIAL,
                decision_date,
                "admissions.recognise",
                by,
                {"number": number.strip()},
            )

    def stop(self, *, by: Any, on: dt.date, reason: str) -> None:
        """Stop considering the candidate (withdrawn, not proposed, not admitted by the superior)."""
        _require_editor(by, self.cell)
        if not reason.strip():
            raise AdmissionError("Hãy ghi lý do dừng xem xét.")
        with transaction.atomic():
            current = self._locked(*BEFORE_CEREMONY, verb="dừng xem xét")
            current.stop_reason = reason.strip()
            self._move(
                current, Stage.STOPPED, on, "admissions.stop", by, {"reason": reason.strip()}
            )


def _user(by: Any) -> Any:
    return by if getattr(by, "is_authenticated", False) else None


def _require_editor(by: Any, cell: Cell) -> None:
    """The chi ủy acts on the file (views check first; the model refuses anyway)."""
    if not viewer_for(by).can_edit_cell(cell):
        raise AdmissionError("Chỉ Bí thư, Phó Bí thư và chi ủy viên được làm việc này.")


def _check_helper(helper: Member | None, cell: Cell) -> None:
    if helper is not None and (
        helper.cell_id != cell.pk or helper.status != Member.Status.OFFICIAL
    ):
        raise AdmissionError("Đảng viên giúp đỡ phải là đảng viên chính thức của chi bộ.")
