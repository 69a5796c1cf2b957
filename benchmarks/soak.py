"""Long days: every view refreshed many times offscreen; prints the memory curve.

    python benchmarks/soak.py [--size small|large] [--view KEY] [--refreshes 1000]
                              [--at 100,250,500,1000] [--database FILE]

On a demo database (the small one by default; ``--database`` keeps the generated file, so a
second run on the large demo skips building it), in this process: each round refreshes the
main window (every view's figures) and shows and reloads each view in turn, or with
``--view`` that view alone, then lets Qt process its events (deferred deletions included).
Prints the resident memory at round 0 and at each round of ``--at`` (default: every 100),
the live QObjects and the count of references to None (a binding losing them aborts the
interpreter: issue 24).
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RELOADS = ("reload", "reload_catalogue", "reload_matrix")


def rss_mb() -> float:
    """The resident memory now (Linux /proc; the peak elsewhere)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def live_qobjects(window) -> int:  # type: ignore[no-untyped-def]
    """The window's QObject descendants: a count that grows with the rounds is a leak."""
    from PySide6.QtCore import QObject

    return len(window.findChildren(QObject))


def reload_view(view) -> None:  # type: ignore[no-untyped-def]
    for name in RELOADS:
        method = getattr(view, name, None)
        if method is not None:
            method()


def refresh_round(window, app, only: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """One round: the window's refresh, then each view shown and reloaded (or one view)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if only is None:
        window.refresh()
        for key, view in window.views.items():
            window.show_view(key)
            reload_view(view)
    else:
        reload_view(window.views[only])
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def soak(  # type: ignore[no-untyped-def]
    window, app, refreshes: int, at: set[int], only: str | None = None
) -> list[tuple[int, float, int, int]]:
    """(round, RSS in MB, live QObjects, references to None) at round 0 and at ``at``."""
    if only is not None:
        window.show_view(only)
    refresh_round(window, app, only)  # the first round fills caches: measured from here
    gc.collect()
    curve = [(0, rss_mb(), live_qobjects(window), sys.getrefcount(None))]
    for n in range(1, refreshes + 1):
        refresh_round(window, app, only)
        if n in at:
            gc.collect()
            curve.append((n, rss_mb(), live_qobjects(window), sys.getrefcount(None)))
            print(f"  round {n}: {curve[-1][1]:.1f} MB", file=sys.stderr, flush=True)
    return curve


def open_window(folder: Path, size: str = "small", kept: Path | None = None):  # type: ignore[no-untyped-def]
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.demo import load_demo
    from mentorat_desktop.ui.main_window import MainWindow

    path = folder / "soak.sqlite3"
    if kept is not None and kept.exists():
        shutil.copyfile(kept, path)
        database = open_database(str(path))
    else:
        database = open_database(str(path))
        load_demo(database, size, seed=5, today=date(2026, 11, 27))
        if kept is not None:
            database.close()
            shutil.copyfile(path, kept)
            database = open_database(str(path))
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    return window, database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--refreshes", type=int, default=1000)
    parser.add_argument("--at", default="", help="rounds to measure, e.g. 100,250,500,1000")
    parser.add_argument("--size", choices=("small", "large"), default="small")
    parser.add_argument("--view", default=None, help="refresh this view alone (its key)")
    parser.add_argument("--database", type=Path, default=None, help="keep/reuse the demo file")
    args = parser.parse_args()
    at = {int(n) for n in args.at.split(",") if n} or set(range(100, args.refreshes + 1, 100))

    from mentorat_desktop.ui.app import gui_application

    app = gui_application(sys.argv[:1])
    app.setApplicationName("mentorat-benchmark")
    with tempfile.TemporaryDirectory() as folder:
        window, database = open_window(Path(folder), args.size, args.database)
        curve = soak(window, app, args.refreshes, at, args.view)
        window.close()
        database.close()
    base = curve[0]
    print(f"{args.size} demo, {args.view or 'every view'}")
    print("round   RSS MB   growth MB   QObjects   refs to None")
    for n, mb, objects, nones in curve:
        print(
            f"{n:5}   {mb:6.1f}   {mb - base[1]:+9.1f}   {objects - base[2]:+8}"
            f"   {nones - base[3]:+12}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
