"""Where a start's memory goes: the process's resident set at each stage of one start.

    python benchmarks/startup_memory.py DATABASE [--tracemalloc] [--no-snapshot]

Starts the real `mentorat` on DATABASE (build one with benchmarks/startup.py --database) in a
fresh process and prints, stage by stage, VmRSS and VmHWM (MiB), the memory glibc's malloc
holds (in use / mapped in arenas other than the main one, when glibc is there), and with
--tracemalloc the Python objects' share (tracemalloc itself costs memory and time: compare
figures of one mode only). Stages: the shell painted, the snapshot painted, each module of the
database layer imported on the worker thread, the models prepared, the database opened, each
query of the dashboard, the view filled and painted. (Its application-wide event filter,
written in Python, slows the start down: time the start with benchmarks/startup.py.)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROBE = r"""
import ctypes, ctypes.util, os, sys, threading, time
TRACE = os.environ.get("PROBE_TRACEMALLOC") == "1"
if TRACE:
    import tracemalloc
    tracemalloc.start()
BEGAN = time.perf_counter()

class Mallinfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
        "uordblks", "fordblks", "keepcost")]

try:
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.mallinfo2.restype = Mallinfo2
except (OSError, AttributeError):
    libc = None

def status():
    values = {}
    with open("/proc/self/status") as rows:
        for row in rows:
            key, _, rest = row.partition(":")
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "Threads"):
                values[key] = int(rest.split()[0])
    return values

def stage(name):
    values = status()
    line = (f"{(time.perf_counter() - BEGAN) * 1000:7.0f} ms  {name:<44} "
            f"RSS {values['VmRSS'] / 1024:6.1f}  HWM {values['VmHWM'] / 1024:6.1f}  "
            f"anon {values['RssAnon'] / 1024:6.1f}  file {values['RssFile'] / 1024:5.1f}  "
            f"threads {values['Threads']:2d}")
    if libc is not None:
        info = libc.mallinfo2()
        line += f"  malloc used {info.uordblks / 2**20:6.1f} mmap {info.hblkhd / 2**20:5.1f}"
    if TRACE:
        current, peak = tracemalloc.get_traced_memory()
        line += f"  python {current / 2**20:5.1f} (peak {peak / 2**20:5.1f})"
    where = "" if threading.current_thread() is threading.main_thread() else "  [worker]"
    print(line + where, flush=True)

def wrap(module, name, label=None):
    original = getattr(module, name)
    def wrapped(*args, **kwargs):
        result = original(*args, **kwargs)
        stage(label or name)
        return result
    setattr(module, name, wrapped)

from mentorat_desktop.source_lines import forget_source_lines_at_imports
forget_source_lines_at_imports()  # what main() does first, before the probe's own imports
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject
stage("PySide6 imported")

import mentorat_desktop.ui.app as app_module
import mentorat_desktop.ui.main_window as main_window_module
stage("window's modules imported")

def import_database_layer():
    from importlib import import_module
    for name in app_module.DATABASE_LAYER:
        import_module(name)
        stage("imported " + name.removeprefix("mentorat_desktop."))
    from mentorat_desktop.db.models import prepare_models
    prepare_models()
    stage("models prepared")
    from mentorat_desktop.services.dashboard import dashboard
    for name in ("figures", "sessions_per_month", "ratings_per_month", "category_progress",
                 "todo_list", "programme_choices", "load_dashboard"):
        wrap(dashboard, name, "query " + name)
    from mentorat_desktop.services.dashboard import first_steps, overview, snapshot
    wrap(first_steps, "first_steps", "query first_steps")
    wrap(overview, "get_overview", "query get_overview")
app_module.import_database_layer = import_database_layer
wrap(app_module, "prepare_database", "database opened")
original_attach = main_window_module.MainWindow.attach
def attach(self, database):
    stage("before attach")
    original_attach(self, database)
    stage("attached, view filled")
main_window_module.MainWindow.attach = attach

class Probe(QObject):
    shell = snapshot = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QtWidgets.QWidget):
            if not self.shell and isinstance(watched.window(), QtWidgets.QMainWindow):
                self.shell = True
                stage("shell painted")
            if watched.objectName() == "view_dashboard" and not getattr(watched, "stale", 0):
                if getattr(watched, "from_snapshot", False):
                    if not self.snapshot:
                        self.snapshot = True
                        stage("snapshot painted")
                else:
                    stage("dashboard painted from the database")
                    if TRACE:
                        top = tracemalloc.take_snapshot().statistics("filename")[:12]
                        for entry in top:
                            print("   ", entry, flush=True)
                    os._exit(0)
        return False

class ProbedApplication(QtWidgets.QApplication):
    def __init__(self, *args):
        super().__init__(*args)
        self.probe = Probe()
        self.installEventFilter(self.probe)
        stage("QApplication made")

QtWidgets.QApplication = ProbedApplication
from mentorat_desktop.cli import main
sys.exit(main(["--database", sys.argv[1], "--lang", "fr"]))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--no-snapshot", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
            "XDG_DATA_HOME": str(Path(folder) / "data"),
            "XDG_CACHE_HOME": str(Path(folder) / "cache"),
            "PROBE_TRACEMALLOC": "1" if args.tracemalloc else "0",
        }
        env.pop("MENTORAT_DATABASE", None)
        if args.no_snapshot:
            Path(args.database + ".dashboard.json").unlink(missing_ok=True)
        result = subprocess.run(
            [sys.executable, "-c", PROBE, args.database], env=env, text=True, timeout=180
        )
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
