"""F1 in every dialog, switched on at start without importing the guide's window: the guide's
modules load when a dialog first takes the focus."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QWidget


def enable_help_in_dialogs(app: QApplication) -> None:
    """Give every dialog F1 when it first takes the focus: no dialog needs to know, and a
    change of focus is rare enough to cost nothing."""
    if not app.property("mentorat_dialog_help"):
        app.setProperty("mentorat_dialog_help", True)
        app.focusChanged.connect(_focus_changed)


def _focus_changed(old: QWidget | None, new: QWidget | None) -> None:
    if new is not None and isinstance(new.window(), QDialog):
        from mentorat_desktop.ui.help.help_window import give_dialog_help

        give_dialog_help(old, new)
