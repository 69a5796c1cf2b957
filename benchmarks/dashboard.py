"""The dashboard on the large demo database (about 3,000 people, 28,500 sessions).

    .venv/bin/python benchmarks/dashboard.py [DATABASE]

Builds the database with `mentorat demo --size large` when the file does not exist. Prints
the figures, then: the services alone (all running programmes, and each programme); the
view built, filled and painted; a refresh after a change (what every edit elsewhere costs
while the dashboard is shown). Target: the view shown in < 500 ms.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from mentorat_desktop.db.database import open_database
from mentorat_desktop.services.dashboard.dashboard import (
    figure_lines,
    load_dashboard,
    programme_choices,
)
from mentorat_desktop.services.dashboard.overview import get_overview

LARGE = ("--size", "large")
DEFAULT = Path(tempfile.gettempdir()) / "large-dash.sqlite3"


def timings(runs: int, action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        found.append((time.perf_counter() - start) * 1000)
    return min(found), max(found)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        print(f"building the large demo database in {path} …")
        subprocess.run(
            [sys.executable, "-m", "mentorat_desktop", "--database", str(path), "demo", *LARGE],
            check=True,
        )
    app = QApplication([])
    from mentorat_desktop.ui.views.catalogue import view_specs
    from mentorat_desktop.ui.views.dashboard_view import DashboardView

    database = open_database(str(path))
    overview = get_overview(database)
    print(f"database: {path} ({overview.people} people, {overview.sessions} sessions)")
    data = load_dashboard(database)
    print("all running programmes:")
    for line in figure_lines(data.figures):
        print(f"  {line.label}: {line.value} ({line.detail})")
    print(f"  to-do lines: {len(data.todo)}; months charted: {len(data.months)}")

    best, worst = timings(5, lambda: load_dashboard(database))
    print(f"services, all running programmes: {best:.0f}–{worst:.0f} ms")
    for choice in programme_choices(database):
        best, worst = timings(3, lambda c=choice: load_dashboard(database, c.id))
        print(f"services, {choice.name} ({choice.status}): {best:.0f}–{worst:.0f} ms")

    spec = next(s for s in view_specs() if s.key == "dashboard")

    def show_view() -> None:
        view = DashboardView(spec, database)
        view.resize(1070, 720)
        view.show()
        app.processEvents()
        view.close()
        view.deleteLater()

    show_view()  # warm-up: imports, QtCharts, the first queries' compilation
    best, worst = timings(5, show_view)
    print(f"dashboard view shown: {best:.0f}–{worst:.0f} ms (target < 500 ms)")

    view = DashboardView(spec, database)
    view.resize(1070, 720)
    view.show()
    app.processEvents()

    def refresh() -> None:
        view.reload()
        app.processEvents()

    best, worst = timings(5, refresh)
    print(f"refresh after a change, dashboard shown: {best:.0f}–{worst:.0f} ms")
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
