"""The best pairing searched among each person's best candidates, then proven for all.

At 1,000 participants each mentee has about 43 possible mentors, and every shortest-path
search of the solver scans them all, though a mentee's 20th choice is almost never in the
optimum. So the branch and bound of ``pairing`` runs on a shortlist: each mentee's
``KEEP`` best candidates and each mentor's. Its answer is then checked against every edge
left out, by the root's potentials (linear programming duality, "reduced cost"): with the
root flow optimal under its charges, any pairing that uses a left-out edge ``e`` totals at
most ``bound - reduced_cost(e)``. When that cannot beat the pairing found, for every
left-out edge, the pairing is the optimum of the whole problem; otherwise the edges that
might are added, the shortlist is doubled, and the search runs again (at worst on every
edge). The answer is the exact optimum either way; ``tests/test_shortlist.py`` checks it
against brute force and against the search on every edge.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from mentorat_desktop.matching.pairing import Search, search
from mentorat_desktop.matching.watch import Watch

KEEP = 12  # candidates kept per mentee and per mentor before the proof


def best_pairing(
    capacities: Sequence[int],
    edges: Sequence[tuple[int, int, float]],
    mentees: int,
    couples: Sequence[tuple[int, int]],
    keep: int = KEEP,
    watch: Watch | None = None,
) -> list[int]:
    """As ``pairing.max_weight_pairing`` (indices into ``edges``), exact, usually faster;
    ``watch`` may stop it (``watch.Cancelled``)."""
    watch = watch or Watch()
    watch.stopped = None  # a watch stopped before says nothing of this search
    usable = [i for i, (mentor, _, w) in enumerate(edges) if w > 0 and capacities[mentor] > 0]
    shortlist = _best_of_each(edges, usable, keep)
    known: list[int] = []  # the last pass's pairing (indices into ``edges``): still feasible
    charged: dict[tuple[int, int], float] = {}  # and its charges, by couple of ``edges``
    while True:
        kept = sorted(shortlist)
        left_out = [i for i in usable if i not in shortlist]
        position = {edge: index for index, edge in enumerate(kept)}
        inner = [
            (position[first], position[second])
            for first, second in couples
            if first in position and second in position
        ]
        out = _LeftOut(edges, left_out, mentees)
        found = search(
            capacities,
            [edges[i] for i in kept],
            mentees,
            inner,
            watch,
            [position[edge] for edge in known],
            {i: charged.get((kept[a], kept[b]), 0) for i, (a, b) in enumerate(inner)},
            out.lift_bound,
        )
        if watch.stopped is not None:  # by the user: the bound is the whole problem's
            bound = out.whole_bound(found) / found.scale
            watch.stopped = dataclasses.replace(watch.stopped, bound=bound)
            return sorted(kept[index] for index in found.best)
        missing = out.may_beat(found)
        if not missing:
            return sorted(kept[index] for index in found.best)
        # Wider at once: the potentials move with the edges added, and other left-out
        # edges may then need a look too (one pass per few edges was slower).
        keep *= 2
        known = [kept[index] for index in found.best]
        charged = {(kept[inner[i][0]], kept[inner[i][1]]): c for i, c in found.charges.items()}
        shortlist.update(missing, _best_of_each(edges, usable, keep))


def _best_of_each(
    edges: Sequence[tuple[int, int, float]], usable: list[int], keep: int
) -> set[int]:
    """The ``keep`` heaviest edges of every mentee and of every mentor (ties: first)."""
    heavier = [-w for _, _, w in edges]
    ranked = sorted(usable, key=heavier.__getitem__)  # stable: ties keep the index order
    by_mentor: dict[int, int] = {}
    by_mentee: dict[int, int] = {}
    shortlist = set()
    for i in ranked:
        mentor, mentee, _ = edges[i]
        taken = by_mentor.get(mentor, 0)
        if taken < keep:
            by_mentor[mentor] = taken + 1
            shortlist.add(i)
        taken = by_mentee.get(mentee, 0)
        if taken < keep:
            by_mentee[mentee] = taken + 1
            shortlist.add(i)
    return shortlist


class _LeftOut:
    """The edges a pass leaves out, priced once by its root: a pairing using edge ``e``
    totals at most the root's bound less ``e``'s reduced cost (row to mentor, cost minus
    the weight, scaled as in the search; left-out edges carry no charge)."""

    def __init__(
        self, edges: Sequence[tuple[int, int, float]], indices: list[int], mentees: int
    ) -> None:
        self.edges, self.indices, self.mentees = edges, indices, mentees
        self.prices: list[tuple[int, float]] | None = None

    def priced(self, found: Search) -> list[tuple[int, float]]:
        # The root's flow and bound are the same after the tree: so are the prices.
        if self.prices is None:
            pot, scale, rows = found.root.pot, found.scale, self.mentees
            self.prices = [
                (i, pot[mentee] - pot[rows + mentor] - weight * scale)
                for i in self.indices
                for mentor, mentee, weight in (self.edges[i],)
            ]
        return self.prices

    def whole_bound(self, found: Search) -> float:
        """A bound for the whole problem, left-out edges included: a pairing uses at most
        one left-out edge per mentee, each lifting the root's bound by at most minus its
        reduced cost (scaled)."""
        lift: dict[int, float] = {}
        for i, reduced in self.priced(found):
            mentee = self.edges[i][1]
            lift[mentee] = min(lift.get(mentee, 0), reduced)
        return found.bound - sum(lift.values())

    def lift_bound(self, root: Search) -> bool:
        """Whether a left-out edge lifts the root's bound by a step or more: any pairing the
        tree may find is then one ``may_beat`` refuses, so the pass is cut short."""
        step = root.step
        return any(reduced < 0 and reduced <= -step for _, reduced in self.priced(root))

    def may_beat(self, found: Search) -> list[int]:
        """The left-out edges a pairing might use to total more than the one found."""
        best, step, bound = found.best_total, found.step, found.bound
        return [
            i
            for i, reduced in self.priced(found)
            if (ceiling := bound - reduced) > best and ceiling >= best + step
        ]
