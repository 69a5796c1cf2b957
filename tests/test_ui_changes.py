"""Change notices: each edit reloads only the views that show what it changed, once.

A hidden view is marked stale and loads when it is shown; the shown view loads at once. The
journey runs in French, from an empty database, through the window as the office manager
uses it.
"""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

import mentorat_desktop
from mentorat_desktop.db.database import Database
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services import changes as changes_module
from mentorat_desktop.services.changes import EVERYTHING, NOTHING, Changes, changes_of
from mentorat_desktop.services.staff.people import update_person
from mentorat_desktop.services.staff.skill_matrix import skill_catalogue
from mentorat_desktop.services.staff.skills import create_category, create_skill
from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog
from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog
from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.views.skills_view import SkillsView
from tests.conftest import type_text
from tests.test_services_sessions import make_world

PACKAGE = Path(mentorat_desktop.__file__).parent


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(QCoreApplication.instance(), "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def test_changes_combine_and_meet() -> None:
    people = Changes(people=True)
    assert not NOTHING and people and EVERYTHING.touches(people)
    assert (people | Changes(pairs=True)).kinds() == ("people", "pairs")
    assert not people.touches(Changes(sessions=True, documents=True))
    assert changes_of(update_person) == people
    with pytest.raises(LookupError):
        changes_of(len)


def _writing_functions() -> list[tuple[str, str]]:
    """Every top-level function of services/ and demo/ that opens a write transaction."""
    found = []
    for folder in ("services", "demo"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in tree.body:
                if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                    source = ast.unparse(node)
                    if ".transaction()" in source or ".engine.begin()" in source:
                        module = path.relative_to(PACKAGE.parent).with_suffix("")
                        found.append((".".join(module.parts).removesuffix(".__init__"), node.name))
    return found


def test_every_writing_service_declares_what_it_changes() -> None:
    import importlib

    writing = _writing_functions()
    assert len(writing) > 30
    whole_database = {"transfer"}  # writes into another, empty database: nothing to reload
    functions = {
        f"{module}.{name}": getattr(importlib.import_module(module), name)
        for module, name in writing
        if name not in whole_database
    }
    declared = changes_module.declared_services()
    missing = [name for name, function in functions.items() if function not in declared]
    assert not missing, missing


def _count_loads(window: MainWindow, monkeypatch) -> Counter[str]:  # type: ignore[no-untyped-def]
    counts: Counter[str] = Counter()
    for key, view in window.views.items():

        def counted(original=view.load, key: str = key) -> None:  # type: ignore[no-untyped-def]
            counts[key] += 1
            original()

        monkeypatch.setattr(view, "load", counted)
    return counts


def _window(qtbot, database: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _retype_and_save(qtbot, dialog_type: type, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Answer the dialog about to open: replace one field's text, then save."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialog_type)
        edit = getattr(dialog, field)
        edit.clear()
        type_text(edit, text)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def _visit_every_view(window: MainWindow) -> None:
    for key in window.views:
        window.show_view(key)
    assert not any(view.stale for view in window.views.values())


def test_each_edit_reloads_only_the_views_that_show_it_once(
    qtbot, sqlite_database: Database, monkeypatch, french
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    _visit_every_view(window)
    counts = _count_loads(window, monkeypatch)
    staff = window.views["staff"]
    window.show_view("staff")

    def add_person() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        type_text(dialog.first_name, "Léa")
        type_text(dialog.last_name, "Martin")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, add_person)
    qtbot.mouseClick(staff.empty_add_button, Qt.MouseButton.LeftButton)
    assert counts == {"staff": 1}
    # Every other view shows people, so each is stale, and none loaded while hidden.
    assert all(view.stale for key, view in window.views.items() if key != "staff")

    counts.clear()

    _retype_and_save(qtbot, PersonDialog, "job_title", "Chargée de communication")
    staff.edit_person()
    assert staff.detail.detail is not None
    assert staff.detail.detail.person.job_title == "Chargée de communication"
    assert counts == {"staff": 1}  # once, and no other view now

    for key in ("dashboard", "sessions", "documents", "skills", "pairs"):
        window.show_view(key)
    assert counts == {
        "staff": 1,
        "dashboard": 1,
        "sessions": 1,
        "documents": 1,
        "skills": 1,
        "pairs": 1,
    }  # each once, when it is shown
    window.show_view("dashboard")  # nothing changed since: no new load
    assert counts["dashboard"] == 1

    # A session planned in Sessions: Sessions reloads; Staff and the dashboard when shown.
    world = make_world(sqlite_database)
    window.refresh()  # as when coming back to the app
    _visit_every_view(window)
    counts.clear()
    window.show_view("sessions")
    sessions = window.views["sessions"]

    def plan_one() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlanSessionsDialog)
        dialog.rhythm.setCurrentIndex(dialog.rhythm.findData("single"))
        dialog.first_day.setDate(QDate(date.today() + timedelta(days=9)))
        qtbot.waitUntil(lambda: dialog.preview.count() == 1)
        qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, plan_one)
    sessions.plan_sessions()
    assert counts == {"sessions": 1}
    assert window.views["documents"].stale and window.views["staff"].stale
    assert not window.views["skills"].stale

    # The mentor renamed in Staff: only Staff reloads; Sessions shows the new name when shown.
    window.show_view("staff")
    counts.clear()
    staff.select_person(world.mentor)

    _retype_and_save(qtbot, PersonDialog, "first_name", "Léonie")
    staff.edit_person()
    assert counts == {"staff": 1}
    assert all(window.views[key].stale for key in ("sessions", "documents", "pairs"))
    window.show_view("sessions")
    assert counts == {"staff": 1, "sessions": 1}
    first_week = sessions.model.index(0, 0)
    planned = sessions.model.row_at(sessions.model.index(0, 0, first_week))
    assert planned is not None and planned.mentor_name == "Léonie Martin"

    # A skill renamed in Skills: Skills reloads; Staff (their skills) is only marked stale.
    category = create_category(sqlite_database, "Numérique")
    create_skill(sqlite_database, category.id, "Canva")
    window.refresh()
    _visit_every_view(window)
    window.show_view("skills")
    skills = window.views["skills"]
    assert isinstance(skills, SkillsView)
    skills.tabs.setCurrentIndex(0)
    counts.clear()
    proxy = skills.catalogue_proxy
    canva = proxy.match(
        proxy.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        "Canva",
        1,
        Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive,
    )
    skills.tree.setCurrentIndex(canva[0])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Canva avancé", True))
    qtbot.mouseClick(skills.rename_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in skill_catalogue(sqlite_database)[0].skills] == ["Canva avancé"]
    assert counts == {"skills": 1}
    assert window.views["staff"].stale and window.views["dashboard"].stale
    assert not window.views["sessions"].stale and not window.views["documents"].stale

    # The settings saved on the dashboard: the dashboard reloads, and the window's title.
    window.show_view("dashboard")
    counts.clear()

    _retype_and_save(qtbot, SettingsDialog, "company_name", "Atelier Nord")
    window.open_settings()
    assert counts == {"dashboard": 1}
    assert window.windowTitle().startswith("Atelier Nord")
    assert window.views["sessions"].stale and not window.views["skills"].stale

    # A to-do link to a pair: the Pairs view loads once if stale, not at all if fresh.
    counts.clear()
    window.navigate("pairs", world.pair)
    pairs = window.views["pairs"]
    assert counts == {} and pairs.selected_pair_id() == world.pair
    window.show_view("dashboard")
    window.notify(Changes(pairs=True))
    counts.clear()
    window.navigate("pairs", world.pair)
    assert counts == {"pairs": 1} and pairs.selected_pair_id() == world.pair
