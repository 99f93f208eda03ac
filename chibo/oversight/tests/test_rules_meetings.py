"""Meeting rules, one by one, at the exact edge of each threshold."""

import datetime as dt

import pytest

from chibo.organizations.models import CommitteeSetting as RuleSetting
from chibo.oversight.tests.helpers import attend, make_meeting
from chibo.plans.models import Plan, Topic

D = dt.date


class TestThematicEveryQuarter:
    def test_a_meeting_at_the_last_minute_of_the_quarter_counts(self, world, check):
        make_meeting(world.cell, "2026-03-31 23:59", kind="thematic")
        assert [f.quarter for f in check("thematic_quarterly", D(2026, 4, 1))] == []

    def test_a_meeting_on_the_first_day_of_the_next_quarter_does_not(self, world, check):
        make_meeting(world.cell, "2026-04-01 00:00", kind="thematic")
        findings = check("thematic_quarterly", D(2026, 4, 1))
        assert [f.quarter for f in findings] == [1]
        assert findings[0].since == D(2026, 4, 1)
        assert "Chỉ thị 50-CT/TW" in findings[0].rule.source

    def test_a_quarter_still_running_is_not_missing_but_warned_in_its_last_month(
        self, world, check
    ):
        assert check("thematic_quarterly", D(2026, 2, 28)) == []
        warned = check("thematic_quarterly", D(2026, 3, 1))
        assert len(warned) == 1 and "sắp hết" in warned[0].what

    def test_a_planned_or_cancelled_meeting_is_not_held(self, world, check):
        make_meeting(world.cell, "2026-02-10 08:00", kind="thematic", status="planned")
        make_meeting(world.cell, "2026-02-11 08:00", kind="thematic", status="cancelled")
        assert [f.quarter for f in check("thematic_quarterly", D(2026, 4, 1))] == [1]

    def test_a_committee_above_may_ask_for_more(self, world, check):
        make_meeting(world.cell, "2026-02-10 08:00", kind="thematic")
        RuleSetting.objects.create(
            committee=world.committee.parent,
            rule_code="thematic_quarterly",
            params={"min_per_quarter": 2},
        )
        assert [f.quarter for f in check("thematic_quarterly", D(2026, 4, 1))] == [1]
        # the nearest committee wins
        RuleSetting.objects.create(
            committee=world.committee, rule_code="thematic_quarterly", params={"min_per_quarter": 1}
        )
        assert check("thematic_quarterly", D(2026, 4, 1)) == []


class TestRegularEveryMonth:
    def test_a_month_without_a_held_regular_meeting_is_found_once_it_is_over(self, world, check):
        make_meeting(world.cell, "2026-01-31 20:00")
        assert check("regular_monthly", D(2026, 2, 28)) == []
        findings = check("regular_monthly", D(2026, 3, 1))
        assert [f.since for f in findings] == [D(2026, 3, 1)]
        assert "Tháng 2/2026" in findings[0].what

    def test_a_thematic_meeting_does_not_replace_the_regular_one(self, world, check):
        make_meeting(world.cell, "2026-01-10 08:00", kind="thematic")
        assert len(check("regular_monthly", D(2026, 2, 1))) == 1


class TestDraftDistributedInTime:
    def test_the_cells_own_three_days_are_the_edge(self, world, check):
        assert world.cell.days_before_distribution == 3
        make_meeting(world.cell, "2026-03-10 08:00", distributed="2026-03-07 22:00")
        assert check("draft_on_time", D(2026, 3, 20)) == []
        make_meeting(world.cell, "2026-03-20 08:00", distributed="2026-03-18 07:00")
        findings = check("draft_on_time", D(2026, 3, 25))
        assert len(findings) == 1 and findings[0].since == D(2026, 3, 17)

    def test_the_national_minimum_is_one_day(self, world, check):
        cell = world.other_cell
        make_meeting(cell, "2026-03-10 08:00", distributed="2026-03-09 08:00")
        assert check("draft_on_time", D(2026, 3, 20), cell=cell) == []
        make_meeting(cell, "2026-03-12 08:00", distributed="2026-03-12 06:00")
        assert len(check("draft_on_time", D(2026, 3, 20), cell=cell)) == 1

    def test_the_plan_may_be_stricter_than_the_cell(self, world, check):
        cell = world.other_cell
        plan = Plan.objects.create(
            cell=cell,
            year=2026,
            kind="thematic",
            title="KH",
            status="issued",
            days_before_distribution=3,
        )
        topic = Topic.objects.create(plan=plan, quarter=1, title="Chuyên đề")
        make_meeting(
            cell, "2026-03-10 08:00", kind="thematic", distributed="2026-03-08 08:00", topic=topic
        )
        assert len(check("draft_on_time", D(2026, 3, 20), cell=cell)) == 1

    def test_the_committee_may_be_stricter_than_the_cell(self, world, check):
        make_meeting(world.cell, "2026-03-10 08:00", distributed="2026-03-06 08:00")
        assert check("draft_on_time", D(2026, 3, 20)) == []
        RuleSetting.objects.create(
            committee=world.committee, rule_code="draft_on_time", params={"min_days": 5}
        )
        assert len(check("draft_on_time", D(2026, 3, 20))) == 1

    def test_a_held_meeting_without_distribution_is_found(self, world, check):
        make_meeting(world.cell, "2026-03-10 08:00", distributed=None)
        assert "không gửi tài liệu" in check("draft_on_time", D(2026, 3, 20))[0].what


class TestAttendance:
    def test_eighty_percent_is_found(self, world, members, check):
        meeting = make_meeting(world.cell, "2026-03-03 08:00")
        attend(meeting, members, ["present"] * 8 + ["excused"] * 2)
        findings = check("attendance", D(2026, 4, 1))
        assert (
            len(findings) == 1 and "8/10" in findings[0].what and findings[0].since == D(2026, 3, 3)
        )

    def test_the_edge_of_85_percent(self, world, members, check):
        from chibo.conftest import make_member

        more = members + [make_member(world.cell, f"Lê Thị Mai {i}") for i in range(10)]
        meeting = make_meeting(world.cell, "2026-03-03 08:00")
        attend(meeting, more, ["present"] * 17 + ["excused"] * 3)  # 85 %
        assert len(check("attendance", D(2026, 4, 1))) == 1
        meeting.attendances.filter(status="excused").first().delete()  # 17/19 = 89.5 %
        assert check("attendance", D(2026, 4, 1)) == []

    def test_an_unexcused_absence_is_found_even_with_good_attendance(self, world, members, check):
        meeting = make_meeting(world.cell, "2026-03-03 08:00")
        attend(meeting, members, ["present"] * 9 + ["absent"])
        findings = check("attendance", D(2026, 4, 1))
        assert len(findings) == 1 and "vắng không lý do" in findings[0].what


class TestConsecutiveAbsence:
    def test_three_absences_in_a_row_flag_the_member(self, world, members, check):
        for month, status in [
            (1, "excused"),
            (2, "excused"),
            (3, "present"),
            (4, "excused"),
            (5, "absent"),
            (6, "excused"),
        ]:
            meeting = make_meeting(world.cell, f"2026-{month:02d}-03 08:00")
            attend(meeting, [world.member], [status])
        findings = check("consecutive_absence", D(2026, 7, 1))
        assert len(findings) == 1
        assert findings[0].since == D(2026, 6, 3) and world.member.full_name in findings[0].what

    def test_two_in_a_row_are_not_flagged(self, world, check):
        for month, status in [(1, "excused"), (2, "absent"), (3, "present")]:
            attend(make_meeting(world.cell, f"2026-{month:02d}-03 08:00"), [world.member], [status])
        assert check("consecutive_absence", D(2026, 7, 1)) == []


class TestMinutesAndConclusion:
    def test_two_days_grace_then_found(self, world, check):
        make_meeting(world.cell, "2026-03-03 08:00", conclusion="")
        assert check("minutes_conclusion", D(2026, 3, 5)) == []
        findings = check("minutes_conclusion", D(2026, 3, 6))
        assert (
            len(findings) == 1
            and "kết luận" in findings[0].what
            and "biên bản" not in findings[0].what
        )


class TestDuration:
    @pytest.mark.parametrize(("minutes", "found"), [(90, 0), (89, 1)])
    def test_ninety_minutes(self, world, check, minutes, found):
        make_meeting(world.cell, "2026-03-03 08:00", minutes=minutes)
        assert len(check("meeting_duration", D(2026, 4, 1))) == found

    @pytest.mark.parametrize(("minutes", "found"), [(120, 0), (119, 1)])
    def test_hundred_and_twenty_when_combined(self, world, check, minutes, found):
        regular = make_meeting(world.cell, "2026-03-03 07:00", minutes=None)
        make_meeting(
            world.cell, "2026-03-03 08:00", kind="thematic", minutes=minutes, combined_with=regular
        )
        assert len(check("meeting_duration", D(2026, 4, 1))) == found

    def test_a_meeting_without_recorded_times_is_not_judged(self, world, check):
        make_meeting(world.cell, "2026-03-03 08:00", minutes=None)
        assert check("meeting_duration", D(2026, 4, 1)) == []
