"""Quarters, months, dates and people as plans write them."""

from __future__ import annotations

import datetime as dt

import pytest

from chibo.importer.people import parse_people
from chibo.importer.topics import parse_time


@pytest.mark.parametrize(
    ("text", "quarters", "months"),
    [
        ("Quý I", [1], []),
        ("quý 2", [2], []),
        ("Quý II năm 2026", [2], []),
        ("Quý IV/2026", [4], []),
        ("Tháng 3", [], [3]),
        ("tháng 04/2022", [], [4]),
        ("Tháng 11 năm 2026", [], [11]),
        ("03/2026", [], [3]),
        ("ngày 20/3/2026", [], [3]),
        ("Quý III (tháng 9)", [3], [9]),
    ],
)
def test_times(text, quarters, months):
    time = parse_time(text)
    assert (time.quarters, time.months) == (quarters, months)


def test_a_full_date_is_kept():
    assert parse_time("ngày 20 tháng 3 năm 2026").dates == [dt.date(2026, 3, 20)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Đồng chí Dương Thị Huệ - Bí thư chi bộ", [("Dương Thị Huệ", "Bí thư chi bộ")]),
        ("đ/c Nguyễn Văn Bình (Phó Bí thư chi bộ)", [("Nguyễn Văn Bình", "Phó Bí thư chi bộ")]),
        ("Đồng chí Vũ Thị Lệ Chi uỷ viên", [("Vũ Thị Lệ", "Chi uỷ viên")]),
        ("Đ/c Lê Văn Nam và đ/c Trần Thị Thu Hà", [("Lê Văn Nam", ""), ("Trần Thị Thu Hà", "")]),
        ("Nguyễn Văn An, Trần Thị Bình", [("Nguyễn Văn An", ""), ("Trần Thị Bình", "")]),
        ("Bí thư chi bộ", [("", "Bí thư chi bộ")]),
        ("đ/c Hường", [("Hường", "")]),
    ],
)
def test_people(text, people):
    assert [(p.name, p.role_note) for p in parse_people(text)] == people
