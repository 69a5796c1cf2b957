"""Maximum-weight bipartite b-matching, exact, in pure Python.

Each mentor may take up to ``capacity`` mentees, each mentee at most one mentor, and the
chosen edges have the largest total weight (not everybody need be matched).

Without couples this is a min-cost flow: every mentee is a source of one unit, which
goes to the sink T either through a mentor (cost ``-weight``, the mentor's arc to T
holding ``capacity`` units) or straight ("stays unmatched", cost 0). Successive shortest
paths (Dijkstra on reduced costs, node potentials keeping every residual arc's reduced
cost non-negative) route one mentee after another, exactly, in integers.

The flow is also the relaxation of ``pairing.max_weight_pairing`` (couples that may not be
used both ways), whose branch and bound changes it one edge at a time: ``remove`` and
``set_weight`` repair the optimum in place instead of solving afresh. The mentee is taken
off its edge, its mentor's freed place is offered back (a Dijkstra backwards from the
mentor: the best chain of moves that fills it, if it pays), and the mentee is routed again
(one Dijkstra).

Why our own code rather than a library: scipy needed numpy and scipy in the installed
program, 115 MB of its 306 MB; networkx's general matcher took 2 s. Correctness is
checked against brute force in ``tests/test_assignment.py``.

Integer weights give exact results; ties are broken by row and column order, so the same
input always gives the same answer.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence

_UNMATCHED = -1  # the mentee's unit goes straight to T
_UNROUTED = -2  # not routed yet


_INFINITY = float("inf")
_NOWHERE = (-1, -1)
searches = 0  # shortest-path searches so far (work done, for the benchmark)


def _start(
    nodes: int, source: int, far: float
) -> tuple[list[float], list[tuple[int, int]], list[tuple[int, float]], list[tuple[float, int]]]:
    """A new Dijkstra search from ``source``: distances (``far`` until found), the arc each
    node was reached by, the nodes settled with their distance, the heap. Lists, not dicts:
    a search touches a good part of the nodes."""
    global searches
    searches += 1
    distance = [far] * nodes
    distance[source] = 0
    return distance, [_NOWHERE] * nodes, [], [(0, source)]


class Flow:
    """Rows (mentees) ``0..R-1``, mentors ``R..R+M-1``, the sink ``T = R+M``.

    ``cost[edge]`` is minus its (possibly charged) weight; ``at[row]`` the row's edge, or
    unmatched, or not routed yet; ``pot`` the potentials.
    """

    __slots__ = (
        "adjacency", "at", "banned", "capacity", "cost", "edges", "incoming", "pot", "rows",
        "rows_at",
    )  # fmt: skip

    def __init__(
        self, capacities: Sequence[int], edges: Sequence[tuple[int, int, float]], mentees: int
    ) -> None:
        self.rows = mentees
        self.capacity = [max(0, c) for c in capacities]
        self.edges: list[tuple[int, int]] = []  # edge → (row, mentor node)
        self.cost: list[float] = []
        self.adjacency: list[list[tuple[int, int]]] = [[] for _ in range(mentees)]
        self.incoming: list[list[tuple[int, int]]] = [[] for _ in self.capacity]
        for index, (mentor, mentee, weight) in enumerate(edges):
            self.edges.append((mentee, mentees + mentor))
            self.cost.append(-weight)
            if weight > 0 and self.capacity[mentor] > 0:
                self.adjacency[mentee].append((mentees + mentor, index))
                self.incoming[mentor].append((mentee, index))
        self.at = [_UNROUTED if row else _UNMATCHED for row in self.adjacency]
        self.rows_at: list[list[int]] = [[] for _ in self.capacity]
        sink = mentees + len(self.capacity)
        # Feasible from the start: a mentee's potential is its best weight.
        self.pot: list[float] = [
            max((-self.cost[edge] for _, edge in row), default=0) for row in self.adjacency
        ]
        self.pot += [0] * (sink + 1 - mentees)
        self.banned: set[int] = set()

    def copy(self) -> Flow:
        other = object.__new__(Flow)
        other.rows, other.capacity, other.edges = self.rows, self.capacity, self.edges
        other.adjacency, other.incoming = self.adjacency, self.incoming
        other.at, other.pot, other.cost = self.at[:], self.pot[:], self.cost[:]
        other.rows_at = [list(rows) for rows in self.rows_at]
        other.banned = set(self.banned)
        return other

    def total(self) -> float:
        return -sum(self.cost[edge] for edge in self.at if edge >= 0)

    def route(self, source: int) -> None:
        """Route a row along the shortest path to T (Dijkstra on reduced costs)."""
        rows, pot, at, rows_at, cost = self.rows, self.pot, self.at, self.rows_at, self.cost
        capacity, adjacency, banned = self.capacity, self.adjacency, self.banned
        sink = len(pot) - 1
        infinity = _INFINITY
        distance, previous, settled, heap = _start(sink + 1, source, infinity)
        push, pop = heapq.heappush, heapq.heappop
        while True:
            d, node = pop(heap)
            if distance[node] != d:  # settled (-inf) or found shorter since
                continue
            distance[node] = -infinity
            settled.append((node, d))
            if node == sink:
                break
            base = d + pot[node]
            if node < rows:
                current = at[node]
                for mentor, edge in adjacency[node]:
                    reduced = base + cost[edge] - pot[mentor]
                    if reduced < distance[mentor] and edge != current and edge not in banned:
                        distance[mentor], previous[mentor] = reduced, (node, edge)
                        push(heap, (reduced, mentor))
                reduced = base - pot[sink]  # it stays unmatched
                if reduced < distance[sink]:
                    distance[sink], previous[sink] = reduced, (node, -1)
                    push(heap, (reduced, sink))
            else:
                held = rows_at[node - rows]
                reduced = base - pot[sink]  # a free place
                if len(held) < capacity[node - rows] and reduced < distance[sink]:
                    distance[sink], previous[sink] = reduced, (node, -1)
                    push(heap, (reduced, sink))
                for row in held:
                    reduced = base - cost[at[row]] - pot[row]  # it moves on, freeing the place
                    if reduced < distance[row]:
                        distance[row], previous[row] = reduced, (node, at[row])
                        push(heap, (reduced, row))
        cap = d
        for node, d in settled:
            if d < cap:
                pot[node] -= cap - d
        node = sink
        while node != source:
            before, edge = previous[node]
            self._apply(before, node, edge)
            node = before

    def _refill(self, mentor: int, gain: float) -> None:
        """Offer a mentor's freed place back: the best chain of moves that ends in it.

        A negative cycle through the place's arc to T, found by Dijkstra backwards from
        the mentor (only arcs into what is settled are looked at, so the search stays
        near the mentor) and applied when it is worth less than ``-gain``.
        """
        rows, pot, at, cost, banned = self.rows, self.pot, self.at, self.cost, self.banned
        edges, rows_at, incoming = self.edges, self.rows_at, self.incoming
        sink = len(pot) - 1
        infinity = _INFINITY
        # Nothing at ``gain`` or beyond is worth applying; ``following``: towards the mentor.
        distance, following, settled, heap = _start(sink + 1, mentor, gain)
        push, pop = heapq.heappush, heapq.heappop
        found = False
        while heap:
            d, node = pop(heap)
            if distance[node] != d:  # settled (-inf) or found shorter since
                continue
            distance[node] = -infinity
            settled.append((node, d))
            if node == sink:
                found = True
                break
            if node < rows:
                edge = at[node]
                if edge >= 0:  # it came from its mentor, who would take it back
                    before = edges[edge][1]
                    reduced = d - cost[edge] + pot[before] - pot[node]
                else:  # unmatched: straight from T
                    before, reduced = sink, d + pot[sink] - pot[node]
                if reduced < distance[before]:
                    distance[before], following[before] = reduced, (node, edge)
                    push(heap, (reduced, before))
                continue
            if rows_at[node - rows] and node != mentor:
                reduced = d + pot[sink] - pot[node]  # it gives up a mentee
                if reduced < distance[sink]:
                    distance[sink], following[sink] = reduced, (node, -1)
                    push(heap, (reduced, sink))
            base = d - pot[node]
            for row, edge in incoming[node - rows]:
                current = at[row]
                # A settled row holds -inf: never shorter.
                if current != edge and current != _UNROUTED and edge not in banned:
                    reduced = base + cost[edge] + pot[row]
                    if reduced < distance[row]:
                        distance[row], following[row] = reduced, (node, edge)
                        push(heap, (reduced, row))
        cap = settled[-1][1] if found else gain
        for node, d in settled:
            if d < cap:
                pot[node] += cap - d
        if found:
            node = sink
            while node != mentor:
                after, edge = following[node]
                self._apply(node, after, edge)
                node = after

    def _apply(self, before: int, node: int, edge: int) -> None:
        rows, sink = self.rows, len(self.pot) - 1
        if before < rows and rows <= node < sink:  # mentee takes a place
            self.at[before] = edge
            self.rows_at[node - rows].append(before)
        elif rows <= before < sink and node < rows:  # mentee leaves a mentor
            self.rows_at[before - rows].remove(node)
        elif before < rows and node == sink:  # mentee stays unmatched
            self.at[before] = _UNMATCHED

    def _reroute(self, row: int) -> None:
        """Take the row off its edge, offer its mentor's place back, route it again."""
        edge, sink = self.at[row], len(self.pot) - 1
        self.at[row] = _UNROUTED
        # Nothing leads into the row any more: its potential may rise to suit its arcs.
        pot, cost = self.pot, self.cost
        arcs = (pot[m] - cost[e] for m, e in self.adjacency[row] if e not in self.banned)
        pot[row] = max(pot[row], pot[sink], *arcs)
        if edge >= 0:
            mentor = self.edges[edge][1]
            self.rows_at[mentor - self.rows].remove(row)
            gain = pot[sink] - pot[mentor]  # what filling the freed place may be worth
            if gain > 0:
                self._refill(mentor, gain)
        self.route(row)

    def remove(self, edge: int) -> None:
        """Forbid an edge and restore the optimum without it."""
        self.banned.add(edge)
        row = self.edges[edge][0]
        if self.at[row] == edge:
            self._reroute(row)

    def set_weight(self, edge: int, weight: float) -> None:
        """Change the weight of an edge that was positive at the start; restore the optimum.

        Most changes (the Lagrangian's charges) leave the optimum as it is: moving the
        row's potential alone keeps every reduced cost non-negative, which costs one look
        at the row's arcs instead of two Dijkstra searches (``_shift``).
        """
        row, mentor = self.edges[edge]
        old, new = self.cost[edge], -weight
        self.cost[edge] = new
        if edge in self.banned or new == old:
            return
        reduced = new + self.pot[row] - self.pot[mentor]
        if self.at[row] == edge:
            if reduced > 0 and not self._shift(row, -reduced):
                self._reroute(row)
        elif reduced < 0 and not self._shift(row, -reduced):
            self._reroute(row)

    def _shift(self, row: int, amount: float) -> bool:
        """Move the row's potential by ``amount`` if every arc at the row stays non-negative.

        Lowering it (``amount < 0``) costs its unused arcs, to the other mentors and to T;
        raising it costs the reverse of the arc it uses, to its mentor or to T.
        """
        pot, cost, at, banned = self.pot, self.cost, self.at, self.banned
        current, sink = at[row], len(pot) - 1
        if current < _UNMATCHED:
            return False
        if amount > 0:
            if current >= 0:
                room = -(cost[current] + pot[row] - pot[self.edges[current][1]])
            else:
                room = pot[sink] - pot[row]
        else:
            room = pot[row] - pot[sink] if current >= 0 else float("inf")
            for mentor, edge in self.adjacency[row]:
                if edge != current and edge not in banned:
                    room = min(room, cost[edge] + pot[row] - pot[mentor])
        if abs(amount) > room:
            return False
        pot[row] += amount
        return True

    def chosen(self) -> list[int]:
        return sorted(edge for edge in self.at if edge >= 0)


def max_weight_b_matching(
    capacities: Sequence[int], edges: Sequence[tuple[int, int, float]], mentees: int
) -> list[int]:
    """Indices into ``edges`` of a maximum-weight matching.

    ``capacities[i]`` is how many mentees mentor ``i`` may take; ``edges`` are
    ``(mentor, mentee, weight)`` with mentees numbered ``0 .. mentees - 1``. Edges of weight
    zero or less are never chosen: they cannot add to the total.
    """
    return solved(capacities, edges, mentees).chosen()


def solved(
    capacities: Sequence[int],
    edges: Sequence[tuple[int, int, float]],
    mentees: int,
    discount: Mapping[int, float] | None = None,
) -> Flow:
    """The optimum of the b-matching, kept as a flow that can be changed and repaired.

    ``discount`` lowers some edges' weights (edge → amount: the Lagrangian's charges of an
    earlier search) while keeping their arcs, as ``set_weight`` would, for less work."""
    flow = Flow(capacities, edges, mentees)
    if discount:
        cost, pot = flow.cost, flow.pot
        for edge, amount in discount.items():
            cost[edge] += amount
        for row, arcs in enumerate(flow.adjacency):
            pot[row] = max(0, max((-cost[edge] for _, edge in arcs), default=0))
    for row in range(flow.rows):
        if flow.at[row] == _UNROUTED:
            flow.route(row)
    return flow
