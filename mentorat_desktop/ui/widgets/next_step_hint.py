"""A line saying what comes next once a step is done (pairs made, sessions planned), with
the button that does it: the welcome message, then the invitations.

Not a message box: nothing waits for an answer, and it goes when the programme changes or
its button is used.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mentorat_desktop.services.mail import MailKind
from mentorat_desktop.ui.icons import icon


class NextStepHint(QWidget):
    send_requested = Signal(object)  # the MailKind to send

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_step_hint")
        self.kind = MailKind.WELCOME
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.send_button = QPushButton(icon("mail"), "")
        self.send_button.clicked.connect(self._send)
        self.dismiss_button = QPushButton(self.tr("Later"))
        self.dismiss_button.setToolTip(self.tr("Hide this line"))
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.send_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def pairs_made(self) -> None:
        self._show(
            MailKind.WELCOME,
            self.tr(
                "The pairs are made. Next: welcome them, with the charter and the skills "
                "questionnaire."
            ),
            self.tr("Send the &welcome…"),
        )

    def sessions_planned(self) -> None:
        self._show(
            MailKind.INVITATIONS,
            self.tr("The sessions are planned. Next: invite the participants to them."),
            self.tr("Send the in&vitations…"),
        )

    def _show(self, kind: MailKind, text: str, button: str) -> None:
        self.kind = kind
        self.label.setText(text)
        self.send_button.setText(button)
        self.send_button.setToolTip(self.label.text())
        self.show()

    def _send(self) -> None:
        self.hide()
        self.send_requested.emit(self.kind)
