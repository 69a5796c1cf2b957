"""Maximum-weight b-matching, exact, with "not both ways" couples: pure Python.

Each mentor may take up to ``capacity`` mentees, each mentee at most one mentor, and the
chosen edges have the largest total weight (not everybody need be matched). Some edges
come in couples that may not both be chosen (A mentors B and B mentors A).

Without couples this is a min-cost flow: every mentee is a source of one unit, which
goes to the sink T either through a mentor (cost ``-weight``, the mentor's arc to T
holding ``capacity`` units) or straight ("stays unmatched", cost 0). Successive shortest
paths (Dijkstra on reduced costs, node potentials keeping every residual arc's reduced
cost non-negative) route one mentee after another, exactly, in integers.

Couples make the problem an integer programme; the flow without them is its relaxation,
exact whenever no couple is used both ways. When one is, branch and bound: one child
without the first edge, one without the second. A child is its parent minus one chosen
edge, so it is not solved afresh: the mentee is taken off that edge, the mentor's freed
place is offered back (one Dijkstra from T: the best way to fill it, if it pays), and the
mentee is routed again (one Dijkstra). Depth first, the more promising child first, and a
node whose bound is no better than the best found so far is dropped.

Why our own code rather than a library: scipy needed numpy and scipy in the installed
program, 115 MB of its 306 MB; networkx's general matcher took 2 s. Correctness is
checked against brute force in ``tests/test_assignment.py`` and against an integer
programme in ``tests/test_matching.py``; speed in ``benchmarks/matching.py``.

Integer weights give exact results; ties are broken by row and column order, so the same
input always gives the same answer.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

_UNMATCHED = -1  # the mentee's unit goes straight to T
_UNROUTED = -2  # not routed yet


class _Flow:
    """Rows (mentees) ``0..R-1``, mentors ``R..R+M-1``, the sink ``T = R+M``."""

    __slots__ = ("adjacency", "at", "banned", "capacity", "edges", "pot", "rows", "rows_at")

    def __init__(
        self, capacities: Sequence[int], edges: Sequence[tuple[int, int, float]], mentees: int
    ) -> None:
        self.rows = mentees
        self.capacity = [max(0, c) for c in capacities]
        # edge → (row, mentor node, cost)
        self.edges: list[tuple[int, int, float]] = []
        self.adjacency: list[list[tuple[int, float, int]]] = [[] for _ in range(mentees)]
        for index, (mentor, mentee, weight) in enumerate(edges):
            self.edges.append((mentee, mentees + mentor, -weight))
            if weight > 0 and self.capacity[mentor] > 0:
                self.adjacency[mentee].append((mentees + mentor, -weight, index))
        self.at = [_UNROUTED if row else _UNMATCHED for row in self.adjacency]
        self.rows_at: list[list[int]] = [[] for _ in self.capacity]
        sink = mentees + len(self.capacity)
        # Feasible from the start: a mentee's potential is its best weight.
        self.pot: list[float] = [max((-c for _, c, _ in row), default=0) for row in self.adjacency]
        self.pot += [0] * (sink + 1 - mentees)
        self.banned: set[int] = set()

    def copy(self) -> _Flow:
        other = object.__new__(_Flow)
        other.rows, other.capacity, other.edges = self.rows, self.capacity, self.edges
        other.adjacency = self.adjacency
        other.at, other.pot = self.at[:], self.pot[:]
        other.rows_at = [list(rows) for rows in self.rows_at]
        other.banned = set(self.banned)
        return other

    def total(self) -> float:
        return -sum(self.edges[edge][2] for edge in self.at if edge >= 0)

    def _search(self, source: int, target: int, limit: float) -> tuple[float, bool]:
        """Dijkstra from ``source`` until ``target`` is settled or distances reach ``limit``.

        Applies the path when the target is reached, then moves the potentials so every
        residual arc keeps a non-negative reduced cost. From T (re-offering a freed place)
        arcs into T are left out: the path closes a cycle through the target's own arc.
        """
        rows, pot, at, rows_at, edges = self.rows, self.pot, self.at, self.rows_at, self.edges
        capacity, adjacency, banned = self.capacity, self.adjacency, self.banned
        sink = len(pot) - 1
        into_sink = source != sink
        distance: dict[int, float] = {source: 0}
        previous: dict[int, tuple[int, int]] = {}
        settled: dict[int, float] = {}
        heap: list[tuple[float, int]] = [(0, source)]
        push, pop = heapq.heappush, heapq.heappop
        found = False
        while heap:
            d, node = pop(heap)
            if node in settled:
                continue
            if d >= limit:
                break
            settled[node] = d
            if node == target:
                found = True
                break
            base = d + pot[node]
            if node == sink:
                for row in range(rows):
                    if at[row] == _UNMATCHED and adjacency[row]:
                        self._relax(row, base - pot[row], node, -1, distance, previous, heap)
                for mentor, held in enumerate(rows_at):
                    if held:
                        node_id = rows + mentor
                        self._relax(
                            node_id, base - pot[node_id], node, -1, distance, previous, heap
                        )
            elif node < rows:
                current = at[node]
                for mentor, cost, edge in adjacency[node]:
                    if edge != current and edge not in banned and mentor not in settled:
                        reduced = base + cost - pot[mentor]
                        if reduced < distance.get(mentor, limit):
                            distance[mentor] = reduced
                            previous[mentor] = (node, edge)
                            push(heap, (reduced, mentor))
                if into_sink and current != _UNMATCHED:
                    self._relax(sink, base - pot[sink], node, -1, distance, previous, heap)
            else:
                mentor = node - rows
                held = rows_at[mentor]
                if into_sink and len(held) < capacity[mentor]:
                    self._relax(sink, base - pot[sink], node, -1, distance, previous, heap)
                for row in held:
                    if row not in settled:
                        edge = at[row]
                        reduced = base - edges[edge][2] - pot[row]
                        if reduced < distance.get(row, limit):
                            distance[row] = reduced
                            previous[row] = (node, edge)
                            push(heap, (reduced, row))
        cap = settled[target] if found else limit
        for node, d in settled.items():
            if d < cap:
                pot[node] -= cap - d
        if found:  # from T to a mentor, the cycle closes through that mentor's arc to T
            node = target
            while node != source:
                before, edge = previous[node]
                self._apply(before, node, edge)
                node = before
        return cap, found

    def _relax(
        self,
        node: int,
        reduced: float,
        before: int,
        edge: int,
        distance: dict[int, float],
        previous: dict[int, tuple[int, int]],
        heap: list[tuple[float, int]],
    ) -> None:
        if reduced < distance.get(node, float("inf")):
            distance[node] = reduced
            previous[node] = (before, edge)
            heapq.heappush(heap, (reduced, node))

    def _apply(self, before: int, node: int, edge: int) -> None:
        rows, sink = self.rows, len(self.pot) - 1
        if before < rows and node < sink and node >= rows:  # mentee takes a place
            self.at[before] = edge
            self.rows_at[node - rows].append(before)
        elif before >= rows and before != sink and node < rows:  # mentee leaves a mentor
            self.rows_at[before - rows].remove(node)
        elif before < rows and node == sink:  # mentee stays unmatched
            self.at[before] = _UNMATCHED

    def route(self, row: int) -> None:
        self._search(row, len(self.pot) - 1, float("inf"))

    def remove(self, edge: int) -> None:
        """Forbid a chosen edge and restore the optimum without it."""
        row, mentor, _ = self.edges[edge]
        self.banned.add(edge)
        self.at[row] = _UNROUTED
        self.rows_at[mentor - self.rows].remove(row)
        sink = len(self.pot) - 1
        gain = self.pot[sink] - self.pot[mentor]  # what filling the freed place may be worth
        if gain > 0:
            self._search(sink, mentor, gain)
        self.route(row)

    def chosen(self) -> list[int]:
        return sorted(edge for edge in self.at if edge >= 0)


def _solve(flow: _Flow) -> None:
    for row in range(flow.rows):
        if flow.at[row] == _UNROUTED:
            flow.route(row)


def max_weight_b_matching(
    capacities: Sequence[int], edges: Sequence[tuple[int, int, float]], mentees: int
) -> list[int]:
    """Indices into ``edges`` of a maximum-weight matching.

    ``capacities[i]`` is how many mentees mentor ``i`` may take; ``edges`` are
    ``(mentor, mentee, weight)`` with mentees numbered ``0 .. mentees - 1``. Edges of weight
    zero or less are never chosen: they cannot add to the total.
    """
    return max_weight_pairing(capacities, edges, mentees, [])


def max_weight_pairing(
    capacities: Sequence[int],
    edges: Sequence[tuple[int, int, float]],
    mentees: int,
    couples: Sequence[tuple[int, int]],
) -> list[int]:
    """As ``max_weight_b_matching``, never choosing both edges of a couple (edge indices)."""
    partner = {}
    for first, second in couples:
        partner[first], partner[second] = second, first
    root = _Flow(capacities, edges, mentees)
    _solve(root)
    best: list[int] | None = None
    best_total = -float("inf")
    stack = [root]
    while stack:
        flow = stack.pop()
        total = flow.total()
        if total <= best_total:
            continue
        conflict = _conflict(flow, partner)
        if conflict is None:
            best, best_total = flow.chosen(), total
            continue
        children = []
        for order, edge in enumerate(conflict):
            child = flow.copy()
            child.remove(edge)
            children.append((child.total(), -order, child))
        children.sort(key=lambda item: (item[0], item[1]))
        stack.extend(child for bound, _, child in children if bound > best_total)
    return best if best is not None else []


def _conflict(flow: _Flow, partner: dict[int, int]) -> tuple[int, int] | None:
    """The first couple chosen both ways, its weaker edge first (dropped first)."""
    at, edges = flow.at, flow.edges
    for edge in at:
        other = partner.get(edge) if edge >= 0 else None
        if other is not None and at[edges[other][0]] == other:
            weaker, stronger = sorted((edge, other), key=lambda e: (-edges[e][2], e))
            return weaker, stronger
    return None
