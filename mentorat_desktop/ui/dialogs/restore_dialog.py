"""Restore from a backup: pick one, see its date and what it holds, confirm, replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.safety.backup import list_backups
from mentorat_desktop.services.safety.restore import (
    BackupSummary,
    PasswordNeededError,
    RestoreOutcome,
    inspect_backup,
    restore_backup,
)
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.moments import moment_text

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """``before_replace`` lets the window close its connections before the file changes."""

    def __init__(
        self,
        db_file: Path,
        parent: QWidget | None = None,
        before_replace=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumSize(600, 460)
        self.db_file = db_file
        self.before_replace = before_replace
        self.summary: BackupSummary | None = None
        self.outcome: RestoreOutcome | None = None

        intro = QLabel(
            self.tr(
                "Replaces the current data with a backup. A copy of the current database is "
                "taken first, so a restore can itself be undone."
            )
        )
        intro.setWordWrap(True)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups"))
        self.backups.setToolTip(self.tr("The backups kept beside the database, newest first"))
        for backup in list_backups(db_file):
            label = moment_text(backup.taken_at)
            item = QListWidgetItem(f"{label} — {self._kind(backup.kind)}")
            item.setData(PATH_ROLE, str(backup.path))
            self.backups.addItem(item)
        self.backups.currentItemChanged.connect(self._picked)
        other = QPushButton(self.tr("&Other file…"))
        other.setToolTip(self.tr("A backup on a USB key or elsewhere"))
        other.clicked.connect(self.choose_file)
        other.setAutoDefault(False)  # Return in the password field checks the password

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of the backup"))
        self.password.setToolTip(self.tr("Only for an encrypted backup"))
        self.password.returnPressed.connect(self._check_current)
        self.password_row = QWidget()
        password_layout = QHBoxLayout(self.password_row)
        password_layout.setContentsMargins(0, 0, 0, 0)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        password_layout.addWidget(password_label)
        password_layout.addWidget(self.password, 1)
        self.password_row.setVisible(False)

        self.details = QFormLayout()
        self.file_label, self.date_label, self.content_label = QLabel(), QLabel(), QLabel()
        for detail in (self.file_label, self.date_label, self.content_label):
            detail.setWordWrap(True)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.addRow(self.tr("File:"), self.file_label)
        self.details.addRow(self.tr("Taken:"), self.date_label)
        self.details.addRow(self.tr("Holds:"), self.content_label)
        self.error = FieldError(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setToolTip(self.tr("Replace the current data with this backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(other, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.password_row)
        layout.addLayout(self.details)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.path: Path | None = None
        if self.backups.count():
            self.backups.setCurrentRow(0)

    def _kind(self, kind: str) -> str:
        if kind == "daily":
            return self.tr("daily")
        if kind == "before-restore":
            return self.tr("before a restore")
        if kind == "before-anonymisation":
            return self.tr("before an anonymisation")
        if kind.startswith("before-migration"):
            return self.tr("before an upgrade")
        return self.tr("on demand")

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup to restore"),
            "",
            self.tr("Mentorat backups (*.sqlite3 *.zip);;All files (*)"),
        )
        if path:
            self.backups.clearSelection()
            self.show_file(Path(path))

    def _picked(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is not None:
            self.show_file(Path(current.data(PATH_ROLE)))

    def show_file(self, path: Path) -> None:
        self.path = path
        self.password.clear()
        self.password_row.setVisible(path.suffix.lower() == ".zip")
        self._check_current()

    def _check_current(self) -> None:
        self.error.clear_message()
        self.summary = None
        self.restore_button.setEnabled(False)
        for label in (self.date_label, self.content_label):
            label.clear()
        if self.path is None:
            return
        self.file_label.setText(str(self.path))
        try:
            self.summary = inspect_backup(self.path, self.password.text() or None)
        except PasswordNeededError as exc:
            self.password_row.setVisible(True)
            self.password.setFocus()
            self.error.show_message(exc.message)
            return
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.date_label.setText(moment_text(self.summary.taken_at))
        people, pairs, sessions = self.summary.people, self.summary.pairs, self.summary.sessions
        holds = self.tr("{people}, {pairs}, {sessions}").format(
            people=self.tr("%n people", "", people),
            pairs=self.tr("%n pairs", "", pairs),
            sessions=self.tr("%n sessions", "", sessions),
        )
        if self.summary.upgrade_needed:
            holds += " " + self.tr("(an older version: it will be upgraded)")
        self.content_label.setText(holds)
        self.restore_button.setEnabled(True)

    def restore(self) -> None:
        if self.summary is None or self.path is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "The current data will be replaced by the backup of {date} "
                "({holds}). A copy of the current database is taken first."
            ).format(date=self.date_label.text(), holds=self.content_label.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.before_replace is not None:
            self.before_replace()
        try:
            self.outcome = restore_backup(self.db_file, self.path, self.password.text() or None)
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()
