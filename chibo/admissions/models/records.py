"""What an admission file is made of: its steps (who, when, which document), its sponsors, the
scanned papers, and the committee's choice of rule set."""

from __future__ import annotations

import os
import uuid
from typing import Any

from django.conf import settings
from django.db import models, transaction

from chibo.audit.models import log_action
from chibo.members.models import Member
from chibo.organizations.models import Committee
from chibo.rules import admission as rules


class AdmissionError(Exception):
    """A rule refused the change; the message is for the user, in Vietnamese."""


class Stage(models.TextChoices):
    """Where a candidate's file stands, from the cell's list of outstanding non-members to the
    official member."""

    SOURCE = "source", "Quần chúng ưu tú"
    COURSE = "course", "Đã học lớp nhận thức về Đảng"
    FILE = "file", "Đang làm hồ sơ"
    READY = "ready", "Đủ điều kiện, chờ chi bộ xét"
    PROPOSED = "proposed", "Chi bộ đề nghị, chờ quyết định kết nạp"
    DECIDED = "decided", "Có quyết định, chờ lễ kết nạp"
    PROBATION = "probation", "Đảng viên dự bị"
    RECOGNITION = "recognition", "Chi bộ đề nghị công nhận chính thức"
    OFFICIAL = "official", "Đảng viên chính thức"
    STOPPED = "stopped", "Dừng xem xét"


BEFORE_VOTE = (Stage.SOURCE, Stage.COURSE, Stage.FILE, Stage.READY)
BEFORE_CEREMONY = (*BEFORE_VOTE, Stage.PROPOSED, Stage.DECIDED)
# Stages with a deadline counted from `stage_since` (chibo.admissions.deadlines).
TIMED = (Stage.PROPOSED, Stage.DECIDED, Stage.PROBATION, Stage.RECOGNITION)


class StepKind(models.TextChoices):
    COURSE = "course", "Học lớp bồi dưỡng nhận thức về Đảng"
    APPLICATION = "application", "Đơn xin vào Đảng"
    LIFE_HISTORY = "life_history", "Lý lịch của người xin vào Đảng"
    BACKGROUND_CHECK = "background_check", "Thẩm tra lý lịch"
    COMMENTS = "comments", "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú"
    REVIEW = "review", "Chi ủy thẩm tra lại điều kiện"
    VOTE = "vote", "Chi bộ xét, biểu quyết đề nghị kết nạp"
    RESOLUTION = "resolution", "Nghị quyết của chi bộ đề nghị kết nạp"
    DECISION = "decision", "Quyết định kết nạp của cấp ủy cấp trên"
    CEREMONY = "ceremony", "Lễ kết nạp"
    SELF_REVIEW = "self_review", "Bản tự kiểm điểm của đảng viên dự bị"
    HELPER_REVIEW = "helper_review", "Bản nhận xét của đảng viên được phân công giúp đỡ"
    PROBATION_COMMENTS = "probation_comments", "Tổng hợp ý kiến nhận xét đối với đảng viên dự bị"
    RECOGNITION_VOTE = "recognition_vote", "Chi bộ biểu quyết đề nghị công nhận chính thức"
    RECOGNITION_RESOLUTION = (
        "recognition_resolution",
        "Nghị quyết đề nghị công nhận đảng viên chính thức",
    )
    RECOGNITION_DECISION = "recognition_decision", "Quyết định công nhận đảng viên chính thức"


# The rule set's form key of each step (its printed code comes from the rule set).
STEP_FORMS: dict[str, str] = {
    StepKind.COURSE: "certificate", StepKind.APPLICATION: "application",
    StepKind.LIFE_HISTORY: "life_history", StepKind.COMMENTS: "comments",
    StepKind.RESOLUTION: "resolution", StepKind.DECISION: "decision",
    StepKind.SELF_REVIEW: "self_review", StepKind.HELPER_REVIEW: "helper_review",
    StepKind.PROBATION_COMMENTS: "probation_comments",
    StepKind.RECOGNITION_RESOLUTION: "recognition_resolution",
    StepKind.RECOGNITION_DECISION: "recognition_decision",
}  # fmt: skip
# Votes may be taken again after one that did not pass; every other step is recorded once.
REPEATABLE = (StepKind.VOTE, StepKind.RECOGNITION_VOTE)


def _file_path(instance: Any, filename: str) -> str:
    extension = os.path.splitext(filename)[1].lower()[:8]
    return f"admissions/{instance.candidate_id}/{uuid.uuid4().hex}{extension}"


class Step(models.Model):
    candidate = models.ForeignKey(
        "admissions.Candidate", on_delete=models.CASCADE, related_name="steps"
    )
    kind = models.CharField("bước", max_length=30, choices=StepKind.choices)
    on = models.DateField("ngày")
    received_on = models.DateField("ngày nhận", null=True, blank=True)
    reference = models.CharField("số, ký hiệu", max_length=100, blank=True)
    actor = models.CharField("người, tổ chức thực hiện", max_length=200, blank=True)
    note = models.TextField("ghi chú, kết luận", blank=True)
    data = models.JSONField(default=dict, blank=True)
    form_code = models.CharField("mẫu", max_length=20, blank=True)
    vote = models.ForeignKey("meetings.Vote", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="+", verbose_name="biểu quyết")  # fmt: skip
    document = models.ForeignKey("documents.IssuedDocument", null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")  # fmt: skip
    # Forms the cell writes that take no number (5-KNĐ, 12-KNĐ): rendered once, kept with a hash.
    file = models.FileField(upload_to=_file_path, max_length=255, blank=True)
    file_sha256 = models.CharField(max_length=64, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["candidate", "kind"], condition=~models.Q(kind__in=REPEATABLE),
                                    name="admissions_one_step_of_a_kind"),
        ]  # fmt: skip
        verbose_name = "bước hồ sơ kết nạp"
        verbose_name_plural = "các bước hồ sơ kết nạp"

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.on:%d/%m/%Y})"


class Sponsor(models.Model):
    """One sponsor: an official member (Mẫu 3-KNĐ), or the Đoàn's or công đoàn's executive
    committee by resolution (Mẫu 4-KNĐ)."""

    class Kind(models.TextChoices):
        MEMBER = "member", "Đảng viên chính thức"
        YOUTH_UNION = "youth_union", "Ban Chấp hành đoàn cơ sở"
        TRADE_UNION = "trade_union", "Ban Chấp hành công đoàn cơ sở"

    candidate = models.ForeignKey(
        "admissions.Candidate", on_delete=models.CASCADE, related_name="sponsors"
    )
    kind = models.CharField("người, tổ chức giới thiệu", max_length=20, choices=Kind.choices)
    member = models.ForeignKey(Member, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="sponsorships", verbose_name="đảng viên giới thiệu")  # fmt: skip
    organisation = models.CharField("tên tổ chức", max_length=200, blank=True)
    reference = models.CharField("số nghị quyết", max_length=100, blank=True)
    on = models.DateField("ngày giới thiệu")
    together_since = models.DateField(
        "cùng công tác, học tập, cư trú từ ngày", null=True, blank=True
    )
    relation = models.CharField("quan hệ công tác", max_length=200, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")  # fmt: skip

    class Meta:
        ordering = ["on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["candidate", "member"], condition=models.Q(member__isnull=False),
                                    name="admissions_one_letter_per_sponsor"),
        ]  # fmt: skip
        verbose_name = "người giới thiệu"
        verbose_name_plural = "người giới thiệu"

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        if self.member_id:
            return f"Đồng chí {self.member.full_name}"  # type: ignore[union-attr]
        return self.organisation or self.get_kind_display()

    @property
    def form_key(self) -> str:
        return "sponsor" if self.kind == self.Kind.MEMBER else "union_resolution"


class Attachment(models.Model):
    """A scanned paper of the file (the application, the life history, a verification letter…)."""

    candidate = models.ForeignKey(
        "admissions.Candidate", on_delete=models.CASCADE, related_name="attachments"
    )
    step = models.CharField("thuộc bước", max_length=30, choices=StepKind.choices, blank=True)
    title = models.CharField("tên giấy tờ", max_length=200)
    file = models.FileField(upload_to=_file_path, max_length=255)
    file_kind = models.CharField(max_length=10)
    file_name = models.CharField(max_length=200, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "id"]
        verbose_name = "bản chụp giấy tờ"
        verbose_name_plural = "bản chụp giấy tờ"

    def __str__(self) -> str:
        return self.title


class RuleChoice(models.Model):
    """The admission rule set a committee applies to every cell below it (nearest wins)."""

    committee = models.OneToOneField(
        Committee, on_delete=models.CASCADE, related_name="admission_rules"
    )
    rule_set = models.CharField("bộ quy định", max_length=20,
                                choices=[(r.code, r.title) for r in rules.RULE_SETS.values()])  # fmt: skip
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "bộ quy định kết nạp của Đảng ủy"
        verbose_name_plural = "bộ quy định kết nạp của Đảng ủy"

    def __str__(self) -> str:
        return f"{self.committee}: {self.rule_set}"

    @classmethod
    def choose(cls, *, committee: Committee, rule_set: str, by: Any) -> RuleChoice:
        if rule_set not in rules.RULE_SETS:
            raise AdmissionError("Bộ quy định này không có trong danh mục.")
        with transaction.atomic():
            choice, _ = cls.objects.select_for_update().get_or_create(
                committee=committee, defaults={"rule_set": rule_set}
            )
            before = {"rule_set": choice.rule_set}
            choice.rule_set, choice.updated_by = rule_set, by
            choice.save()
            log_action(choice, "admissions.rule_set", by=by, committee=committee, before=before,
                       after={"rule_set": rule_set})  # fmt: skip
        return choice
