"""Back up to a folder of the user's choice (a USB key), optionally encrypted with a password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.services.safety.backup import BackupFile, create_backup
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.widgets.field_error import FieldError

LAST_FOLDER_KEY = "backup/last_folder"


class BackupDialog(QDialog):
    def __init__(self, db_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Back up to a folder"))
        self.setMinimumWidth(540)
        self.db_file = db_file
        self.result_file: BackupFile | None = None

        intro = QLabel(
            self.tr(
                "Copies the whole database into a folder you choose, for instance a USB key "
                "kept away from this computer. The copy holds personal data of your staff: "
                "encrypt it when it leaves the office."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(QSettings().value(LAST_FOLDER_KEY, "") or ""))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.setToolTip(self.tr("Where to write the backup"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setToolTip(self.tr("Choose the folder"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        self.encrypt = QCheckBox(self.tr("&Encrypt with a password (AES-256 ZIP)"))
        self.encrypt.setChecked(True)
        self.encrypt.setToolTip(
            self.tr("The file then opens with the password in 7-Zip, WinZip or Mentorat")
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setToolTip(self.tr("At least 8 characters; keep it somewhere safe"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Password again"))
        self.confirm.setToolTip(self.tr("Type the password again"))
        self.encrypt.toggled.connect(self.password.setEnabled)
        self.encrypt.toggled.connect(self.confirm.setEnabled)

        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Again:"), self.confirm)
        self.error = FieldError(self)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = self.buttons.addButton(
            self.tr("&Back up"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.backup_button.setToolTip(self.tr("Write the backup into the folder"))
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.back_up)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backup"))
        if folder:
            self.folder.setText(folder)

    def back_up(self) -> None:
        self.error.clear_message()
        folder = self.folder.text().strip()
        if not folder:
            self.error.show_message(self.tr("Choose the folder to back up into."))
            return
        password = None
        if self.encrypt.isChecked():
            password = self.password.text()
            if password != self.confirm.text():
                self.error.show_message(self.tr("The two passwords differ."))
                return
        db_file = self.db_file
        self.backup_button.setEnabled(False)
        ops.Op(  # copying and encrypting take seconds on a large database
            self,
            lambda _progress: create_backup(db_file, folder=Path(folder), password=password),
            success=lambda backup: self._written(backup, folder),
            failure=self._failed,
            done=lambda: self.backup_button.setEnabled(True),
            title=self.tr("Back up to a folder"),
        ).run()

    def _written(self, backup: BackupFile, folder: str) -> None:
        self.result_file = backup
        QSettings().setValue(LAST_FOLDER_KEY, folder)
        self.status.setText(self.tr("✔ Backup written: {path}").format(path=backup.path))

    def _failed(self, error: Exception) -> None:
        self.error.show_message(ops.error_text(error))  # at the field, not in a message box
