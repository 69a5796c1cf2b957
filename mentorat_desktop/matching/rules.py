"""The hard pairing rules, in one place: the matcher and the pairs made by hand use them.

Pure Python (no database, no Qt): the services load the programme's pairs and the previous
programme's, ask which rule a pair breaks, and turn the answer into a translated sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Protocol


class PairRule(StrEnum):
    """A hard rule, in the order they are checked."""

    SAME_PERSON = "same_person"
    REPORTING_LINE = "reporting_line"  # manager and direct report: no power imbalance
    FORBIDDEN = "forbidden"  # the user forbade it in the matcher
    PREVIOUS = "previous"  # a pair in the previous programme: meet someone new
    ALREADY_PAIRED = "already_paired"  # already a pair in this programme, either way
    MENTEE_TAKEN = "mentee_taken"  # one mentor per mentee per programme
    CAPACITY = "capacity"  # the mentor has as many mentees as the programme allows


class Someone(Protocol):
    """What the rules need to know of a person."""

    @property
    def id(self) -> int: ...

    @property
    def manager_id(self) -> int | None: ...


def _either_way(pairs: Iterable[tuple[int, int]]) -> set[frozenset[int]]:
    return {frozenset(pair) for pair in pairs}


class PairingRules:
    """The rules for new pairs in one programme, given the pairs it already has.

    ``existing`` are the programme's ongoing pairs (mentor, mentee); ``previous`` the
    previous programme's; ``forbidden`` what the user excluded. All count either way.
    """

    def __init__(
        self,
        capacity: int,
        existing: Iterable[tuple[int, int]] = (),
        *,
        forbidden: Iterable[tuple[int, int]] = (),
        previous: Iterable[tuple[int, int]] = (),
    ) -> None:
        self.capacity = capacity
        self.forbidden = _either_way(forbidden)
        self.previous = _either_way(previous)
        self.together: set[frozenset[int]] = set()
        self.load: Counter[int] = Counter()
        self.mentees: set[int] = set()
        for mentor_id, mentee_id in existing:
            self.add(mentor_id, mentee_id)

    def add(self, mentor_id: int, mentee_id: int) -> None:
        """Count a pair that is now part of the programme."""
        self.together.add(frozenset((mentor_id, mentee_id)))
        self.load[mentor_id] += 1
        self.mentees.add(mentee_id)

    def places_left(self, mentor_id: int) -> int:
        return max(0, self.capacity - self.load[mentor_id])

    def mentee_free(self, mentee_id: int) -> bool:
        return mentee_id not in self.mentees

    def between(self, mentor: Someone, mentee: Someone) -> PairRule | None:
        """The first rule broken that depends only on the two people, either direction."""
        if mentor.id == mentee.id:
            return PairRule.SAME_PERSON
        if mentor.manager_id == mentee.id or mentee.manager_id == mentor.id:
            return PairRule.REPORTING_LINE
        key = frozenset((mentor.id, mentee.id))
        if key in self.forbidden:
            return PairRule.FORBIDDEN
        if key in self.previous:
            return PairRule.PREVIOUS
        if key in self.together:
            return PairRule.ALREADY_PAIRED
        return None

    def broken(self, mentor: Someone, mentee: Someone) -> PairRule | None:
        """The first rule this new pair breaks, or None when it may be formed."""
        rule = self.between(mentor, mentee)
        if rule is None and not self.mentee_free(mentee.id):
            rule = PairRule.MENTEE_TAKEN
        if rule is None and not self.places_left(mentor.id):
            rule = PairRule.CAPACITY
        return rule
