"""Sessions view and calendar export on the large demo database (about 28,500 sessions).

    .venv/bin/python benchmarks/sessions.py [DATABASE]

Builds the database with `mentorat demo --size large` when the file does not exist. Prints:
the view built, filled and painted; each quick filter (query, model, paint); the export of
every upcoming session, and of all sessions for scale. Targets: 300 ms, 100 ms, 2 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from mentorat_desktop.db.database import open_database
from mentorat_desktop.services.dashboard.overview import get_overview
from mentorat_desktop.services.sessions.calendar_export import ExportSelection, export_ics
from mentorat_desktop.services.sessions.session_list import QUICK_FILTERS

DEFAULT = Path(tempfile.gettempdir()) / "large-sessions.sqlite3"


def best_of(runs: int, action) -> float:  # type: ignore[no-untyped-def]
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return min(timings)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        print(f"building the large demo database in {path} …")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mentorat_desktop",
                "--database",
                str(path),
                "demo",
                "--size",
                "large",
            ],
            check=True,
        )
    app = QApplication([])
    from mentorat_desktop.ui.views.catalogue import view_specs
    from mentorat_desktop.ui.views.sessions_view import SessionsView

    database = open_database(str(path))
    overview = get_overview(database)
    print(f"database: {path} ({overview.sessions} sessions)")
    spec = next(s for s in view_specs() if s.key == "sessions")

    def show_view() -> None:
        view = SessionsView(spec, database)
        view.resize(1060, 700)
        view.show()
        app.processEvents()
        view.close()
        view.deleteLater()

    show_view()  # warm-up: imports and the first queries' compilation
    print(f"sessions view shown: {best_of(5, show_view):.0f} ms (target < 300 ms)")

    view = SessionsView(spec, database)
    view.resize(1060, 700)
    view.show()
    app.processEvents()
    for key in QUICK_FILTERS:

        def change(key: str = key) -> None:
            view.set_quick_filter(key)
            app.processEvents()  # lays out and paints the visible rows

        change()
        shown = view.model.session_count()
        more = " (first page; “Show more” for the rest)" if view.more_button.isVisible() else ""
        print(f"filter {key:<10} {best_of(5, change):6.0f} ms, {shown} rows{more}")

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "upcoming.ics"
        count = 0

        def upcoming() -> None:
            nonlocal count
            count = export_ics(database, ExportSelection(), out)

        print(
            f"export of all upcoming sessions: {best_of(3, upcoming):.0f} ms, {count} events "
            "(target < 2 s)"
        )
        start = time.perf_counter()
        everything = export_ics(database, ExportSelection(from_day=date(1970, 1, 1)), out)
        print(
            f"export of every session (for scale): {time.perf_counter() - start:.1f} s, "
            f"{everything} events"
        )
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
