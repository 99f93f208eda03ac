"""What the committee dashboards total, kept per cell by the meeting and task verbs.

- CellYear: one cell's meetings of one year (of the meeting's local start time), in total and
  per quarter: regular and thematic meetings held, thematic meetings whose report was sent
  upward, and held meetings whose documents went out late or not at all.
- CellTaskDue: one cell's unfinished tasks falling due on one day. Overdue is a comparison with
  today's date at read time, so these counts never go stale as the days pass.

Both are written only by chibo.meetings.summary, inside the transaction of the verb that
changed a meeting, a report or a task; `chibo meeting-summary --check` compares them with a
full recomputation from the records and `--rebuild` recomputes them.
"""

from __future__ import annotations

from django.db import models

from chibo.organizations.models import Cell


class CellYear(models.Model):
    """One row per cell and year: the year's counts and the same counts per quarter, so that a
    committee's totals and its cells' order are read from one row per cell."""

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    regular_held = models.PositiveIntegerField(default=0)
    thematic_held = models.PositiveIntegerField(default=0)
    reports = models.PositiveIntegerField(default=0)  # thematic, held, report sent upward
    late = models.PositiveIntegerField(default=0)  # held, documents sent late or not at all
    thematic_q1 = models.PositiveIntegerField(default=0)
    thematic_q2 = models.PositiveIntegerField(default=0)
    thematic_q3 = models.PositiveIntegerField(default=0)
    thematic_q4 = models.PositiveIntegerField(default=0)
    reports_q1 = models.PositiveIntegerField(default=0)
    reports_q2 = models.PositiveIntegerField(default=0)
    reports_q3 = models.PositiveIntegerField(default=0)
    reports_q4 = models.PositiveIntegerField(default=0)
    late_q1 = models.PositiveIntegerField(default=0)
    late_q2 = models.PositiveIntegerField(default=0)
    late_q3 = models.PositiveIntegerField(default=0)
    late_q4 = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cell", "year"], name="unique_cell_year")]
        indexes = [models.Index(fields=["year", "cell"], name="cellyear_year_cell")]
        verbose_name = "tổng hợp sinh hoạt của chi bộ trong năm"
        verbose_name_plural = "tổng hợp sinh hoạt của chi bộ trong năm"

    def __str__(self) -> str:
        return f"{self.cell_id}: {self.year}"


class CellTaskDue(models.Model):
    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="+")
    deadline = models.DateField()
    unfinished = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cell", "deadline"], name="unique_cell_task_due")
        ]
        verbose_name = "tổng hợp nhiệm vụ chưa xong theo hạn"
        verbose_name_plural = "tổng hợp nhiệm vụ chưa xong theo hạn"

    def __str__(self) -> str:
        return f"{self.cell_id}: {self.unfinished} hạn {self.deadline}"
