"""The pairing searched on a shortlist and proven by reduced costs equals the full search."""

from __future__ import annotations

import random

from mentorat_desktop.matching.pairing import max_weight_pairing, search
from mentorat_desktop.matching.shortlist import best_pairing
from tests.test_assignment import _brute_force_couples, _check, _with_couples


def _larger(rng: random.Random) -> tuple[list[int], list[tuple[int, int, int]], list]:
    """Up to 14 people, dense: a shortlist of one or two candidates leaves most edges out."""
    people = rng.randint(2, 14)
    capacities = [rng.randint(0, 3) for _ in range(people)]
    edges, index = [], {}
    for a in range(people):
        for b in range(people):
            if a != b and rng.random() < 0.7:
                index[a, b] = len(edges)
                edges.append((a, b, rng.randint(-5, rng.choice([4, 20, 90]))))
    couples = [(index[a, b], index[b, a]) for a, b in index if a < b and (b, a) in index]
    return capacities, edges, couples


def test_shortlist_optimal_against_brute_force() -> None:
    rng = random.Random(12)
    for _ in range(1500):
        capacities, edges, couples = _with_couples(rng)
        chosen = best_pairing(capacities, edges, len(capacities), couples, keep=rng.randint(1, 3))
        assert not any(a in chosen and b in chosen for a, b in couples)
        assert _check(capacities, edges, chosen) == _brute_force_couples(capacities, edges, couples)


def test_shortlist_equals_the_search_on_every_edge() -> None:
    rng = random.Random(7)
    for _ in range(400):
        capacities, edges, couples = _larger(rng)
        people = len(capacities)
        full = max_weight_pairing(capacities, edges, people, couples)
        for keep in (1, 2, 4):
            chosen = best_pairing(capacities, edges, people, couples, keep=keep)
            assert not any(a in chosen and b in chosen for a, b in couples)
            assert _check(capacities, edges, chosen) == _check(capacities, edges, full)


def test_the_root_bound_is_never_below_the_optimum() -> None:
    rng = random.Random(3)
    for _ in range(1000):
        capacities, edges, couples = _with_couples(rng)
        found = search(capacities, edges, len(capacities), couples)
        optimum = _brute_force_couples(capacities, edges, couples)
        assert found.bound >= optimum * found.scale
        assert found.best_total == optimum * found.scale


def test_deterministic_whatever_the_edge_order() -> None:
    rng = random.Random(9)
    for _ in range(200):
        capacities, edges, couples = _larger(rng)
        people = len(capacities)
        totals = set()
        for _ in range(3):
            order = list(range(len(edges)))
            rng.shuffle(order)
            where = {old: new for new, old in enumerate(order)}
            shuffled = [edges[old] for old in order]
            moved = [(where[a], where[b]) for a, b in couples]
            chosen = best_pairing(capacities, shuffled, people, moved, keep=2)
            totals.add(_check(capacities, shuffled, chosen))
        assert len(totals) == 1


def test_a_pass_beaten_at_its_root_skips_its_tree(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A narrow pass whose root bound a left-out edge lifts by a step stops before its tree
    (its pairing would be refused by the proof anyway); the answer stays the optimum."""
    from mentorat_desktop.matching import shortlist

    passes: list[int] = []  # branch nodes of each pass (none: it ended at its root)
    real = shortlist.search

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(*args, **kwargs)
        passes.append(found.nodes)
        return found

    monkeypatch.setattr(shortlist, "search", recorded)
    rng = random.Random(21)
    cut_short = 0
    for _ in range(300):
        capacities, edges, couples = _larger(rng)
        people = len(capacities)
        passes.clear()
        chosen = best_pairing(capacities, edges, people, couples, keep=1)
        full = max_weight_pairing(capacities, edges, people, couples)
        assert _check(capacities, edges, chosen) == _check(capacities, edges, full)
        cut_short += passes[:-1].count(0)
    assert cut_short > 50


def test_a_search_starts_from_a_known_pairing_and_charges() -> None:
    """What a wider pass takes from the last one (its pairing, its Lagrangian charges)
    changes the work, never the optimum nor the bound's validity."""
    rng = random.Random(5)
    for _ in range(400):
        capacities, edges, couples = _with_couples(rng)
        people = len(capacities)
        first = search(capacities, edges, people, couples)
        again = search(capacities, edges, people, couples, None, first.best, first.charges)
        optimum = _brute_force_couples(capacities, edges, couples)
        assert again.best_total == first.best_total == optimum * again.scale
        assert again.bound >= optimum * again.scale
        assert not any(a in again.best and b in again.best for a, b in couples)


def test_a_stopped_search_reports_a_bound_for_the_whole_problem() -> None:
    """Stopped by the user on a narrow shortlist, the bound it reports covers pairings that
    use several left-out edges: never below the optimum (a review found it could be)."""
    from mentorat_desktop.matching.watch import Watch

    caps = [1, 1, 1, 1]
    edges = [(0, 1, 4), (0, 2, 7), (0, 3, 3), (1, 0, 9), (2, 0, 9), (2, 3, 2), (3, 1, 1), (3, 2, 2)]
    couples = [(0, 3), (1, 4), (5, 7)]
    watch = Watch(cancelled=lambda: True, keep_best=True)
    best_pairing(caps, edges, 4, couples, keep=1, watch=watch)
    assert watch.stopped is not None and watch.stopped.bound >= 19  # the optimum
    rng = random.Random(17)
    stopped = 0
    for _ in range(300):
        capacities, edges, couples = _larger(rng)
        people = len(capacities)
        optimum = _check(capacities, edges, max_weight_pairing(capacities, edges, people, couples))
        for steps in (0, 2, 6, 20):
            asked = iter([False] * steps + [True] * 100_000)
            watch = Watch(cancelled=lambda a=asked: next(a), keep_best=True)  # type: ignore[misc]
            chosen = best_pairing(capacities, edges, people, couples, keep=1, watch=watch)
            assert not any(a in chosen and b in chosen for a, b in couples)
            if watch.stopped is not None:
                stopped += 1
                assert watch.stopped.bound >= optimum - 1e-9
                assert watch.stopped.best_total == _check(capacities, edges, chosen)
    assert stopped > 200
