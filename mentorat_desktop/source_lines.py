"""Keep the source lines PySide6 reads at each import from piling up in memory.

Once shiboken6 is imported, PySide6 replaces ``__import__`` and, after each new module is
imported, reads its whole source with ``inspect.getsource`` to see whether it mentions
"PySide6" (its ``__feature__`` switches, shibokensupport/feature.py ``_mod_uses_pyside``).
``inspect`` keeps what it read in ``linecache``, a cache that nothing empties: every module
imported after Qt stays in memory twice, as code and as lines of text. SQLAlchemy's alone
are 7.5 MB of text in 225,000 lines, 18 MiB of the start's peak (the same on every system:
the check is PySide6's Python, not the platform's).

The finder below finds nothing: Python asks it first for each module not yet imported, and it
empties ``linecache`` then, so the cache holds at most what was read since the last import.
A traceback or a warning reads the lines it needs again from the file.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType


class ForgetSourceLines:
    """A meta path finder that only empties ``linecache`` and lets the next finder find."""

    @staticmethod
    def find_spec(
        name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        linecache.clearcache()
        return None


def forget_source_lines_at_imports() -> None:
    """Install the finder once, first in line (before Qt is imported, ideally)."""
    if ForgetSourceLines not in sys.meta_path:
        sys.meta_path.insert(0, ForgetSourceLines)
