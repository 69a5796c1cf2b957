"""The database is damaged: every backup with its date and what it holds, the newest that
holds data proposed, a warning where a backup would lose work, another file on a USB key
one click away. The damaged file is kept aside by the restore; nothing asks for a command."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.safety.recovery import (
    BackupChoice,
    RecoveryPlan,
    choice_warnings,
    holdings,
    inspect_choice,
)
from mentorat_desktop.services.safety.restore import RestoreOutcome, restore_backup
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.moments import moment_text

CHOICE_ROLE = Qt.ItemDataRole.UserRole


class RecoveryDialog(QDialog):
    def __init__(self, plan: RecoveryPlan, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumSize(640, 460)
        self.plan = plan
        self.outcome: RestoreOutcome | None = None
        self.password: str | None = None

        intro = QLabel(
            self.tr(
                "The database “{path}” is damaged ({problem}). Choose a backup to put in its "
                "place; the damaged file is kept beside it, renamed, for an expert."
            ).format(path=plan.db_file, problem=problem)
        )
        intro.setObjectName("recovery_intro")
        intro.setWordWrap(True)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups"))
        self.backups.setToolTip(self.tr("The backups kept beside the database, newest first"))
        for choice in plan.choices:
            self._add(choice)
        self.backups.currentItemChanged.connect(self._picked)
        self.empty_label = QLabel(self.tr("There is no backup beside the database."))
        self.empty_label.setVisible(not plan.choices)
        other = QPushButton(self.tr("&Choose another backup file…"))
        other.setObjectName("choose_other")
        other.setToolTip(self.tr("A backup on a USB key or elsewhere"))
        other.clicked.connect(self.choose_file)
        other.setAutoDefault(False)
        self.warning = QLabel()
        self.warning.setObjectName("recovery_warning")
        self.warning.setWordWrap(True)
        self.error = FieldError(self)

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setToolTip(
            self.tr("Put the chosen backup in place of the damaged file")
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        quit_button.setToolTip(self.tr("Leave everything as it is and close Mentorat"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(other, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if plan.proposed is not None:
            self.backups.setCurrentRow(plan.choices.index(plan.proposed))

    def _describe(self, choice: BackupChoice) -> str:
        when = moment_text(choice.taken_at)
        if choice.summary is not None:
            return f"{when} — {holdings(choice.summary)}"
        if choice.usable:
            return self.tr("{when} — encrypted: asks for its password").format(when=when)
        return self.tr("{when} — cannot be used: {problem}").format(
            when=when, problem=choice.problem
        )

    def _add(self, choice: BackupChoice) -> QListWidgetItem:
        item = QListWidgetItem(self._describe(choice))
        item.setData(CHOICE_ROLE, choice)
        item.setToolTip(str(choice.path))
        if not choice.usable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.backups.addItem(item)
        return item

    @property
    def choice(self) -> BackupChoice | None:
        item = self.backups.currentItem()
        return None if item is None else item.data(CHOICE_ROLE)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup to restore"),
            "",
            self.tr("Mentorat backups (*.sqlite3 *.zip);;All files (*)"),
        )
        if not path:
            return
        choice = inspect_choice(Path(path))
        self.empty_label.setVisible(False)
        item = self._add(choice)
        if choice.usable:
            self.backups.setCurrentItem(item)
        else:
            self.error.show_message(choice.problem)

    def _picked(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self.error.clear_message()
        choice = None if current is None else current.data(CHOICE_ROLE)
        self.restore_button.setEnabled(choice is not None and choice.usable)
        self.warning.setText(
            "\n".join(choice_warnings(choice, self.plan.last_change)) if choice else ""
        )

    def restore(self) -> None:
        choice = self.choice
        if choice is None or not choice.usable:
            return
        password = None
        if choice.summary is None:  # encrypted
            password, ok = QInputDialog.getText(
                self,
                self.tr("Password of the backup"),
                self.tr("Password:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        try:
            self.outcome = restore_backup(self.plan.db_file, choice.path, password or None)
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()
