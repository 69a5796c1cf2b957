"""Cold start to the first shown window: Mentorat on the large demo database vs bare PySide6.

    python benchmarks/startup.py [--runs 5] [--database PATH]

Builds the large demo database once (in a temporary folder unless --database names one),
then starts each program in a fresh process, several times, and prints the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1280, 800); window.show(); app.processEvents()
print(time.perf_counter_ns())
"""

MENTORAT = """
import sys, time
from mentorat_desktop.ui.app import gui_application
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.db.database import open_database
app = gui_application(sys.argv[:1])
install_translators(app, "fr")
database = open_database(sys.argv[1])
from mentorat_desktop.ui.main_window import MainWindow
window = MainWindow(database); window.show(); app.processEvents()
print(time.perf_counter_ns())
"""


def time_start(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter_ns()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    shown = int(result.stdout.strip().splitlines()[-1])
    return (shown - started) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.database or str(Path(folder) / "large.sqlite3")
        if not Path(path).exists():
            from mentorat_desktop.db.database import open_database
            from mentorat_desktop.demo import load_demo

            began = time.perf_counter()
            database = open_database(path)
            summary = load_demo(database, "large")
            database.close()
            print(f"large demo built in {time.perf_counter() - began:.1f} s: {summary}")
        time_start(BARE)  # warm the file cache for both
        bare = [time_start(BARE) for _ in range(args.runs)]
        ours = [time_start(MENTORAT, path) for _ in range(args.runs)]
    print(f"bare PySide6 window : median {statistics.median(bare):7.0f} ms  (min {min(bare):.0f})")
    print(f"Mentorat, large db  : median {statistics.median(ours):7.0f} ms  (min {min(ours):.0f})")
    print(f"difference          : {statistics.median(ours) - statistics.median(bare):7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
