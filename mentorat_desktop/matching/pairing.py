"""The best pairing when two people may not be paired both ways: branch and bound.

Couples of edges (A mentors B, B mentors A) may not both be chosen. That makes the problem
an integer programme (NP-hard in general); the b-matching of ``assignment`` without the
couples is its relaxation, exact whenever no couple is used both ways. When one is, branch:
one child without the first edge, one without the second, each repaired from its parent
in place. Depth first, the more promising child first, and a node whose bound cannot beat
the best pairing found so far is dropped.

The plain relaxation is too loose to prune (each couple costs a little, and dozens of
nearly independent couples multiply the tree), so the bound is Lagrangian: couples are
charged on both their edges, by subgradient steps at the root (more when used both ways,
less when charged and unused), and the charges are added back to the bound while the
couple is open. Any charge gives a valid bound; good ones make it exact or nearly. A
couple branched on is closed (one edge gone) and its charge lifted. Edges whose reduced
cost at the root shows that no pairing better than the best found can use them are taken
out of every node (reduced-cost fixing, again each time the best improves): 600 people,
each mentor one mentee, 35 s -> 23 s. Correctness is checked
against brute force in ``tests/test_assignment.py`` and against an integer programme in
``tests/test_matching.py``; speed in ``benchmarks/matching.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from mentorat_desktop.matching.assignment import Flow, solved
from mentorat_desktop.matching.watch import Watch

_ROUNDS = 80  # subgradient steps at most, at the root
_SCALE = 16  # charges in sixteenths of a point
_PATIENCE = 2  # rounds without a better bound before the step is halved
_EVERY = 4  # rounds between two feasible pairings made from the flow (``_repaired``)
_RESTARTS = 2  # when the step moves nothing: start again, twice, at half the first step
_RESTART_THETA = 0.5


@dataclass(frozen=True)
class Search:
    """The best pairing and the root's proof: ``bound`` (scaled) no pairing exceeds, and the
    root flow whose potentials price edges left out of the search (``shortlist``)."""

    best: list[int]
    best_total: float  # scaled by ``scale``
    bound: float
    root: Flow
    scale: int
    step: float
    charges: dict[int, float]  # the root's, by couple (scaled), to start another search from
    rounds: int = 0  # Lagrangian steps at the root (work done, for the benchmark)
    nodes: int = 0  # branch-and-bound nodes looked at


def max_weight_pairing(
    capacities: Sequence[int],
    edges: Sequence[tuple[int, int, float]],
    mentees: int,
    couples: Sequence[tuple[int, int]],
) -> list[int]:
    """As ``max_weight_b_matching``, never choosing both edges of a couple (edge indices)."""
    return search(capacities, edges, mentees, couples).best


def search(
    capacities: Sequence[int],
    edges: Sequence[tuple[int, int, float]],
    mentees: int,
    couples: Sequence[tuple[int, int]],
    watch: Watch | None = None,
    known: Sequence[int] = (),
    charges: Mapping[int, float] | None = None,
    wider: Callable[[Search], bool] | None = None,
) -> Search:
    """``max_weight_pairing`` with the root's bound and flow; ``watch`` may stop it
    (``Cancelled``) between its steps and hears how far it is. ``known`` is a pairing
    (edge indices, no couple both ways) to beat from the start, and ``charges`` (scaled, by
    couple) where the Lagrangian starts: both an earlier search's on fewer edges. When
    ``wider`` says of the root's proof that edges left out of ``edges`` would beat it
    whatever the tree finds, the search ends before branching, its tree of no use."""
    watch = watch or Watch()
    whole = all(isinstance(w, int) for _, _, w in edges)
    scale = _SCALE if whole else 1  # charges in sixteenths of a point
    edges = [(mentor, mentee, w * scale) for mentor, mentee, w in edges]
    weight = [w for _, _, w in edges]
    # With whole weights every total is a multiple of the scale: a bound below the best
    # total plus one step cannot be beaten.
    step = scale if whole else 0
    watch.scale = scale
    couple_of = {}
    for index, (first, second) in enumerate(couples):
        couple_of[first] = couple_of[second] = index
    start = {i: amount for i, amount in (charges or {}).items() if amount > 0}
    discount = {edge: amount for i, amount in start.items() for edge in couples[i]}
    root = solved(capacities, edges, mentees, discount)
    best, best_total = _repaired(root, couples, couple_of, weight)
    known_total = sum(weight[edge] for edge in known)
    if known_total > best_total:
        best, best_total = sorted(known), known_total
    if couples:
        root, charge, best, best_total, rounds = _charges(
            root, couples, couple_of, weight, step, best, watch, start
        )
        if watch.stopped is None and best_total < root.total() + sum(charge.values()) - step:
            found, total = _repaired(root, couples, couple_of, weight, careful=True)
            if total > best_total:
                best, best_total = found, total
    else:
        charge, rounds = {}, 0
    root_bound = root.total() + sum(charge.values())
    at_root = Search(best, best_total, root_bound, root, scale, step, charge, rounds)
    if watch.stopped is not None or (wider is not None and wider(at_root)):
        return at_root
    useless: list[int] = []  # edges no better pairing can use, in the order found
    _fix(root, root_bound, best_total, step, useless)
    stack: list[tuple[Flow, frozenset[int], dict[int, float], int]] = [
        (root.copy(), frozenset(), charge, 0)
    ]
    nodes = 0
    while stack:
        # ``charges``: on the node's open couples only; ``seen``: useless edges it has out
        flow, closed, charges, seen = stack.pop()
        nodes += 1
        watch.nodes += 1
        if watch.step(best_total, root_bound):
            break  # stopped: the best found so far
        for edge in useless[seen:]:
            flow.remove(edge)
        out = len(useless)  # what the children have out (more may be found below)
        bound = flow.total() + sum(charges.values())
        if bound <= best_total or bound < best_total + step:
            continue
        couple = _conflict(flow, couples, couple_of)
        if couple is None:
            chosen = flow.chosen()
            total = sum(weight[edge] for edge in chosen)
            if total > best_total:
                best, best_total = chosen, total
                _fix(root, root_bound, best_total, step, useless)
            if bound <= best_total or bound < best_total + step:
                continue
            couple = _slack(flow, couples, charges, closed)
        index = couple_of[couple[0]]
        lifted = {i: c for i, c in charges.items() if i != index}
        children = []
        for order, edge in enumerate(sorted(couple, key=lambda e: (weight[e], e))):
            child = flow.copy()
            child.remove(edge)
            other = couples[index][0] + couples[index][1] - edge
            child.set_weight(other, weight[other])  # the couple is closed: no charge
            bound = child.total() + sum(lifted.values())
            if bound > best_total and bound >= best_total + step:
                children.append((bound, -order, child))
        children.sort(key=lambda item: (item[0], item[1]))
        stack.extend((child, closed | {index}, lifted, out) for _, _, child in children)
    return Search(best, best_total, root_bound, root, scale, step, charge, rounds, nodes)


def _fix(root: Flow, bound: float, best_total: float, step: float, useless: list[int]) -> None:
    """Add the edges no pairing better than ``best_total`` can use (reduced-cost fixing).

    Any pairing that uses an edge the root's optimum leaves out totals at most the root's
    bound less the edge's reduced cost there (the charges only lower what a pairing is
    worth): when that cannot beat the best, the edge is out of every node from then on,
    which lowers their bounds.
    """
    pot, cost, edges, at = root.pot, root.cost, root.edges, root.at
    known = set(useless)
    for edge, (row, mentor) in enumerate(edges):
        if at[row] != edge and edge not in known:
            ceiling = bound - (cost[edge] + pot[row] - pot[mentor])
            if ceiling <= best_total or ceiling < best_total + step:
                useless.append(edge)


def _repaired(
    flow: Flow,
    couples: Sequence[tuple[int, int]],
    couple_of: dict[int, int],
    weight: list[float],
    careful: bool = False,
) -> tuple[list[int], float]:
    """A feasible pairing near the relaxation's: each couple used both ways loses its
    weaker edge, and the rest re-optimises around it. ``careful``: it loses the edge whose
    loss costs less once the rest re-optimises (both are tried, twice the work: once,
    after the Lagrangian steps)."""
    flow = flow.copy()
    while (couple := _conflict(flow, couples, couple_of)) is not None:
        if not careful:
            flow.remove(min(couple, key=lambda e: (weight[e], e)))
            continue
        tries = []
        for edge in couple:
            other = flow.copy()
            other.remove(edge)
            tries.append((other.total(), -weight[edge], -edge, other))
        flow = max(tries, key=lambda t: t[:3])[3]
    chosen = flow.chosen()
    return chosen, sum(weight[edge] for edge in chosen)


def _charges(
    root: Flow,
    couples: Sequence[tuple[int, int]],
    couple_of: dict[int, int],
    weight: list[float],
    step: float,
    best: list[int],
    watch: Watch,
    start: dict[int, float],
) -> tuple[Flow, dict[int, float], list[int], float, int]:
    """Charges on the couples that make the bound low, the flow under them, and the best
    pairing met on the way (subgradient steps on the Lagrangian, Polyak's step size).

    A couple used both ways is charged more, a charged couple left unused less; the step
    shrinks when the bound stops falling. Ends when the bound proves the best pairing
    found optimal, when the step no longer moves any charge after ``_RESTARTS`` fresh
    starts from a larger step (1,000 candidates of the large demo: 37 rounds instead of
    all 80, the last 50 of which changed nothing; the fresh starts cut a tree of 7,000
    nodes to 400 on a programme where each mentor takes one mentee), or after ``_ROUNDS``.
    """
    charge: dict[int, float] = dict(start)  # already on the root's edges
    best_total = sum(weight[edge] for edge in best)
    best_bound, best_state = root.total() + sum(charge.values()), (root.copy(), dict(charge))
    theta, stalled, restarts = 1.0, 0, 0
    rounds = 0
    for round_ in range(_ROUNDS):
        rounds = round_ + 1
        if watch.step(best_total, best_bound):
            break  # stopped: the best found so far
        chosen = set(root.at)
        direction = {}
        for index, (first, second) in enumerate(couples):
            used = (first in chosen) + (second in chosen)
            if used == 2:
                direction[index] = 1
            elif used == 0 and charge.get(index):
                direction[index] = -1
        bound = root.total() + sum(charge.values())
        if bound < best_bound:
            best_bound, best_state, stalled = bound, (root.copy(), dict(charge)), 0
        else:
            stalled += 1
            if stalled >= _PATIENCE:
                theta, stalled = theta / 2, 0
        if round_ % _EVERY == _EVERY - 1:
            found, total = _repaired(root, couples, couple_of, weight)
            if total > best_total:
                best, best_total = found, total
        if not direction or best_bound <= best_total or best_bound < best_total + step:
            break
        size = theta * (bound - best_total) / len(direction)
        changed = False
        for index, sign in direction.items():
            amount = max(0, round(charge.get(index, 0) + size * sign))
            if amount != charge.get(index, 0):
                charge[index], changed = amount, True
                for edge in couples[index]:
                    root.set_weight(edge, weight[edge] - amount)
        if not changed:  # the step is too small to move any charge: nothing more to gain
            if restarts >= _RESTARTS:
                break
            theta, restarts = _RESTART_THETA, restarts + 1
    flow, charge = best_state
    charged = {index: amount for index, amount in charge.items() if amount}
    return flow, charged, best, best_total, rounds


def _conflict(
    flow: Flow, couples: Sequence[tuple[int, int]], couple_of: dict[int, int]
) -> tuple[int, int] | None:
    """The first couple chosen both ways."""
    at, edges = flow.at, flow.edges
    for edge in at:
        index = couple_of.get(edge) if edge >= 0 else None
        if index is not None:
            first, second = couples[index]
            other = second if edge == first else first
            if at[edges[other][0]] == other:
                return first, second
    return None


def _slack(
    flow: Flow,
    couples: Sequence[tuple[int, int]],
    charge: dict[int, float],
    closed: frozenset[int],
) -> tuple[int, int]:
    """The open couple, charged but unused, whose charge most inflates the bound."""
    chosen = set(flow.at)
    slack = [
        (amount, -index)
        for index, amount in charge.items()
        if index not in closed and not chosen.intersection(couples[index])
    ]
    return couples[-max(slack)[1]]
