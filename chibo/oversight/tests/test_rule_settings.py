"""A committee sets its own parameters where the rule allows; the change is audited."""

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.organizations.models import CommitteeSetting as RuleSetting
from chibo.organizations.models import SettingError as OversightError


def test_an_officer_raises_the_days_before_distribution(world, officer_client):
    url = reverse("oversight:rule_setting", args=[world.committee.pk, "draft_on_time"])
    response = officer_client.post(url, {"min_days": "3"})
    assert response.status_code == 302
    assert RuleSetting.objects.get(committee=world.committee, rule_code="draft_on_time").params == {
        "min_days": 3
    }
    assert AuditEntry.objects.filter(
        action="oversight.rule_setting", committee=world.committee
    ).exists()
    page = officer_client.get(
        reverse("oversight:rules", args=[world.committee.pk])
    ).content.decode()
    assert 'name="min_days" value="3"' in page


def test_the_national_minimum_cannot_be_lowered(world):
    with pytest.raises(OversightError, match="từ 1 đến 10"):
        RuleSetting.change(
            committee=world.committee,
            rule_code="draft_on_time",
            params={"min_days": 0},
            by=world.officer,
        )


def test_a_charter_rule_has_no_parameters_to_change(world):
    with pytest.raises(OversightError, match="không có tham số"):
        RuleSetting.change(
            committee=world.committee, rule_code="regular_monthly", params={}, by=world.officer
        )
