"""Which admission rule set applies to a cell: the nearest committee up the tree that chose
one, else the rulebook's default (as chibo.organizations.settings does for the parameters)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from chibo.organizations.models import Cell, Committee, ancestor_paths
from chibo.rules import admission as rules

from .models.records import RuleChoice


@dataclass(frozen=True)
class Applied:
    rules: rules.RuleSet
    set_by: str  # the committee that chose it; '' for the default


def _prefixes(paths: set[str]) -> set[str]:
    return {prefix for p in paths for prefix in ancestor_paths(p)} or {""}


def _choices(paths: set[str]) -> list[tuple[str, str, str]]:
    rows = RuleChoice.objects.filter(committee__path__in=_prefixes(paths)).select_related(
        "committee"
    )
    return sorted(((c.committee.path, c.committee.name, c.rule_set) for c in rows),
                  key=lambda row: len(row[0]))  # fmt: skip


def _pick(path: str, rows: list[tuple[str, str, str]]) -> Applied:
    applied = Applied(rules.rule_set(rules.DEFAULT_RULE_SET), "")
    for committee_path, name, code in rows:  # nearest last
        if path.startswith(committee_path):
            applied = Applied(rules.rule_set(code), name)
    return applied


def for_path(path: str) -> Applied:
    return _pick(path, _choices({path}))


def for_cell(cell: Cell) -> Applied:
    return for_path(cell.path)


def for_committee(committee: Committee) -> Applied:
    return for_path(committee.path)


def for_cells(cells: Iterable[Cell]) -> dict[int, Applied]:
    """Each cell's rule set, in one query."""
    cells = list(cells)
    rows = _choices({c.path for c in cells})
    return {c.pk: _pick(c.path, rows) for c in cells}
