"""The optimal assignment: the hard rules, then a maximum-weight b-matching.

Each mentor may take as many mentees as places are left, each mentee one mentor, and two
people form at most one pair, in either direction (the other direction counts as
reciprocity in the score). Both directions of every eligible pair and their scores go to
``shortlist.best_pairing`` (``pairing``'s branch and bound on each person's best candidates,
proven for all), exact (see README, "Forming pairs").
"""

from __future__ import annotations

from mentorat_desktop.matching.candidates import Candidates
from mentorat_desktop.matching.model import (
    Candidate,
    LockedPairError,
    Problem,
    Proposal,
    Result,
    Unmatched,
    UnmatchedReason,
)
from mentorat_desktop.matching.rules import PairingRules
from mentorat_desktop.matching.scoring import score_pair
from mentorat_desktop.matching.shortlist import best_pairing
from mentorat_desktop.matching.watch import Watch

NOT_PARTICIPANT = "not_participant"


def _locked_proposal(mentor: Candidate, mentee: Candidate, problem: Problem) -> Proposal:
    scored = score_pair(mentor, mentee, problem.weights)
    if scored is None:  # the user wants them together even with nothing on record to teach
        scored = Proposal(mentor.id, mentee.id, 0, (), (), (), None, False, ())
    return Proposal(**{**scored.__dict__, "locked": True})


def match(problem: Problem, watch: Watch | None = None) -> Result:
    """The proposals of maximum total score (or most pairs, then score) under the hard rules.

    ``watch`` may stop the search between its steps (``watch.Cancelled``, or the best found
    so far with ``keep_best``: ``Result.within``) and hears how far it is."""
    people = {c.id: c for c in sorted(problem.candidates, key=lambda c: c.id)}
    rules = PairingRules(
        problem.capacity,
        problem.existing,
        forbidden=problem.forbidden,
        previous=problem.previous,
    )

    locked: list[Proposal] = []
    for mentor_id, mentee_id in sorted(problem.locked - problem.existing):
        if mentor_id not in people or mentee_id not in people:
            raise LockedPairError(mentor_id, mentee_id, NOT_PARTICIPANT)
        mentor, mentee = people[mentor_id], people[mentee_id]
        rule = rules.broken(mentor, mentee)
        if rule is not None:
            raise LockedPairError(mentor_id, mentee_id, rule)
        locked.append(_locked_proposal(mentor, mentee, problem))
        rules.add(mentor_id, mentee_id)

    candidates = Candidates(people.values(), problem.weights)
    chosen = [  # scored again with their parts; every chosen one teaches something
        proposal
        for mentor, mentee, _ in _solve(_edges(candidates, problem, rules), problem, rules, watch)
        if (proposal := score_pair(people[mentor], people[mentee], problem.weights)) is not None
    ]
    proposals = sorted(
        [*locked, *chosen], key=lambda p: (not p.locked, -p.score, p.mentor_id, p.mentee_id)
    )
    in_pairs = {i for pair in problem.existing for i in pair}
    in_pairs |= {i for p in proposals for i in (p.mentor_id, p.mentee_id)}
    unmatched = tuple(
        Unmatched(person.id, _why_unmatched(person, candidates, problem, rules))
        for person in people.values()
        if person.id not in in_pairs
    )
    stopped = watch.stopped if watch is not None else None
    within = stopped.gap if stopped is not None and not problem.maximise_pairs else None
    total = sum(p.score for p in proposals)
    return Result(tuple(proposals), unmatched, total, stopped is not None, within)


Edge = tuple[int, int, int]  # (mentor, mentee, score)


def _edges(candidates: Candidates, problem: Problem, rules: PairingRules) -> list[Edge]:
    """Every eligible (mentor, mentee) candidate, both directions between two people."""
    edges = []
    people = candidates.people
    for mentor in people.values():
        if not rules.places_left(mentor.id):
            continue
        for mentee_id in candidates.learners(mentor.id):
            if not rules.mentee_free(mentee_id):
                continue
            score = candidates.score(mentor.id, mentee_id)
            if score is None or (score <= 0 and not problem.maximise_pairs):
                continue
            if rules.between(mentor, people[mentee_id]) is None:
                edges.append((mentor.id, mentee_id, score))
    return edges


def _solve(
    edges: list[Edge], problem: Problem, rules: PairingRules, watch: Watch | None
) -> list[Edge]:
    if not edges:
        return []
    mentors = sorted({mentor for mentor, _, _ in edges})
    mentees = sorted({mentee for _, mentee, _ in edges})
    row = {person: index for index, person in enumerate(mentors)}
    column = {person: index for index, person in enumerate(mentees)}
    bonus = 0
    if problem.maximise_pairs:  # one more pair outweighs any difference in score
        scores = [score for _, _, score in edges]
        spread = max(0, *scores) - min(0, *scores)
        bonus = (len(mentees) + 1) * (spread + 1)  # also keeps every weight above zero
    index = {(mentor, mentee): i for i, (mentor, mentee, _) in enumerate(edges)}
    couples = [
        (i, index[mentee, mentor])
        for i, (mentor, mentee, _) in enumerate(edges)
        if mentor < mentee and (mentee, mentor) in index
    ]
    chosen = best_pairing(
        [rules.places_left(mentor) for mentor in mentors],
        [(row[mentor], column[mentee], bonus + score) for mentor, mentee, score in edges],
        len(mentees),
        couples,
        watch=watch,
    )
    return [edges[i] for i in chosen]


def _why_unmatched(
    person: Candidate, candidates: Candidates, problem: Problem, rules: PairingRules
) -> UnmatchedReason:
    if not person.teaches and not person.wants:
        return UnmatchedReason.NO_SKILLS
    people = candidates.people
    options = [
        (mentor, mentee)
        for other in sorted(candidates.partners(person.id))
        for mentor, mentee in ((other, person.id), (person.id, other))
        if mentee in candidates.levels[mentor]
    ]
    if not options:
        return UnmatchedReason.NOBODY_TEACHES
    open_options = [(a, b) for a, b in options if rules.between(people[a], people[b]) is None]
    if not open_options:
        return UnmatchedReason.BLOCKED
    if not problem.maximise_pairs and all(
        (candidates.score(a, b) or 0) <= 0 for a, b in open_options
    ):
        return UnmatchedReason.NOT_WORTH
    return UnmatchedReason.CAPACITY
