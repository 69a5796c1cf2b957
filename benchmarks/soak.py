"""Long days: every view refreshed many times offscreen; prints the memory curve.

    python benchmarks/soak.py [--refreshes 1000] [--every 100]

On the small demo database, in this process: each round refreshes the main window (every
view's figures) and shows and reloads each view in turn, then lets Qt process its events
(deferred deletions included). Prints the resident memory every ``--every`` rounds and the
count of references to None (a binding losing them aborts the interpreter: issue 24).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    """The resident memory now (Linux /proc; the peak elsewhere)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def refresh_round(window, app) -> None:  # type: ignore[no-untyped-def]
    """One round: the window's refresh, then each view shown and reloaded."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.refresh()
    for key, view in window.views.items():
        window.show_view(key)
        for name in ("reload", "reload_catalogue", "reload_matrix"):
            method = getattr(view, name, None)
            if method is not None:
                method()
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def soak(window, app, refreshes: int, every: int) -> list[tuple[int, float, int]]:  # type: ignore[no-untyped-def]
    """(round, RSS in MB, references to None) at round 0 and every ``every`` rounds."""
    refresh_round(window, app)  # the first round fills caches: measured from here
    gc.collect()
    curve = [(0, rss_mb(), sys.getrefcount(None))]
    for n in range(1, refreshes + 1):
        refresh_round(window, app)
        if n % every == 0:
            gc.collect()
            curve.append((n, rss_mb(), sys.getrefcount(None)))
    return curve


def open_window(folder: Path):  # type: ignore[no-untyped-def]
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.demo import load_demo
    from mentorat_desktop.ui.main_window import MainWindow

    database = open_database(str(folder / "soak.sqlite3"))
    load_demo(database, "small", seed=5, today=date(2026, 11, 27))
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    return window, database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--refreshes", type=int, default=1000)
    parser.add_argument("--every", type=int, default=100)
    args = parser.parse_args()

    from mentorat_desktop.ui.app import gui_application

    app = gui_application(sys.argv[:1])
    app.setApplicationName("mentorat-benchmark")
    with tempfile.TemporaryDirectory() as folder:
        window, database = open_window(Path(folder))
        curve = soak(window, app, args.refreshes, args.every)
        window.close()
        database.close()
    base = curve[0][1]
    print("round   RSS MB   growth MB   refs to None")
    for n, mb, nones in curve:
        print(f"{n:5}   {mb:6.1f}   {mb - base:+9.1f}   {nones - curve[0][2]:+12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
