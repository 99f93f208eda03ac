"""Committees (Đảng bộ / Đảng ủy) and cells (chi bộ), their terms and officers.

A committee may sit under another. Each committee carries a materialised path
("0001.0007.") so that "every cell below committee X, at any depth" is one indexed
prefix query (`Cell.objects.below(X)`), whatever the size of the province.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction

from chibo.audit.models import log_action
from chibo.rules import settings as rule_settings

PATH_STEP = 6  # digits per level: up to a million children per committee


def ancestor_paths(path: str) -> list[str]:
    """The paths of a committee and of every committee above it ("0001." → ["0001."]): each
    prefix one level longer. Settings read up the tree filter on these."""
    step = PATH_STEP + 1
    return [path[:i] for i in range(step, len(path) + 1, step)]


class CommitteeQuerySet(models.QuerySet["Committee"]):
    def below(self, committee: Committee, *, include_self: bool = True) -> CommitteeQuerySet:
        qs = self.filter(path__startswith=committee.path)
        return qs if include_self else qs.exclude(pk=committee.pk)


class Committee(models.Model):
    name = models.CharField("tên", max_length=200)  # e.g. "Đảng ủy xã Yên Mô"
    party_organisation = models.CharField(
        "tên Đảng bộ", max_length=200, blank=True, help_text="Ví dụ: Đảng bộ xã Yên Mô"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="cấp trên",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=255, unique=True, editable=False)
    place_name = models.CharField("địa danh", max_length=100, blank=True)
    heading_names_party_organisation = models.BooleanField(
        "dòng cấp trên ghi tên Đảng bộ",
        default=False,
        help_text="Trên văn bản của chi bộ trực thuộc, dòng cấp trên ghi “ĐẢNG BỘ XÃ …” (theo ví dụ "
        "của Hướng dẫn 36-HD/VPTW) thay vì “ĐẢNG ỦY XÃ …”. Để trống tên Đảng bộ thì dùng tên Đảng ủy.",
    )
    officers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="CommitteeOfficer",
        related_name="officer_of",
        blank=True,
    )

    objects = CommitteeQuerySet.as_manager()

    class Meta:
        ordering = ["path"]
        verbose_name = "Đảng ủy"
        verbose_name_plural = "Đảng ủy"

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        if not self.path:
            self.path = self._next_path()
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def depth(self) -> int:
        return len(self.path) // (PATH_STEP + 1)

    def _next_path(self) -> str:
        prefix = self.parent.path if self.parent else ""
        with transaction.atomic():
            siblings = Committee.objects.select_for_update().filter(parent=self.parent)
            last = siblings.order_by("-path").values_list("path", flat=True).first()
        number = int(last[len(prefix) : len(prefix) + PATH_STEP]) + 1 if last else 1
        return f"{prefix}{number:0{PATH_STEP}d}."

    @property
    def superior_heading(self) -> str:
        """The line above the cell's name in a document header: 'ĐẢNG ỦY XÃ YÊN MÔ', or the Đảng
        bộ's name ('ĐẢNG BỘ XÃ YÊN MÔ', HD 36's own example) where the committee chose it."""
        if self.heading_names_party_organisation and self.party_organisation:
            return self.party_organisation.upper()
        return self.name.upper()


class CommitteeOfficer(models.Model):
    """A cán bộ of a committee: reads everything below the committee, edits nothing in cells."""

    committee = models.ForeignKey(Committee, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField("chức vụ", max_length=100, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["committee", "user"], name="unique_committee_officer")
        ]
        verbose_name = "cán bộ Đảng ủy"
        verbose_name_plural = "cán bộ Đảng ủy"

    def __str__(self) -> str:
        return f"{self.user} — {self.committee}"


class CellQuerySet(models.QuerySet["Cell"]):
    def below(self, committee: Committee) -> CellQuerySet:
        """Every cell under `committee`, at any depth: one indexed prefix query."""
        return self.filter(path__startswith=committee.path)


class Cell(models.Model):
    name = models.CharField("tên chi bộ", max_length=200)  # "Chi bộ Trường Mầm non Yên Hoà"
    committee = models.ForeignKey(
        Committee, verbose_name="Đảng ủy cấp trên", on_delete=models.PROTECT, related_name="cells"
    )
    # The committee's path, copied so that "cells below X" needs no join.
    path = models.CharField(max_length=255, db_index=True, editable=False)
    place_name = models.CharField("địa danh", max_length=100, blank=True)
    days_before_distribution = models.PositiveSmallIntegerField(
        "gửi tài liệu trước (ngày)",
        default=1,
        help_text="Số ngày tối thiểu gửi tài liệu trước buổi sinh hoạt. HD 42-HD/BTCTW: ít nhất 01 ngày; "
        "chi bộ có thể quy định chặt hơn (ví dụ 03 ngày).",
    )

    objects = CellQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "chi bộ"
        verbose_name_plural = "chi bộ"

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.path = self.committee.path
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def current_term(self, on: dt.date | None = None) -> Term | None:
        on = on or dt.date.today()
        return self.terms.filter(start__lte=on, end__gte=on).order_by("-start").first()

    @property
    def heading(self) -> str:
        """The issuing body in a document header, e.g. 'CHI BỘ TRƯỜNG MẦM NON YÊN HOÀ'."""
        return self.name.upper()


class Term(models.Model):
    """A nhiệm kỳ of the cell's leadership, e.g. 2025–2030. Document numbers restart per term."""

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="terms")
    name = models.CharField("nhiệm kỳ", max_length=50)
    start = models.DateField("từ ngày")
    end = models.DateField("đến ngày")

    class Meta:
        ordering = ["-start"]
        verbose_name = "nhiệm kỳ"
        verbose_name_plural = "nhiệm kỳ"

    def __str__(self) -> str:
        return f"Nhiệm kỳ {self.name}"

    def clean(self) -> None:
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu."})


class SettingError(Exception):
    """A committee setting was refused; the message is for the user, in Vietnamese."""


class CommitteeSettingQuerySet(models.QuerySet["CommitteeSetting"]):
    def for_paths(self, paths: set[str]) -> CommitteeSettingQuerySet:
        """Settings of every committee that is an ancestor (or self) of one of `paths`."""
        prefixes = {prefix for p in paths for prefix in ancestor_paths(p)} or {""}
        return self.filter(committee__path__in=prefixes).select_related("committee")


class CommitteeSetting(models.Model):
    """A committee's own values for a rule parameter of chibo.rules.settings, inherited by every
    committee and cell below it; the nearest committee with a value wins. The meeting workflow,
    the dashboard and the quality sheet all read them through chibo.organizations.settings."""

    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="rule_settings")
    rule_code = models.CharField("quy tắc", max_length=40)
    params = models.JSONField("tham số", default=dict)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = CommitteeSettingQuerySet.as_manager()

    class Meta:
        db_table = "oversight_rulesetting"  # moved from oversight; the table keeps its name
        constraints = [
            models.UniqueConstraint(fields=["committee", "rule_code"], name="unique_rule_setting")
        ]
        verbose_name = "tham số quy tắc"
        verbose_name_plural = "tham số quy tắc"

    def __str__(self) -> str:
        return f"{self.committee}: {self.rule_code}"

    @classmethod
    def change(
        cls, *, committee: Committee, rule_code: str, params: dict[str, object], by: Any
    ) -> CommitteeSetting:
        """A committee sets its own values for a rule's parameters (bounds from the rulebook)."""
        try:
            cleaned = rule_settings.clean(rule_code, params)
        except rule_settings.SettingError as exc:
            raise SettingError(str(exc)) from None
        with transaction.atomic():
            setting, _ = cls.objects.select_for_update().get_or_create(
                committee=committee, rule_code=rule_code
            )
            before = dict(setting.params)
            setting.params, setting.updated_by = cleaned, by
            setting.save()
            log_action(setting, "oversight.rule_setting", by=by, committee=committee,
                       before=before, after=cleaned)  # fmt: skip
        return setting
