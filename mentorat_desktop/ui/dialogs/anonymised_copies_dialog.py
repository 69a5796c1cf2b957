"""After an anonymisation: exactly what still holds the person, and the way to clear it.

The database itself may still hold them when another window was reading it; the backups
and damaged copies beside it do until they are anonymised, deleted or pruned.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.services.safety.erasure import CopyKind, HeldCopy
from mentorat_desktop.services.safety.privacy import (
    AnonymisationOutcome,
    finish_anonymisation,
    remove_copies,
)
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.qt_dates import to_qdatetime


class AnonymisedCopiesDialog(QDialog):
    def __init__(
        self,
        database: Database,
        outcome: AnonymisationOutcome,
        full_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("anonymised_copies_dialog")
        self.setWindowTitle(self.tr("Anonymised"))
        self.setMinimumWidth(560)
        self.database = database
        self.outcome = outcome
        self.full_name = full_name
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copies = QListWidget()
        self.copies.setObjectName("held_copies")
        self.copies.setAccessibleName(self.tr("Copies that still hold the person"))
        self.copies.setWordWrap(True)
        self.compact_button = QPushButton(self.tr("&Compact again"))
        self.compact_button.setToolTip(
            self.tr("After closing the other Mentorat windows and programs using the database")
        )
        self.compact_button.clicked.connect(self.compact_again)
        self.anonymise_button = QPushButton(self.tr("&Anonymise the backups"))
        self.anonymise_button.setToolTip(
            self.tr("Erase the person in every backup that can be read; the others stay listed")
        )
        self.anonymise_button.clicked.connect(self.anonymise_copies)
        self.delete_button = QPushButton(self.tr("&Delete these copies"))
        self.delete_button.setToolTip(
            self.tr("Delete every listed copy, the backup taken just before included")
        )
        self.delete_button.clicked.connect(self.delete_copies)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.compact_button, self.anonymise_button, self.delete_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.copies, 1)
        layout.addWidget(buttons)
        self.show_outcome(outcome)

    def _describe(self, copy: HeldCopy) -> str:
        when = QLocale().toString(to_qdatetime(copy.taken_at), QLocale.FormatType.ShortFormat)
        texts = {
            CopyKind.SAFETY_BACKUP: self.tr(
                "The backup taken just before the anonymisation ({date}), in case it was a "
                "mistake: {file}"
            ),
            CopyKind.BACKUP: self.tr("Backup of {date}: {file}"),
            CopyKind.ENCRYPTED_BACKUP: self.tr(
                "Encrypted backup of {date}, which cannot be anonymised without its password "
                "(it can be deleted): {file}"
            ),
            CopyKind.DAMAGED_COPY: self.tr(
                "Damaged database set aside on {date}, which cannot be anonymised (it can be "
                "deleted): {file}"
            ),
        }
        return texts[copy.kind].format(date=when, file=copy.path)

    def show_outcome(self, outcome: AnonymisationOutcome) -> None:
        self.outcome = outcome
        lines = [
            self.tr("{name} is now “{label}” in the database.").format(
                name=self.full_name, label=outcome.label
            )
        ]
        if not outcome.file_compacted:
            lines.append(
                self.tr(
                    "⚠ The database file itself still holds their data: another window or "
                    "program was reading it. Close the other Mentorat windows, then choose "
                    "Compact again."
                )
            )
        count = len(outcome.copies)
        if count:
            lines.append(self.tr("These copies beside the database still hold their data:"))
        elif self.database.sqlite_file is not None:
            lines.append(self.tr("No backup or copy beside the database holds their data."))
        else:
            lines.append(
                self.tr("The server's own backups are kept by its administrator, not by Mentorat.")
            )
        self.summary.setText("\n\n".join(lines))
        self.copies.clear()
        for copy in outcome.copies:
            self.copies.addItem(self._describe(copy))
        self.copies.setVisible(count > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        outcome = self.outcome
        self.compact_button.setVisible(not outcome.file_compacted)
        self.compact_button.setEnabled(True)
        self.anonymise_button.setEnabled(any(c.can_be_anonymised for c in outcome.copies))
        self.delete_button.setEnabled(bool(outcome.copies))

    def _run(self, step: Callable[..., AnonymisationOutcome], **options: bool) -> None:
        """One step in the background (copies are read and rewritten), the buttons off."""
        database, outcome = self.database, self.outcome
        for button in (self.compact_button, self.anonymise_button, self.delete_button):
            button.setEnabled(False)
        ops.Op(
            self,
            lambda _progress: step(database, outcome, **options),
            success=self.show_outcome,
            done=self._update_buttons,
            title=self.tr("Anonymised"),
        ).run()

    def compact_again(self) -> None:
        self._run(finish_anonymisation)

    def anonymise_copies(self) -> None:
        self._run(finish_anonymisation, anonymise=True)

    def delete_copies(self) -> None:
        self._run(remove_copies)
