"""The parents' feedback portal and satisfaction survey of a school attached to a Party cell."""

from .items import GUIDANCE, Category, Channel, Feedback, Message, Report, may_see_identity
from .limits import Hit
from .schools import FeedbackError, School, Staff
from .surveys import (
    FamilyCode,
    SurveyAnswer,
    SurveyClass,
    SurveyQuestion,
    SurveyResponse,
    SurveyResults,
    SurveyRound,
)

__all__ = [
    "GUIDANCE", "Category", "Channel", "FamilyCode", "Feedback", "FeedbackError", "Hit", "Message",
    "Report", "School", "Staff", "SurveyAnswer", "SurveyClass", "SurveyQuestion", "SurveyResponse",
    "SurveyResults", "SurveyRound", "may_see_identity",
]  # fmt: skip
