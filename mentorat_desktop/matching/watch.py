"""What a long search tells its caller, and how it is stopped (Cancel).

The branch and bound of ``pairing`` may take seconds on a hard programme; the UI's progress
dialog has a Cancel button and the command line may say it is still searching. The search
calls ``Watch.step`` between its steps (Lagrangian rounds, branch nodes): that raises
``Cancelled`` when asked to stop, or, with ``keep_best``, tells the search to end with the
best pairing it has found (the dialog then shows it, and how far from the best possible it
may be), and now and then hands a ``SearchState`` to ``report``. Nothing here changes the
answer: a search that is not stopped gives the same pairs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

REPORT_SECONDS = 0.5  # at most two reports a second


class Cancelled(Exception):
    """The user stopped the search; nothing was proposed or changed."""


@dataclass(frozen=True)
class SearchState:
    """How far the search is: branches looked at, the best total found and the bound no
    pairing exceeds (the optimum lies between them)."""

    nodes: int
    best_total: float
    bound: float

    @property
    def gap(self) -> float:
        """How far the bound is above the best total, as a fraction of the bound (0: proven)."""
        if self.bound <= 0:
            return 0.0
        return max(0.0, (self.bound - self.best_total) / self.bound)


@dataclass
class Watch:
    cancelled: Callable[[], bool] | None = None
    report: Callable[[SearchState], None] | None = None
    seconds: float = REPORT_SECONDS
    nodes: int = 0  # branch nodes of every search so far (the shortlist may search again)
    scale: int = 1  # the search's totals are in 1/scale of a point
    keep_best: bool = False  # stopped: end with the best pairing found, not ``Cancelled``
    stopped: SearchState | None = None  # so ended: where the search stood
    _last: float = field(default_factory=time.monotonic)

    def step(self, best_total: float = 0, bound: float = 0) -> bool:
        """Between two steps of the search: stop if asked (True: end now with the best
        pairing found, ``keep_best``), report now and then."""
        if self.stopped is not None:
            return True
        if self.cancelled is not None and self.cancelled():
            if not self.keep_best:
                raise Cancelled
            self.stopped = SearchState(self.nodes, best_total / self.scale, bound / self.scale)
            return True
        if self.report is not None:
            now = time.monotonic()
            if now - self._last >= self.seconds:
                self._last = now
                self.report(SearchState(self.nodes, best_total / self.scale, bound / self.scale))
        return False
