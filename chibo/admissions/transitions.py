"""The verbs of an admission file by name, each with its form: one table for the pages and
the API (`POST …/transitions/{verb}`), so both check the same input and call the same verb."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms

from . import forms as f
from .models import Candidate, StepKind


@dataclass(frozen=True)
class Transition:
    form: type[f._VerbForm]
    button: str
    done: str
    run: Callable[[Candidate, dict[str, Any], Any], Any]


def _step(kind: str) -> Callable[[Candidate, dict[str, Any], Any], Any]:
    return lambda c, d, by: c.record_step(kind, by=by, on=d["on"], note=d.get("note", ""))


TRANSITIONS: dict[str, Transition] = {
    "course": Transition(f.CourseForm, "Ghi giấy chứng nhận", "Đã ghi giấy chứng nhận học lớp bồi dưỡng.",
                         lambda c, d, by: c.record_course(by=by, number=d["number"], issued_on=d["issued_on"],
                                                          issuer=d["issuer"])),
    "application": Transition(f.StepForm, "Ghi đơn xin vào Đảng", "Đã ghi đơn xin vào Đảng.",
                              _step(StepKind.APPLICATION)),
    "life_history": Transition(f.StepForm, "Ghi lý lịch", "Đã ghi lý lịch của người xin vào Đảng.",
                               _step(StepKind.LIFE_HISTORY)),
    "background_check": Transition(f.CheckForm, "Ghi kết quả thẩm tra", "Đã ghi kết quả thẩm tra lý lịch.",
                                   _step(StepKind.BACKGROUND_CHECK)),
    "sponsor": Transition(f.SponsorForm, "Ghi người giới thiệu", "Đã ghi người giới thiệu.",
                          lambda c, d, by: c.add_sponsor(by=by, kind=d["kind"], on=d["on"], member=d.get("member"),
                                                         organisation=d.get("organisation", ""),
                                                         reference=d.get("reference", ""),
                                                         together_since=d.get("together_since"),
                                                         relation=d.get("relation", ""))),
    "remove_sponsor": Transition(f.RemoveSponsorForm, "Bỏ", "Đã bỏ người giới thiệu.",
                                 lambda c, d, by: c.remove_sponsor(d["sponsor"], by=by)),
    "comments": Transition(f.CommentsForm, "Lập bản tổng hợp", "Đã lập và lưu bản tổng hợp ý kiến nhận xét.",
                           lambda c, d, by: c.record_comments(by=by, on=d["on"], organisation=d["organisation"],
                                                              residence=d["residence"])),
    "review": Transition(f.DayForm, "Chi ủy đã xem xét: đủ điều kiện", "Hồ sơ đủ điều kiện, chờ chi bộ xét.",
                         lambda c, d, by: c.review(by=by, on=d["on"])),
    "vote": Transition(f.VoteForm, "Ghi kết quả biểu quyết", "Đã ghi kết quả biểu quyết của chi bộ.",
                       lambda c, d, by: c.record_vote(d["meeting"], by=by, votes_for=d["votes_for"],
                                                      votes_against=d["votes_against"],
                                                      votes_abstain=d["votes_abstain"])),
    "propose": Transition(f.ProposeForm, "Ban hành nghị quyết đề nghị kết nạp",
                          "Đã ban hành nghị quyết đề nghị kết nạp.",
                          lambda c, d, by: c.propose(by=by, on=d["on"], assessment=d.get("assessment", ""))),
    "decision": Transition(f.DecisionForm, "Ghi quyết định kết nạp", "Đã ghi quyết định kết nạp.",
                           lambda c, d, by: c.record_decision(by=by, number=d["number"],
                                                              decision_date=d["decision_date"],
                                                              received_on=d["received_on"],
                                                              decider=d.get("decider", ""))),
    "ceremony": Transition(f.CeremonyForm, "Ghi lễ kết nạp", "Đã ghi lễ kết nạp: đồng chí là đảng viên dự bị.",
                           lambda c, d, by: c.hold_ceremony(by=by, on=d["on"], consent=d.get("consent", ""))),
    "self_review": Transition(f.StepForm, "Ghi bản tự kiểm điểm", "Đã ghi bản tự kiểm điểm.",
                              _step(StepKind.SELF_REVIEW)),
    "helper_review": Transition(f.StepForm, "Ghi bản nhận xét", "Đã ghi bản nhận xét của đảng viên giúp đỡ.",
                                _step(StepKind.HELPER_REVIEW)),
    "recognition_vote": Transition(f.VoteForm, "Ghi kết quả biểu quyết",
                                   "Đã ghi kết quả biểu quyết công nhận chính thức.",
                                   lambda c, d, by: c.record_recognition_vote(d["meeting"], by=by,
                                                                              votes_for=d["votes_for"],
                                                                              votes_against=d["votes_against"],
                                                                              votes_abstain=d["votes_abstain"])),
    "propose_recognition": Transition(f.ProposeForm, "Ban hành nghị quyết đề nghị công nhận",
                                      "Đã ban hành nghị quyết đề nghị công nhận đảng viên chính thức.",
                                      lambda c, d, by: c.propose_recognition(by=by, on=d["on"],
                                                                             assessment=d.get("assessment", ""))),
    "recognise": Transition(f.RecognitionForm, "Ghi quyết định công nhận",
                            "Đã ghi quyết định: đồng chí là đảng viên chính thức.",
                            lambda c, d, by: c.record_recognition(by=by, number=d["number"],
                                                                  decision_date=d["decision_date"])),
    "stop": Transition(f.StopForm, "Dừng xem xét", "Đã dừng xem xét hồ sơ.",
                       lambda c, d, by: c.stop(by=by, on=d["on"], reason=d["reason"])),
}  # fmt: skip
VERBS = tuple(TRANSITIONS)


def form_for(verb: str, candidate: Candidate, data: Any = None) -> forms.Form:
    """The verb's form; its fields' ids carry the verb, as one page shows several forms."""
    return TRANSITIONS[verb].form(data, candidate=candidate, auto_id=f"id_{verb}_%s")


def outcome_warning(result: Any) -> str:
    """A vote that did not pass is recorded as it happened; say so with the rule."""
    from chibo.rules import admission as rules
    from chibo.rules.votes import Outcome

    if isinstance(result, Outcome) and not result.passed:
        return rules.vote_problem(result)
    return ""
