"""A full disk or a read-only medium loses nothing and leaves nothing behind.

The medium is a real small tmpfs when the tests run as root (CI does): a full disk is a
filesystem that answers ENOSPC, a read-only medium one remounted read-only, so SQLite,
openpyxl and ReportLab meet the real errors. Elsewhere these tests are skipped, and the
monkeypatched ENOSPC tests below still run.
"""

from __future__ import annotations

import errno
import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.cli import guard
from mentorat_desktop.cli.main import main
from mentorat_desktop.db.database import open_database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.safety import backup as backup_module
from mentorat_desktop.services.safety.backup import (
    BackupError,
    backup_overdue,
    create_backup,
    last_backup,
    list_backups,
)

COMPANIONS = ("-wal", "-shm")


@pytest.fixture(autouse=True)
def _gui_application(qapp):  # type: ignore[no-untyped-def]
    """main() makes a bare QCoreApplication when none exists; later widget tests need a
    QApplication, so the session's comes first."""
    return qapp


def _mount(folder: Path, options: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@pytest.fixture
def medium(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB filesystem of our own."""
    folder = tmp_path / "medium"
    if not _mount(folder, "size=2m"):
        pytest.skip("mounting a tmpfs needs root")
    yield folder
    _unmount(folder)


def _fill(folder: Path, leave: int = 12 * 1024) -> None:
    """Fill the filesystem but ``leave`` bytes."""
    free = shutil.disk_usage(folder).free
    with (folder / "filler.bin").open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


def _files(folder: Path) -> dict[str, str]:
    """What is on the medium, with a digest of each file (SQLite's own -wal/-shm aside)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.endswith(COMPANIONS) and path.name != "filler.bin":
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    return code, capsys.readouterr().err.strip()


def _demo_on(folder: Path) -> Path:
    db_file = folder / "mentorat.sqlite3"
    database = open_database(str(db_file))
    load_demo(database, "small", seed=2)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return db_file


WRITING_ON_THE_MEDIUM = {
    "import-staff": ["import-staff", "{inputs}/staff.csv"],
    "export-staff": ["export-staff", "{medium}/staff.xlsx"],
    "export-staff csv": ["export-staff", "{medium}/staff.csv"],
    "export-ics": ["export-ics", "--out", "{medium}/sessions.ics", "--from", "2000-01-01"],
    "archive export": ["archive", "export", "{medium}/all.zip"],
    "export report": ["export", "report", "--programme", "1", "--out", "{medium}/report.pdf"],
    "backup": ["backup"],
    "match --apply": ["match", "--programme", "{programme}", "--apply"],
}


@pytest.mark.parametrize("command", list(WRITING_ON_THE_MEDIUM))
def test_a_full_disk_loses_nothing_and_leaves_nothing(
    command: str,
    medium: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(guard, "LOCK_WAIT_S", 0.0)
    db_file = _demo_on(medium)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    rows = "".join(f"Prénom{n};Nom{n};{'x' * 200}\n" for n in range(400))
    (inputs / "staff.csv").write_text("Prénom;Nom;Poste\n" + rows, encoding="utf-8")
    from mentorat_desktop.db.models import Programme

    database = open_database(str(db_file))
    with database.reading() as session:
        programme = session.query(Programme).order_by(Programme.id).first()
        assert programme is not None
        programme_name = programme.name
    database.close()
    _fill(medium)
    before = _files(medium)
    words = [
        w.format(inputs=inputs, medium=medium, programme=programme_name)
        for w in WRITING_ON_THE_MEDIUM[command]
    ]

    code, message = _run(["--database", str(db_file), *words], capsys)

    if code == 0:  # it fitted in the space left: then it is whole, and said so
        assert command in {"match --apply", "export-ics"}, message
        return
    assert message and "Traceback" not in message and len(message.splitlines()) <= 2
    assert _files(medium) == before  # the database unchanged, no half-written file
    assert not list(medium.glob(".*partial")) and not list(medium.glob("backups/.*"))


def test_a_new_database_on_a_full_disk_leaves_no_empty_file(
    medium: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(medium, leave=4096)
    db_file = medium / "nouvelle.sqlite3"
    code, message = _run(["--database", str(db_file), "demo"], capsys)
    assert code != 0 and "full" in message
    assert not db_file.exists() and not list(medium.glob("nouvelle*"))


def test_a_backup_on_a_full_disk_never_counts(medium: Path) -> None:
    db_file = _demo_on(medium)
    _fill(medium, leave=8192)
    with pytest.raises(BackupError):
        create_backup(db_file)
    assert list_backups(db_file) == [] and backup_overdue(db_file)
    assert [p.name for p in (medium / "backups").iterdir()] == []


@pytest.fixture
def read_only_medium(medium: Path) -> Iterator[Path]:
    """The demo database on a medium then made read-only (a write-protected USB key)."""
    _demo_on(medium)
    done = subprocess.run(
        ["mount", "-o", "remount,ro", str(medium)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip("cannot remount read-only")
    yield medium


READING = {
    "check": ["check"],
    "export-staff": ["export-staff", "{out}/staff.xlsx"],
    "export-ics": ["export-ics", "--out", "{out}/s.ics", "--from", "2000-01-01"],
    "archive export": ["archive", "export", "{out}/all.zip"],
    "export report": ["export", "report", "--programme", "1", "--out", "{out}/r.pdf"],
    "verify": ["verify", "NO-SUCH-CODE"],
    "match": ["match", "--programme", "nothing-by-that-name"],
    "backup --to": ["backup", "--to", "{out}"],
}


@pytest.mark.parametrize("command", list(READING))
def test_reading_commands_work_on_a_read_only_medium(
    command: str, read_only_medium: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "staff.csv").write_text("Prénom;Nom\nJeanne;Martin\n", encoding="utf-8")
    before = _files(read_only_medium)
    db_file = read_only_medium / "mentorat.sqlite3"
    words = [w.format(out=out) for w in READING[command]]

    code = main(["--lang", "en", "--database", str(db_file), *words])
    captured = capsys.readouterr()

    expected = 1 if command in {"verify", "match"} else 0  # "no such code / programme"
    assert code == expected, captured.err
    assert "Traceback" not in captured.err
    assert _files(read_only_medium) == before


def test_writing_on_a_read_only_medium_is_a_sentence(
    read_only_medium: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = read_only_medium / "mentorat.sqlite3"
    code, message = _run(["--database", str(db_file), "demo"], capsys)
    assert code != 0 and "read-only" in message


# --- without a real medium: a monkeypatched ENOSPC ---------------------------------------


def test_a_backup_whose_write_fails_is_removed_and_reported(
    sqlite_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_file = Path(sqlite_target)

    def full_disk(_source: Path, destination: Path) -> None:
        destination.write_bytes(b"SQLite format 3\x00" + b"\0" * 100)  # the start of a copy
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "checked_copy", full_disk)
    with pytest.raises(BackupError, match="disk is full"):
        create_backup(db_file)
    assert list((db_file.parent / "backups").iterdir()) == []


def test_a_backup_that_fails_its_check_is_removed(
    sqlite_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_file = Path(sqlite_target)
    monkeypatch.setattr(backup_module, "checked_copy", lambda _s, d: d.write_bytes(b"") or "x")
    with pytest.raises(BackupError, match="failed its check"):
        create_backup(db_file)
    assert list_backups(db_file) == []


def test_a_zero_byte_file_in_backups_does_not_count(sqlite_target: str) -> None:
    db_file = Path(sqlite_target)
    folder = db_file.parent / "backups"
    folder.mkdir()
    (folder / f"{db_file.stem}-20990101-000000-daily.sqlite3").write_bytes(b"")
    assert last_backup(db_file) is None and backup_overdue(db_file)


def test_an_export_that_fails_midway_leaves_no_temporary_file(
    sqlite_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """export-ics used to leave ``.mentorat-xyz`` holding names and e-mails."""
    from mentorat_desktop.services.sessions import calendar_export
    from mentorat_desktop.services.sessions.calendar_export import ExportSelection

    database = open_database(sqlite_target)
    load_demo(database, "small", seed=3)
    real_write = Path.open

    def failing_open(self: Path, mode: str = "r", *args, **kwargs):  # type: ignore[no-untyped-def]
        handle = real_write(self, mode, *args, **kwargs)
        if "w" in mode and self.name.endswith(".partial"):
            handle.write(b"BEGIN:VCALENDAR jeanne.martin@example.com")
            handle.close()
            raise OSError(errno.ENOSPC, "No space left on device")
        return handle

    monkeypatch.setattr(Path, "open", failing_open)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ServiceError, match="disk is full"):
        calendar_export.export_ics(database, ExportSelection(), out / "s.ics")
    database.close()
    assert list(out.iterdir()) == []
