"""A committee chooses the admission rule set for the cells below it (the nearest committee
wins); a file keeps the set it was voted under."""

import pytest
from django.urls import reverse

from chibo.admissions import rulesets
from chibo.admissions.models import AdmissionError, RuleChoice
from chibo.audit.models import AuditEntry
from chibo.rules import admission as rules

from .helpers import make_candidate, proposed

pytestmark = pytest.mark.django_db


def test_the_default_is_the_2025_set(world):
    applied = rulesets.for_cell(world.cell)
    assert applied.rules is rules.RULES_2025 and applied.set_by == ""


def test_the_nearest_committee_up_the_tree_wins(world):
    province = world.committee.parent
    RuleChoice.choose(committee=province, rule_set="qd208_2026", by=world.officer)
    assert rulesets.for_cell(world.cell).rules is rules.RULES_2026
    assert rulesets.for_cell(world.cell).set_by == "Tỉnh ủy Ninh Bình"
    RuleChoice.choose(committee=world.committee, rule_set="qd294_2025", by=world.officer)
    both = rulesets.for_cells([world.cell, world.other_cell])
    assert both[world.cell.pk].rules is rules.RULES_2025  # its own Đảng ủy chose 2025
    assert both[world.other_cell.pk].rules is rules.RULES_2026  # only the province chose


def test_an_unknown_set_is_refused(world):
    with pytest.raises(AdmissionError, match="không có trong danh mục"):
        RuleChoice.choose(committee=world.committee, rule_set="qd999", by=world.officer)
    assert not RuleChoice.objects.exists()


def test_a_voted_file_keeps_its_set_when_the_committee_switches(world):
    voted = proposed(world)
    waiting = make_candidate(world, "Trần Văn Bình", gender="male")
    RuleChoice.choose(committee=world.committee, rule_set="qd208_2026", by=world.officer)
    voted.refresh_from_db()
    assert voted.rule_set == "qd294_2025" and voted.ruleset is rules.RULES_2025
    fresh = type(waiting).objects.get(pk=waiting.pk)
    assert fresh.rule_set == "" and fresh.ruleset is rules.RULES_2026


def test_the_officer_switches_on_the_committee_page(world, officer_client, secretary_client):
    url = reverse("admissions:committee_rules", args=[world.committee.pk])
    assert secretary_client.post(url, {"rule_set": "qd208_2026"}).status_code == 404
    response = officer_client.post(url, {"rule_set": "qd208_2026"}, follow=True)
    assert "chờ xác minh văn bản gốc" in response.content.decode()
    assert RuleChoice.objects.get(committee=world.committee).rule_set == "qd208_2026"
    assert AuditEntry.objects.filter(
        action="admissions.rule_set", committee=world.committee
    ).exists()
    page = officer_client.get(
        reverse("admissions:committee", args=[world.committee.pk])
    ).content.decode()
    assert "do Đảng ủy xã Yên Mô chọn" in page
