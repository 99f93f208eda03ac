"""The annual review and rating round of a cell (QĐ 366-QĐ/TW, HD 43-HD/BTCTW).

Order of the round: every member assesses themself → the chi ủy reviews and proposes a level
(after the other members' comments) → the cell votes on the proposals → the cell's own
assessment (members before the organisation) → the superior committee decides.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action, snapshot
from chibo.members.models import Member
from chibo.organizations.models import Cell

from .rules import (
    DEFAULT_CAP_PERCENT,
    GENERAL_MAX,
    RAISED_CAP_PERCENT,
    SOURCE_ORDER,
    TASKS_MAX,
    Conditions,
    Level,
    cap_violation,
    rate,
)


class EvaluationError(Exception):
    """A rule refused the step; the message is for the user."""


class EvaluationRound(models.Model):
    class Status(models.TextChoices):
        SELF_ASSESSMENT = "self_assessment", "Đảng viên tự đánh giá"
        PROPOSED = "proposed", "Chi bộ đã đề xuất"
        DECIDED = "decided", "Cấp trên đã quyết định"

    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="evaluation_rounds")
    year = models.PositiveSmallIntegerField("năm")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SELF_ASSESSMENT)
    cap_percent = models.PositiveSmallIntegerField(
        "tỷ lệ xuất sắc tối đa (%)",
        default=DEFAULT_CAP_PERCENT,
        choices=[
            (DEFAULT_CAP_PERCENT, "20%"),
            (RAISED_CAP_PERCENT, "25% (theo quyết định của cấp có thẩm quyền)"),
        ],
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

    @classmethod
    def open(cls, *, cell: Cell, year: int, by: Any) -> EvaluationRound:
        with transaction.atomic():
            if cls.objects.filter(cell=cell, year=year).exists():
                raise EvaluationError(f"Chi bộ đã mở đợt đánh giá năm {year}.")
            round_ = cls.objects.create(cell=cell, year=year)
            members = Member.objects.for_cell(cell).current()
            MemberEvaluation.objects.bulk_create(
                [MemberEvaluation(round=round_, member=m) for m in members]
            )
            CellEvaluation.objects.create(round=round_)
            log_action(
                round_,
                "evaluation.open",
                by=by,
                cell=cell,
                after={"year": year, "members": len(members)},
            )
        return round_

    def _lock(self) -> EvaluationRound:
        return EvaluationRound.objects.select_for_update().get(pk=self.pk)

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
                    "Đề xuất chưa được chi bộ biểu quyết thông qua (quá một nửa đảng viên chính thức) cho: "
                    + ", ".join(not_voted) + "."
                )  # fmt: skip
            message = cap_violation([e.proposed_level for e in evaluations], current.cap_percent)
            if message:
                raise EvaluationError(message)
            cell_eval = current.cell_evaluation
            if not cell_eval.proposed_level:
                raise EvaluationError(
                    f"Chưa có tự đánh giá, đề xuất mức xếp loại của chi bộ. ({SOURCE_ORDER})"
                )
            current.status = self.Status.PROPOSED
            current.proposed_at = timezone.now()
            current.save(update_fields=["status", "proposed_at"])
            log_action(current, "evaluation.propose", by=by, cell=current.cell,
                       after={e.member.full_name: e.proposed_level for e in evaluations})  # fmt: skip
        self.refresh_from_db()

    def decide(
        self, *, by: Any, overrides: dict[int, str] | None = None, cell_level: str = ""
    ) -> None:
        """The superior committee decides; its changes are checked against the cap again."""
        overrides = overrides or {}
        with transaction.atomic():
            current = self._lock()
            if current.status != self.Status.PROPOSED:
                raise EvaluationError("Chỉ quyết định khi chi bộ đã đề xuất.")
            evaluations = list(current.evaluations.select_related("member"))
            for evaluation in evaluations:
                evaluation.final_level = overrides.get(evaluation.pk) or evaluation.proposed_level
            message = cap_violation([e.final_level for e in evaluations], current.cap_percent)
            if message:
                raise EvaluationError(message)
            for evaluation in evaluations:
                evaluation.save(update_fields=["final_level"])
            cell_eval = current.cell_evaluation
            cell_eval.final_level = cell_level or cell_eval.proposed_level
            cell_eval.save(update_fields=["final_level"])
            current.status = self.Status.DECIDED
            current.decided_at = timezone.now()
            current.decided_by = by
            current.save(update_fields=["status", "decided_at", "decided_by"])
            log_action(current, "evaluation.decide", by=by, cell=current.cell,
                       after={**{e.member.full_name: e.final_level for e in evaluations}, "chi bộ": cell_eval.final_level})  # fmt: skip
        self.refresh_from_db()

    def issue_report(self, *, by: Any) -> Any:
        """Number, render and store the cell's report on the round (BC), once proposed."""
        from chibo.documents.models import IssuedDocument
        from chibo.members.access import Viewer

        from .documents import report_document

        with transaction.atomic():
            current = self._lock()
            if not Viewer(by).can_edit_cell(current.cell):
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


SCORE_FIELDS = {
    "self_general": (GENERAL_MAX, "Điểm tiêu chí chung (tối đa 30)"),
    "self_tasks": (TASKS_MAX, "Điểm kết quả thực hiện nhiệm vụ (tối đa 70)"),
}


class MemberEvaluation(models.Model):
    CONDITION_FIELDS = ["tasks_total", "tasks_on_time", "tasks_exceeding", "tasks_late", "tasks_not_done",
                        "shortcomings_fixed", "degraded", "disciplined", "breached_prohibitions"]  # fmt: skip

    round = models.ForeignKey(EvaluationRound, on_delete=models.CASCADE, related_name="evaluations")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="evaluations")
    self_general = models.DecimalField("điểm tiêu chí chung", max_digits=4, decimal_places=1, null=True, blank=True,
                                       validators=[MinValueValidator(0, "Điểm không được âm."), MaxValueValidator(GENERAL_MAX, "Tối đa 30 điểm.")])  # fmt: skip
    self_tasks = models.DecimalField("điểm thực hiện nhiệm vụ", max_digits=4, decimal_places=1, null=True, blank=True,
                                     validators=[MinValueValidator(0, "Điểm không được âm."), MaxValueValidator(TASKS_MAX, "Tối đa 70 điểm.")])  # fmt: skip
    strengths = models.TextField("ưu điểm", blank=True)
    weaknesses = models.TextField("hạn chế, khuyết điểm", blank=True)
    remedies = models.TextField("phương hướng, biện pháp khắc phục", blank=True)
    tasks_total = models.PositiveSmallIntegerField("số nhiệm vụ được giao", default=0)
    tasks_on_time = models.PositiveSmallIntegerField("số nhiệm vụ hoàn thành đúng hạn", default=0)
    tasks_exceeding = models.PositiveSmallIntegerField("số nhiệm vụ vượt yêu cầu", default=0)
    tasks_late = models.PositiveSmallIntegerField("số nhiệm vụ chậm tiến độ", default=0)
    tasks_not_done = models.PositiveSmallIntegerField("số nhiệm vụ không hoàn thành", default=0)
    shortcomings_fixed = models.BooleanField("đã khắc phục hết hạn chế được chỉ ra", default=True)
    degraded = models.BooleanField("có biểu hiện suy thoái", default=False)
    disciplined = models.BooleanField("bị kỷ luật trong năm", default=False)
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
    final_level = models.CharField(
        "cấp trên quyết định", max_length=20, choices=Level.choices, blank=True
    )
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
    def conditions(self) -> Conditions:
        return Conditions(**{name: getattr(self, name) for name in self.CONDITION_FIELDS})

    @property
    def vote_passed(self) -> bool:
        """More than half of the cell's official members voted for the proposal (Điều lệ; QĐ 24, 9.3)."""
        return self.official_members > 0 and self.votes_for * 2 > self.official_members

    def _lock(self, expected_version: int | None) -> MemberEvaluation:
        current = (
            MemberEvaluation.objects.select_for_update()
            .select_related("round", "member")
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
        """The member's self-assessment (Mẫu 2B/2C); the level follows from score and conditions.

        A chi ủy member may enter a sheet the member filled in on paper (`on_behalf`); the audit
        entry records who typed it.
        """
        from chibo.members.access import Viewer

        with transaction.atomic():
            current = self._lock(expected_version)
            own = current.member.user_id is not None and current.member.user_id == getattr(
                by, "pk", None
            )
            if not own and not (on_behalf and Viewer(by).can_edit_cell(current.round.cell)):
                raise EvaluationError("Chỉ chính đảng viên mới tự đánh giá được.")
            before = snapshot(current, ["self_general", "self_tasks", "self_level"])
            for name, value in fields.items():
                setattr(current, name, value)
            if current.score is None:
                raise EvaluationError("Hãy chấm đủ hai phần điểm.")
            current.self_level = rate(current.score, current.conditions).level
            current.self_submitted_at = timezone.now()
            current.version += 1
            current.save()
            after = {
                **snapshot(current, ["self_general", "self_tasks", "self_level"]),
                "on_behalf": not own,
            }
            log_action(
                current,
                "evaluation.self",
                by=by,
                cell=current.round.cell,
                before=before,
                after=after,
            )
        self.refresh_from_db()

    def propose(self, *, by: Any, level: str, comment: str, votes_for: int, votes_against: int,
                expected_version: int | None = None) -> None:  # fmt: skip
        """The chi ủy's proposal and the cell's vote on it; only official members vote."""
        with transaction.atomic():
            current = self._lock(expected_version)
            if not current.self_submitted_at:
                raise EvaluationError(f"Đồng chí {current.member.full_name} chưa tự đánh giá.")
            officials = (
                Member.objects.for_cell(current.round.cell)
                .filter(status=Member.Status.OFFICIAL)
                .count()
            )
            if votes_for + votes_against > officials:
                raise EvaluationError(f"Số phiếu vượt quá số đảng viên chính thức ({officials}).")
            ceiling = rate(current.score or 0, current.conditions).level
            if LEVEL_RANK[level] < LEVEL_RANK[ceiling]:
                raise EvaluationError(
                    f"Mức đề xuất cao hơn mức mà điểm và điều kiện cho phép ({Level(ceiling).label})."
                )
            before = snapshot(current, ["proposed_level", "votes_for", "votes_against"])
            current.proposed_level = level
            current.committee_comment = comment
            current.votes_for, current.votes_against, current.official_members = (
                votes_for,
                votes_against,
                officials,
            )
            current.version += 1
            current.save()
            log_action(current, "evaluation.propose_member", by=by, cell=current.round.cell, before=before,
                       after=snapshot(current, ["proposed_level", "votes_for", "votes_against"]))  # fmt: skip
        self.refresh_from_db()


LEVEL_RANK = {
    level.value: index
    for index, level in enumerate([Level.EXCELLENT, Level.GOOD, Level.DONE, Level.NOT_DONE])
}


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

    def __str__(self) -> str:
        return f"Chi bộ tự đánh giá năm {self.round.year}"

    def propose(self, *, by: Any, text: str, level: str) -> None:
        with transaction.atomic():
            round_ = EvaluationRound.objects.select_for_update().get(pk=self.round_id)
            if round_.status != EvaluationRound.Status.SELF_ASSESSMENT:
                raise EvaluationError("Đợt đánh giá đã được đề xuất hoặc quyết định.")
            pending = round_.evaluations.filter(proposed_level="").count()
            if pending:
                raise EvaluationError(
                    f"Còn {pending} đảng viên chưa được đề xuất mức xếp loại. ({SOURCE_ORDER})"
                )
            self.self_assessment, self.proposed_level = text, level
            self.save(update_fields=["self_assessment", "proposed_level"])
            log_action(
                self, "evaluation.cell_self", by=by, cell=round_.cell, after={"level": level}
            )


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

    @classmethod
    def register(cls, *, member: Member, by: Any, **fields: Any) -> PersonalCommitment:
        if member.user_id != getattr(by, "pk", None):
            raise EvaluationError("Đảng viên tự đăng ký cam kết của mình.")
        with transaction.atomic():
            commitment = cls(member=member, **fields)
            commitment.full_clean()
            commitment.save()
            log_action(commitment, "commitment.register", by=by, cell=member.cell,
                       after=snapshot(commitment, ["year", "kind", "text", "measure"]))  # fmt: skip
        return commitment

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
