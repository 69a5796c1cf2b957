"""The command line, run as a user runs it: in a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentorat_desktop import __version__
from mentorat_desktop.db.database import open_database
from mentorat_desktop.services.dashboard.overview import get_overview


def mentorat(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mentorat_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = mentorat("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"mentorat {__version__}"


def test_help_is_translated() -> None:
    english = mentorat("--lang", "en", "--help")
    french = mentorat("--lang", "fr", "--help")
    assert english.returncode == french.returncode == 0
    assert "Without a command, opens the app" in english.stdout
    assert "Sans commande, ouvre l’application" in french.stdout


def test_output_to_a_file_in_a_legacy_code_page_does_not_stop_the_command() -> None:
    """On Windows, output sent to a file or a pipe is encoded in cp1252, which has no "⇄"."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "cp1252:strict"}
    result = subprocess.run(
        [sys.executable, "-m", "mentorat_desktop", "--lang", "fr", "--help"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("cp1252", "replace")
    assert "Sans commande, ouvre l’application" in result.stdout.decode("cp1252")


def test_demo_then_refused_on_non_empty(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    first = mentorat("--lang", "en", "--database", str(path), "demo", "--seed", "3")
    assert first.returncode == 0, first.stderr
    database = open_database(str(path))
    people = get_overview(database).people
    database.close()
    assert 35 <= people <= 45
    assert f"{people} people" in first.stdout

    second = mentorat("--lang", "en", "--database", str(path), "demo")
    assert second.returncode != 0
    assert "Traceback" not in second.stderr
    assert second.stderr.strip()


def test_environment_variable_names_the_database(tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"
    result = mentorat("--lang", "en", "demo", env={"MENTORAT_DATABASE": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_check_good_database(sqlite_target: str) -> None:
    result = mentorat("--lang", "en", "--database", sqlite_target, "check")
    assert result.returncode == 0, result.stderr
    assert sqlite_target in result.stdout
    assert "up to date" in result.stdout
    assert "Integrity: ok" in result.stdout


def test_check_missing_and_broken_files(tmp_path: Path) -> None:
    missing = mentorat("--lang", "en", "--database", str(tmp_path / "none.sqlite3"), "check")
    assert missing.returncode != 0
    assert not (tmp_path / "none.sqlite3").exists()

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00\x01 definitely not sqlite" * 100)
    broken = mentorat("--lang", "en", "--database", str(junk), "check")
    assert broken.returncode != 0
    assert "Traceback" not in broken.stderr
    assert "not a Mentorat database" in broken.stderr


def test_check_damaged_database(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    data = bytearray(sqlite_template.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 3, min(len(data), page_size * 8)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    result = mentorat("--lang", "en", "--database", str(path), "check")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots(tmp_path: Path, theme: str) -> None:
    out = tmp_path / "shots"
    result = mentorat("--lang", "en", "screenshots", "--out", str(out), "--theme", theme)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert f"dashboard-{theme}.png" in names and f"settings-dialog-{theme}.png" in names
    pair_dialogs = ["programme", "participants", "pair", "match"]
    assert all(f"{name}-dialog-{theme}.png" in names for name in pair_dialogs)
    session_dialogs = ["plan-sessions", "plan-programme", "agenda", "move-session", "journal"]
    assert all(f"{name}-dialog-{theme}.png" in names for name in session_dialogs)
    staff_screens = ["staff-person", "skills-matrix", "person-dialog", "import-dialog"]
    assert all(f"{name}-{theme}.png" in names for name in staff_screens)
    safety_dialogs = ["backup", "restore", "personal-data", "anonymise"]
    assert all(f"{name}-dialog-{theme}.png" in names for name in safety_dialogs)
    assert f"assessment-dialog-{theme}.png" in names
    participant_dialogs = ["settings-email", "mail-templates", "mail", "outbox"]
    participant_dialogs += ["forms-export", "returned-forms"]
    assert all(f"{name}-dialog-{theme}.png" in names for name in participant_dialogs)
    groups = (pair_dialogs, session_dialogs, staff_screens, safety_dialogs, participant_dialogs)
    assert len(names) == 11 + sum(len(group) for group in groups)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "1 person, 2 departments, 1 skill, 0 programmes, 1 pair, 0 sessions"),
        ("fr", "1 personne, 2 services, 1 compétence, 0 programme, 1 binôme, 0 séance"),
    ],
)
def test_demo_counts_take_their_plural(qapp, language: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.cli.database import demo_counts
    from mentorat_desktop.demo import DemoSummary
    from mentorat_desktop.i18n import install_translators

    install_translators(qapp, language)
    try:
        text = demo_counts(DemoSummary(1, 2, 1, 0, 1, 0, 1, 3))
    finally:
        install_translators(qapp, "en")
    assert text.startswith(expected), text
