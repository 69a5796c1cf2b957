"""Scrolling a form never changes a field by accident.

Qt lets the mouse wheel change a combo box, spin box, date edit or slider under the
pointer, even one the user never clicked: scrolling a journal once turned its "pairing
fit" to "not a fit". One filter on the whole application, installed at start, covers every
dialog and view: such fields take focus from a click or Tab only (StrongFocus, not
WheelFocus), and a wheel over one without focus goes on to the form, which scrolls.

The window's start installs it once its shell has painted: a filter written in Python sees
Qt's private objects too, and PySide6 loads every class of its modules to wrap the first one
(a few tens of milliseconds). The fields polished before then are guarded as it installs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QSlider,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QSlider)


def _guarded(watched: QObject) -> QWidget | None:
    if isinstance(watched, GUARDED) and not isinstance(watched, QScrollBar):
        return watched
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Wheel, QEvent.Type.Polish):
            return False
        field = _guarded(watched)
        if field is None:
            return False
        if kind == QEvent.Type.Polish:
            _take_focus_by_click_only(field)
            return False
        if field.hasFocus():
            return False
        event.ignore()  # not accepted: Qt hands the wheel on to the parent, which scrolls
        return True


def _take_focus_by_click_only(field: QWidget) -> None:
    if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def install_wheel_guard(app: QCoreApplication) -> WheelGuard:
    """Install the guard once on the application (again is a no-op), and guard the fields
    that were polished before it."""
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    if isinstance(app, QApplication):
        for widget in app.allWidgets():
            field = _guarded(widget)
            if field is not None and field.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                _take_focus_by_click_only(field)
    return guard
