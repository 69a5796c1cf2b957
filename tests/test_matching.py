"""The matcher against brute force on many small random instances, and its hard rules."""

from __future__ import annotations

import random
from collections import Counter
from functools import cache

import pytest

from mentorat_desktop.matching import Candidate, Problem, Weights, match, score_pair
from mentorat_desktop.matching.model import LockedPairError, UnmatchedReason
from mentorat_desktop.matching.solver import _Rules


def _random_problem(rng: random.Random, size: int, *, maximise: bool = False) -> Problem:
    people = []
    for person_id in range(1, size + 1):
        skills = rng.sample(range(5), rng.randint(1, 4))
        teaches = {s: rng.randint(2, 4) for s in skills if rng.random() < 0.5}
        wants = {s: rng.randint(0, 2) for s in skills if s not in teaches and rng.random() < 0.7}
        manager = rng.choice([None, None, *range(1, size + 1)])
        people.append(
            Candidate(
                person_id,
                f"P{person_id}",
                department_id=rng.choice([None, 1, 2, 3]),
                manager_id=manager if manager != person_id else None,
                chain=(rng.randint(1, size),) if rng.random() < 0.2 else (),
                birth_year=rng.choice([None, *range(1960, 2004, 3)]),
                seniority_years=rng.choice([None, 1, 5, 12, 25]),
                teaches=teaches,
                wants=wants,
            )
        )
    ids = [p.id for p in people]

    def some_pairs(count: int) -> frozenset[tuple[int, int]]:
        return frozenset(tuple(rng.sample(ids, 2)) for _ in range(count))  # type: ignore[misc]

    existing = set()
    used_mentees: set[int] = set()
    for mentor, mentee in some_pairs(rng.randint(0, 1)):
        if mentee not in used_mentees:
            existing.add((mentor, mentee))
            used_mentees.add(mentee)
    weights = Weights(*(rng.randint(0, 100) for _ in range(5)))
    return Problem(
        tuple(people),
        capacity=rng.randint(1, 3),
        weights=weights,
        existing=frozenset(existing),
        forbidden=some_pairs(rng.randint(0, 3)),
        previous=some_pairs(rng.randint(0, 2)),
        maximise_pairs=maximise,
    )


def _younger_first(c: Candidate) -> tuple[int, int]:
    return (-(c.birth_year or 0), c.id)


def _brute_force(problem: Problem) -> tuple[int, int]:
    """(pairs, score) of the best assignment, by dynamic programming over every choice."""
    people = {c.id: c for c in problem.candidates}
    rules = _Rules(problem, problem.existing)
    taken = {mentee for _, mentee in problem.existing}
    load0 = Counter(mentor for mentor, _ in problem.existing)
    best_direction = {}
    for a in people.values():
        for b in people.values():
            scored = score_pair(a, b, problem.weights)
            if a.id == b.id or scored is None or rules.broken(a, b) or b.id in taken:
                continue
            if load0[a.id] >= problem.capacity:  # only the directions still possible compete
                continue
            if scored.score <= 0 and not problem.maximise_pairs:
                continue
            key = frozenset((a.id, b.id))
            rival = best_direction.get(key)
            if rival is None or (scored.score, _younger_first(a)) > (
                rival.score,
                _younger_first(people[rival.mentor_id]),
            ):
                best_direction[key] = scored
    into: dict[int, list] = {}
    for proposal in best_direction.values():
        into.setdefault(proposal.mentee_id, []).append(proposal)
    mentees = sorted(into)
    mentors = sorted(people)

    @cache
    def best(index: int, loads: tuple[int, ...]) -> tuple[int, int]:
        if index == len(mentees):
            return (0, 0)
        options = [best(index + 1, loads)]
        for proposal in into[mentees[index]]:
            slot = mentors.index(proposal.mentor_id)
            if loads[slot] < problem.capacity:
                after = (*loads[:slot], loads[slot] + 1, *loads[slot + 1 :])
                count, score = best(index + 1, after)
                options.append((count + 1, score + proposal.score))
        if problem.maximise_pairs:
            return max(options)
        return max(options, key=lambda option: option[1])

    return best(0, tuple(load0[m] for m in mentors))


def _check_rules(problem: Problem, result) -> None:  # type: ignore[no-untyped-def]
    people = {c.id: c for c in problem.candidates}
    loads = Counter(mentor for mentor, _ in problem.existing)
    mentees = Counter(mentee for _, mentee in problem.existing)
    together = Counter(frozenset(pair) for pair in problem.existing)
    for proposal in result.proposals:
        mentor, mentee = people[proposal.mentor_id], people[proposal.mentee_id]
        assert mentor.id != mentee.id
        assert mentor.manager_id != mentee.id and mentee.manager_id != mentor.id
        for rule in (problem.forbidden, problem.previous):
            assert (mentor.id, mentee.id) not in rule and (mentee.id, mentor.id) not in rule
        loads[mentor.id] += 1
        mentees[mentee.id] += 1
        together[frozenset((mentor.id, mentee.id))] += 1
    assert all(count <= problem.capacity for count in loads.values())
    assert all(count <= 1 for count in mentees.values())
    assert all(count <= 1 for count in together.values())


@pytest.mark.parametrize("maximise", [False, True], ids=["score", "most-pairs"])
def test_optimal_against_brute_force(maximise: bool) -> None:
    rng = random.Random(20260 + maximise)
    for _ in range(300):
        problem = _random_problem(rng, rng.randint(2, 8), maximise=maximise)
        result = match(problem)
        _check_rules(problem, result)
        count, score = _brute_force(problem)
        assert result.total == score
        if maximise:
            assert result.count == count


def test_scores_add_up_and_every_pair_is_scored() -> None:
    rng = random.Random(7)
    for _ in range(50):
        problem = _random_problem(rng, 8)
        for proposal in match(problem).proposals:
            assert proposal.score == sum(part.points for part in proposal.parts) > 0
            assert proposal.taught  # the mentor teaches something the mentee wants


def test_locked_pairs_are_kept_and_rules_still_hold() -> None:
    rng = random.Random(11)
    kept = 0
    for _ in range(200):
        problem = _random_problem(rng, rng.randint(3, 8))
        plain = match(problem)
        if not plain.proposals:
            continue
        a, b = rng.sample(list(problem.candidates), 2)
        if (a.id, b.id) in problem.existing:
            continue
        candidate = Problem(**{**problem.__dict__, "locked": frozenset({(a.id, b.id)})})
        try:
            result = match(candidate)
        except LockedPairError as error:
            assert error.rule
            continue
        kept += 1
        assert any(
            p.locked and (p.mentor_id, p.mentee_id) == (a.id, b.id) for p in result.proposals
        )
        _check_rules(candidate, result)
        # The rest is optimal given the locked pair, as if it already existed.
        (locked,) = [p for p in result.proposals if p.locked]
        rest = Problem(**{**problem.__dict__, "existing": problem.existing | {(a.id, b.id)}})
        assert result.total == locked.score + _brute_force(rest)[1]
    assert kept > 20


def test_locked_pair_breaking_a_rule_is_refused() -> None:
    boss = Candidate(1, "Boss", teaches={1: 4}, wants={2: 0})
    report = Candidate(2, "Report", manager_id=1, teaches={2: 4}, wants={1: 0})
    with pytest.raises(LockedPairError) as caught:
        match(Problem((boss, report), locked=frozenset({(1, 2)})))
    assert caught.value.rule == "reporting_line"


def test_deterministic_whatever_the_input_order() -> None:
    rng = random.Random(3)
    for _ in range(40):
        problem = _random_problem(rng, 8)
        shuffled = list(problem.candidates)
        rng.shuffle(shuffled)
        again = Problem(**{**problem.__dict__, "candidates": tuple(shuffled)})
        assert match(problem) == match(again)


def test_reverse_direction_and_reasons_for_the_unmatched() -> None:
    lea = Candidate(1, "Léa", department_id=1, birth_year=2002, teaches={10: 4}, wants={20: 0})
    bernard = Candidate(2, "Bernard", department_id=2, birth_year=1966, teaches={20: 4},
                        wants={10: 1})  # fmt: skip
    lonely = Candidate(3, "Nadia", department_id=1, birth_year=1990, wants={99: 0})
    empty = Candidate(4, "Marc", department_id=3, birth_year=1980)
    result = match(Problem((lea, bernard, lonely, empty)))
    (proposal,) = result.proposals
    assert (proposal.mentor_id, proposal.mentee_id) == (1, 2)  # the younger one teaches
    assert proposal.taught == ((10, 4),) and proposal.taught_back == ((20, 4),)
    assert proposal.generation_gap == 36 and proposal.different_departments
    reasons = {u.person_id: u.reason for u in result.unmatched}
    assert reasons == {3: UnmatchedReason.NOBODY_TEACHES, 4: UnmatchedReason.NO_SKILLS}


def test_capacity_and_forbidden_reasons() -> None:
    young = Candidate(1, "Jeune", birth_year=2000, teaches={1: 4})
    a = Candidate(2, "A", birth_year=1960, wants={1: 0})
    b = Candidate(3, "B", birth_year=1961, wants={1: 0})
    c = Candidate(4, "C", birth_year=1962, wants={1: 0})
    result = match(Problem((young, a, b, c), capacity=2, forbidden=frozenset({(1, 4)})))
    assert result.count == 2
    reasons = {u.person_id: u.reason for u in result.unmatched}
    assert reasons == {4: UnmatchedReason.BLOCKED}
    result = match(Problem((young, a, b, c), capacity=2))
    assert [u.reason for u in result.unmatched] == [UnmatchedReason.CAPACITY]


def test_most_pairs_beats_a_better_score() -> None:
    # Star teaches everyone brilliantly but can only take one mentee; two modest pairs
    # exist without Star. Score mode picks Star's pair if it is worth more than both.
    star = Candidate(1, "Star", birth_year=2003, department_id=1, teaches={1: 4, 2: 4, 3: 4})
    modest = Candidate(2, "Modest", birth_year=1995, department_id=1, teaches={1: 2})
    m1 = Candidate(3, "M1", birth_year=1960, department_id=2, wants={1: 0, 2: 0, 3: 0})
    m2 = Candidate(4, "M2", birth_year=1990, department_id=1, wants={1: 1})
    people = (star, modest, m1, m2)
    weights = Weights(teaching=100, reciprocity=0, generation=100, departments=0, penalties=0)
    best_score = match(Problem(people, capacity=1, weights=weights))
    most = match(Problem(people, capacity=1, weights=weights, maximise_pairs=True))
    assert most.count >= best_score.count
    assert most.count == 2
