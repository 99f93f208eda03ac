"""The annual review and rating round of a cell (QĐ 366-QĐ/TW, HD 43-HD/BTCTW).

Order of the round: every member assesses themself → the chi ủy reviews and proposes a level
(after the other members' comments) → the cell votes on the proposals → the cell's own
assessment (members before the organisation) → the superior committee decides, and may change
a level with a reason. Quarterly self-ratings (Mẫu 05) are kept as records beside the year.

The rules themselves (bands, conditions, cap, citations by year) are `chibo.rules.evaluation`;
the vote is `chibo.rules.votes` (kind EVALUATION).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action, snapshot
from chibo.members.models import Member, Role
from chibo.organizations.models import Cell
from chibo.rules import evaluation as rules
from chibo.rules import votes


class Level(models.TextChoices):
    """The four levels of QĐ 366, Điều 11, as model choices (codes from the rulebook)."""

    EXCELLENT = rules.EXCELLENT, rules.LEVEL_LABELS[rules.EXCELLENT]
    GOOD = rules.GOOD, rules.LEVEL_LABELS[rules.GOOD]
    DONE = rules.DONE, rules.LEVEL_LABELS[rules.DONE]
    NOT_DONE = rules.NOT_DONE, rules.LEVEL_LABELS[rules.NOT_DONE]


UNIT_RESULT_CHOICES = list(rules.UNIT_RESULTS)
QUARTER_CHOICES = [(q, rules.QUARTER_NAMES[q]) for q in rules.QUARTERS]
CAP_CHOICES = [
    (rules.DEFAULT_CAP_PERCENT, f"{rules.DEFAULT_CAP_PERCENT}%"),
    (
        rules.RAISED_CAP_PERCENT,
        f"{rules.RAISED_CAP_PERCENT}% (theo quyết định của cấp có thẩm quyền)",
    ),
]
# The Party post printed on the sheet, from the member's role in the cell.
PARTY_POSTS: dict[str, str] = {
    Role.SECRETARY: "Bí thư Chi bộ",
    Role.DEPUTY_SECRETARY: "Phó Bí thư Chi bộ",
    Role.COMMITTEE_MEMBER: "Chi ủy viên",
}
# A default only (the member may change it): who is taken to hold a leadership or management
# post and so fills Mẫu 2A — the Bí thư and Phó Bí thư, and heads and deputies of the school.
LEADER_ROLES = (Role.SECRETARY, Role.DEPUTY_SECRETARY)
LEADER_JOB_WORDS = ("hiệu trưởng", "giám đốc", "trưởng phòng", "trưởng khoa", "chủ tịch")


def _holds_leading_post(member: Member) -> bool:
    job = (member.job or "").lower()
    return member.role in LEADER_ROLES or any(word in job for word in LEADER_JOB_WORDS)


class EvaluationError(Exception):
    """A rule refused the step; the message is for the user."""


def _can_edit(by: Any, cell: Cell) -> bool:
    from chibo.members.access import Viewer

    return Viewer(by).can_edit_cell(cell)


def decides_for(by: Any, cell: Cell) -> bool:
    """A committee officer of the cell's committee or one above it."""
    from chibo.members.access import Viewer

    return any(cell.path.startswith(c.path) for c in Viewer(by).committees)


def _change(who: str, before: str, after: str, reason: str) -> str:
    return (f"{who}: {rules.LEVEL_SHORT.get(before, '—')} → {rules.LEVEL_SHORT[after]} "
            f"(lý do: {reason})")  # fmt: skip


class EvaluationRound(models.Model):
    class Status(models.TextChoices):
        SELF_ASSESSMENT = "self_assessment", "Đảng viên tự đánh giá"
        PROPOSED = "proposed", "Chi bộ đã đề xuất"
        DECIDED = "decided", "Cấp trên đã quyết định"

    SETTING_FIELDS = ["cap_percent", "cap_decision", "review_meeting_on", "report_sent_on"]

    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="evaluation_rounds")
    year = models.PositiveSmallIntegerField("năm")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SELF_ASSESSMENT)
    cap_percent = models.PositiveSmallIntegerField(
        "tỷ lệ xuất sắc tối đa (%)", default=rules.DEFAULT_CAP_PERCENT, choices=CAP_CHOICES
    )
    cap_decision = models.CharField("căn cứ nâng tỷ lệ", max_length=200, blank=True)
    review_meeting_on = models.DateField("ngày họp kiểm điểm", null=True, blank=True)
    report_sent_on = models.DateField("ngày gửi dự thảo báo cáo tập thể", null=True, blank=True)
    proposed_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    report = models.ForeignKey("documents.IssuedDocument", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="+", verbose_name="báo cáo đã ban hành")  # fmt: skip
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cell", "year"], name="one_round_per_cell_year")
        ]
        ordering = ["-year"]

    def __str__(self) -> str:
        return f"Đánh giá, xếp loại năm {self.year} — {self.cell}"

    @property
    def sources(self) -> rules.RoundSources:
        """The texts this round is held under (those in force in its year)."""
        return rules.for_year(self.year)

    @staticmethod
    def _settings_problem(values: dict[str, Any]) -> str:
        problem = rules.cap_problem(values["cap_percent"], values["cap_decision"] or "")
        if problem:
            return problem
        sent, meeting = values["report_sent_on"], values["review_meeting_on"]
        if sent and meeting and sent > meeting:
            return "Ngày gửi dự thảo báo cáo tập thể phải trước ngày họp kiểm điểm."
        return ""

    @classmethod
    def open(cls, *, cell: Cell, year: int, by: Any, cap_percent: int = rules.DEFAULT_CAP_PERCENT,
             cap_decision: str = "", review_meeting_on: dt.date | None = None,
             report_sent_on: dt.date | None = None) -> EvaluationRound:  # fmt: skip
        """Open the year's round: one sheet per current member, Mẫu 2A pre-chosen for those who
        hold a leading post, the cap and the dates as the chi ủy set them."""
        values = {"cap_percent": cap_percent, "cap_decision": cap_decision,
                  "review_meeting_on": review_meeting_on, "report_sent_on": report_sent_on}  # fmt: skip
        problem = cls._settings_problem(values)
        if problem:
            raise EvaluationError(problem)
        with transaction.atomic():
            if cls.objects.filter(cell=cell, year=year).exists():
                raise EvaluationError(f"Chi bộ đã mở đợt đánh giá năm {year}.")
            round_ = cls.objects.create(cell=cell, year=year, **values)
            members = list(Member.objects.for_cell(cell).current())
            MemberEvaluation.objects.bulk_create([
                MemberEvaluation(round=round_, member=m, party_post=PARTY_POSTS.get(m.role, ""),
                                 government_post=m.job, is_leader=_holds_leading_post(m))
                for m in members
            ])  # fmt: skip
            CellEvaluation.objects.create(round=round_)
            log_action(round_, "evaluation.open", by=by, cell=cell,
                       after={"year": year, "members": len(members), **values})  # fmt: skip
        return round_

    def _lock(self) -> EvaluationRound:
        return EvaluationRound.objects.select_for_update().get(pk=self.pk)

    def configure(self, *, by: Any, **fields: Any) -> None:
        """Change the cap (before the cell proposes) or the dates (before the decision)."""
        unknown = set(fields) - set(self.SETTING_FIELDS)
        if unknown:
            raise EvaluationError("Trường không hợp lệ: " + ", ".join(sorted(unknown)) + ".")
        with transaction.atomic():
            current = self._lock()
            if not _can_edit(by, current.cell):
                raise EvaluationError("Chỉ chi ủy thay đổi thông tin đợt đánh giá.")
            if current.status == self.Status.DECIDED:
                raise EvaluationError("Cấp trên đã quyết định; không sửa được nữa.")
            cap_changed = any(
                name in fields and fields[name] != getattr(current, name)
                for name in ("cap_percent", "cap_decision")
            )
            if cap_changed and current.status != self.Status.SELF_ASSESSMENT:
                raise EvaluationError("Chi bộ đã đề xuất; không thay đổi tỷ lệ xuất sắc được nữa.")
            values = {
                name: fields.get(name, getattr(current, name)) for name in self.SETTING_FIELDS
            }
            problem = self._settings_problem(values)
            if problem:
                raise EvaluationError(problem)
            before = snapshot(current, self.SETTING_FIELDS)
            for name, value in values.items():
                setattr(current, name, value)
            current.save(update_fields=self.SETTING_FIELDS)
            log_action(current, "evaluation.configure", by=by, cell=current.cell, before=before,
                       after=snapshot(current, self.SETTING_FIELDS))  # fmt: skip
        self.refresh_from_db()

    def propose_members(
        self, *, by: Any, proposals: list[tuple[MemberEvaluation, dict[str, Any]]]
    ) -> int:
        """Several members' proposals at once (a paper sheet read from Excel, or "as each
        member rated themselves"): each goes through MemberEvaluation.propose with its checks,
        all or none; a refusal names the member. Returns how many were recorded."""
        with transaction.atomic():
            current = self._lock()
            if current.status != self.Status.SELF_ASSESSMENT:
                raise EvaluationError("Đợt đánh giá đã khép lại; không sửa được nữa.")
            for sheet, values in proposals:
                if sheet.round_id != current.pk:
                    raise EvaluationError("Phiếu không thuộc đợt đánh giá này.")
                try:
                    sheet.propose(by=by, **values)
                except EvaluationError as error:
                    raise EvaluationError(f"Đồng chí {sheet.member.full_name}: {error}") from error
        return len(proposals)

    def propose(self, *, by: Any) -> None:
        """The cell adopts its proposals: every member proposed and voted, the cap respected."""
        with transaction.atomic():
            current = self._lock()
            if current.status != self.Status.SELF_ASSESSMENT:
                raise EvaluationError("Đợt đánh giá đã được đề xuất hoặc quyết định.")
            evaluations = list(current.evaluations.select_related("member"))
            missing = [e.member.full_name for e in evaluations if not e.proposed_level]
            if missing:
                raise EvaluationError("Chưa đề xuất mức xếp loại cho: " + ", ".join(missing) + ".")
            not_voted = [e.member.full_name for e in evaluations if not e.vote_passed]
            if not_voted:
                raise EvaluationError(
                    "Đề xuất chưa được chi bộ biểu quyết thông qua cho: " + ", ".join(not_voted)
                    + ". " + votes.rule_text(votes.EVALUATION)
                )  # fmt: skip
            message = rules.cap_violation(
                [e.proposed_level for e in evaluations], current.cap_percent, year=current.year
            )
            if message:
                raise EvaluationError(message)
            cell_eval = current.cell_evaluation
            if not cell_eval.proposed_level:
                raise EvaluationError(
                    "Chưa có tự đánh giá, đề xuất mức xếp loại của chi bộ "
                    f"({current.sources.order.text})."
                )
            current.status = self.Status.PROPOSED
            current.proposed_at = timezone.now()
            current.save(update_fields=["status", "proposed_at"])
            log_action(current, "evaluation.propose", by=by, cell=current.cell,
                       after={e.member.full_name: e.proposed_level for e in evaluations})  # fmt: skip
        self.refresh_from_db()

    def decide(self, *, by: Any, overrides: dict[int, str] | None = None,
               reasons: dict[int, str] | None = None, cell_level: str = "",
               cell_reason: str = "") -> None:  # fmt: skip
        """The superior committee decides. It may change a member's or the cell's level; each
        change needs its reason, which is kept on the sheet and in the log. The cap is checked
        again on the final levels."""
        overrides, reasons = overrides or {}, reasons or {}
        valid = set(Level.values)
        if any(level not in valid for level in [*overrides.values(), *filter(None, [cell_level])]):
            raise EvaluationError("Mức xếp loại không hợp lệ.")
        with transaction.atomic():
            current = self._lock()
            if not decides_for(by, current.cell):
                raise EvaluationError("Chỉ cấp ủy cấp trên quyết định xếp loại.")
            if current.status != self.Status.PROPOSED:
                raise EvaluationError("Chỉ quyết định khi chi bộ đã đề xuất.")
            evaluations = list(current.evaluations.select_related("member"))
            unknown = set(overrides) - {e.pk for e in evaluations}
            if unknown:
                raise EvaluationError("Có phiếu không thuộc đợt đánh giá này.")
            changes: list[str] = []
            for evaluation in evaluations:
                final = overrides.get(evaluation.pk) or evaluation.proposed_level
                reason = (reasons.get(evaluation.pk) or "").strip()
                if final != evaluation.proposed_level:
                    if not reason:
                        raise EvaluationError(
                            f"Thay đổi mức xếp loại của đồng chí {evaluation.member.full_name} "
                            "cần ghi lý do."
                        )
                    changes.append(
                        _change(
                            evaluation.member.full_name, evaluation.proposed_level, final, reason
                        )
                    )
                evaluation.final_level = final
                evaluation.final_reason = reason if final != evaluation.proposed_level else ""
            message = rules.cap_violation(
                [e.final_level for e in evaluations], current.cap_percent, year=current.year
            )
            if message:
                raise EvaluationError(message)
            cell_eval = current.cell_evaluation
            final_cell = cell_level or cell_eval.proposed_level
            if final_cell != cell_eval.proposed_level:
                if not cell_reason.strip():
                    raise EvaluationError("Thay đổi mức xếp loại của chi bộ cần ghi lý do.")
                changes.append(
                    _change("Chi bộ", cell_eval.proposed_level, final_cell, cell_reason.strip())
                )
            for evaluation in evaluations:
                evaluation.save(update_fields=["final_level", "final_reason"])
            cell_eval.final_level = final_cell
            cell_eval.final_reason = (
                cell_reason.strip() if final_cell != cell_eval.proposed_level else ""
            )
            cell_eval.save(update_fields=["final_level", "final_reason"])
            current.status = self.Status.DECIDED
            current.decided_at = timezone.now()
            current.decided_by = by
            current.save(update_fields=["status", "decided_at", "decided_by"])
            log_action(current, "evaluation.decide", by=by, cell=current.cell,
                       after={**{e.member.full_name: e.final_level for e in evaluations},
                              "chi bộ": cell_eval.final_level, "thay đổi": "; ".join(changes)})  # fmt: skip
        self.refresh_from_db()

    def issue_report(self, *, by: Any) -> Any:
        """Number, render and store the cell's report on the round (BC), once proposed."""
        from chibo.documents.models import IssuedDocument

        from .documents import report_document

        with transaction.atomic():
            current = self._lock()
            if not _can_edit(by, current.cell):
                raise EvaluationError("Chỉ chi ủy ban hành báo cáo.")
            if current.status == self.Status.SELF_ASSESSMENT:
                raise EvaluationError("Chi bộ cần đề xuất mức xếp loại trước khi ban hành báo cáo.")
            if current.report_id:
                raise EvaluationError("Báo cáo của đợt đánh giá này đã được ban hành.")
            document = IssuedDocument.issue(
                cell=current.cell, type_code="BC", by=by, source=current, on=timezone.localdate(),
                title=f"Báo cáo kết quả kiểm điểm, đánh giá, xếp loại đảng viên năm {current.year}",
                build=lambda number_text: report_document(current, number_text=number_text),
            )  # fmt: skip
            current.report = document
            current.save(update_fields=["report"])
        self.refresh_from_db()
        return document

    def summary(self) -> dict[str, int]:
        counts = {level.value: 0 for level in Level}
        for level in self.evaluations.values_list("final_level", "proposed_level"):
            value = level[0] or level[1]
            if value:
                counts[value] += 1
        return counts

    def quarters_by_member(self) -> dict[int, dict[int, QuarterlyRating]]:
        """The year's quarterly self-ratings of the cell's members, in one query."""
        rows = QuarterlyRating.objects.filter(member__cell_id=self.cell_id, year=self.year)
        out: dict[int, dict[int, QuarterlyRating]] = {}
        for row in rows:
            out.setdefault(row.member_id, {})[row.quarter] = row
        return out


class MemberEvaluation(models.Model):
    CONDITION_FIELDS = ["tasks_total", "tasks_on_time", "tasks_exceeding", "tasks_late", "tasks_not_done",
                        "shortcomings_fixed", "degraded", "disciplined", "breached_prohibitions"]  # fmt: skip
    POST_FIELDS = ["is_leader", "party_post", "government_post", "unit_name", "unit_level"]
    SELF_FIELDS = ["self_general", "self_tasks", "self_level", *POST_FIELDS, "tasks_total",
                   "tasks_on_time", "tasks_exceeding"]  # fmt: skip
    VOTE_FIELDS = ["proposed_level", "votes_for", "votes_against", "official_members",
                   "officials_present", "excluded"]  # fmt: skip

    round = models.ForeignKey(EvaluationRound, on_delete=models.CASCADE, related_name="evaluations")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="evaluations")
    # Posts (printed on the sheet) and the leaders' form (Mẫu 2A).
    is_leader = models.BooleanField(
        "giữ chức vụ lãnh đạo, quản lý (dùng Mẫu 2A)", default=False,
        help_text="Ví dụ Bí thư chi bộ kiêm Hiệu trưởng. Mức xếp loại còn phụ thuộc kết quả của "
                  "cơ quan, đơn vị do đồng chí trực tiếp lãnh đạo, quản lý.",
    )  # fmt: skip
    party_post = models.CharField("chức vụ Đảng", max_length=120, blank=True)
    government_post = models.CharField("chức vụ chính quyền", max_length=120, blank=True)
    unit_name = models.CharField("cơ quan, đơn vị trực tiếp lãnh đạo, quản lý", max_length=200,
                                 blank=True, help_text="Ví dụ: Trường Mầm non Hoa Mai")  # fmt: skip
    unit_level = models.CharField(
        "kết quả thực hiện nhiệm vụ của cơ quan, đơn vị đó", max_length=20,
        choices=UNIT_RESULT_CHOICES, blank=True,
    )  # fmt: skip
    self_general = models.DecimalField(
        "điểm tiêu chí chung", max_digits=4, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(0, "Điểm không được âm."),
                    MaxValueValidator(rules.GENERAL_MAX, f"Tối đa {rules.GENERAL_MAX} điểm.")],
    )  # fmt: skip
    self_tasks = models.DecimalField(
        "điểm thực hiện nhiệm vụ", max_digits=4, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(0, "Điểm không được âm."),
                    MaxValueValidator(rules.TASKS_MAX, f"Tối đa {rules.TASKS_MAX} điểm.")],
    )  # fmt: skip
    strengths = models.TextField("ưu điểm", blank=True)
    weaknesses = models.TextField("hạn chế, khuyết điểm", blank=True)
    remedies = models.TextField("phương hướng, biện pháp khắc phục", blank=True)
    duties = models.TextField(
        "nhiệm vụ được giao trong năm", blank=True,
        help_text="Mọi nhiệm vụ được giao: chuyên môn, công tác đảng, đoàn thể (không chỉ nhiệm vụ "
                  "phân công tại buổi sinh hoạt chi bộ).",
    )  # fmt: skip
    tasks_total = models.PositiveSmallIntegerField("tổng số nhiệm vụ được giao", default=0)
    tasks_on_time = models.PositiveSmallIntegerField("số nhiệm vụ hoàn thành đúng hạn", default=0)
    tasks_exceeding = models.PositiveSmallIntegerField("số nhiệm vụ vượt yêu cầu", default=0)
    tasks_late = models.PositiveSmallIntegerField("số nhiệm vụ chậm tiến độ", default=0)
    tasks_not_done = models.PositiveSmallIntegerField("số nhiệm vụ không hoàn thành", default=0)
    shortcomings_fixed = models.BooleanField("đã khắc phục hết hạn chế được chỉ ra", default=True)
    degraded = models.BooleanField("có biểu hiện suy thoái", default=False)
    disciplined = models.BooleanField(rules.DISCIPLINED_TEXT, default=False)
    breached_prohibitions = models.BooleanField(
        "vi phạm điều đảng viên không được làm", default=False
    )
    self_level = models.CharField("tự xếp loại", max_length=20, choices=Level.choices, blank=True)
    self_submitted_at = models.DateTimeField(null=True, blank=True)
    committee_comment = models.TextField("nhận xét của chi ủy", blank=True)
    proposed_level = models.CharField(
        "chi bộ đề xuất", max_length=20, choices=Level.choices, blank=True
    )
    votes_for = models.PositiveSmallIntegerField("tán thành", default=0)
    votes_against = models.PositiveSmallIntegerField("không tán thành", default=0)
    official_members = models.PositiveSmallIntegerField("số đảng viên chính thức", default=0)
    officials_present = models.PositiveSmallIntegerField(
        "số đảng viên chính thức có mặt", null=True, blank=True
    )
    excluded = models.PositiveSmallIntegerField("số được loại trừ khi tính tỷ lệ", default=0)
    final_level = models.CharField(
        "cấp trên quyết định", max_length=20, choices=Level.choices, blank=True
    )
    final_reason = models.TextField("lý do cấp trên thay đổi mức", blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["round", "member"], name="one_evaluation_per_member")
        ]
        ordering = ["member__sort_key"]

    def __str__(self) -> str:
        return f"{self.member} — {self.round.year}"

    @property
    def score(self) -> Decimal | None:
        if self.self_general is None or self.self_tasks is None:
            return None
        return self.self_general + self.self_tasks

    @property
    def form_code(self) -> str:
        return rules.form_code(leader=self.is_leader)

    @property
    def conditions(self) -> rules.Conditions:
        return rules.Conditions(**{name: getattr(self, name) for name in self.CONDITION_FIELDS},
                                leader=self.is_leader, unit_level=self.unit_level)  # fmt: skip

    def rating(self) -> rules.Rating:
        return rules.rate(self.score or 0, self.conditions, year=self.round.year)

    @property
    def vote_denominator(self) -> int:
        return votes.denominator(kind=votes.EVALUATION, official_members=self.official_members,
                                 excluded=self.excluded)  # fmt: skip

    @property
    def vote_passed(self) -> bool:
        """The cell's vote on the proposal passed: an ordinary majority of the official members,
        less those the rule leaves out (chibo.rules.votes, kind EVALUATION; a configurable
        default, since QĐ 366 and HD 43 set no voting procedure for ratings)."""
        return votes.passes(kind=votes.EVALUATION, yes=self.votes_for,
                            denominator=self.vote_denominator)  # fmt: skip

    def _lock(self, expected_version: int | None) -> MemberEvaluation:
        current = (
            MemberEvaluation.objects.select_for_update()
            .select_related("round", "round__cell", "member")
            .get(pk=self.pk)
        )
        if expected_version is not None and current.version != expected_version:
            raise EvaluationError(
                "Phiếu này vừa được người khác sửa. Hãy tải lại trang rồi làm lại."
            )
        if current.round.status != EvaluationRound.Status.SELF_ASSESSMENT:
            raise EvaluationError("Đợt đánh giá đã khép lại; không sửa được nữa.")
        return current

    def submit_self(self, *, by: Any, expected_version: int | None = None, on_behalf: bool = False,
                    **fields: Any) -> None:  # fmt: skip
        """The member's self-assessment (Mẫu 2A for leaders, 2B otherwise); the level follows
        from score and conditions.

        A chi ủy member may enter a sheet the member filled in on paper (`on_behalf`); the audit
        entry records who typed it.
        """
        with transaction.atomic():
            current = self._lock(expected_version)
            own = current.member.user_id is not None and current.member.user_id == getattr(
                by, "pk", None
            )
            if not own and not (on_behalf and _can_edit(by, current.round.cell)):
                raise EvaluationError("Chỉ chính đảng viên mới tự đánh giá được.")
            before = snapshot(current, self.SELF_FIELDS)
            for name, value in fields.items():
                setattr(current, name, value)
            if current.score is None:
                raise EvaluationError("Hãy chấm đủ hai phần điểm.")
            if current.is_leader and not current.unit_level:
                raise EvaluationError(
                    "Đảng viên giữ chức vụ lãnh đạo, quản lý (Mẫu 2A): hãy ghi kết quả thực hiện "
                    "nhiệm vụ của cơ quan, đơn vị do đồng chí trực tiếp lãnh đạo, quản lý "
                    f"({current.round.sources.leaders.text})."
                )
            if not current.is_leader:
                current.unit_name, current.unit_level = "", ""
            current.self_level = current.rating().level
            current.self_submitted_at = timezone.now()
            current.version += 1
            current.save()
            log_action(current, "evaluation.self", by=by, cell=current.round.cell, before=before,
                       after={**snapshot(current, self.SELF_FIELDS), "on_behalf": not own})  # fmt: skip
        self.refresh_from_db()

    def propose(self, *, by: Any, level: str, comment: str, votes_for: int, votes_against: int,
                officials_present: int | None = None, excluded: int = 0,
                expected_version: int | None = None) -> None:  # fmt: skip
        """The chi ủy's proposal and the cell's vote on it (only official members vote; the
        ballots cannot exceed the official members present)."""
        if level not in Level.values:
            raise EvaluationError("Mức xếp loại không hợp lệ.")
        with transaction.atomic():
            current = self._lock(expected_version)
            if not _can_edit(by, current.round.cell):
                raise EvaluationError("Chỉ chi ủy ghi đề xuất và kết quả biểu quyết.")
            if not current.self_submitted_at:
                raise EvaluationError(f"Đồng chí {current.member.full_name} chưa tự đánh giá.")
            officials = (
                Member.objects.for_cell(current.round.cell)
                .filter(status=Member.Status.OFFICIAL)
                .count()
            )
            present = officials if officials_present is None else officials_present
            if present > officials:
                raise EvaluationError(
                    f"Số đảng viên chính thức có mặt ({present}) vượt quá số đảng viên chính thức "
                    f"của chi bộ ({officials})."
                )
            if excluded > officials - present:
                raise EvaluationError(
                    f"Số được loại trừ ({excluded}) không thể lớn hơn số đảng viên chính thức vắng "
                    f"mặt ({officials - present})."
                )
            problem = votes.ballots_problem(
                cast=votes_for + votes_against, official_present=present
            )
            if problem:
                raise EvaluationError(problem)
            ceiling = current.rating().level
            if rules.is_higher(level, ceiling):
                raise EvaluationError(
                    f"Mức đề xuất cao hơn mức mà điểm và điều kiện cho phép ({Level(ceiling).label})."
                )
            before = snapshot(current, self.VOTE_FIELDS)
            current.proposed_level = level
            current.committee_comment = comment
            current.votes_for, current.votes_against = votes_for, votes_against
            current.official_members, current.officials_present = officials, present
            current.excluded = excluded
            current.version += 1
            current.save()
            log_action(current, "evaluation.propose_member", by=by, cell=current.round.cell, before=before,
                       after=snapshot(current, self.VOTE_FIELDS))  # fmt: skip
        self.refresh_from_db()


class EvaluationComment(models.Model):
    evaluation = models.ForeignKey(
        MemberEvaluation, on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("góp ý")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Góp ý của {self.author} cho {self.evaluation.member}"

    @classmethod
    def add(cls, *, evaluation: MemberEvaluation, by: Any, text: str) -> EvaluationComment:
        """A member of the cell comments on a colleague's self-assessment, while it is open."""
        from chibo.members.access import Viewer

        author = Viewer(by).member
        with transaction.atomic():
            current = MemberEvaluation.objects.select_related("round", "round__cell").get(
                pk=evaluation.pk
            )
            if author is None or author.cell_id != current.round.cell_id:
                raise EvaluationError("Chỉ đảng viên trong chi bộ góp ý.")
            if current.round.status != EvaluationRound.Status.SELF_ASSESSMENT:
                raise EvaluationError("Đợt đánh giá đã khép lại; không góp ý được nữa.")
            if not text.strip():
                raise EvaluationError("Góp ý không được để trống.")
            comment = cls.objects.create(evaluation=current, author=author, text=text.strip())
            log_action(comment, "evaluation.comment", by=by, cell=current.round.cell,
                       after={"member": str(current.member_id), "text": comment.text})  # fmt: skip
        return comment


class CellEvaluation(models.Model):
    round = models.OneToOneField(
        EvaluationRound, on_delete=models.CASCADE, related_name="cell_evaluation"
    )
    self_assessment = models.TextField("tự đánh giá của chi bộ", blank=True)
    proposed_level = models.CharField(
        "chi bộ tự xếp loại", max_length=20, choices=Level.choices, blank=True
    )
    final_level = models.CharField(
        "cấp trên quyết định", max_length=20, choices=Level.choices, blank=True
    )
    final_reason = models.TextField("lý do cấp trên thay đổi mức", blank=True)

    def __str__(self) -> str:
        return f"Chi bộ tự đánh giá năm {self.round.year}"

    def propose(self, *, by: Any, text: str, level: str) -> None:
        with transaction.atomic():
            round_ = EvaluationRound.objects.select_for_update().get(pk=self.round_id)
            if not _can_edit(by, round_.cell):
                raise EvaluationError("Chỉ chi ủy ghi tự đánh giá của chi bộ.")
            if round_.status != EvaluationRound.Status.SELF_ASSESSMENT:
                raise EvaluationError("Đợt đánh giá đã được đề xuất hoặc quyết định.")
            pending = round_.evaluations.filter(proposed_level="").count()
            if pending:
                raise EvaluationError(
                    f"Còn {pending} đảng viên chưa được đề xuất mức xếp loại "
                    f"({round_.sources.order.text})."
                )
            self.self_assessment, self.proposed_level = text, level
            self.save(update_fields=["self_assessment", "proposed_level"])
            log_action(
                self, "evaluation.cell_self", by=by, cell=round_.cell, after={"level": level}
            )


class QuarterlyRating(models.Model):
    """A member's self-rating for one quarter (Mẫu 05, HD 43). QĐ 366 rates quarterly as well as
    yearly; the quarters are shown beside the year's sheet and proposal as its basis."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="quarterly_ratings")
    year = models.PositiveSmallIntegerField("năm")
    quarter = models.PositiveSmallIntegerField("quý", choices=QUARTER_CHOICES)
    level = models.CharField("tự xếp loại", max_length=20, choices=Level.choices)
    score = models.DecimalField(
        "tổng điểm tự chấm", max_digits=4, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(0, "Điểm không được âm."),
                    MaxValueValidator(rules.GENERAL_MAX + rules.TASKS_MAX,
                                      f"Tối đa {rules.GENERAL_MAX + rules.TASKS_MAX} điểm.")],
    )  # fmt: skip
    note = models.TextField("kết quả nổi bật, hạn chế trong quý", blank=True)
    on_behalf = models.BooleanField("chi ủy nhập hộ (bản giấy)", default=False)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    recorded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["member", "year", "quarter"], name="one_rating_per_quarter"
            )
        ]
        ordering = ["year", "quarter"]

    def __str__(self) -> str:
        return f"{rules.QUARTER_NAMES[self.quarter]} năm {self.year}: {self.member}"

    @classmethod
    def record(cls, *, member: Member, year: int, quarter: int, level: str, by: Any,
               score: Decimal | None = None, note: str = "", on_behalf: bool = False,
               today: dt.date | None = None) -> QuarterlyRating:  # fmt: skip
        """Record (or correct) a quarter's self-rating: the member's own, or the chi ủy typing a
        paper Mẫu 05 on the member's behalf (logged as such)."""
        today = today or timezone.localdate()
        if quarter not in rules.QUARTERS:
            raise EvaluationError("Quý phải từ I đến IV.")
        if level not in Level.values:
            raise EvaluationError("Mức xếp loại không hợp lệ.")
        if not rules.quarterly_applies(year):
            raise EvaluationError(
                f"Năm {year} chưa áp dụng đánh giá, xếp loại hằng quý "
                f"({rules.regulation(year).short} chỉ đánh giá hằng năm)."
            )
        if rules.quarter_start(year, quarter) > today:
            raise EvaluationError(
                f"{rules.QUARTER_NAMES[quarter]} năm {year} chưa bắt đầu; chưa tự xếp loại được."
            )
        if score is not None and not Decimal(0) <= score <= Decimal(100):
            raise EvaluationError("Điểm phải từ 0 đến 100.")
        own = member.user_id is not None and member.user_id == getattr(by, "pk", None)
        if not own and not (on_behalf and _can_edit(by, member.cell)):
            raise EvaluationError(
                "Chỉ chính đảng viên tự xếp loại quý (hoặc chi ủy nhập hộ bản giấy)."
            )
        with transaction.atomic():
            closed = EvaluationRound.objects.filter(cell_id=member.cell_id, year=year).exclude(
                status=EvaluationRound.Status.SELF_ASSESSMENT
            )
            if closed.exists():
                raise EvaluationError(
                    f"Đợt đánh giá năm {year} đã khép lại; không sửa kết quả quý."
                )
            rating, _ = cls.objects.select_for_update().get_or_create(
                member=member, year=year, quarter=quarter, defaults={"level": level}
            )
            fields = ["level", "score", "note", "on_behalf"]
            before = snapshot(rating, fields) if rating.recorded_at else {}
            rating.level, rating.score, rating.note, rating.on_behalf = level, score, note, not own
            rating.recorded_by, rating.recorded_at = by, timezone.now()
            rating.save()
            log_action(rating, "evaluation.quarter", by=by, cell=member.cell, before=before,
                       after=snapshot(rating, fields))  # fmt: skip
        return rating


class TargetMeasurement(models.Model):
    """How a target (chỉ tiêu) of an activity plan is measured: from the records (a metric) or
    entered by hand with evidence; each manual entry keeps who entered it and when."""

    class Status(models.TextChoices):
        REACHED = "reached", "Đạt"
        ON_TRACK = "on_track", "Đúng tiến độ"
        AT_RISK = "at_risk", "Có nguy cơ không đạt"
        MISSED = "missed", "Không đạt"
        UNKNOWN = "unknown", "Chưa có số liệu"

    target = models.OneToOneField(
        "plans.Target", on_delete=models.CASCADE, related_name="measurement"
    )
    metric = models.CharField("đo từ dữ liệu", max_length=40, blank=True)
    manual_value = models.DecimalField(
        "giá trị nhập tay", max_digits=10, decimal_places=2, null=True, blank=True
    )
    manual_status = models.CharField(
        "đánh giá (nhập tay)", max_length=10, choices=Status.choices, blank=True
    )
    evidence = models.TextField("minh chứng", blank=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")  # fmt: skip
    entered_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Đo chỉ tiêu: {self.target}"

    @classmethod
    def record(cls, *, target: Any, by: Any, metric: str = "", value: Decimal | None = None, status: str = "",
               evidence: str = "") -> TargetMeasurement:  # fmt: skip
        from .metrics import METRICS

        if metric and metric not in METRICS:
            raise EvaluationError("Cách đo không hợp lệ.")
        if not metric and value is None and not status:
            raise EvaluationError(
                "Hãy chọn cách đo từ dữ liệu, hoặc nhập giá trị / đánh giá kèm minh chứng."
            )
        if not metric and not evidence.strip():
            raise EvaluationError(
                "Số liệu nhập tay cần ghi minh chứng (văn bản, quyết định, kết quả khảo sát…)."
            )
        with transaction.atomic():
            measurement, _ = cls.objects.select_for_update().get_or_create(target=target)
            before = snapshot(measurement, ["metric", "manual_value", "manual_status", "evidence"])
            measurement.metric = metric
            measurement.manual_value = None if metric else value
            measurement.manual_status = "" if metric else status
            measurement.evidence = evidence
            measurement.entered_by = by
            measurement.entered_at = timezone.now()
            measurement.save()
            log_action(measurement, "target.measure", by=by, cell=target.plan.cell, before=before,
                       after=snapshot(measurement, ["metric", "manual_value", "manual_status", "evidence"]))  # fmt: skip
        return measurement


class PersonalCommitment(models.Model):
    """What a member pledges for the year: "một việc làm nêu gương – một việc đổi mới sáng tạo"
    (seed 004 §III.3), or what they will correct after a thematic meeting (seed 001: "đăng ký nội
    dung khắc phục, rèn luyện"). The chi ủy approves; the member reports mid-year and at year end."""

    class Kind(models.TextChoices):
        EXEMPLARY = "exemplary", "Việc làm nêu gương"
        INNOVATION = "innovation", "Việc đổi mới, sáng tạo"
        IMPROVEMENT = "improvement", "Nội dung khắc phục, rèn luyện"

    class Status(models.TextChoices):
        REGISTERED = "registered", "Đã đăng ký, chờ chi ủy duyệt"
        APPROVED = "approved", "Chi ủy đã duyệt"
        MID_YEAR = "mid_year", "Đã báo cáo giữa năm"
        DONE = "done", "Hoàn thành"
        PARTLY = "partly", "Hoàn thành một phần"
        NOT_DONE = "not_done", "Không hoàn thành"

    RESULT_STATUSES = (Status.DONE, Status.PARTLY, Status.NOT_DONE)

    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="personal_commitments"
    )
    year = models.PositiveSmallIntegerField("năm")
    kind = models.CharField("loại", max_length=20, choices=Kind.choices)
    text = models.TextField("nội dung cam kết")
    measure = models.CharField("đo bằng (kết quả cụ thể)", max_length=300,
                               help_text="Ví dụ: 01 sáng kiến được Hội đồng trường công nhận")  # fmt: skip
    meeting = models.ForeignKey(
        "meetings.Meeting", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    idea = models.ForeignKey(
        "ideas.Idea", verbose_name="sáng kiến trong ngân hàng ý tưởng", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="commitments",
        help_text="Việc đổi mới, sáng tạo là một ý tưởng, sáng kiến đã đăng ký ở ngân hàng ý tưởng của trường.",
    )  # fmt: skip
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.REGISTERED)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")  # fmt: skip
    approved_at = models.DateTimeField(null=True, blank=True)
    mid_year_report = models.TextField("báo cáo giữa năm", blank=True)
    year_end_report = models.TextField("báo cáo cuối năm", blank=True)
    evidence = models.TextField("minh chứng", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["year", "member__sort_key", "kind", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} năm {self.year}: {self.member}"

    def _lock(self) -> PersonalCommitment:
        return (
            PersonalCommitment.objects.select_for_update()
            .select_related("member", "member__cell")
            .get(pk=self.pk)
        )

    # The yearly pair every member registers: one exemplary deed, one innovation.
    YEARLY_KINDS = (Kind.EXEMPLARY, Kind.INNOVATION)

    @classmethod
    def register(cls, *, member: Member, by: Any, on_behalf: bool = False,
                 **fields: Any) -> PersonalCommitment:  # fmt: skip
        """The member registers a commitment; a chi ủy member may register one the member gave
        on paper or in the meeting (`on_behalf`, logged as such)."""
        own = member.user_id is not None and member.user_id == getattr(by, "pk", None)
        if not own and not (on_behalf and _can_edit(by, member.cell)):
            raise EvaluationError("Đảng viên tự đăng ký cam kết của mình (hoặc chi ủy đăng ký hộ).")
        if member.status not in Member.ACTIVE_STATUSES:
            raise EvaluationError("Chỉ đảng viên đang sinh hoạt trong chi bộ đăng ký cam kết.")
        idea = fields.get("idea")
        if idea is not None:
            problem = cls.idea_problem(member, fields.get("kind", ""), fields.get("year"), idea)
            if problem:
                raise EvaluationError(problem)
        with transaction.atomic():
            commitment = cls(member=member, **fields)
            commitment.full_clean()
            commitment.save()
            log_action(commitment, "commitment.register", by=by, cell=member.cell,
                       after={**snapshot(commitment, ["year", "kind", "text", "measure", "idea"]),
                              "on_behalf": not own})  # fmt: skip
        return commitment

    @classmethod
    def idea_problem(cls, member: Member, kind: str, year: int | None, idea: Any) -> str:
        """Why this idea cannot stand for the member's innovation commitment ('' when it can): it
        must be the member's own idea (through their login) of the same year."""
        if kind != cls.Kind.INNOVATION:
            return "Chỉ việc đổi mới, sáng tạo mới gắn với ý tưởng trong ngân hàng ý tưởng."
        if member.user_id is None or idea.author.user_id != member.user_id:
            return "Chỉ gắn được ý tưởng do chính đảng viên đăng ký ở ngân hàng ý tưởng của trường."
        if year is not None and idea.year != year:
            return f"Ý tưởng này đăng ký cho năm {idea.year}, không phải năm {year} của cam kết."
        if idea.school.cell_id != member.cell_id:
            return "Ý tưởng thuộc trường của chi bộ khác."
        return ""

    def link_idea(self, *, by: Any, idea: Any) -> None:
        """The member links their innovation commitment to their idea in the school's idea bank
        (or unlinks it, with `idea=None`)."""
        with transaction.atomic():
            current = self._lock()
            if current.member.user_id is None or current.member.user_id != getattr(by, "pk", None):
                raise EvaluationError("Đảng viên tự gắn cam kết của mình với ý tưởng.")
            if idea is not None:
                problem = self.idea_problem(current.member, current.kind, current.year, idea)
                if problem:
                    raise EvaluationError(problem)
            before = {"idea": str(current.idea) if current.idea_id else ""}
            current.idea = idea
            current.save(update_fields=["idea"])
            log_action(current, "commitment.idea", by=by, cell=current.member.cell, before=before,
                       after={"idea": str(idea) if idea else ""})  # fmt: skip
        self.refresh_from_db()

    @classmethod
    def yearly_pairs(cls, cell: Cell, year: int) -> list[tuple[Member, list[str]]]:
        """Every current member of the cell with the yearly kinds they have not registered yet
        (an empty list: both registered). Two queries."""
        members = list(Member.objects.for_cell(cell).current().vietnamese_order())
        registered: dict[int, set[str]] = {}
        rows = cls.objects.filter(member__cell=cell, year=year, kind__in=cls.YEARLY_KINDS)
        for member_id, kind in rows.values_list("member_id", "kind"):
            registered.setdefault(member_id, set()).add(kind)
        return [
            (m, [str(k.label) for k in cls.YEARLY_KINDS if k not in registered.get(m.pk, set())])
            for m in members
        ]

    def approve(self, *, by: Any) -> None:
        from chibo.members.access import Viewer

        with transaction.atomic():
            current = self._lock()
            if not Viewer(by).can_edit_cell(current.member.cell):
                raise EvaluationError("Chỉ chi ủy duyệt cam kết.")
            if current.status != self.Status.REGISTERED:
                raise EvaluationError("Cam kết này đã được duyệt.")
            current.status, current.approved_by, current.approved_at = (
                self.Status.APPROVED,
                by,
                timezone.now(),
            )
            current.save(update_fields=["status", "approved_by", "approved_at"])
            log_action(current, "commitment.approve", by=by, cell=current.member.cell)
        self.refresh_from_db()

    def report(
        self, *, by: Any, stage: str, text: str, evidence: str = "", result: str = ""
    ) -> None:
        """The member reports progress: stage 'mid_year' (giữa năm) or 'year_end' with a result."""
        with transaction.atomic():
            current = self._lock()
            if current.member.user_id != getattr(by, "pk", None):
                raise EvaluationError("Đảng viên tự báo cáo kết quả cam kết của mình.")
            if current.status == self.Status.REGISTERED:
                raise EvaluationError("Cam kết chưa được chi ủy duyệt.")
            if not text.strip():
                raise EvaluationError("Hãy ghi kết quả đã làm được.")
            before = snapshot(current, ["status", "mid_year_report", "year_end_report"])
            if stage == "mid_year":
                if current.status in self.RESULT_STATUSES:
                    raise EvaluationError("Đã báo cáo cuối năm.")
                current.mid_year_report, current.status = text, self.Status.MID_YEAR
            elif stage == "year_end":
                if result not in self.RESULT_STATUSES:
                    raise EvaluationError(
                        "Hãy chọn kết quả: hoàn thành, một phần, hoặc không hoàn thành."
                    )
                current.year_end_report, current.status = text, result
            else:
                raise EvaluationError("Giai đoạn báo cáo không hợp lệ.")
            current.evidence = evidence or current.evidence
            current.save()
            log_action(current, "commitment.report", by=by, cell=current.member.cell, before=before,
                       after=snapshot(current, ["status", "mid_year_report", "year_end_report"]))  # fmt: skip
        self.refresh_from_db()
