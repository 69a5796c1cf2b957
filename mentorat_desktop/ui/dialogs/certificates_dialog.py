"""Before writing a programme's certificates: who gets one, and what the others miss.

Nothing is asked (no folder, no file) until the office manager has seen the list; for each
participant who misses a criterion, a reason typed here issues the certificate anyway, and
the reason is recorded on it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import fill
from mentorat_desktop.services.documents.certificates import Eligibility
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.words import literal


class CertificatesDialog(QDialog):
    def __init__(self, people: list[Eligibility], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificates_dialog")
        self.setWindowTitle(self.tr("Write the certificates"))
        self.resize(640, 480)
        self.people = people
        self.reasons: dict[int, QLineEdit] = {}
        getting = [p for p in people if p.eligible or p.certificate_code]
        given, refused = len(getting), len(people) - len(getting)  # lupdate reads plain names
        summary = QLabel(
            self.tr("%n participants will get a certificate.", None, given)
            + " "
            + self.tr("%n will not, unless you give a reason:", None, refused)
        )
        summary.setWordWrap(True)
        body = QWidget()
        form = QFormLayout(body)
        for person in people:
            if person.eligible or person.certificate_code:
                held = person.sessions
                status = QLabel(self.tr("✔ certificate: %n held sessions", None, held))
                form.addRow(literal(person.name), status)
                continue
            missing = QLabel(self.tr("✘ missing: {what}").format(what=person.reason))
            missing.setWordWrap(True)
            reason = QLineEdit()
            reason.setPlaceholderText(self.tr("Reason to issue it anyway (optional)"))
            reason.setToolTip(self.tr("Recorded on the certificate as an override"))
            reason.setAccessibleName(
                fill(self.tr("Reason to issue the certificate of {name}"), name=person.name)
            )
            self.reasons[person.person_id] = reason
            column = QWidget()
            rows = QVBoxLayout(column)
            rows.setContentsMargins(0, 0, 0, 0)
            rows.addWidget(missing)
            rows.addWidget(reason)
            form.addRow(literal(person.name), column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = buttons.addButton(
            self.tr("Choose the folder and write…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(scroll, 1)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def overrides(self) -> dict[int, str]:
        """Person id → the reason typed for those who miss a criterion."""
        return {i: e.text().strip() for i, e in self.reasons.items() if e.text().strip()}

    def _check(self) -> None:
        if any(p.eligible or p.certificate_code for p in self.people) or self.overrides():
            self.accept()
            return
        self.error.show_message(
            self.tr("Nobody gets a certificate yet: give a reason for one participant at least.")
        )
