"""The optimal assignment: the hard rules, then a maximum-weight b-matching.

Each mentor may take as many mentees as places are left, each mentee one mentor; the
eligible pairs and their scores go to ``assignment.max_weight_b_matching`` (exact, see
README, "Forming pairs").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from mentorat_desktop.matching.assignment import max_weight_b_matching
from mentorat_desktop.matching.model import (
    Candidate,
    LockedPairError,
    Problem,
    Proposal,
    Result,
    Unmatched,
    UnmatchedReason,
)
from mentorat_desktop.matching.scoring import score_pair, teachable

SAME_PERSON = "same_person"
REPORTING_LINE = "reporting_line"
FORBIDDEN = "forbidden"
PREVIOUS = "previous"
ALREADY_PAIRED = "already_paired"
NOT_PARTICIPANT = "not_participant"
MENTEE_TAKEN = "mentee_taken"
CAPACITY = "capacity"


def _either_way(pairs: Iterable[tuple[int, int]]) -> set[frozenset[int]]:
    return {frozenset(pair) for pair in pairs}


class _Rules:
    """The hard rules that depend only on the two people."""

    def __init__(self, problem: Problem, taken: Iterable[tuple[int, int]]) -> None:
        self.forbidden = _either_way(problem.forbidden)
        self.previous = _either_way(problem.previous)
        self.paired = _either_way(taken)

    def broken(self, mentor: Candidate, mentee: Candidate) -> str | None:
        if mentor.id == mentee.id:
            return SAME_PERSON
        if mentor.manager_id == mentee.id or mentee.manager_id == mentor.id:
            return REPORTING_LINE
        key = frozenset((mentor.id, mentee.id))
        if key in self.forbidden:
            return FORBIDDEN
        if key in self.previous:
            return PREVIOUS
        if key in self.paired:
            return ALREADY_PAIRED
        return None


def _locked_proposal(mentor: Candidate, mentee: Candidate, problem: Problem) -> Proposal:
    scored = score_pair(mentor, mentee, problem.weights)
    if scored is None:  # the user wants them together even with nothing on record to teach
        scored = Proposal(mentor.id, mentee.id, 0, (), (), (), None, False, ())
    return Proposal(**{**scored.__dict__, "locked": True})


def _younger_first(candidate: Candidate) -> tuple[int, int]:
    return (-(candidate.birth_year or 0), candidate.id)


def match(problem: Problem) -> Result:
    """The proposals of maximum total score (or most pairs, then score) under the hard rules."""
    people = {c.id: c for c in sorted(problem.candidates, key=lambda c: c.id)}
    load = Counter(mentor for mentor, _ in problem.existing)
    taken_mentees = {mentee for _, mentee in problem.existing}
    rules = _Rules(problem, problem.existing)

    locked: list[Proposal] = []
    for mentor_id, mentee_id in sorted(problem.locked - problem.existing):
        if mentor_id not in people or mentee_id not in people:
            raise LockedPairError(mentor_id, mentee_id, NOT_PARTICIPANT)
        mentor, mentee = people[mentor_id], people[mentee_id]
        rule = rules.broken(mentor, mentee)
        if rule is None and mentee_id in taken_mentees:
            rule = MENTEE_TAKEN
        if rule is None and load[mentor_id] >= problem.capacity:
            rule = CAPACITY
        if rule is not None:
            raise LockedPairError(mentor_id, mentee_id, rule)
        locked.append(_locked_proposal(mentor, mentee, problem))
        load[mentor_id] += 1
        taken_mentees.add(mentee_id)
        rules.paired.add(frozenset((mentor_id, mentee_id)))

    edges = _edges(people, problem, rules, load, taken_mentees)
    chosen = _solve(edges, problem, load)
    proposals = sorted(
        [*locked, *chosen], key=lambda p: (not p.locked, -p.score, p.mentor_id, p.mentee_id)
    )
    in_pairs = {i for pair in problem.existing for i in pair}
    in_pairs |= {i for p in proposals for i in (p.mentor_id, p.mentee_id)}
    unmatched = tuple(
        Unmatched(person.id, _why_unmatched(person, people, problem, rules))
        for person in people.values()
        if person.id not in in_pairs
    )
    return Result(tuple(proposals), unmatched, sum(p.score for p in proposals))


def _edges(
    people: dict[int, Candidate],
    problem: Problem,
    rules: _Rules,
    load: Counter[int],
    taken_mentees: set[int],
) -> list[Proposal]:
    """Eligible candidates, one direction per two people: the better-scoring one."""
    best: dict[frozenset[int], Proposal] = {}
    wanted_by: dict[int, set[int]] = {}  # skill → who wants it: only they can be mentees
    for person in people.values():
        if person.id not in taken_mentees:
            for skill in person.wants:
                wanted_by.setdefault(skill, set()).add(person.id)
    for mentor in people.values():
        if load[mentor.id] >= problem.capacity or not mentor.teaches:
            continue
        learners = set().union(*(wanted_by.get(skill, ()) for skill in mentor.teaches))
        for mentee_id in sorted(learners - {mentor.id}):
            mentee = people[mentee_id]
            proposal = score_pair(mentor, mentee, problem.weights)
            if proposal is None or rules.broken(mentor, mentee) is not None:
                continue
            if proposal.score <= 0 and not problem.maximise_pairs:
                continue
            key = frozenset((mentor.id, mentee.id))
            other = best.get(key)
            if other is None or (proposal.score, _younger_first(mentor)) > (
                other.score,
                _younger_first(people[other.mentor_id]),
            ):
                best[key] = proposal
    return sorted(best.values(), key=lambda p: (p.mentor_id, p.mentee_id))


def _solve(edges: list[Proposal], problem: Problem, load: Counter[int]) -> list[Proposal]:
    if not edges:
        return []
    mentors = sorted({p.mentor_id for p in edges})
    mentees = sorted({p.mentee_id for p in edges})
    row = {person: index for index, person in enumerate(mentors)}
    column = {person: index for index, person in enumerate(mentees)}
    bonus = 0
    if problem.maximise_pairs:  # one more pair outweighs any difference in score
        scores = [p.score for p in edges]
        spread = max(0, *scores) - min(0, *scores)
        bonus = (len(mentees) + 1) * (spread + 1)  # also keeps every weight above zero
    chosen = max_weight_b_matching(
        [problem.capacity - load[mentor] for mentor in mentors],
        [(row[p.mentor_id], column[p.mentee_id], bonus + p.score) for p in edges],
        len(mentees),
    )
    return [edges[index] for index in chosen]


def _why_unmatched(
    person: Candidate, people: dict[int, Candidate], problem: Problem, rules: _Rules
) -> UnmatchedReason:
    if not person.teaches and not person.wants:
        return UnmatchedReason.NO_SKILLS
    options = [
        (mentor, mentee)
        for other in people.values()
        if other.id != person.id
        for mentor, mentee in ((other, person), (person, other))
        if teachable(mentor, mentee)
    ]
    if not options:
        return UnmatchedReason.NOBODY_TEACHES
    open_options = [(a, b) for a, b in options if rules.broken(a, b) is None]
    if not open_options:
        return UnmatchedReason.BLOCKED
    if not problem.maximise_pairs and all(
        (score_pair(a, b, problem.weights) or _ZERO).score <= 0 for a, b in open_options
    ):
        return UnmatchedReason.NOT_WORTH
    return UnmatchedReason.CAPACITY


_ZERO = Proposal(0, 0, 0, (), (), (), None, False, ())
