from .candidate import Candidate
from .records import (
    AdmissionError,
    Attachment,
    RuleChoice,
    Sponsor,
    Stage,
    Step,
    StepKind,
)

__all__ = [
    "AdmissionError", "Attachment", "Candidate", "RuleChoice", "Sponsor", "Stage", "Step",
    "StepKind",
]  # fmt: skip
