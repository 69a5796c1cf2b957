"""The b-matching solver against brute force, on its own (no people, no scores)."""

from __future__ import annotations

import random
from collections import Counter
from functools import cache

import pytest

from mentorat_desktop.matching.assignment import max_weight_b_matching, solved
from mentorat_desktop.matching.pairing import max_weight_pairing


def _brute_force(capacities: list[int], edges: list[tuple[int, int, int]], mentees: int) -> int:
    """The best total weight, trying every choice for every mentee in turn."""
    into: dict[int, list[tuple[int, int]]] = {}
    for mentor, mentee, weight in edges:
        into.setdefault(mentee, []).append((mentor, weight))

    @cache
    def best(mentee: int, loads: tuple[int, ...]) -> int:
        if mentee == mentees:
            return 0
        options = [best(mentee + 1, loads)]
        for mentor, weight in into.get(mentee, ()):
            if loads[mentor] < capacities[mentor]:
                after = (*loads[:mentor], loads[mentor] + 1, *loads[mentor + 1 :])
                options.append(weight + best(mentee + 1, after))
        return max(options)

    return best(0, tuple(0 for _ in capacities))


def _random_instance(rng: random.Random) -> tuple[list[int], list[tuple[int, int, int]], int]:
    mentors, mentees = rng.randint(1, 5), rng.randint(1, 7)
    capacities = [rng.randint(0, 3) for _ in range(mentors)]
    density = rng.random()
    low = rng.choice([-3, 0, 1])  # weights of zero or less may appear: they are never chosen
    high = rng.choice([2, 5, 40])  # few distinct weights give many ties
    edges = [
        (mentor, mentee, rng.randint(low, high))
        for mentor in range(mentors)
        for mentee in range(mentees)
        if rng.random() < density
    ]
    rng.shuffle(edges)
    return capacities, edges, mentees


def _check(capacities: list[int], edges: list[tuple[int, int, int]], chosen: list[int]) -> int:
    assert chosen == sorted(set(chosen))
    loads = Counter(edges[index][0] for index in chosen)
    taken = Counter(edges[index][1] for index in chosen)
    assert all(loads[mentor] <= capacity for mentor, capacity in enumerate(capacities))
    assert all(count == 1 for count in taken.values())
    assert all(edges[index][2] > 0 for index in chosen)
    return sum(edges[index][2] for index in chosen)


def test_optimal_against_brute_force_on_random_instances() -> None:
    rng = random.Random(2026)
    for _ in range(2000):
        capacities, edges, mentees = _random_instance(rng)
        chosen = max_weight_b_matching(capacities, edges, mentees)
        assert _check(capacities, edges, chosen) == _brute_force(capacities, edges, mentees)


def test_an_augmenting_path_takes_a_mentee_from_one_mentor_to_another() -> None:
    # Mentee 0 goes first to mentor 0 (its best); mentee 1 can only have mentor 0, so the
    # optimum moves mentee 0 to mentor 1: 5 + 4 beats 6.
    edges = [(0, 0, 6), (1, 0, 5), (0, 1, 4)]
    assert max_weight_b_matching([1, 1], edges, 2) == [1, 2]


def test_a_mentee_left_out_when_keeping_it_costs_more() -> None:
    # Mentor 0 has one place: the 9 beats 1 + nothing, so mentee 0 stays unmatched.
    edges = [(0, 0, 1), (0, 1, 9)]
    assert max_weight_b_matching([1], edges, 2) == [1]


@pytest.mark.parametrize("capacity", [1, 2, 3])
def test_large_sparse_instance_is_valid_and_deterministic(capacity: int) -> None:
    rng = random.Random(capacity)
    mentors, mentees = 300, 280
    edges = [
        (mentor, mentee, rng.randint(1, 100))
        for mentor in range(mentors)
        for mentee in rng.sample(range(mentees), 15)
    ]
    first = max_weight_b_matching([capacity] * mentors, edges, mentees)
    _check([capacity] * mentors, edges, first)
    assert first == max_weight_b_matching([capacity] * mentors, edges, mentees)
    assert len(first) == mentees  # 15 offers each: everybody finds a mentor


def test_float_weights_and_no_edges() -> None:
    assert max_weight_b_matching([2], [], 3) == []
    assert max_weight_b_matching([1, 1], [(0, 0, 0.5), (1, 0, 0.75), (1, 1, 0.5)], 2) == [0, 2]


def _with_couples(rng: random.Random) -> tuple[list[int], list[tuple[int, int, int]], list]:
    """People who may each mentor and be mentored: both directions between two of them."""
    people = rng.randint(2, 7)
    capacities = [rng.randint(0, 2) for _ in range(people)]
    edges, index = [], {}
    for a in range(people):
        for b in range(people):
            if a != b and rng.random() < 0.6:
                index[a, b] = len(edges)
                edges.append((a, b, rng.randint(-2, rng.choice([3, 10, 40]))))
    couples = [(index[a, b], index[b, a]) for a, b in index if a < b and (b, a) in index]
    return capacities, edges, couples


def _brute_force_couples(capacities: list[int], edges: list, couples: list) -> int:
    partner = {a: b for a, b in couples} | {b: a for a, b in couples}
    into: dict[int, list[tuple[int, int, int]]] = {}
    for index, (mentor, mentee, weight) in enumerate(edges):
        if weight > 0:
            into.setdefault(mentee, []).append((index, mentor, weight))

    def best(mentee: int, loads: tuple[int, ...], chosen: frozenset[int]) -> int:
        if mentee == len(capacities):
            return 0
        options = [best(mentee + 1, loads, chosen)]
        for index, mentor, weight in into.get(mentee, ()):
            if loads[mentor] < capacities[mentor] and partner.get(index) not in chosen:
                after = (*loads[:mentor], loads[mentor] + 1, *loads[mentor + 1 :])
                options.append(weight + best(mentee + 1, after, chosen | {index}))
        return max(options)

    return best(0, tuple(0 for _ in capacities), frozenset())


def test_couples_never_both_ways_and_optimal_against_brute_force() -> None:
    rng = random.Random(18)
    for _ in range(1500):
        capacities, edges, couples = _with_couples(rng)
        chosen = max_weight_pairing(capacities, edges, len(capacities), couples)
        total = _check(capacities, edges, chosen)
        assert not any(a in chosen and b in chosen for a, b in couples)
        assert total == _brute_force_couples(capacities, edges, couples)


def test_a_warm_start_equals_solving_afresh() -> None:
    # Removing a chosen edge or changing the weight of an edge that was positive (the
    # charges of the branch and bound) repairs the optimum in place.
    rng = random.Random(5)
    for _ in range(1500):
        capacities, edges, _ = _with_couples(rng)
        flow = solved(capacities, edges, len(capacities))
        if not flow.chosen():
            continue
        edge = rng.choice(flow.chosen())
        other = rng.choice([i for i, (m, _, w) in enumerate(edges) if w > 0 and capacities[m]])
        weight = rng.randint(-3, 45)
        flow.remove(edge)
        flow.set_weight(other, weight)
        changed = [
            (m, e, 0 if i == edge else weight if i == other else w)
            for i, (m, e, w) in enumerate(edges)
        ]
        assert flow.total() == solved(capacities, changed, len(capacities)).total()
