"""Files holding personal data are the owner's alone; no message shows a password."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.engine import shown_target, without_password
from mentorat_desktop.demo import load_demo
from mentorat_desktop.errors import DatabaseOpenError
from mentorat_desktop.files import write_file

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps the profile's ACLs")


@pytest.fixture
def loose_umask():  # type: ignore[no-untyped-def]
    """As on many desktops: new files readable by everyone unless we say otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_private_write_narrows_an_existing_file(tmp_path: Path, loose_umask) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "old.pdf"
    file.write_bytes(b"old content, longer than the new one")
    file.chmod(0o644)
    write_file(file, b"new")
    assert _mode(file) == 0o600 and file.read_bytes() == b"new"


@posix_only
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_staff_and_dashboard_exports_are_owner_only(
    sqlite_database: Database, tmp_path: Path, loose_umask, suffix: str
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.services.dashboard.dashboard import load_dashboard
    from mentorat_desktop.services.dashboard.dashboard_export import export_dashboard
    from mentorat_desktop.services.staff.staff_export import export_staff

    load_demo(sqlite_database, "small", seed=4, today=date(2026, 11, 27))
    staff = tmp_path / f"staff{suffix}"
    export_staff(sqlite_database, staff)
    dashboard = export_dashboard(
        load_dashboard(sqlite_database, None), "All", tmp_path / f"dash{suffix}"
    )
    assert _mode(staff) == 0o600
    assert _mode(dashboard) == 0o600


def test_a_failed_dashboard_export_leaves_the_previous_file_and_no_partial(
    sqlite_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorat_desktop.io import sheets
    from mentorat_desktop.services.dashboard.dashboard import load_dashboard
    from mentorat_desktop.services.dashboard.dashboard_export import export_dashboard

    (tmp_path / "usb").mkdir()
    target = tmp_path / "usb" / "tableau.csv"
    target.write_text("l’export de la semaine dernière", encoding="utf-8")

    def full_disk(self, rows) -> None:  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sheets.CsvSheet, "writerows", full_disk)
    with pytest.raises(OSError):
        export_dashboard(load_dashboard(sqlite_database, None), "All", target)
    assert target.read_text(encoding="utf-8") == "l’export de la semaine dernière"
    assert [p.name for p in target.parent.iterdir()] == ["tableau.csv"]


@posix_only
def test_certificates_and_documents_are_owner_only(
    sqlite_database: Database, tmp_path: Path, loose_umask
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.cli import main

    load_demo(sqlite_database, "small", seed=4, today=date(2026, 11, 27))
    target = str(sqlite_database.sqlite_file)
    folder = tmp_path / "certificates"
    folder.mkdir()
    assert main(["--database", target, "export", "certificates", "--programme", "1",
                 "--out", str(folder)]) == 0  # fmt: skip
    written = list(folder.iterdir())
    assert written and all(_mode(p) == 0o600 for p in written)
    charter = tmp_path / "charter.pdf"
    assert main(["--database", target, "export", "charter", "--programme", "1",
                 "--out", str(charter)]) == 0  # fmt: skip
    assert _mode(charter) == 0o600


def test_a_url_never_shows_its_password() -> None:
    url = "postgresql+psycopg://postgres:S3cret@db.example:5432/mentorat"
    assert "S3cret" not in shown_target(url)
    assert "S3cret" not in shown_target("postgresql+psycopg://postgres:S3cret@db:abc/x")
    assert without_password("FATAL: password S3cret refused", url) == (
        "FATAL: password *** refused"
    )


def test_opening_a_server_never_shows_its_password() -> None:
    with pytest.raises(DatabaseOpenError) as caught:
        open_database("postgresql+psycopg://postgres:S3cret@127.0.0.1:1/mentorat")
    assert "S3cret" not in caught.value.message
    assert "S3cret" not in str(caught.value)


@pytest.mark.postgres
def test_a_wrong_user_on_the_server_never_shows_the_password(postgres_url: str) -> None:
    wrong = postgres_url.replace("postgres@", "nobody:S3cret@", 1).replace(
        "postgres:", "nobody:", 1
    )
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(wrong)
    assert "nobody" in caught.value.message and "S3cret" not in caught.value.message


def test_the_saved_server_target_is_masked_in_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    from mentorat_desktop.services import server

    settings = server.ServerSettings(host="127.0.0.1", database="mentorat", user="u", port=1)
    monkeypatch.setattr(server, "saved_server", lambda: settings)
    monkeypatch.setattr(server, "stored_password", lambda _s: "K3yring!")
    target = server.saved_server_target()
    assert target is not None and "K3yring" in target  # opening it needs the password…
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(target)
    assert "K3yring" not in caught.value.message  # …but no message shows it
