"""The cell's annual inspection and supervision programme, its cases, and the discipline the
competent body decided (recorded, never decided here). Rules: chibo.rules.inspection.

A case moves: opened → findings → explained → proposed → adopted (the cell's vote) → closed
(its notice issued). Every verb is atomic, locks the row, checks the version the user saw,
and writes the audit log; a refused verb changes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from chibo.audit.models import changes, log_action, snapshot
from chibo.documents.models import IssuedDocument
from chibo.meetings.models import Meeting, Vote
from chibo.members.access import viewer_for
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules import inspection as rules
from chibo.rules import transfers as transfer_rules
from chibo.rules import votes as vote_rules


class InspectionError(Exception):
    """A rule refused the action; the message is for the user, in Vietnamese."""


STALE = "Hồ sơ vừa được người khác sửa. Hãy tải lại trang rồi làm lại."


def _user(by: Any) -> Any:
    return by if getattr(by, "is_authenticated", False) else None


def require_editor(by: Any, cell: Cell) -> None:
    if not viewer_for(by).can_edit_cell(cell):
        raise InspectionError(
            "Chỉ Bí thư, Phó Bí thư và chi ủy viên được ghi công tác kiểm tra, giám sát."
        )


def _check_version(current: Any, expected: int | None) -> None:
    if expected is not None and current.version != expected:
        raise InspectionError(STALE)


# -- the programme ---------------------------------------------------------------------------


class Programme(models.Model):
    """Kế hoạch kiểm tra, giám sát năm … of one cell."""

    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="inspection_programmes")
    year = models.PositiveIntegerField("năm")
    purpose = models.TextField("mục đích, yêu cầu", blank=True)
    document = models.ForeignKey(IssuedDocument, null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="+", verbose_name="văn bản đã ban hành")  # fmt: skip
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")  # fmt: skip

    class Meta:
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["cell", "year"], name="inspections_one_programme_a_year"
            )
        ]
        verbose_name = "kế hoạch kiểm tra, giám sát"
        verbose_name_plural = "kế hoạch kiểm tra, giám sát"

    def __str__(self) -> str:
        return f"Kế hoạch kiểm tra, giám sát năm {self.year}"

    @property
    def issued(self) -> bool:
        return self.document_id is not None

    def _locked(self) -> Programme:
        return (
            Programme.objects.select_for_update()
            .select_related("cell", "cell__committee")
            .get(pk=self.pk)
        )

    @classmethod
    def create(cls, *, cell: Cell, year: int, by: Any, purpose: str = "") -> Programme:
        require_editor(by, cell)
        if not 2000 <= year <= 2100:
            raise InspectionError("Năm của kế hoạch không hợp lệ.")
        with transaction.atomic():
            if cls.objects.filter(cell=cell, year=year).exists():
                raise InspectionError(f"Chi bộ đã có kế hoạch kiểm tra, giám sát năm {year}.")
            programme = cls.objects.create(
                cell=cell, year=year, purpose=purpose.strip(), created_by=_user(by)
            )
            log_action(programme, "inspections.programme_create", by=by, cell=cell,
                       after={"year": year, "purpose": programme.purpose})  # fmt: skip
        return programme

    def add_item(self, *, by: Any, expected_version: int | None = None, performers: list[Member] | None = None,
                 **fields: Any) -> Item:  # fmt: skip
        require_editor(by, self.cell)
        performers = performers or []
        with transaction.atomic():
            current = self._locked()
            _check_version(current, expected_version)
            if current.issued:
                raise InspectionError("Kế hoạch đã ban hành; không thêm nội dung được nữa.")
            item = Item(programme=current, **fields)
            item.order = current.items.count() + 1
            item.validate(current.cell, performers)
            if item.starts_on.year != current.year and item.ends_on.year != current.year:
                raise InspectionError(f"Thời gian thực hiện phải thuộc năm {current.year}.")
            item.save()
            item.performers.set(performers)
            current.version += 1
            current.save(update_fields=["version"])
            log_action(current, "inspections.item_add", by=by, cell=current.cell,
                       after={**snapshot(item, Item.AUDITED), "performers": [m.full_name for m in performers]})  # fmt: skip
        self.refresh_from_db()
        return item

    def issue(self, *, by: Any, on: dt.date, expected_version: int | None = None) -> IssuedDocument:
        """Number, render and store the Kế hoạch (HD 36) once the cell has agreed on it."""
        from .documents import programme_document

        require_editor(by, self.cell)
        with transaction.atomic():
            current = self._locked()
            _check_version(current, expected_version)
            if current.issued:
                raise InspectionError("Kế hoạch này đã được ban hành.")
            if not current.items.exists():
                raise InspectionError("Kế hoạch chưa có nội dung kiểm tra, giám sát nào.")
            doc = IssuedDocument.issue(cell=current.cell, type_code="KH", title=str(current), on=on, by=by,
                                       source=current, build=lambda number: programme_document(current, number, on))  # fmt: skip
            current.document = doc
            current.version += 1
            current.save(update_fields=["document", "version"])
            log_action(current, "inspections.programme_issue", by=by, cell=current.cell,
                       after={"document": doc.number_text, "issued_on": on})  # fmt: skip
        self.refresh_from_db()
        return doc


class Item(models.Model):
    """One line of the programme: what, whom, when, by whom, and how."""

    AUDITED = [
        "kind",
        "mode",
        "subject_kind",
        "subject_member",
        "subject_org",
        "content",
        "starts_on",
        "ends_on",
    ]

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField("kiểm tra hay giám sát", max_length=12, choices=rules.KINDS)
    mode = models.CharField("hình thức", max_length=12, choices=rules.MODES)
    subject_kind = models.CharField("đối tượng", max_length=12, choices=rules.SUBJECTS)
    subject_member = models.ForeignKey(Member, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                       verbose_name="đảng viên được kiểm tra, giám sát")  # fmt: skip
    subject_org = models.CharField("tên đoàn thể", max_length=200, blank=True)
    content = models.TextField("nội dung")
    starts_on = models.DateField("từ ngày")
    ends_on = models.DateField("đến ngày")
    performers = models.ManyToManyField(Member, related_name="+", verbose_name="người thực hiện")
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "nội dung kiểm tra, giám sát"

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.subject_text}"

    @property
    def subject_text(self) -> str:
        return subject_text(self.subject_kind, self.subject_member, self.subject_org)

    def validate(self, cell: Cell, performers: list[Member]) -> None:
        _check_subject(cell, self.subject_kind, self.subject_member, self.subject_org)
        if not self.content.strip():
            raise InspectionError("Hãy ghi nội dung kiểm tra, giám sát.")
        if self.ends_on < self.starts_on:
            raise InspectionError("Ngày kết thúc phải sau ngày bắt đầu.")
        if not performers:
            raise InspectionError("Hãy chọn ít nhất một đảng viên thực hiện.")
        for member in performers:
            if member.cell_id != cell.pk or not member.is_active:
                raise InspectionError("Người thực hiện phải là đảng viên của chi bộ.")
        if self.subject_member is not None and self.subject_member in performers:
            raise InspectionError(
                "Đảng viên được kiểm tra không tự thực hiện cuộc kiểm tra của mình."
            )


def subject_text(kind: str, member: Member | None, org: str) -> str:
    if kind == rules.MEMBER:
        return f"đồng chí {member.full_name}" if member else "đảng viên"
    if kind == rules.FEE_BOOK:
        return "việc thu, nộp, sử dụng đảng phí"
    return f"{org} thực hiện nghị quyết" if org else "đoàn thể thực hiện nghị quyết"


def _check_subject(cell: Cell, kind: str, member: Member | None, org: str) -> None:
    if kind not in dict(rules.SUBJECTS):
        raise InspectionError("Đối tượng kiểm tra, giám sát không hợp lệ.")
    if kind == rules.MEMBER and member is None:
        raise InspectionError("Hãy chọn đảng viên được kiểm tra, giám sát.")
    if member is not None and (member.cell_id != cell.pk or not member.is_active):
        raise InspectionError("Đảng viên được kiểm tra, giám sát phải đang sinh hoạt ở chi bộ.")
    if kind == rules.MASS_ORG and not org.strip():
        raise InspectionError("Hãy ghi tên đoàn thể (Công đoàn, Chi đoàn…).")


# -- cases -----------------------------------------------------------------------------------


class Status(models.TextChoices):
    OPENED = "opened", "Đã mở"
    FINDINGS = "findings", "Đã ghi kết quả thẩm tra"
    EXPLAINED = "explained", "Đã có giải trình"
    PROPOSED = "proposed", "Đã dự thảo kết luận"
    ADOPTED = "adopted", "Chi bộ đã thông qua kết luận"
    CLOSED = "closed", "Đã kết thúc"


OPEN_STATUSES = (Status.OPENED, Status.FINDINGS, Status.EXPLAINED, Status.PROPOSED, Status.ADOPTED)


class CaseQuerySet(models.QuerySet["Case"]):
    def open(self) -> CaseQuerySet:
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today: dt.date | None = None) -> CaseQuerySet:
        """Cases still open after their due date (the programme item's end, or the date set
        when an ad hoc case was opened)."""
        today = today or timezone.localdate()
        return self.open().filter(due_on__lt=today - dt.timedelta(days=rules.OVERDUE_GRACE_DAYS))


class Case(models.Model):
    Status = Status
    AUDITED = [
        "kind",
        "mode",
        "subject_kind",
        "subject_member",
        "subject_org",
        "title",
        "opened_on",
        "due_on",
    ]

    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="inspection_cases")
    item = models.ForeignKey(Item, null=True, blank=True, on_delete=models.PROTECT, related_name="cases",
                             verbose_name="theo nội dung kế hoạch")  # fmt: skip
    kind = models.CharField("kiểm tra hay giám sát", max_length=12, choices=rules.KINDS)
    mode = models.CharField("hình thức", max_length=12, choices=rules.MODES)
    subject_kind = models.CharField("đối tượng", max_length=12, choices=rules.SUBJECTS)
    subject_member = models.ForeignKey(Member, null=True, blank=True, on_delete=models.PROTECT,
                                       related_name="inspection_cases",
                                       verbose_name="đảng viên được kiểm tra hoặc phụ trách")  # fmt: skip
    subject_org = models.CharField("tên đoàn thể", max_length=200, blank=True)
    title = models.CharField("nội dung", max_length=300)
    opened_on = models.DateField("ngày mở")
    due_on = models.DateField("thời hạn kết thúc")
    status = models.CharField(
        "tình trạng", max_length=12, choices=Status.choices, default=Status.OPENED
    )
    findings = models.TextField("kết quả thẩm tra, xác minh", blank=True)
    findings_on = models.DateField("ngày ghi kết quả", null=True, blank=True)
    explanation = models.TextField("giải trình của đảng viên", blank=True)
    explanation_on = models.DateField("ngày giải trình", null=True, blank=True)
    conclusion = models.TextField("kết luận", blank=True)
    # The cell's vote: a vote recorded at one of its meetings, or the tally entered here.
    meeting_vote = models.ForeignKey(Vote, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                     verbose_name="biểu quyết tại buổi sinh hoạt")  # fmt: skip
    adopted_on = models.DateField("ngày chi bộ thông qua", null=True, blank=True)
    votes_for = models.PositiveIntegerField("tán thành", null=True, blank=True)
    votes_against = models.PositiveIntegerField("không tán thành", null=True, blank=True)
    votes_abstain = models.PositiveIntegerField("không biểu quyết", null=True, blank=True)
    excluded = models.PositiveIntegerField("số được loại trừ", null=True, blank=True)
    denominator = models.PositiveIntegerField("số đảng viên làm căn cứ", null=True, blank=True)
    document = models.ForeignKey(IssuedDocument, null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="+", verbose_name="thông báo kết luận")  # fmt: skip
    closed_on = models.DateField("ngày kết thúc", null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")  # fmt: skip

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-opened_on", "-pk"]
        indexes = [models.Index(fields=["cell", "status", "due_on"])]
        verbose_name = "cuộc kiểm tra, giám sát"
        verbose_name_plural = "cuộc kiểm tra, giám sát"

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.subject_text}"

    @property
    def subject_text(self) -> str:
        return subject_text(self.subject_kind, self.subject_member, self.subject_org)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def overdue(self, today: dt.date | None = None) -> bool:
        return self.is_open and self.due_on < (today or timezone.localdate())

    @property
    def due_source(self) -> str:
        return (rules.SOURCE_DUE if self.item_id else rules.SOURCE_DUE_AD_HOC).full

    @property
    def document_word(self) -> str:
        return "kết luận kiểm tra" if self.kind == rules.INSPECTION else "kết quả giám sát"

    # -- internals -------------------------------------------------------------------------
    def _locked(self, *allowed: str, verb: str, expected_version: int | None) -> Case:
        current = (
            Case.objects.select_for_update()
            .select_related("cell", "cell__committee")
            .get(pk=self.pk)
        )
        _check_version(current, expected_version)
        if allowed and current.status not in allowed:
            raise InspectionError(
                f"Không thể {verb} khi cuộc kiểm tra đang ở bước “{current.get_status_display()}”."
            )
        return current

    def _save(
        self, current: Case, action: str, by: Any, fields: list[str], before: dict[str, Any]
    ) -> None:
        """Save the fields and log only those whose value really changed (chibo.audit.changes)."""
        current.version += 1
        current.save(update_fields=[*fields, "version"])
        old, new = changes(before, current, fields)
        log_action(current, action, by=by, cell=current.cell, before=old, after=new)
        self.refresh_from_db()

    @staticmethod
    def _text(value: str, what: str) -> str:
        value = (value or "").strip()
        if not value:
            raise InspectionError(f"Hãy ghi {what}.")
        return value

    @staticmethod
    def _day(on: dt.date | None, today: dt.date | None = None) -> dt.date:
        today = today or timezone.localdate()
        on = on or today
        if on > today:
            raise InspectionError("Ngày ghi không được sau hôm nay.")
        return on

    # -- verbs -----------------------------------------------------------------------------
    @classmethod
    def open_case(cls, *, cell: Cell, by: Any, item: Item | None = None, title: str = "",
                  opened_on: dt.date | None = None, due_on: dt.date | None = None, kind: str = "",
                  mode: str = "", subject_kind: str = "", subject_member: Member | None = None,
                  subject_org: str = "") -> Case:  # fmt: skip
        """Open a case from a programme item (subject, kind and due date follow the item) or ad
        hoc (the chi bộ sets them, with a due date)."""
        require_editor(by, cell)
        opened_on = cls._day(opened_on)
        if item is not None:
            if item.programme.cell_id != cell.pk:
                raise InspectionError("Nội dung kế hoạch không thuộc chi bộ này.")
            if not Programme.objects.filter(pk=item.programme_id, document__isnull=False).exists():
                raise InspectionError("Kế hoạch kiểm tra, giám sát chưa ban hành.")
            kind, mode, subject_kind = item.kind, item.mode, item.subject_kind
            subject_member, subject_org = item.subject_member, item.subject_org
            title = title or item.content
            due_on = item.ends_on
        if kind not in dict(rules.KINDS) or mode not in dict(rules.MODES):
            raise InspectionError("Hãy chọn kiểm tra hay giám sát, thường xuyên hay chuyên đề.")
        if subject_kind == rules.FEE_BOOK and subject_member is None:
            subject_member = _fee_keeper(cell)
        _check_subject(cell, subject_kind, subject_member, subject_org)
        title = cls._text(title, "nội dung kiểm tra, giám sát")
        if due_on is None:
            raise InspectionError(f"Hãy định thời hạn kết thúc ({rules.SOURCE_DUE_AD_HOC.text}).")
        if due_on < opened_on:
            raise InspectionError("Thời hạn kết thúc phải sau ngày mở.")
        with transaction.atomic():
            if (
                item is not None
                and Case.objects.select_for_update().filter(item=item).open().exists()
            ):
                raise InspectionError("Nội dung này đang có một cuộc kiểm tra chưa kết thúc.")
            case = cls.objects.create(cell=cell, item=item, kind=kind, mode=mode, subject_kind=subject_kind,
                                      subject_member=subject_member, subject_org=subject_org.strip(),
                                      title=title[:300], opened_on=opened_on, due_on=due_on,
                                      created_by=_user(by))  # fmt: skip
            log_action(
                case, "inspections.case_open", by=by, cell=cell, after=snapshot(case, cls.AUDITED)
            )
        return case

    def record_findings(self, *, by: Any, text: str, on: dt.date | None = None,
                        expected_version: int | None = None) -> None:  # fmt: skip
        require_editor(by, self.cell)
        text = self._text(text, "kết quả thẩm tra, xác minh")
        with transaction.atomic():
            current = self._locked(Status.OPENED, Status.FINDINGS, Status.EXPLAINED, verb="ghi kết quả thẩm tra",
                                   expected_version=expected_version)  # fmt: skip
            on = self._day(on)
            if on < current.opened_on:
                raise InspectionError("Ngày ghi kết quả không được trước ngày mở cuộc kiểm tra.")
            before = snapshot(current, ["findings", "findings_on", "status"])
            current.findings, current.findings_on = text, on
            if current.status == Status.OPENED:
                current.status = Status.FINDINGS
            self._save(
                current,
                "inspections.case_findings",
                by,
                ["findings", "findings_on", "status"],
                before,
            )

    def record_explanation(self, *, by: Any, text: str, on: dt.date | None = None,
                           expected_version: int | None = None) -> None:  # fmt: skip
        """The member's explanation (giải trình, báo cáo tự kiểm tra), entered by the chi ủy."""
        require_editor(by, self.cell)
        text = self._text(text, "nội dung giải trình của đảng viên")
        with transaction.atomic():
            current = self._locked(Status.FINDINGS, Status.EXPLAINED, verb="ghi giải trình",
                                   expected_version=expected_version)  # fmt: skip
            if current.subject_member_id is None:
                raise InspectionError(
                    "Cuộc kiểm tra này không có đảng viên phụ trách để giải trình."
                )
            on = self._day(on)
            if current.findings_on and on < current.findings_on:
                raise InspectionError("Ngày giải trình không được trước ngày ghi kết quả thẩm tra.")
            before = snapshot(current, ["explanation", "explanation_on", "status"])
            current.explanation, current.explanation_on = text, on
            current.status = Status.EXPLAINED
            self._save(current, "inspections.case_explanation", by, ["explanation", "explanation_on", "status"],
                       before)  # fmt: skip

    def propose(self, *, by: Any, text: str, expected_version: int | None = None) -> None:
        """The draft conclusion the chi bộ will discuss and vote on."""
        require_editor(by, self.cell)
        text = self._text(text, "dự thảo kết luận")
        with transaction.atomic():
            current = self._locked(Status.FINDINGS, Status.EXPLAINED, Status.PROPOSED, verb="dự thảo kết luận",
                                   expected_version=expected_version)  # fmt: skip
            if current.subject_member is not None and not current.explanation:
                raise InspectionError(
                    f"Cần ghi giải trình của đồng chí {current.subject_member.full_name} trước khi dự thảo "
                    f"kết luận ({rules.SOURCE_EXPLANATION.text})."
                )
            before = snapshot(current, ["conclusion", "status"])
            current.conclusion, current.status = text, Status.PROPOSED
            self._save(current, "inspections.case_propose", by, ["conclusion", "status"], before)

    def adopt(self, *, by: Any, on: dt.date | None = None, votes_for: int | None = None,
              votes_against: int | None = None, votes_abstain: int = 0, excluded: int = 0,
              meeting_vote: Vote | None = None, expected_version: int | None = None) -> vote_rules.Outcome:  # fmt: skip
        """The cell adopts the conclusion by vote: either a vote recorded at one of its meetings
        (chibo.meetings) or the tally entered here, counted by the rulebook (more than half of
        the official members less the point-9.3 exclusions). A vote that fails changes nothing."""
        require_editor(by, self.cell)
        with transaction.atomic():
            current = self._locked(
                Status.PROPOSED, verb="thông qua kết luận", expected_version=expected_version
            )
            officials = Member.objects.filter(
                cell_id=current.cell_id, status=Member.Status.OFFICIAL
            ).count()
            if meeting_vote is not None:
                outcome, on = self._meeting_outcome(current, meeting_vote)
                excluded = meeting_vote.excused + meeting_vote.excluded
            else:
                on = self._day(on)
                if votes_for is None or votes_against is None:
                    raise InspectionError("Hãy ghi số phiếu tán thành và không tán thành.")
                if min(votes_for, votes_against, votes_abstain, excluded) < 0:
                    raise InspectionError("Số phiếu không được âm.")
                if votes_for + votes_against + votes_abstain + excluded > officials:
                    raise InspectionError(
                        f"Tổng số phiếu và số được loại trừ vượt quá số đảng viên chính thức của chi bộ ({officials}). "
                        f"Đảng viên dự bị không biểu quyết ({vote_rules.SOURCE_WHO_VOTES.text})."
                    )
                outcome = vote_rules.decide(kind=rules.CONCLUSION_VOTE_KIND, yes=votes_for, no=votes_against,
                                            abstain=votes_abstain, official_members=officials, excluded=excluded)  # fmt: skip
            if on < current.opened_on:
                raise InspectionError(
                    "Ngày chi bộ thông qua không được trước ngày mở cuộc kiểm tra."
                )
            if not outcome.passed:
                need = vote_rules.needed(
                    kind=rules.CONCLUSION_VOTE_KIND, denominator=outcome.denominator
                )
                raise InspectionError(
                    f"Kết luận chưa được thông qua: {outcome.yes}/{outcome.denominator} phiếu tán thành, cần ít nhất "
                    f"{need}. {vote_rules.rule_text(rules.CONCLUSION_VOTE_KIND)}"
                )
            fields = ["status", "adopted_on", "meeting_vote", "votes_for", "votes_against", "votes_abstain",
                      "excluded", "denominator"]  # fmt: skip
            before = snapshot(current, fields)
            current.status, current.adopted_on, current.meeting_vote = (
                Status.ADOPTED,
                on,
                meeting_vote,
            )
            current.votes_for, current.votes_against, current.votes_abstain = (
                outcome.yes,
                outcome.no,
                outcome.abstain,
            )
            current.excluded = excluded
            current.denominator = outcome.denominator
            self._save(current, "inspections.case_adopt", by, fields, before)
        return outcome

    @staticmethod
    def _meeting_outcome(current: Case, vote: Vote) -> tuple[vote_rules.Outcome, dt.date]:
        meeting: Meeting = vote.meeting
        if meeting.cell_id != current.cell_id:
            raise InspectionError("Biểu quyết phải của một buổi sinh hoạt của chi bộ.")
        if vote.kind != rules.CONCLUSION_VOTE_KIND:
            raise InspectionError("Kết luận kiểm tra được thông qua theo biểu quyết thông thường.")
        if Case.objects.filter(meeting_vote=vote).exclude(pk=current.pk).exists():
            raise InspectionError("Biểu quyết này đã dùng cho một cuộc kiểm tra khác.")
        outcome = vote_rules.Outcome(vote.votes_for, vote.votes_against, vote.votes_abstain, vote.denominator,
                                     vote.passed, vote.kind)  # fmt: skip
        return outcome, timezone.localdate(meeting.actual_start or meeting.starts_at)

    def issue_conclusion(self, *, by: Any, on: dt.date | None = None,
                         expected_version: int | None = None) -> IssuedDocument:  # fmt: skip
        """Number, render and store the notice of the conclusion (Thông báo, HD 36)."""
        from .documents import conclusion_document

        require_editor(by, self.cell)
        with transaction.atomic():
            current = self._locked(Status.ADOPTED, verb="ban hành thông báo kết luận",
                                   expected_version=expected_version)  # fmt: skip
            on = self._day(on)
            if current.adopted_on and on < current.adopted_on:
                raise InspectionError(
                    "Ngày ban hành không được trước ngày chi bộ thông qua kết luận."
                )
            if current.document_id:
                raise InspectionError("Thông báo kết luận đã được ban hành.")
            title = f"Thông báo {current.document_word} {current.subject_text}"
            doc = IssuedDocument.issue(cell=current.cell, type_code="TB", title=title, on=on, by=by, source=current,
                                       build=lambda number: conclusion_document(current, number, on))  # fmt: skip
            before = snapshot(current, ["document"])
            current.document = doc
            self._save(current, "inspections.case_issue", by, ["document"], before)
        return doc

    def close(
        self, *, by: Any, on: dt.date | None = None, expected_version: int | None = None
    ) -> None:
        require_editor(by, self.cell)
        with transaction.atomic():
            current = self._locked(
                Status.ADOPTED, verb="kết thúc", expected_version=expected_version
            )
            if not current.document_id:
                raise InspectionError(
                    "Hãy ban hành thông báo kết luận trước khi kết thúc cuộc kiểm tra."
                )
            on = self._day(on)
            before = snapshot(current, ["status", "closed_on"])
            current.status, current.closed_on = Status.CLOSED, on
            self._save(current, "inspections.case_close", by, ["status", "closed_on"], before)

    def record_discipline(self, *, by: Any, member: Member, form: str, body: str, body_name: str,
                          decision_number: str, decided_on: dt.date, votes_for: int | None = None,
                          votes_against: int | None = None, votes_abstain: int = 0) -> Discipline:  # fmt: skip
        """Record the discipline the competent body decided, with its number and date. The product
        neither proposes nor decides a form; it refuses what the body could not have decided."""
        require_editor(by, self.cell)
        if form not in dict(rules.DISCIPLINE_FORMS) or body not in dict(rules.BODIES):
            raise InspectionError("Hình thức kỷ luật hoặc tổ chức quyết định không hợp lệ.")
        if not decision_number.strip():
            raise InspectionError("Hãy ghi số quyết định kỷ luật.")
        if decided_on > timezone.localdate():
            raise InspectionError("Ngày quyết định không được sau hôm nay.")
        if member.cell_id != self.cell_id:
            raise InspectionError("Đảng viên bị kỷ luật phải là đảng viên của chi bộ.")
        if member.status == Member.Status.PROBATIONARY and form not in rules.PROBATIONARY_FORMS:
            raise InspectionError(
                f"Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo ({rules.SOURCE_FORMS.text})."
            )
        outcome = None
        if body == rules.CELL_BODY:
            if not rules.cell_may_decide(form):
                raise InspectionError(
                    f"Chi bộ chỉ quyết định khiển trách, cảnh cáo ({rules.SOURCE_CELL_AUTHORITY.text}); hình thức "
                    "khác do tổ chức đảng cấp trên quyết định."
                )
            if votes_for is None or votes_against is None:
                raise InspectionError(
                    "Chi bộ quyết định kỷ luật bằng biểu quyết: hãy ghi số phiếu."
                )
            officials = Member.objects.filter(
                cell_id=self.cell_id, status=Member.Status.OFFICIAL
            ).count()
            outcome = rules.discipline_vote(form=form, yes=votes_for, no=votes_against, abstain=votes_abstain,
                                            official_members=officials)  # fmt: skip
            if not outcome.passed:
                raise InspectionError(f"Biểu quyết không đạt: {outcome.yes}/{outcome.denominator}. "
                                      f"{rules.discipline_rule_text(form)}")  # fmt: skip
        with transaction.atomic():
            current = self._locked(
                Status.ADOPTED, Status.CLOSED, verb="ghi quyết định kỷ luật", expected_version=None
            )
            if decided_on < (current.adopted_on or current.opened_on):
                raise InspectionError(
                    "Ngày quyết định kỷ luật không được trước ngày chi bộ kết luận."
                )
            record = Discipline.objects.create(
                case=current, member=member, form=form, body=body,
                body_name=body_name.strip() or dict(rules.BODIES)[body], decision_number=decision_number.strip(),
                decided_on=decided_on, votes_for=outcome.yes if outcome else None,
                denominator=outcome.denominator if outcome else None, recorded_by=_user(by),
            )  # fmt: skip
            log_action(current, "inspections.discipline", by=by, cell=current.cell,
                       after={"member": member.full_name, "form": form, "body": record.body_name,
                              "decision_number": record.decision_number, "decided_on": decided_on})  # fmt: skip
        return record


class Discipline(models.Model):
    """A discipline decision as the competent body made it: recorded, not made, here."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="disciplines")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="disciplines")
    form = models.CharField("hình thức", max_length=12, choices=rules.DISCIPLINE_FORMS)
    body = models.CharField("tổ chức quyết định", max_length=8, choices=rules.BODIES)
    body_name = models.CharField("tên tổ chức quyết định", max_length=200)
    decision_number = models.CharField("số quyết định", max_length=50)
    decided_on = models.DateField("ngày quyết định")
    votes_for = models.PositiveIntegerField(null=True, blank=True)
    denominator = models.PositiveIntegerField(null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["decided_on", "pk"]
        verbose_name = "quyết định kỷ luật"

    def __str__(self) -> str:
        return f"{self.get_form_display()} — {self.decision_number}"


def _fee_keeper(cell: Cell) -> Member | None:
    """Who answers for the fee book: its treasurer, else the Bí thư."""
    from chibo.documents.parts import leader_of
    from chibo.fees.models import FeeBook

    book = FeeBook.objects.filter(cell=cell).select_related("treasurer").first()
    if book and book.treasurer and book.treasurer.is_active:
        return book.treasurer
    return leader_of(cell)[0]


# -- ports for other apps ----------------------------------------------------------------------


def has_open_case(member: Member) -> bool:
    """True while the member is under inspection (a case on the member, not yet closed): a
    transfer waits for it (transfer_rules.SOURCE_NO_TRANSFER). Supervision and the fee book do not count."""
    return (
        Case.objects.open()
        .filter(subject_member=member, subject_kind=rules.MEMBER, kind=rules.INSPECTION)
        .exists()
    )


def transfer_hold(member: Member) -> str:
    """'' unless the member is under inspection; then why a transfer must wait, with the rule
    (registered with chibo.lib.holds for the transfers app)."""
    if not has_open_case(member):
        return ""
    return (f"Đồng chí {member.full_name} đang được chi bộ kiểm tra (cuộc kiểm tra chưa kết thúc): chưa chuyển "
            f"sinh hoạt đảng được ({transfer_rules.SOURCE_NO_TRANSFER.full}).")  # fmt: skip


def overdue_cases_for(cell_ids: list[int], today: dt.date | None = None) -> CaseQuerySet:
    """Open cases past their due date in these cells, oldest due first: one query."""
    return (
        Case.objects.overdue(today)
        .filter(cell_id__in=cell_ids or [0])
        .select_related("subject_member")
        .order_by("due_on", "pk")
    )


OPEN_Q = Q(status__in=OPEN_STATUSES)
