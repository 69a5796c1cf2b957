"""A line above the sessions that still need their journal: the participants can write it.

Their feedback forms go out from here, and the returned ones come back in, so the office
manager need not type every journal herself.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mentorat_desktop.ui.icons import icon


class FormsHint(QWidget):
    send_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forms_hint")
        self.label = QLabel(
            self.tr(
                "These held sessions have no journal yet: the participants can answer for "
                "you with their feedback forms."
            )
        )
        self.label.setWordWrap(True)
        self.send_button = QPushButton(icon("file-text"), self.tr("Send feedbac&k forms…"))
        self.send_button.setToolTip(
            self.tr("Feedback forms for both sides of the selected session, saved in a folder")
        )
        self.import_button = QPushButton(icon("upload"), self.tr("Import retur&ned forms…"))
        self.import_button.setToolTip(self.tr("Record the answers of the returned forms"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.send_button)
        layout.addWidget(self.import_button)
        self.send_button.clicked.connect(self.send_requested)
        self.import_button.clicked.connect(self.import_requested)
