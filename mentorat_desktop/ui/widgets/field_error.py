"""A translated message shown right under the field that is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from mentorat_desktop.ui.theme import DANGER, status_colour


class FieldError(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {status_colour(DANGER)};")
        self.hide()

    def show_message(self, message: str) -> None:
        # An icon-like prefix as well as colour, so the error reads without colour.
        self.setText(f"⚠ {message}")
        self.setAccessibleName(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()
