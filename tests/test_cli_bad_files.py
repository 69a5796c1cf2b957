"""Every command, given a damaged file, a file that is not a database, a folder or an
unwritable place, answers one translated sentence and a non-zero exit: never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from mentorat_desktop.cli import guard
from mentorat_desktop.cli.main import build_parser, main

PAGE = 4096


@pytest.fixture(autouse=True)
def _gui_application(qapp):  # type: ignore[no-untyped-def]
    """main() makes a bare QCoreApplication when none exists; later widget tests need a
    QApplication, so the session's comes first."""
    return qapp


UNWRITABLE = "/proc/mentorat-nowhere/mentorat.sqlite3"  # not even root may create it

# Each command as a user types it; {good} is an intact database, {out} a writable folder.
COMMANDS: dict[str, list[str]] = {
    "demo": ["demo"],
    "check": ["check"],
    "transfer": ["transfer", "--to", "{out}/copy.sqlite3"],
    "export": ["export", "report", "--programme", "P", "--out", "{out}/report.pdf"],
    "export certificates": ["export", "certificates", "--programme", "P", "--out", "{out}"],
    "verify": ["verify", "ABCD-EFGH"],
    "backup": ["backup"],
    "archive export": ["archive", "export", "{out}/all.zip"],
    "archive import": ["archive", "import", "{out}/archive.zip"],
    "match": ["match", "--programme", "P"],
    "match --apply": ["match", "--programme", "P", "--apply"],
    "export-ics": ["export-ics", "--out", "{out}/sessions.ics"],
    "import-staff": ["import-staff", "{out}/staff.csv"],
    "import-staff --dry-run": ["import-staff", "{out}/staff.csv", "--dry-run"],
    "export-staff": ["export-staff", "{out}/staff.xlsx"],
    "forms export": ["forms", "export", "skills", "--programme", "P", "--out", "{out}"],
    "forms import": ["forms", "import", "{out}/staff.csv", "--dry-run"],
    "mail drafts": ["mail", "welcome", "--programme", "P", "--drafts", "{out}"],
    "mail send": ["mail", "invitations", "--programme", "P", "--send"],
}
# restore replaces a damaged database (that is what it is for): there the bad file is the
# backup it is given, and the unwritable place the database.
RESTORE = ["restore", "{bad}", "--yes"]
# screenshots never opens --database: it photographs a demo database of its own.
NOT_ON_THE_DATABASE = {"screenshots"}


def _damaged(path: Path, template: Path) -> None:
    shutil.copy(template, path)
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(PAGE)
        handle.write(bytes((i * 7 + 13) % 256 for i in range(size - PAGE)))


def _bad_file(kind: str, folder: Path, template: Path) -> str:
    path = folder / "bad.sqlite3"
    if kind == "damaged":
        _damaged(path, template)
    elif kind == "not a database":
        path.write_text("Nom;Prénom\nDupont;Jean\n", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
    else:
        return UNWRITABLE
    return str(path)


def _snapshot(path: str) -> bytes | None:
    file = Path(path)
    return file.read_bytes() if file.is_file() else None


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """A staff file and an archive, made once from an intact database."""
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "staff.csv").write_text("Prénom;Nom\nJeanne;Martin\n", encoding="utf-8")
    good = folder / "good.sqlite3"
    shutil.copy(sqlite_template, good)
    assert main(["--database", str(good), "archive", "export", str(folder / "archive.zip")]) == 0
    return folder


def test_the_list_covers_every_command() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    listed = {name.split()[0] for name in COMMANDS} | {"restore"} | NOT_ON_THE_DATABASE
    assert set(commands.choices) == listed  # type: ignore[arg-type]


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.err.strip()


@pytest.mark.parametrize("kind", ["damaged", "not a database", "folder", "unwritable place"])
@pytest.mark.parametrize("command", [*COMMANDS, "restore"])
def test_every_command_answers_a_bad_file_in_plain_words(
    command: str,
    kind: str,
    tmp_path: Path,
    inputs: Path,
    sqlite_template: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(guard, "LOCK_WAIT_S", 0.0)
    out = tmp_path / "out"
    shutil.copytree(inputs, out)
    bad = _bad_file(kind, tmp_path, sqlite_template)
    if command == "restore":
        good = tmp_path / "good.sqlite3"
        shutil.copy(sqlite_template, good)
        if kind == "unwritable place":  # a good backup, restored into a place that cannot be
            database, words = bad, [w.format(bad=good) for w in RESTORE]
        else:
            database, words = str(good), [w.format(bad=bad) for w in RESTORE]
    else:
        database, words = bad, [w.format(out=out) for w in COMMANDS[command]]
    before = _snapshot(bad)

    messages = {}
    for language in ("en", "fr"):
        code, message = _run(["--lang", language, "--database", database, *words], capsys)
        assert code != 0, (language, message)
        assert message and "Traceback" not in message
        assert len(message.splitlines()) <= 2, message  # a sentence, not a report
        messages[language] = message

    assert messages["en"] != messages["fr"]  # translated
    assert _snapshot(bad) == before  # a bad file is never "repaired" by a command
    assert not Path(UNWRITABLE).parent.exists()
    assert not list(out.glob("**/.*partial"))  # nothing half-written left behind


def test_restore_of_a_missing_backup_is_a_sentence(
    sqlite_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, message = _run(["--database", sqlite_target, "restore", UNWRITABLE, "--yes"], capsys)
    assert code != 0 and UNWRITABLE in message


def test_a_busy_database_is_a_sentence(
    sqlite_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another program holds SQLite's write lock: the busy timeout ends in plain words."""
    staff = tmp_path / "staff.csv"
    staff.write_text("Prénom;Nom\nJeanne;Martin\n", encoding="utf-8")
    blocker = sqlite3.connect(sqlite_target, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        code, message = _run(
            ["--lang", "en", "--database", sqlite_target, "import-staff", str(staff)], capsys
        )
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert code != 0 and "locked by another program" in message


def test_transfer_from_a_mistyped_file_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "mentorta.sqlite3"
    destination = tmp_path / "copy.sqlite3"
    code, message = _run(
        ["--lang", "en", "transfer", "--from", str(missing), "--to", str(destination)], capsys
    )
    assert code != 0 and str(missing) in message
    assert not missing.exists() and not destination.exists()


@pytest.mark.parametrize("command", ["check", "export-staff", "export-ics", "archive export"])
def test_reading_commands_never_create_the_database(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.sqlite3"
    words = {
        "check": ["check"],
        "export-staff": ["export-staff", str(tmp_path / "s.csv")],
        "export-ics": ["export-ics", "--out", str(tmp_path / "s.ics")],
        "archive export": ["archive", "export", str(tmp_path / "a.zip")],
    }[command]
    code, message = _run(["--database", str(missing), *words], capsys)
    assert code != 0 and message
    assert sorted(os.listdir(tmp_path)) == []
