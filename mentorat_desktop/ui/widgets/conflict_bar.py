"""Says a save was refused because a colleague saved first, and offers to reload.

The user's own text stays in the fields until they choose Reload, so they can copy it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from mentorat_desktop.ui.widgets.field_error import FieldError


class ConflictBar(QWidget):
    def __init__(self, on_reload: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_bar")
        self.message = FieldError(self)
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("conflict_reload")
        self.reload_button.setToolTip(
            self.tr("Show what was saved meanwhile; the changes refused here are dropped")
        )
        self.reload_button.clicked.connect(on_reload)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.reload_button)
        self.hide()

    def show_conflict(self, message: str) -> None:
        self.message.show_message(message)
        self.show()
        self.reload_button.setFocus()

    def clear_conflict(self) -> None:
        self.message.clear_message()
        self.hide()

    @property
    def showing(self) -> bool:
        return not self.isHidden()
