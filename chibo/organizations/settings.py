"""The rule parameters in force for a cell or a committee: the rulebook's defaults overlaid by
the committees' own settings up the tree (the nearest wins). One query for any number of cells;
every screen, check and document that needs a tunable value asks here."""

from __future__ import annotations

from collections.abc import Iterable

from chibo.rules.settings import Params, overlay

from .models import Cell, Committee, CommitteeSetting


def _rows(paths: set[str]) -> list[tuple[str, str, str, dict[str, int]]]:
    return [(s.committee.path, s.committee.name, s.rule_code, s.params)
            for s in CommitteeSetting.objects.for_paths(paths)]  # fmt: skip


def params_for_path(path: str) -> Params:
    return overlay(_rows({path}))


def params_for_cell(cell: Cell) -> Params:
    return params_for_path(cell.path)


def params_for_committee(committee: Committee) -> Params:
    return params_for_path(committee.path)


def params_for_cells(cells: Iterable[Cell]) -> dict[int, Params]:
    """Each cell's parameters, in one query."""
    cells = list(cells)
    rows = _rows({c.path for c in cells})
    return {c.pk: overlay([r for r in rows if c.path.startswith(r[0])]) for c in cells}
