"""A start with no console (a windowed mentorat.exe from a shortcut, pythonw): Python sets
sys.stdout and sys.stderr to None; the app must start anyway and log to the data folder."""

from __future__ import annotations

import faulthandler
import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mentorat_desktop import app_log
from mentorat_desktop.cli.main import main
from mentorat_desktop.config import data_dir, log_path

Windowed = Callable[[], None]


@pytest.fixture
def no_console(monkeypatch: pytest.MonkeyPatch) -> Iterator[Windowed]:
    """What a windowed start gives the interpreter: no standard output, no standard error.
    Called in the test itself: pytest's capture sets the streams again after fixtures."""

    def windowed() -> None:
        monkeypatch.setattr(sys, "stdout", None)
        monkeypatch.setattr(sys, "stderr", None)

    yield windowed
    app_log.stop_log()
    faulthandler.enable(sys.__stderr__)  # pytest's own, which start_log replaced


def test_the_log_lives_in_the_data_folder() -> None:
    assert log_path() == data_dir() / "mentorat.log"


def test_missing_streams_write_to_the_log_in_the_data_folder(no_console: Windowed) -> None:
    no_console()
    assert app_log.attach_missing_streams() is True
    assert sys.stdout is not None and sys.stderr is not None
    print("une ligne écrite sans console")
    sys.stderr.write("Traceback (most recent call last):\n  une erreur\n")
    sys.stderr.flush()
    text = log_path().read_text(encoding="utf-8")
    assert "Mentorat" in text and "started" in text
    assert "INFO mentorat.stdout: une ligne écrite sans console" in text
    assert "ERROR mentorat.stderr: Traceback (most recent call last):" in text
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(log_path()).st_mode) == 0o600


def test_an_uncaught_exception_is_logged(no_console: Windowed) -> None:
    no_console()
    app_log.attach_missing_streams()
    try:
        raise RuntimeError("tombé sans console")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    text = log_path().read_text(encoding="utf-8")
    assert "CRITICAL mentorat: Uncaught exception" in text
    assert "RuntimeError: tombé sans console" in text


def test_help_from_a_windowed_start_goes_to_the_log(no_console: Windowed) -> None:
    """argparse writes --help and its errors to sys.stdout/sys.stderr: None would raise."""
    no_console()
    assert main(["--no-such-option"]) == 2  # one call: main() makes the Qt application
    text = log_path().read_text(encoding="utf-8")
    assert "usage: mentorat" in text
    assert "unrecognized arguments: --no-such-option" in text


def test_a_data_folder_that_cannot_be_written_leaves_the_streams_quiet(
    no_console: Windowed, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    no_console()
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(app_log, "log_path", lambda: blocker / "mentorat.log")
    assert app_log.attach_missing_streams() is True
    print("nowhere to go, and no error")
    assert sys.stdout is not None
    assert not (blocker / "mentorat.log").exists()


def test_a_console_keeps_its_streams() -> None:
    stdout, stderr = sys.stdout, sys.stderr
    assert app_log.attach_missing_streams() is False
    assert (sys.stdout, sys.stderr) == (stdout, stderr)
    assert not log_path().exists()


def test_a_long_log_is_rolled_over_at_start(no_console: Windowed) -> None:
    no_console()
    log_path().parent.mkdir(parents=True, exist_ok=True)
    log_path().write_text("x" * (app_log.MAX_BYTES + 1), encoding="utf-8")
    app_log.start_log()
    assert log_path().with_name("mentorat.log.1").stat().st_size > app_log.MAX_BYTES
    assert log_path().stat().st_size < 1000
