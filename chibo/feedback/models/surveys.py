"""The parents' satisfaction survey: a round of questions on a 5-point scale, grouped as in the
education ministry's toolkit, one link per class and one answer per family.

A family answers with a code printed on a slip the class teacher hands out at random; the code
is marked used, and the answer is stored with its class only, never with the code, a name or a
time of day, so nobody can tell which family answered what.
"""

from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Count
from django.utils import timezone

from chibo.audit.models import log_action, snapshot
from chibo.rules import feedback as rules

from .schools import FeedbackError, School

FAMILY_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAX_FAMILIES_PER_CLASS = 80
GROUP_LABELS = dict(rules.GROUPS)


def _family_code() -> str:
    return "".join(secrets.choice(FAMILY_CODE_ALPHABET) for _ in range(8))


class SurveyRound(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Đang chuẩn bị"
        OPEN = "open", "Đang nhận trả lời"
        CLOSED = "closed", "Đã kết thúc"

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="survey_rounds")
    title = models.CharField("tên đợt khảo sát", max_length=200)
    year = models.PositiveSmallIntegerField(
        "năm", validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text="Năm mà chỉ số của đợt này được tính cho chỉ tiêu của chi bộ.",
    )  # fmt: skip
    formula = models.CharField(
        "cách tính tỷ lệ hài lòng", max_length=20, default=rules.DEFAULT_FORMULA,
        choices=[(f.code, f.label) for f in rules.FORMULAS.values()],
    )  # fmt: skip
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    opened_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year", "-created_at"]
        verbose_name = "đợt khảo sát sự hài lòng"
        verbose_name_plural = "đợt khảo sát sự hài lòng"

    def __str__(self) -> str:
        return self.title

    @property
    def formula_text(self) -> str:
        return rules.FORMULAS[self.formula].text

    @classmethod
    def create(cls, *, school: School, by: Any, title: str, year: int, classes: list[str],
               families_per_class: int, formula: str = rules.DEFAULT_FORMULA,
               questions: list[tuple[str, str]] | None = None) -> SurveyRound:  # fmt: skip
        """A round with its questions (the toolkit template unless given), one link per class
        and a code slip per family."""
        from chibo.feedback.defaults import SURVEY_QUESTIONS

        names = [name.strip() for name in classes if name.strip()]
        if not names:
            raise FeedbackError("Cần ít nhất một lớp.")
        if len(set(names)) != len(names):
            raise FeedbackError("Tên lớp bị trùng.")
        if not 1 <= families_per_class <= MAX_FAMILIES_PER_CLASS:
            raise FeedbackError(f"Số gia đình mỗi lớp phải từ 1 đến {MAX_FAMILIES_PER_CLASS}.")
        if formula not in rules.FORMULAS:
            raise FeedbackError("Cách tính không hợp lệ.")
        with transaction.atomic():
            survey = cls.objects.create(school=school, title=title, year=year, formula=formula,
                                        created_by=by)  # fmt: skip
            SurveyQuestion.objects.bulk_create([
                SurveyQuestion(round=survey, group=group, order=order, text=text)
                for order, (group, text) in enumerate(questions or SURVEY_QUESTIONS, start=1)
            ])  # fmt: skip
            for name in names:
                survey_class = SurveyClass.objects.create(
                    round=survey, name=name, token=secrets.token_urlsafe(12)
                )
                survey_class.add_codes(families_per_class)
            log_action(survey, "feedback.survey.create", by=by, cell=school.cell,
                       after={"title": title, "year": year, "classes": len(names),
                              "families_per_class": families_per_class, "formula": formula})  # fmt: skip
        return survey

    def open(self, *, by: Any) -> None:
        self._move(self.Status.DRAFT, self.Status.OPEN, by=by, stamp="opened_at")

    def close(self, *, by: Any) -> None:
        self._move(self.Status.OPEN, self.Status.CLOSED, by=by, stamp="closed_at")

    def _move(self, source: str, target: str, *, by: Any, stamp: str) -> None:
        with transaction.atomic():
            current = SurveyRound.objects.select_for_update().get(pk=self.pk)
            if current.status != source:
                raise FeedbackError(
                    f"Đợt khảo sát đang ở trạng thái “{current.get_status_display()}”."
                )
            current.status = target
            setattr(current, stamp, timezone.now())
            current.save(update_fields=["status", stamp])
            log_action(current, f"feedback.survey.{target}", by=by, cell=self.school.cell,
                       before={"status": source}, after=snapshot(current, ["status"]))  # fmt: skip
        self.status = target
        setattr(self, stamp, getattr(current, stamp))

    def results(self) -> SurveyResults:
        """The index overall, per group and per class, from one grouped query."""
        rows = (
            SurveyAnswer.objects.filter(response__round=self)
            .values_list("question__group", "response__survey_class__name", "score")
            .annotate(n=Count("pk"))
            .order_by()
        )
        results = SurveyResults(formula=self.formula)
        for group, class_name, score, n in rows:
            results.overall[score] += n
            results.by_group.setdefault(group, Counter())[score] += n
            results.by_class.setdefault(class_name, Counter())[score] += n
        results.families = SurveyResponse.objects.filter(round=self).count()
        results.codes = FamilyCode.objects.filter(survey_class__round=self).count()
        return results


@dataclass
class SurveyResults:
    formula: str
    overall: Counter[int] = field(default_factory=Counter)
    by_group: dict[str, Counter[int]] = field(default_factory=dict)
    by_class: dict[str, Counter[int]] = field(default_factory=dict)
    families: int = 0
    codes: int = 0

    @property
    def index(self) -> Decimal | None:
        return rules.satisfaction(self.overall, self.formula)

    def groups(self) -> list[tuple[str, Decimal | None, int]]:
        return [(label, rules.satisfaction(self.by_group.get(code, Counter()), self.formula),
                 sum(self.by_group.get(code, Counter()).values())) for code, label in rules.GROUPS]  # fmt: skip

    def classes(self) -> list[tuple[str, Decimal | None, int]]:
        return [(name, rules.satisfaction(counts, self.formula), sum(counts.values()))
                for name, counts in sorted(self.by_class.items())]  # fmt: skip

    def scale(self) -> list[tuple[str, int]]:
        return [(label, self.overall.get(score, 0)) for score, label in rules.SCALE.items()]


class SurveyQuestion(models.Model):
    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="questions")
    group = models.CharField("nhóm", max_length=20, choices=rules.GROUPS)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    text = models.CharField("câu hỏi", max_length=300)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "câu hỏi khảo sát"
        verbose_name_plural = "câu hỏi khảo sát"

    def __str__(self) -> str:
        return self.text


class SurveyClass(models.Model):
    """A class of the round: its own link, shared in the class's parent group."""

    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="classes")
    name = models.CharField("lớp", max_length=50)
    token = models.CharField(max_length=32, unique=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["round", "name"], name="unique_survey_class")
        ]
        verbose_name = "lớp khảo sát"
        verbose_name_plural = "lớp khảo sát"

    def __str__(self) -> str:
        return f"{self.name} — {self.round}"

    def add_codes(self, count: int) -> None:
        existing = set(
            FamilyCode.objects.values_list("code", flat=True).filter(survey_class__round=self.round)
        )
        codes: set[str] = set()
        while len(codes) < count:
            code = _family_code()
            if code not in existing:
                codes.add(code)
        FamilyCode.objects.bulk_create(
            [FamilyCode(survey_class=self, code=c) for c in sorted(codes)]
        )

    def submit(
        self, *, code: str, scores: dict[int, int | None], suggestion: str = ""
    ) -> SurveyResponse:
        """One family's answers. The code is spent; the answer keeps only the class."""
        cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
        with transaction.atomic():
            survey = SurveyRound.objects.select_for_update().get(pk=self.round_id)
            if survey.status != SurveyRound.Status.OPEN:
                raise FeedbackError("Đợt khảo sát này không nhận trả lời.")
            family = (
                FamilyCode.objects.select_for_update()
                .filter(survey_class=self, code=cleaned)
                .first()
            )
            if family is None:
                raise FeedbackError("Mã gia đình không đúng. Xin xem lại phiếu mã nhà trường gửi.")
            if family.used:
                raise FeedbackError("Mã này đã được dùng: mỗi gia đình chỉ trả lời một lần.")
            questions = {q.pk for q in survey.questions.all()}
            answers = {qid: s for qid, s in scores.items() if qid in questions and s in rules.SCALE}
            if not answers:
                raise FeedbackError("Xin chọn mức hài lòng cho ít nhất một câu.")
            family.used = True
            family.save(update_fields=["used"])
            response = SurveyResponse.objects.create(
                round=survey, survey_class=self, submitted_on=timezone.localdate(),
                suggestion=suggestion.strip(),
            )  # fmt: skip
            SurveyAnswer.objects.bulk_create(
                [
                    SurveyAnswer(response=response, question_id=qid, score=s)
                    for qid, s in answers.items()
                ]
            )
        return response


class FamilyCode(models.Model):
    survey_class = models.ForeignKey(SurveyClass, on_delete=models.CASCADE, related_name="codes")
    code = models.CharField(max_length=12)
    used = models.BooleanField(default=False)

    class Meta:
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["survey_class", "code"], name="unique_family_code")
        ]
        verbose_name = "mã gia đình"
        verbose_name_plural = "mã gia đình"

    def __str__(self) -> str:
        return self.code


class SurveyResponse(models.Model):
    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="responses")
    survey_class = models.ForeignKey(
        SurveyClass, on_delete=models.CASCADE, related_name="responses"
    )
    submitted_on = models.DateField()
    suggestion = models.TextField("ý kiến khác", blank=True)

    class Meta:
        verbose_name = "phiếu trả lời"
        verbose_name_plural = "phiếu trả lời"

    def __str__(self) -> str:
        return f"Phiếu của {self.survey_class.name}"


class SurveyAnswer(models.Model):
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(SurveyQuestion, on_delete=models.CASCADE, related_name="answers")
    score = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(min(rules.SCALE)), MaxValueValidator(max(rules.SCALE))]
    )

    class Meta:
        verbose_name = "câu trả lời"
        verbose_name_plural = "câu trả lời"

    def __str__(self) -> str:
        return f"{self.question_id}: {self.score}"
