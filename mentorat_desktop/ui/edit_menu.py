"""Edit › Undo and Redo: the window's menu over the services' undo stack (``services/undo``).

The actions name the step they would undo or redo, are disabled with a plain label when
there is none, and follow the stack as it changes (an import finishing in the background
pushes its step from another thread: the refresh is queued to the window's thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.changes import EVERYTHING, Changes
from mentorat_desktop.ui.words import literal

if TYPE_CHECKING:  # the database layer is imported once the shell is shown (attach)
    from mentorat_desktop.db.database import Database
    from mentorat_desktop.services.undo import UndoStack, UndoStep


class EditMenu(QObject):
    """Built with the window's shell, attached to the database once it is open; ``changed``
    carries what an undo or redo wrote."""

    changed = Signal(Changes)
    _stack_moved = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.database: Database | None = None
        self.stack: UndoStack | None = None
        self.menu = window.menuBar().addMenu(self.tr("&Edit"))
        self.menu.setObjectName("edit_menu")
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("undo_action")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("redo_action")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.redo)
        self.menu.addAction(self.undo_action)
        self.menu.addAction(self.redo_action)
        self.menu.aboutToShow.connect(self.refresh)
        self._stack_moved.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self.refresh()

    def attach(self, database: Database) -> None:
        from mentorat_desktop.services import undo as undo_service

        self.database = database
        stack = self.stack = undo_service.stack_for(database)
        moved = self._stack_moved

        def listener() -> None:  # the very callable subscribed, so that it can be removed
            if shiboken6.isValid(self):  # a closed window's menu is gone: never touch it
                moved.emit()

        stack.subscribe(listener)
        self.destroyed.connect(lambda: stack.unsubscribe(listener))
        self.refresh()

    def refresh(self) -> None:
        stack = self.stack
        undo_label = stack.undo_label() if stack is not None else None
        redo_label = stack.redo_label() if stack is not None else None
        _show(
            self.undo_action,
            undo_label,
            (self.tr("&Undo"), self.tr("Nothing to undo")),
            (self.tr("&Undo: {label}"), self.tr("Undo: {label}")),
        )
        _show(
            self.redo_action,
            redo_label,
            (self.tr("&Redo"), self.tr("Nothing to redo")),
            (self.tr("&Redo: {label}"), self.tr("Redo: {label}")),
        )

    def clear(self) -> None:
        """After a restore or a transfer: the old steps describe data that is gone."""
        if self.stack is not None:
            self.stack.clear()
        self.refresh()

    def undo(self) -> None:
        from mentorat_desktop.services import undo as undo_service

        self._replay(undo_service.undo, self.tr("Undone: {label}"))

    def redo(self) -> None:
        from mentorat_desktop.services import undo as undo_service

        self._replay(undo_service.redo, self.tr("Redone: {label}"))

    def _replay(self, service: Callable[[Database], UndoStep | None], done: str) -> None:
        if self.database is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            step = service(self.database)
        except ServiceError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.refresh()
            QMessageBox.warning(self.window, self.tr("Undo"), exc.message)
            self.changed.emit(EVERYTHING)  # show what the other person changed
            return
        QGuiApplication.restoreOverrideCursor()
        self.refresh()
        if step is not None:
            self.changed.emit(step.changes)
            self.window.statusBar().showMessage(done.format(label=step.label), 5000)


def _show(
    action: QAction, label: str | None, idle: tuple[str, str], named: tuple[str, str]
) -> None:
    """The action names its step, or says plainly that there is none, and is disabled."""
    if label is None:
        text, tip = idle
    else:
        # A "&" in a name ("Dupont & Fils") is a letter to show, not the menu's shortcut letter.
        text = named[0].format(label=literal(label))
        tip = named[1].format(label=label)
    action.setText(text)
    action.setToolTip(tip)
    action.setEnabled(label is not None)
