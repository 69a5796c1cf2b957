"""Maximum-weight bipartite b-matching: shortest augmenting paths, in pure Python.

Each mentor may take up to ``capacity`` mentees, each mentee at most one mentor, and the
chosen edges have the largest total weight (not everybody need be matched). As an
assignment problem: every mentee is a row; the columns are the mentors' places plus one
"stays unmatched" column per mentee at cost 0; a place costs ``-weight``. Each row in turn
gets a column along the shortest augmenting path in reduced costs (Dijkstra), and the dual
values keep every reduced cost non-negative: the method scipy's ``linear_sum_assignment``
uses (D. F. Crouse, "On implementing 2D rectangular assignment algorithms", IEEE TAES
52(4), 2016), here on sparse rows, which is what makes it fast in Python.

Why our own code rather than a library: scipy needed numpy and scipy in the installed
program, 115 MB of its 306 MB, and took the same time on the benchmark (8 ms for 400
candidates, 70 ms for 1,000: ``benchmarks/matching.py``); networkx's general matcher took
2 s. Correctness is checked against brute force in ``tests/test_assignment.py``.

Integer weights give exact results; ties are broken by row and column order, so the same
input always gives the same answer.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

_INFINITY = float("inf")


def max_weight_b_matching(
    capacities: Sequence[int], edges: Sequence[tuple[int, int, float]], mentees: int
) -> list[int]:
    """Indices into ``edges`` of a maximum-weight matching.

    ``capacities[i]`` is how many mentees mentor ``i`` may take; ``edges`` are
    ``(mentor, mentee, weight)`` with mentees numbered ``0 .. mentees - 1``. Edges of weight
    zero or less are never chosen: they cannot add to the total.
    """
    solver = _Solver(capacities, mentees)
    for index, (mentor, mentee, weight) in enumerate(edges):
        if weight > 0 and capacities[mentor] > 0:
            solver.adjacency[mentee].append((mentor, -weight, index))
    for mentee in range(mentees):
        if solver.adjacency[mentee]:
            solver.augment(mentee)
    return sorted(solver.chosen_edges())


class _Solver:
    """The rows, columns and dual values of the assignment (see the module docstring).

    A mentor's places are identical columns, taken in order. While one is free, its dual
    is still zero, the largest of that mentor's places, so it is the only one worth
    reaching: the search looks at one column per mentor instead of every place.
    """

    def __init__(self, capacities: Sequence[int], mentees: int) -> None:
        self.capacity = [max(0, c) for c in capacities]
        self.first_place: list[int] = []
        places = 0
        for count in self.capacity:
            self.first_place.append(places)
            places += count
        self.places = places
        # place → its mentor
        self.owner = [mentor for mentor, count in enumerate(self.capacity) for _ in range(count)]
        columns = places + mentees
        self.adjacency: list[list[tuple[int, float, int]]] = [[] for _ in range(mentees)]
        self.u = [0.0] * mentees
        self.v = [0.0] * columns
        self.row_of = [-1] * columns  # column → the mentee holding it
        self.column_of = [-1] * mentees
        self.edge_of = [-1] * mentees  # the edge behind each mentee's column
        self.taken = [0] * len(self.capacity)  # places taken per mentor
        self.shortest = [_INFINITY] * columns
        self.path = [-1] * columns
        self.via = [-1] * columns

    def augment(self, start: int) -> None:
        shortest, path, via, v, row_of = self.shortest, self.path, self.via, self.v, self.row_of
        capacity, taken, first_place = self.capacity, self.taken, self.first_place
        scanned: dict[int, float] = {}  # column → its final distance
        touched: list[int] = []
        rows = [start]
        heap: list[tuple[float, int]] = []
        push, pop = heapq.heappush, heapq.heappop
        row, min_value = start, 0.0

        def relax(column: int, distance: float, edge: int) -> None:
            if distance < shortest[column]:
                if shortest[column] == _INFINITY:
                    touched.append(column)
                shortest[column], path[column], via[column] = distance, row, edge
                push(heap, (distance, column))

        while True:
            base = min_value - self.u[row]
            unmatched = self.places + row
            if unmatched not in scanned:
                relax(unmatched, base - v[unmatched], -1)
            for mentor, cost, edge in self.adjacency[row]:
                first = first_place[mentor]
                if taken[mentor] < capacity[mentor]:
                    place = first + taken[mentor]  # places are taken in order
                    relax(place, base + cost, edge)  # a free place's dual is zero
                else:
                    for place in range(first, first + capacity[mentor]):
                        if place not in scanned:
                            relax(place, base + cost - v[place], edge)
            while True:
                min_value, column = pop(heap)
                if column not in scanned and min_value == shortest[column]:
                    break
            scanned[column] = min_value
            if row_of[column] == -1:
                sink = column
                break
            row = row_of[column]
            rows.append(row)

        self.u[start] += min_value
        for other in rows[1:]:
            self.u[other] += min_value - scanned[self.column_of[other]]
        for column, distance in scanned.items():
            v[column] -= min_value - distance

        column = sink
        if column < self.places:
            taken[self.owner[column]] += 1
        while True:
            row = path[column]
            row_of[column] = row
            previous = self.column_of[row]
            self.column_of[row], self.edge_of[row] = column, via[column]
            column = previous
            if row == start:
                break
        for column in touched:
            shortest[column] = _INFINITY

    def chosen_edges(self) -> list[int]:
        return [edge for edge in self.edge_of if edge >= 0]
