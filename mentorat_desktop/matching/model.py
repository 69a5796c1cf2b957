"""The matcher's data: who the candidates are, what the user asked, what came out."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum

EXPERT = 4


@dataclass(frozen=True)
class Weights:
    """How much each criterion counts, 0–100; the office manager's to change."""

    teaching: int = 40  # the mentor's level in what the mentee wants to learn
    reciprocity: int = 20  # what the mentee can teach back
    generation: int = 15  # the reverse gap: the younger (or newer) one teaches
    departments: int = 10  # two departments: breaks silos
    penalties: int = 10  # skip-level reporting line, a mentor below advanced level

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, values: dict[str, object]) -> Weights:
        known = {f.name for f in fields(cls)}
        clean: dict[str, int] = {}
        for name, value in values.items():
            if name in known:
                try:
                    clean[name] = max(0, min(100, int(value)))  # type: ignore[call-overload]
                except (TypeError, ValueError):
                    continue
        return cls(**clean)


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class Candidate:
    """A participant as the matcher sees them. Skill maps are skill id → level 0–4."""

    id: int
    name: str
    department_id: int | None = None
    manager_id: int | None = None
    chain: tuple[int, ...] = ()  # the managers above the direct one, nearest first
    birth_year: int | None = None
    seniority_years: int | None = None
    teaches: dict[int, int] = field(default_factory=dict)  # can teach, with their level
    wants: dict[int, int] = field(default_factory=dict)  # wants to learn, with their level


class UnmatchedReason(StrEnum):
    NO_SKILLS = "no_skills"  # neither teaches nor wants anything on record
    NOBODY_TEACHES = "nobody_teaches"  # nobody teaches what they want, nobody wants theirs
    BLOCKED = "blocked"  # possible partners, all excluded by a rule
    CAPACITY = "capacity"  # possible partners, taken by better pairs or full
    NOT_WORTH = "not_worth"  # possible partners whose score is not positive


@dataclass(frozen=True)
class Part:
    """One criterion's contribution: ``value`` in [-1, 1] times the weight gives ``points``."""

    criterion: str
    value: float
    points: int


@dataclass(frozen=True)
class Proposal:
    mentor_id: int
    mentee_id: int
    score: int
    parts: tuple[Part, ...]
    taught: tuple[tuple[int, int], ...]  # (skill, mentor's level), deciding skills first
    taught_back: tuple[tuple[int, int], ...]  # (skill, mentee's level)
    generation_gap: int | None  # years the mentor is younger (negative: older)
    different_departments: bool
    penalties: tuple[str, ...]
    locked: bool = False

    @property
    def reciprocal(self) -> bool:
        return bool(self.taught_back)


@dataclass(frozen=True)
class Unmatched:
    person_id: int
    reason: UnmatchedReason


@dataclass(frozen=True)
class Problem:
    """Everything the matcher needs; ids are person ids.

    ``existing`` are the programme's ongoing pairs: kept, counted against capacity.
    ``locked`` must be in the result; ``forbidden`` and ``previous`` never (either way).
    """

    candidates: tuple[Candidate, ...]
    capacity: int = 2
    weights: Weights = DEFAULT_WEIGHTS
    existing: frozenset[tuple[int, int]] = frozenset()
    locked: frozenset[tuple[int, int]] = frozenset()
    forbidden: frozenset[tuple[int, int]] = frozenset()
    previous: frozenset[tuple[int, int]] = frozenset()
    maximise_pairs: bool = False


class LockedPairError(ValueError):
    """A locked pair breaks a hard rule; ``rule`` says which, for a translated message."""

    def __init__(self, mentor_id: int, mentee_id: int, rule: str) -> None:
        super().__init__(f"locked pair {mentor_id}->{mentee_id} breaks {rule}")
        self.mentor_id = mentor_id
        self.mentee_id = mentee_id
        self.rule = rule


@dataclass(frozen=True)
class Result:
    proposals: tuple[Proposal, ...]
    unmatched: tuple[Unmatched, ...]
    total: int
    # Stopped by the user (``Watch.keep_best``): the best pairs found so far, at most
    # ``within`` below the best possible total score (None with *as many people as
    # possible*, whose search weighs pairs first: no gap in score to tell). Else the optimum.
    stopped: bool = False
    within: float | None = None

    @property
    def count(self) -> int:
        return len(self.proposals)
