"""The shared-server settings: connection test messages, keyring, and the dialogs."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mentorat_desktop.config import database_target
from mentorat_desktop.services import server
from mentorat_desktop.services.server import ConnectionProblem, ServerSettings
from mentorat_desktop.ui.dialogs.server_dialog import ServerDialog
from mentorat_desktop.ui.dialogs.transfer_dialog import TransferDialog
from tests.conftest import type_text
from tests.keyring_helpers import MemoryKeyring


def _server_from(url: str, **changes: object) -> ServerSettings:
    parsed = make_url(url)
    values = {
        "host": parsed.host or "127.0.0.1",
        "database": parsed.database or "postgres",
        "user": parsed.username or "postgres",
        "port": parsed.port or 5432,
    }
    values.update(changes)
    return ServerSettings(**values)  # type: ignore[arg-type]


@pytest.mark.postgres
def test_connection_ok(postgres_url: str) -> None:
    check = server.check_connection(_server_from(postgres_url), None)
    assert check.ok, check.message
    assert check.server_version


@pytest.mark.postgres
def test_connection_problems_are_told_plainly(postgres_url: str) -> None:
    unreachable = server.check_connection(_server_from(postgres_url, port=1), None)
    assert unreachable.problem is ConnectionProblem.UNREACHABLE
    assert "127.0.0.1:1" in unreachable.message

    missing = server.check_connection(_server_from(postgres_url, database="no_such_db_x"), None)
    assert missing.problem is ConnectionProblem.NO_DATABASE
    assert "no_such_db_x" in missing.message

    nobody = server.check_connection(_server_from(postgres_url, user="nobody_at_all"), "x")
    assert nobody.problem is ConnectionProblem.WRONG_PASSWORD


@pytest.mark.postgres
def test_connection_without_rights(postgres_url: str) -> None:
    admin_url = os.environ["MENTORAT_TEST_POSTGRES"]
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    role, database = f"mentorat_ro_{uuid.uuid4().hex[:8]}", f"mentorat_empty_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        connection.execute(text(f'CREATE DATABASE "{database}"'))
    try:
        settings = _server_from(admin_url, user=role, database=database)
        check = server.check_connection(settings, None)
        assert check.problem is ConnectionProblem.NO_RIGHTS
        assert role in check.message
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def test_saved_server_and_password(qapp, memory_keyring: MemoryKeyring) -> None:
    settings = ServerSettings("db.entreprise.local", "mentorat", "coordination", 5433)
    assert server.saved_server() is None
    server.save_server(settings)
    server.store_password(settings, "s3cret/é")
    assert server.saved_server() == settings
    target = database_target(None, server.saved_server_target)
    assert make_url(target).password == "s3cret/é"
    assert make_url(target).port == 5433
    assert database_target("/tmp/x.sqlite3", server.saved_server_target) == "/tmp/x.sqlite3"
    server.save_server(None)
    assert server.saved_server() is None
    # the password is nowhere in the plain settings file
    from PySide6.QtCore import QSettings

    settings_file = Path(QSettings().fileName())
    assert "s3cret" not in settings_file.read_text(encoding="utf-8", errors="replace")


def test_validation_marks_the_field() -> None:
    with pytest.raises(server.ValidationError) as caught:
        server.validate(ServerSettings(" ", "mentorat", "user"))
    assert caught.value.field == "host"


def test_server_dialog_saves(qtbot, memory_keyring: MemoryKeyring) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.host, "db.entreprise.local")
    dialog.database.clear()
    type_text(dialog.database, "mentorat")
    type_text(dialog.user, "coordination")
    type_text(dialog.password, "mot-de-passe")

    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == ServerDialog.DialogCode.Accepted
    saved = server.saved_server()
    assert saved == ServerSettings("db.entreprise.local", "mentorat", "coordination", 5432)
    assert server.stored_password(saved) == "mot-de-passe"


def test_server_dialog_shows_missing_field(qtbot, memory_keyring: MemoryKeyring) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["host"].isVisible()
    assert server.saved_server() is None


@pytest.mark.postgres
def test_server_dialog_test_button(qtbot, postgres_url: str, memory_keyring) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    parsed = make_url(postgres_url)
    type_text(dialog.host, parsed.host or "127.0.0.1")
    dialog.database.clear()
    type_text(dialog.database, "no_such_db_x")
    type_text(dialog.user, parsed.username or "postgres")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert "no_such_db_x" in dialog.result_label.text()


def test_transfer_dialog_copies_to_a_new_file(qtbot, sqlite_database, tmp_path: Path) -> None:
    from mentorat_desktop.demo import load_demo

    load_demo(sqlite_database, "small")
    source = sqlite_database.url.render_as_string(hide_password=False)
    dialog = TransferDialog(source)
    qtbot.addWidget(dialog)
    dialog.show()
    destination = tmp_path / "copie.sqlite3"
    dialog.destination.setText(str(destination))

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)

    assert dialog.report.ok
    assert "✔" in dialog.status.text()
    assert destination.exists()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)  # not empty any more
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "person" in dialog.error.text()
