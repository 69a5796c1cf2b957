"""The matcher: scores every (mentor, mentee) candidate and finds the best assignment.

Pure Python; no Qt, no database. The services load a ``Problem`` from the
database and turn the ``Result``'s score parts into translated sentences.
"""

from mentorat_desktop.matching.model import (
    DEFAULT_WEIGHTS,
    Candidate,
    Part,
    Problem,
    Proposal,
    Result,
    Unmatched,
    UnmatchedReason,
    Weights,
)
from mentorat_desktop.matching.scoring import score_pair
from mentorat_desktop.matching.solver import match

__all__ = [
    "DEFAULT_WEIGHTS",
    "Candidate",
    "Part",
    "Problem",
    "Proposal",
    "Result",
    "Unmatched",
    "UnmatchedReason",
    "Weights",
    "match",
    "score_pair",
]
