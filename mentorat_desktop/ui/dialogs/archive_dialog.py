"""Before "Export everything": say the confidential notes stay out, unless the user asks
for them, and then only in an archive encrypted with a password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.safety.backup import check_password
from mentorat_desktop.ui.widgets.field_error import FieldError


class ArchiveDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archive_dialog")
        self.setWindowTitle(self.tr("Export everything"))
        self.setMinimumWidth(520)
        self.notes_password: str | None = None
        intro = QLabel(
            self.tr(
                "Writes every table as a CSV file into one ZIP archive. The confidential "
                "journal notes are left out, unless you include them: the archive is then "
                "encrypted with a password (AES-256)."
            )
        )
        intro.setWordWrap(True)
        self.include_notes = QCheckBox(
            self.tr("&Include the confidential notes (encrypted archive)")
        )
        self.include_notes.setToolTip(
            self.tr("Only to move the whole programme to another computer")
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setToolTip(self.tr("At least 8 characters; keep it somewhere safe"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Password again"))
        self.confirm.setToolTip(self.tr("Type the password again"))
        for field in (self.password, self.confirm):
            field.setEnabled(False)
            self.include_notes.toggled.connect(field.setEnabled)
        form = QFormLayout()
        form.addRow("", self.include_notes)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Again:"), self.confirm)
        self.error = FieldError(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.error.clear_message()
        self.notes_password = None
        if self.include_notes.isChecked():
            password = self.password.text()
            if password != self.confirm.text():
                self.error.show_message(self.tr("The two passwords differ."))
                return
            try:
                check_password(password)
            except ServiceError as exc:
                self.error.show_message(exc.message)
                return
            self.notes_password = password
        super().accept()
