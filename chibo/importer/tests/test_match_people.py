"""Matching names written in a plan to the cell's members."""

from __future__ import annotations

from dataclasses import dataclass

from chibo.importer.people import match_people


@dataclass
class FakeMember:
    full_name: str


MEMBERS = [
    FakeMember("Dương Thị Huệ"),
    FakeMember("Nguyễn Thị Hường"),
    FakeMember("Vũ Thị Lệ"),
    FakeMember("Võ Thị Mỹ Ly"),
    FakeMember("Nguyễn Văn An"),
    FakeMember("Trần Văn An"),
]


def _one(name: str):
    return match_people([name], MEMBERS)[0]


def test_an_exact_full_name_matches_with_full_confidence():
    match = _one("Dương Thị Huệ")
    assert (match.member, match.confidence, match.method) == (MEMBERS[0], 1.0, "exact")


def test_diacritics_and_case_are_ignored():
    match = _one("duong thi hue")
    assert (match.member, match.method) == (MEMBERS[0], "folded")
    assert match.confidence < 1.0
    assert _one("Vu Thi Le").member is MEMBERS[2]


def test_family_and_given_name_match_when_the_middle_name_differs():
    match = _one("Võ Thị Ly")
    assert (match.member, match.method, match.confidence) == (MEMBERS[3], "given_family", 0.7)


def test_a_given_name_alone_matches_only_when_unique():
    assert _one("Hường").member is MEMBERS[1]
    ambiguous = _one("An")
    assert (ambiguous.member, ambiguous.method) == (None, "ambiguous")
    assert ambiguous.candidates == [MEMBERS[4], MEMBERS[5]]


def test_an_unknown_name_does_not_match():
    match = _one("Phạm Văn Lân")
    assert (match.member, match.confidence, match.method) == (None, 0.0, "none")


def test_plain_strings_work_as_members_and_order_is_kept():
    matches = match_people(["Lệ", "Huệ"], ["Vũ Thị Lệ", "Dương Thị Huệ"])
    assert [m.member for m in matches] == ["Vũ Thị Lệ", "Dương Thị Huệ"]
