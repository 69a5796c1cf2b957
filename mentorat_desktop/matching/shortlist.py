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
        found = search(
            capacities,
            [edges[i] for i in kept],
            mentees,
            inner,
            watch,
            [position[edge] for edge in known],
            {i: charged.get((kept[a], kept[b]), 0) for i, (a, b) in enumerate(inner)},
            lambda root, out=left_out: any(_beats_bound(root, edges[i], mentees) for i in out),
        )
        missing = [i for i in left_out if _may_beat(found, edges[i], mentees)]
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


def _reduced(found: Search, edge: tuple[int, int, float], mentees: int) -> float:
    """What using a left-out edge costs the root flow at least: its reduced cost (row to
    mentor, cost minus the weight, scaled as in the search); left-out edges carry no charge."""
    mentor, mentee, weight = edge
    pot = found.root.pot
    return pot[mentee] - pot[mentees + mentor] - weight * found.scale


def _beats_bound(root: Search, edge: tuple[int, int, float], mentees: int) -> bool:
    """Whether a left-out edge lifts the root's bound by a step or more: any pairing the
    tree may find is then one ``_may_beat`` will not accept, so the pass is cut short."""
    reduced = _reduced(root, edge, mentees)
    return reduced < 0 and reduced <= -root.step


def _may_beat(found: Search, edge: tuple[int, int, float], mentees: int) -> bool:
    """Whether a pairing using this left-out edge might total more than the one found: the
    bound less what using the edge costs at least."""
    ceiling = found.bound - _reduced(found, edge, mentees)
    return ceiling > found.best_total and ceiling >= found.best_total + found.step
