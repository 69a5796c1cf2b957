"""Fixtures: a real database per test (SQLite file, and PostgreSQL when a server is named)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("QT_QPA_PLATFORMTHEME", None)

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mentorat_desktop.db.base import Base
from mentorat_desktop.db.database import Database, open_database

POSTGRES_ENV = "MENTORAT_TEST_POSTGRES"
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep the user's data folder, Qt settings and environment out of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("MENTORAT_DATABASE", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORMTHEME", raising=False)
    return home


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated once; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = open_database(str(path))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A database of this test run's own on the server named by MENTORAT_TEST_POSTGRES."""
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: set {POSTGRES_ENV}")
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} to run these tests")
    name = f"mentorat_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    open_database(url).close()
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _empty_postgres(url: str) -> None:
    engine = create_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def sqlite_target(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return str(path)


@pytest.fixture(params=BACKENDS)
def db_target(request: pytest.FixtureRequest) -> str:
    """The target of a migrated, empty database, on each backend."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_target")
    url = request.getfixturevalue("postgres_url")
    _empty_postgres(url)
    return url


@pytest.fixture
def database(db_target: str) -> Iterator[Database]:
    """An open, migrated, empty database on each backend."""
    db = open_database(db_target)
    yield db
    db.close()


@pytest.fixture
def sqlite_database(sqlite_target: str) -> Iterator[Database]:
    """An open, migrated, empty SQLite database (for file-level behaviour)."""
    db = open_database(sqlite_target)
    yield db
    db.close()


@pytest.fixture(scope="session", autouse=True)
def one_qt_application(qapp: object) -> None:
    """The widgets' QApplication, made before any test: a command run in-process makes a plain
    QCoreApplication when none exists, and a widget made after that aborts the whole run."""


@pytest.fixture(autouse=True)
def qt_identity(request: pytest.FixtureRequest) -> None:
    """Name the app (for QSettings) and use Qt's own dialogs, for tests that use Qt."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QCoreApplication, QSettings, Qt

    from mentorat_desktop.ui.app import set_application_identity

    app = request.getfixturevalue("qapp")
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    set_application_identity(app)
    QSettings().clear()


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a keyboard does, accents included (QTest.keyClicks aborts on non-ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    """The keyring replaced by one in memory for the test (the mail and server passwords)."""
    import keyring

    from tests.keyring_helpers import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
