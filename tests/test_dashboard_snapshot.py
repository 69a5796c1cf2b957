"""The dashboard's snapshot: the start paints the last run's dashboard at once, only for the
file as it was, and reloads it from the database; any change removes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from sqlalchemy import text

from mentorat_desktop.db.database import Database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.services.changes import Changes
from mentorat_desktop.services.dashboard import snapshot as snapshots
from mentorat_desktop.services.dashboard.dashboard import (
    figure_lines,
    load_dashboard,
    programme_choices,
)
from mentorat_desktop.services.dashboard.first_steps import first_steps
from mentorat_desktop.services.dashboard.overview import get_overview
from mentorat_desktop.services.dashboard.snapshot import (
    DashboardSnapshot,
    forget_snapshot,
    load_snapshot,
    restamp_snapshot,
    save_snapshot,
    snapshot_path,
)
from mentorat_desktop.ui.app import show_snapshot
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.views.dashboard_view import PROGRAMME_KEY

FRENCH = "fr_FR"


@pytest.fixture
def demo(sqlite_database: Database) -> Database:
    load_demo(sqlite_database, "small", seed=3)
    return sqlite_database


def snapshot_of(database: Database) -> DashboardSnapshot:
    return DashboardSnapshot(
        load_dashboard(database, None),
        tuple(programme_choices(database)),
        first_steps(database),
        get_overview(database).is_empty,
    )


def file_of(database: Database) -> Path:
    assert database.sqlite_file is not None
    return database.sqlite_file


def test_a_snapshot_reads_back_as_it_was_saved(demo: Database) -> None:
    taken = snapshot_of(demo)
    assert taken.data.todo and taken.data.months and taken.programmes
    save_snapshot(file_of(demo), taken, FRENCH)
    assert load_snapshot(file_of(demo), FRENCH) == taken
    path = snapshot_path(file_of(demo))
    assert path.is_file() and path.stat().st_mode & 0o077 == 0  # the owner's only


def test_a_snapshot_is_unused_once_the_file_changed(demo: Database) -> None:
    save_snapshot(file_of(demo), snapshot_of(demo), FRENCH)
    with demo.transaction() as session:
        session.execute(text("UPDATE person SET job_title = 'Comptable' WHERE id = 1"))
    assert load_snapshot(file_of(demo), FRENCH) is None


def test_a_snapshot_in_another_language_format_or_shape_is_unused(demo: Database) -> None:
    db_file = file_of(demo)
    save_snapshot(db_file, snapshot_of(demo), FRENCH)
    assert load_snapshot(db_file, "en_US") is None
    path = snapshot_path(db_file)
    record = json.loads(path.read_text(encoding="utf-8"))
    for damaged in (
        {**record, "format": snapshots.FORMAT + 1},
        {**record, "snapshot": {**record["snapshot"], "data": {"programme_id": "un"}}},
    ):
        path.write_text(json.dumps(damaged), encoding="utf-8")
        assert load_snapshot(db_file, FRENCH) is None
    path.write_text("{ pas du JSON", encoding="utf-8")
    assert load_snapshot(db_file, FRENCH) is None


def test_the_snapshot_is_beside_the_database_and_anonymising_removes_it(demo: Database) -> None:
    from mentorat_desktop.services.safety.privacy import anonymise_person
    from mentorat_desktop.services.staff.staff_directory import list_staff

    db_file = file_of(demo)
    save_snapshot(db_file, snapshot_of(demo), FRENCH)
    assert snapshot_path(db_file) == db_file.with_name(db_file.name + ".dashboard.json")
    person = list_staff(demo)[0]
    anonymise_person(demo, person.id, f"{person.first_name} {person.last_name}")
    assert not snapshot_path(db_file).exists()


def test_an_empty_database_keeps_no_snapshot(sqlite_database: Database) -> None:
    save_snapshot(file_of(sqlite_database), snapshot_of(sqlite_database), FRENCH)
    assert not snapshot_path(file_of(sqlite_database)).exists()


def test_closing_the_database_keeps_the_snapshot_of_this_run_only(
    sqlite_target: str, demo: Database
) -> None:
    db_file = file_of(demo)
    taken = snapshot_of(demo)
    save_snapshot(db_file, taken, FRENCH)
    demo.close()
    with db_file.with_name(db_file.name + "-wal").open("ab"):  # as closing may leave it
        pass
    restamp_snapshot(db_file)
    assert load_snapshot(db_file, FRENCH) == taken
    forget_snapshot(db_file)
    restamp_snapshot(db_file)  # removed by a change: nothing comes back
    assert not snapshot_path(db_file).exists()


def test_the_start_paints_the_last_dashboard_then_reloads_it(qtbot, demo: Database) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(demo)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    expected = first.views["dashboard"]
    assert snapshot_path(file_of(demo)).is_file()  # saved as it loaded
    first.close()

    shell = MainWindow()  # the next start's shell, before the database is open
    qtbot.addWidget(shell)
    shell.show()
    show_snapshot(shell, file_of(demo))
    dashboard = shell.views["dashboard"]
    assert dashboard.from_snapshot and not dashboard.stale
    for line in figure_lines(expected.data.figures):
        assert dashboard.tiles[line.key].value.text() == line.value
    assert dashboard.todo_list.entries() == expected.todo_list.entries()
    assert dashboard.sessions_chart.has_data
    assert not dashboard.programme_combo.isEnabled()  # until the database is open
    assert not dashboard.assess_button.isEnabled()
    dashboard.open_item(dashboard.todo_list.entries()[0])  # a to-do link waits for it too
    assert shell.current_view_key() == "dashboard" and shell.views.built() == [dashboard]

    shell.attach(demo)
    assert shell.views["dashboard"] is dashboard and not dashboard.from_snapshot
    assert dashboard.programme_combo.isEnabled() and dashboard.assess_button.isEnabled()
    assert dashboard.todo_list.entries() == expected.todo_list.entries()


def test_a_change_removes_the_snapshot_until_the_dashboard_loads_again(
    qtbot, demo: Database
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    path = snapshot_path(file_of(demo))
    assert path.is_file()
    window.show_view("staff")
    window.notify(Changes(people=True))
    assert not path.exists()
    window.show_view("dashboard")  # reloads, and keeps what it shows
    assert path.is_file() and not window.views["dashboard"].from_snapshot


def test_no_snapshot_is_painted_for_another_view_or_programme(qtbot, demo: Database) -> None:  # type: ignore[no-untyped-def]
    save_snapshot(file_of(demo), snapshot_of(demo), QLocale().name())
    shell = MainWindow()
    qtbot.addWidget(shell)
    shell.show_view("staff")
    show_snapshot(shell, file_of(demo))
    assert not shell.views.is_built("dashboard")
    shell.show_view("dashboard")
    QSettings().setValue(PROGRAMME_KEY, snapshot_of(demo).programmes[0].id)
    show_snapshot(shell, file_of(demo))
    assert not shell.views["dashboard"].from_snapshot  # it shows all running programmes
    QSettings().remove(PROGRAMME_KEY)
    other = MainWindow()
    qtbot.addWidget(other)
    show_snapshot(other, file_of(demo))
    assert other.views["dashboard"].from_snapshot


def test_a_start_after_a_normal_close_paints_the_snapshot_first(
    qtbot, sqlite_target: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.ui import app

    database = open_database(sqlite_target)
    load_demo(database, "small", seed=3)
    database.close()
    painted: list[bool] = []
    shown = app.show_snapshot

    def noting(window: MainWindow, db_file: Path) -> None:
        shown(window, db_file)
        view = window.views["dashboard"] if window.views.is_built("dashboard") else None
        painted.append(bool(view is not None and view.from_snapshot))

    monkeypatch.setattr(app, "show_snapshot", noting)
    values = []
    for _run in range(2):
        shell = MainWindow()
        qtbot.addWidget(shell)
        launch = app.Launch(shell, sqlite_target, demo=False, language="fr")
        shell.show()
        qtbot.waitUntil(lambda: launch.window.attached, timeout=30_000)  # noqa: B023
        dashboard = launch.window.views["dashboard"]
        assert not dashboard.from_snapshot and not dashboard.stale
        values.append([tile.value.text() for tile in dashboard.tiles.values()])
        assert launch.finish(0) == 0  # closed: the snapshot is kept for the file as it is now
    assert painted == [False, True]  # none the first time; the last run's the second
    assert values[0] == values[1]
