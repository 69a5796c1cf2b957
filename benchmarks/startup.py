"""Cold start, as ratios to a bare PySide6 window measured in the same run.

    python benchmarks/startup.py [--runs 7] [--database PATH] [--no-snapshot]

Builds the large demo database once (in a temporary folder unless --database names one),
then starts, alternating, a bare PySide6 window and the real `mentorat` program on that
database (through its command line, with its own settings folder) in fresh processes, and
prints the medians:

1. shell shown: the first paint of Mentorat's main window (navigation, title, status bar)
   vs the first paint of a bare QMainWindow;
2. dashboard painted with data: the first paint of the dashboard view once it is filled (from
   the snapshot the last run left, when the file has not changed since), and peak memory (the
   process's VmHWM) at that moment, vs the bare window's;
2b. the same once the dashboard was read from the database, and the peak memory then;
4. `mentorat --version` vs a bare `python -c pass`.

An event filter on the main window and on the dashboard's view (the bare window: on itself)
notes the paints; the process ends at once after the last figure.
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

PROBE = """
import os, resource, sys, time
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject

def peak_kib():
    # This process's own peak resident set: VmHWM (ru_maxrss would count the parent's peak,
    # which Linux carries over the fork and exec into the child).
    try:
        with open("/proc/self/status") as status:
            for row in status:
                if row.startswith("VmHWM:"):
                    return int(row.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

class Probe(QObject):
    shell = 0
    data = None  # the first paint with data: (time, peak), from a snapshot or the database
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            now = time.perf_counter_ns()
            if not self.shell and isinstance(watched, QtWidgets.QMainWindow):
                self.shell = now
            if watched.objectName() == TARGET and not getattr(watched, "stale", False):
                self.data = self.data or (now, peak_kib())
                if not getattr(watched, "from_snapshot", False):  # read from the database
                    print(self.shell, *self.data, now, peak_kib(), flush=True)
                    os._exit(0)
        return False

# The probe watches the main window and the target only, never the whole application: an
# application-wide filter written in Python sees Qt's private objects too (QGestureManager),
# and PySide6, to wrap one, loads every class of its modules (tens of milliseconds the
# program itself would not spend).
probe = Probe()
"""

BARE = (
    PROBE
    + """
TARGET = "bare"
app = QtWidgets.QApplication(sys.argv[:1])
window = QtWidgets.QMainWindow(); window.setObjectName(TARGET); window.resize(1280, 800)
window.installEventFilter(probe)
window.show()
app.exec()
"""
)

MENTORAT = (
    PROBE
    + """
TARGET = "view_dashboard"
from mentorat_desktop.source_lines import forget_source_lines_at_imports
forget_source_lines_at_imports()  # what main() does first, before the probe's imports
from mentorat_desktop.ui import main_window
window_init, build_view = main_window.MainWindow.__init__, main_window.MainWindow._build_view

def probed_init(self, *args, **kwargs):
    window_init(self, *args, **kwargs)
    self.installEventFilter(probe)

def probed_build_view(self, key):
    view = build_view(self, key)
    view.installEventFilter(probe)
    return view

main_window.MainWindow.__init__ = probed_init
main_window.MainWindow._build_view = probed_build_view
from mentorat_desktop.cli import main
sys.exit(main(["--database", sys.argv[1], "--lang", "fr"]))
"""
)


def run(code: str, *args: str, env: dict[str, str]) -> tuple[float, float, float, float, float]:
    """Milliseconds from the spawn to the shell's paint and to the target's first paint with
    data, the peak MiB then, the milliseconds to its paint with the database's data (later
    when the first was the snapshot of the last run), and the peak MiB then."""
    started = time.perf_counter_ns()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120
    )
    lines = result.stdout.strip().splitlines()
    if not lines:
        raise SystemExit(f"no figure from the probe:\n{result.stdout}\n{result.stderr}")
    shell, painted, peak_kib, live, live_peak_kib = (int(value) for value in lines[-1].split())
    return (
        (shell - started) / 1e6,
        (painted - started) / 1e6,
        peak_kib / 1024,
        (live - started) / 1e6,
        live_peak_kib / 1024,
    )


def time_command(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter_ns()
    subprocess.run(command, capture_output=True, env=env, check=True)
    return (time.perf_counter_ns() - started) / 1e6


def mentorat_command() -> list[str]:
    """The installed `mentorat` script beside this Python, else the package run as a module."""
    script = Path(sys.executable).with_name("mentorat")
    return [str(script)] if script.exists() else [sys.executable, "-m", "mentorat_desktop"]


def line(name: str, ours: list[float], bare: list[float], unit: str = "ms") -> str:
    ratio = statistics.median(ours) / statistics.median(bare)
    return (
        f"{name:<30} median {statistics.median(ours):7.0f} {unit} (min {min(ours):.0f})"
        f"  bare {statistics.median(bare):6.0f} {unit}  ratio {ratio:4.2f}×"
    )


def build(path: str) -> None:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.demo import load_demo

    began = time.perf_counter()
    database = open_database(path)
    summary = load_demo(database, "large")
    database.close()
    print(f"large demo built in {time.perf_counter() - began:.1f} s: {summary}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database")
    parser.add_argument(
        "--no-snapshot",
        action="store_true",
        help="remove the dashboard's snapshot before each start: the start reads the database",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.database or str(Path(folder) / "large.sqlite3")
        if not Path(path).exists():
            build(path)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),  # QSettings: no remembered view
            "XDG_DATA_HOME": str(Path(folder) / "data"),
            "XDG_CACHE_HOME": str(Path(folder) / "cache"),
        }
        env.pop("MENTORAT_DATABASE", None)
        run(BARE, env=env)  # warm the file cache and take the day's backup once
        run(MENTORAT, path, env=env)
        bare: list[tuple[float, float, float, float, float]] = []
        ours: list[tuple[float, float, float, float, float]] = []
        for _ in range(args.runs):
            bare.append(run(BARE, env=env))
            if args.no_snapshot:
                Path(path + ".dashboard.json").unlink(missing_ok=True)
            ours.append(run(MENTORAT, path, env=env))
        python, version = [], []
        for _ in range(args.runs * 2):
            python.append(time_command([sys.executable, "-c", "pass"], env))
            version.append(time_command([*mentorat_command(), "--version"], env))
    bare_shown = [b[0] for b in bare]
    shown = " (no snapshot)" if args.no_snapshot else ""
    print(f"{args.runs} runs each, alternating; large demo at {path}{shown}")
    print(line("(1) shell shown", [o[0] for o in ours], bare_shown))
    print(line("(2) dashboard painted, data", [o[1] for o in ours], bare_shown))
    print(line("peak memory then", [o[2] for o in ours], [b[2] for b in bare], "MiB"))
    print(line("(2b) dashboard, database's data", [o[3] for o in ours], bare_shown))
    print(line("peak memory then", [o[4] for o in ours], [b[2] for b in bare], "MiB"))
    print(line("mentorat --version", version, python))
    return 0


if __name__ == "__main__":
    sys.exit(main())
