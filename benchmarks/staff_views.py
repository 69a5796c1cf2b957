"""Staff and skills views on the large demo database: shown, one search keystroke, the matrix.

    python benchmarks/staff_views.py [--runs 5] [--database PATH]

Builds the large demo database once (in a temporary folder unless --database names one),
then, in this process and offscreen, times each step several times and prints the medians
against the targets, and the peak memory of the process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {"staff view shown": 300, "search keystroke": 50, "matrix shown": 500}


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.demo import load_demo
    from mentorat_desktop.services.dashboard.overview import get_overview
    from mentorat_desktop.ui.app import gui_application
    from mentorat_desktop.ui.views.catalogue import view_specs
    from mentorat_desktop.ui.views.skills_view import SkillsView
    from mentorat_desktop.ui.views.staff_view import StaffView

    app = gui_application(sys.argv[:1])
    app.setApplicationName("mentorat-benchmark")
    with tempfile.TemporaryDirectory() as folder:
        path = args.database or str(Path(folder) / "large.sqlite3")
        database = open_database(path)
        if get_overview(database).is_empty:
            began = time.perf_counter()
            load_demo(database, "large")
            print(f"large demo built in {time.perf_counter() - began:.1f} s")
        overview = get_overview(database)
        print(f"{overview.people} people, {overview.skills} skills")
        specs = {spec.key: spec for spec in view_specs()}
        figures: dict[str, list[float]] = {name: [] for name in TARGETS}
        for _ in range(args.runs):
            started = time.perf_counter()
            staff = StaffView(specs["staff"], database)
            staff.resize(1280, 760)
            staff.show()
            app.processEvents()
            figures["staff view shown"].append(_ms(started))

            staff.search.setFocus()
            for text in ("m", "ma", "mar", "mart"):
                started = time.perf_counter()
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(
                        staff.search,
                        QKeyEvent(
                            kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text[-1]
                        ),
                    )
                app.processEvents()
                figures["search keystroke"].append(_ms(started))
            assert staff.search.text() == "mart", staff.search.text()
            shown = staff.proxy.rowCount()
            staff.close()
            staff.deleteLater()

            skills = SkillsView(specs["skills"], database)
            skills.resize(1280, 760)
            skills.tabs.setCurrentIndex(0)
            skills.show()
            app.processEvents()
            started = time.perf_counter()
            skills.tabs.setCurrentIndex(1)
            app.processEvents()
            figures["matrix shown"].append(_ms(started))
            cells = skills.matrix_model.rowCount() * skills.matrix_model.columnCount()
            skills.close()
            skills.deleteLater()
            app.processEvents()
        database.close()
    print(f"(search “mart” leaves {shown} people; the matrix has {cells:,} cells)")
    for name, values in figures.items():
        median = statistics.median(values)
        verdict = "ok" if median < TARGETS[name] else "SLOW"
        print(
            f"{name:<18}: median {median:6.0f} ms  (min {min(values):.0f}, max {max(values):.0f})"
            f"  target < {TARGETS[name]} ms  {verdict}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    print(f"peak memory       : {peak * 1024 / scale / 1024:6.0f} MB (resident, whole process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
