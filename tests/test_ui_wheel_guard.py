"""The mouse wheel over a field the user did not click never changes its value.

Scrolling a journal once turned its "pairing fit" answer to "not a fit" (and put the pair
on the to-do list). One application-wide guard, installed at start, covers every dialog.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QSlider, QWidget

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.sessions import journals, sessions
from mentorat_desktop.services.sessions.journals import ActionData, JournalInput
from mentorat_desktop.services.sessions.sessions import PlanInput
from mentorat_desktop.ui.dialogs.agenda_dialog import AgendaDialog
from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog
from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog
from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog
from mentorat_desktop.ui.wheel_guard import install_wheel_guard
from tests.test_services_sessions import make_world


@pytest.fixture
def guarded(qapp):  # type: ignore[no-untyped-def]
    install_wheel_guard(qapp)  # as gui_application() does at start
    install_translators(qapp, "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def _wheel(widget: QWidget, notches: int = -3) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user)."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QCoreApplication.sendEvent(widget, event)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QSlider):
        return widget.value()
    return widget.text()  # type: ignore[attr-defined]


def _fields(dialog: QWidget) -> list[QWidget]:
    found = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (QComboBox, QAbstractSpinBox, QSlider)) and w.isEnabled()
    ]
    return found


def _scroll_over_every_field(qtbot, dialog: QWidget) -> list[str]:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setFocus()  # no field has the focus: the user only scrolls
    changed = []
    fields = _fields(dialog)
    assert fields, dialog.objectName()
    for field in fields:
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus, field
        before = _value(field)
        for notches in (-3, 3, -1):
            _wheel(field, notches)
        if _value(field) != before:
            changed.append(
                f"{dialog.objectName()}: {type(field).__name__} {field.accessibleName()}"
            )
    return changed


def test_the_wheel_changes_no_field_without_focus(qtbot, sqlite_database, guarded) -> None:
    world = make_world(sqlite_database)
    first, second = sessions.plan_sessions(
        sqlite_database,
        PlanInput(world.pair, date(2026, 3, 3), time(14), 60, rhythm="weeks", count=2),
    )
    sessions.set_status(sqlite_database, first.id, None, SessionStatus.HELD)
    journals.save_journal(
        sqlite_database,
        first.id,
        JournalInput(
            mentor_fit="good",
            mentee_fit="good",
            mentor_rating=4,
            action_items=(ActionData("Publier un post", "mentee", date(2026, 3, 10)),),
        ),
    )
    journal = JournalDialog(sqlite_database, first.id)
    assert journal.fit_box.isVisibleTo(journal)
    changed = _scroll_over_every_field(qtbot, journal)
    journal.close()
    for dialog in (
        AgendaDialog(sqlite_database, second.id),
        SettingsDialog(sqlite_database),
        PlanSessionsDialog(sqlite_database, world.pair),
    ):
        changed += _scroll_over_every_field(qtbot, dialog)
        dialog.close()

    assert changed == []
    saved = journals.get_journal(sqlite_database, first.id).content
    assert (saved.mentor_fit, saved.mentee_fit, saved.mentor_rating) == ("good", "good", 4)
    assert not journals.pairs_not_a_fit(sqlite_database)


def test_a_field_the_user_clicked_still_follows_the_wheel(qtbot, sqlite_database, guarded) -> None:
    dialog = SettingsDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.mouseClick(dialog.retention_months, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.retention_months.hasFocus)
    before = dialog.retention_months.value()
    _wheel(dialog.retention_months, 1)
    assert dialog.retention_months.value() == before + 1
