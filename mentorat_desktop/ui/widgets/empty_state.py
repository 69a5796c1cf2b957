"""What a view shows when it has nothing yet: a sentence naming the next step, and a button
that goes there, centred together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state")
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setContentsMargins(24, 24, 24, 8)
        self.column = QVBoxLayout(self)
        self.column.addStretch(1)
        self.column.addWidget(self.label)
        self.column.addStretch(1)

    def add_button(self, button: QPushButton) -> QPushButton:
        """A button under the sentence (the stretch below keeps both in the middle)."""
        self.column.insertWidget(self.column.count() - 1, button, 0, Qt.AlignmentFlag.AlignHCenter)
        return button

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()
