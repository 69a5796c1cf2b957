"""Time the bundled app from launch to its main window shown, under a real X server.

    xvfb-run -a -s "-screen 0 1400x900x24 -noreset" python3 packaging/measure_start.py \
        dist/mentorat/mentorat [--runs 5] [--screenshot window.png]

Uses only the standard library and xdotool, so it runs with any Python next to the bundle.
The database is the small demo, created by the bundle itself in a temporary home folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POLL_SECONDS = 0.01
TIMEOUT_SECONDS = 60.0
ATTEMPTS = 3


def window_shown(pid: int) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "Mentorat"],
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(found.stdout.strip())


class StartFailed(Exception):
    """The app ended before showing its window; the message holds what it printed."""


def start_once(executable: str, env: dict[str, str], screenshot: Path | None) -> float:
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen([executable], env=env, stderr=errors)
        try:
            while not window_shown(process.pid):
                if process.poll() is not None:
                    errors.seek(0)
                    printed = errors.read().decode("utf-8", "replace")[-2000:]
                    raise StartFailed(
                        f"{executable} exited with {process.returncode} before a window:\n{printed}"
                    )
                if time.perf_counter() - started > TIMEOUT_SECONDS:
                    raise SystemExit(f"no window after {TIMEOUT_SECONDS:.0f} s")
                time.sleep(POLL_SECONDS)
            elapsed = time.perf_counter() - started
            if screenshot is not None:
                time.sleep(1.0)  # let the first paint settle before the picture
                subprocess.run(["import", "-window", "root", str(screenshot)], check=True)
            return elapsed
        finally:
            process.terminate()
            process.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("executable")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    if not shutil.which("xdotool") or not os.environ.get("DISPLAY"):
        raise SystemExit("needs xdotool and an X display (run under xvfb-run)")
    executable = str(Path(args.executable).resolve())
    with tempfile.TemporaryDirectory(prefix="mentorat-start-") as folder:
        home = Path(folder)
        database = home / "demo.sqlite3"
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "MENTORAT_DATABASE": str(database),
            "QT_QPA_PLATFORM": "xcb",
        }
        env.pop("QT_QPA_PLATFORMTHEME", None)
        subprocess.run(
            [executable, "--lang", "fr", "demo"], env=env, check=True, capture_output=True
        )
        times = []
        for run in range(args.runs):
            last = run == args.runs - 1
            for attempt in range(1, ATTEMPTS + 1):
                try:
                    times.append(start_once(executable, env, args.screenshot if last else None))
                    break
                except StartFailed as failure:
                    # Xvfb without -noreset restarts when its last client leaves, and a start
                    # that lands in that moment cannot connect. Say so, try again.
                    print(f"attempt {attempt} failed: {failure}", file=sys.stderr)
                    if attempt == ATTEMPTS:
                        raise SystemExit(1) from failure
    first, rest = times[0], times[1:] or times
    print(f"start to shown window: first run {first * 1000:.0f} ms, ", end="")
    print(f"then median {statistics.median(rest) * 1000:.0f} ms (min {min(rest) * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
