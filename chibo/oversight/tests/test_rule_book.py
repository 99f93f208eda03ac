"""Every rule names its source, its status and how to fix what it finds."""

from chibo.oversight.rules import RULE_LIST, RULES, STATUS_LABELS


def test_every_rule_cites_a_source_and_a_fix():
    for rule in RULE_LIST:
        assert rule.title.strip(), rule.code
        assert len(rule.source.strip()) > 10, f"{rule.code} has no source"
        assert len(rule.fix.strip()) > 10, f"{rule.code} has no fix text"
        assert rule.status in STATUS_LABELS, rule.code


def test_the_rule_book_covers_the_brief():
    expected = {
        "thematic_quarterly",
        "regular_monthly",
        "draft_on_time",
        "attendance",
        "consecutive_absence",
        "minutes_conclusion",
        "tasks_assigned",
        "tasks_overdue",
        "dossier_complete",
        "report_sent",
        "probation_due",
        "thematic_plan",
        "meeting_duration",
    }
    assert expected <= set(RULES)


def test_defaults_lie_within_their_bounds_and_only_editable_rules_have_parameters():
    for rule in RULE_LIST:
        for p in rule.params:
            assert p.minimum <= p.default <= p.maximum, (rule.code, p.name)
        if rule.params:
            assert rule.editable, rule.code
