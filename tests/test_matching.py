"""The matcher against brute force on many small random instances, and its hard rules."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from functools import cache

import pytest

from mentorat_desktop.matching import Candidate, Problem, Weights, match, score_pair
from mentorat_desktop.matching.model import LockedPairError, Proposal, UnmatchedReason


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


def _eligible(problem: Problem) -> list[Proposal]:
    """Every (mentor, mentee) candidate the hard rules allow, both directions, written out
    here again (not taken from ``matching.rules``) so the oracle checks the matcher."""
    people = {c.id: c for c in problem.candidates}
    either = {frozenset(p) for p in problem.forbidden | problem.previous | problem.existing}
    taken = {mentee for _, mentee in problem.existing}
    load = Counter(mentor for mentor, _ in problem.existing)
    found = []
    for a in people.values():
        for b in people.values():
            scored = score_pair(a, b, problem.weights)
            if a.id == b.id or scored is None or b.id in taken:
                continue
            if a.manager_id == b.id or b.manager_id == a.id or frozenset((a.id, b.id)) in either:
                continue
            if load[a.id] >= problem.capacity:
                continue
            if scored.score <= 0 and not problem.maximise_pairs:
                continue
            found.append(scored)
    return found


def _brute_force(problem: Problem) -> tuple[int, int]:
    """(pairs, score) of the best assignment, trying every mentor (or none) for every
    mentee, in both directions between two people but never both."""
    load0 = Counter(mentor for mentor, _ in problem.existing)
    into: dict[int, list[Proposal]] = {}
    for proposal in _eligible(problem):
        into.setdefault(proposal.mentee_id, []).append(proposal)
    mentees = sorted(into)
    order = {mentee: index for index, mentee in enumerate(mentees)}
    mentors = sorted(c.id for c in problem.candidates)

    def better(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
        if problem.maximise_pairs:
            return max(a, b)
        return a if a[1] >= b[1] else b

    @cache
    def best(
        index: int, loads: tuple[int, ...], pending: frozenset[tuple[int, int]]
    ) -> tuple[int, int]:
        # pending: (mentee already placed, their mentor) where that mentor is a later mentee
        if index == len(mentees):
            return (0, 0)
        mentee = mentees[index]
        rest = frozenset(p for p in pending if p[1] != mentee)
        answer = best(index + 1, loads, rest)
        for proposal in into[mentee]:
            mentor = proposal.mentor_id
            if (mentor, mentee) in pending:  # the mentor is already this mentee's mentee
                continue
            slot = mentors.index(mentor)
            if loads[slot] >= problem.capacity:
                continue
            after = (*loads[:slot], loads[slot] + 1, *loads[slot + 1 :])
            later = rest | {(mentee, mentor)} if order.get(mentor, -1) > index else rest
            count, score = best(index + 1, after, later)
            answer = better(answer, (count + 1, score + proposal.score))
        return answer

    return best(0, tuple(load0[m] for m in mentors), frozenset())


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


def _integer_programme(problem: Problem) -> tuple[int, int]:
    """(pairs, score) of the optimum by scipy's MILP solver (HiGHS), a separate oracle."""
    np = pytest.importorskip("numpy")
    optimize = pytest.importorskip("scipy.optimize")
    edges = _eligible(problem)
    if not edges:
        return (0, 0)
    load = Counter(mentor for mentor, _ in problem.existing)
    mentors = sorted({p.mentor_id for p in edges})
    mentees = sorted({p.mentee_id for p in edges})
    couples = sorted({tuple(sorted((p.mentor_id, p.mentee_id))) for p in edges})
    line = {("mentor", m): i for i, m in enumerate(mentors)}
    line |= {("mentee", m): len(mentors) + i for i, m in enumerate(mentees)}
    line |= {("couple", c): len(mentors) + len(mentees) + i for i, c in enumerate(couples)}
    sparse = pytest.importorskip("scipy.sparse")
    cells = [
        (line[kind, key], column)
        for column, p in enumerate(edges)
        for kind, key in (
            ("mentor", p.mentor_id),
            ("mentee", p.mentee_id),
            ("couple", tuple(sorted((p.mentor_id, p.mentee_id)))),
        )
    ]
    matrix = sparse.csr_matrix(
        ([1.0] * len(cells), ([r for r, _ in cells], [c for _, c in cells])),
        shape=(len(line), len(edges)),
    )
    upper = [problem.capacity - load[m] for m in mentors] + [1] * (len(mentees) + len(couples))
    scores = np.array([p.score for p in edges], dtype=float)
    ones = np.ones(len(edges))

    def solve(objective, extra=()):  # type: ignore[no-untyped-def]
        constraints = [optimize.LinearConstraint(matrix, -np.inf, np.array(upper, dtype=float))]
        constraints += list(extra)
        found = optimize.milp(
            -objective, constraints=constraints, integrality=ones, bounds=optimize.Bounds(0, 1)
        )
        assert found.success
        return np.round(found.x).astype(int)

    if problem.maximise_pairs:
        count = int(solve(ones).sum())
        chosen = solve(scores, [optimize.LinearConstraint(ones, count, count)])
    else:
        chosen = solve(scores)
    return int(chosen.sum()), round(float(scores @ chosen))


_ORACLES = {"brute-force": (_brute_force, 2, 8, 300), "milp": (_integer_programme, 8, 30, 100)}


@pytest.mark.parametrize("maximise", [False, True], ids=["score", "most-pairs"])
@pytest.mark.parametrize("oracle", sorted(_ORACLES))
def test_optimal_against_an_oracle(oracle: str, maximise: bool) -> None:
    exact, smallest, largest, runs = _ORACLES[oracle]
    rng = random.Random(20260 + maximise + len(oracle))
    for _ in range(runs):
        problem = _random_problem(rng, rng.randint(smallest, largest), maximise=maximise)
        result = match(problem)
        _check_rules(problem, result)
        count, score = exact(problem)
        assert result.total == score
        if maximise:
            assert result.count == count


def test_three_people_the_weaker_direction_lets_everyone_in() -> None:
    # A (young) teaches X and wants Y; B (older) teaches Y and wants X; C wants X. With one
    # mentee per mentor, B → A (reciprocal) and A → C beat A → B alone.
    x, y = 1, 2
    a = Candidate(1, "A", birth_year=2000, teaches={x: 4}, wants={y: 0})
    b = Candidate(2, "B", birth_year=1965, teaches={y: 4}, wants={x: 0})
    c = Candidate(3, "C", birth_year=1970, wants={x: 0})
    for maximise in (False, True):
        result = match(Problem((a, b, c), capacity=1, maximise_pairs=maximise))
        pairs = {(p.mentor_id, p.mentee_id) for p in result.proposals}
        assert pairs == {(2, 1), (1, 3)}
        assert not result.unmatched
        assert all(p.reciprocal == (p.mentor_id == 2) for p in result.proposals)


def test_each_report_both_mentors_and_is_mentored_across_teams() -> None:
    # Every manager's best partner is their own direct report, which the rules exclude;
    # across teams each report can teach one manager and learn from another.
    digital, business = 1, 2
    people = []
    teams = 5
    for team in range(teams):
        manager = 10 * team + 1
        boss = Candidate(
            manager, f"M{team}", team, birth_year=1965, teaches={business: 4}, wants={digital: 0}
        )
        report = Candidate(
            manager + 1, f"R{team}", team, manager, birth_year=2000, teaches={digital: 4},
            wants={business: 0},
        )  # fmt: skip
        people += [boss, report]
    for maximise in (False, True):
        result = match(Problem(tuple(people), capacity=1, maximise_pairs=maximise))
        assert result.count == 2 * teams
        _check_rules(Problem(tuple(people), capacity=1), result)
        assert result.total == _brute_force(Problem(tuple(people), capacity=1))[1]


@pytest.mark.parametrize("maximise", [False, True], ids=["score", "most-pairs"])
def test_reasons_for_the_unmatched_stay_true(maximise: bool) -> None:
    # "Taken by better pairs or full" only when no possible pair could simply be added.
    rng = random.Random(77 + maximise)
    for _ in range(200):
        problem = _random_problem(rng, rng.randint(3, 12), maximise=maximise)
        result = match(problem)
        pairs = [*problem.existing, *((p.mentor_id, p.mentee_id) for p in result.proposals)]
        load = Counter(mentor for mentor, _ in pairs)
        mentees = {mentee for _, mentee in pairs}
        together = {frozenset(pair) for pair in pairs}
        reasons = {u.person_id: u.reason for u in result.unmatched}
        for option in _eligible(problem):
            ends = {option.mentor_id, option.mentee_id}
            addable = (
                load[option.mentor_id] < problem.capacity
                and option.mentee_id not in mentees
                and frozenset(ends) not in together
            )
            assert not addable  # else the result was not optimal
            for person in ends & set(reasons):
                assert reasons[person] is UnmatchedReason.CAPACITY


@pytest.mark.parametrize("maximise", [False, True], ids=["score", "most-pairs"])
def test_each_mentor_one_mentee_against_milp(maximise: bool) -> None:
    """Capacity 1: the relaxation uses many couples both ways; still the exact optimum."""
    rng = random.Random(4101 + maximise)
    for _ in range(40):
        problem = _random_problem(rng, rng.randint(20, 60), maximise=maximise)
        problem = dataclasses.replace(problem, capacity=1)
        result = match(problem)
        _check_rules(problem, result)
        count, score = _integer_programme(problem)
        assert result.total == score
        if maximise:
            assert result.count == count
