"""Copy all of the current data into another, empty database, with progress and a check."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.services.safety.transfer import TransferReport, transfer
from mentorat_desktop.services.server import saved_server_target
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.widgets.field_error import FieldError


class TransferDialog(QDialog):
    def __init__(self, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_dialog")
        self.setWindowTitle(self.tr("Copy the data to another database"))
        self.setMinimumWidth(560)
        self.source = source
        self.report: TransferReport | None = None

        intro = QLabel(
            self.tr(
                "Copies everything (people, skills, programmes, pairs, sessions, journals, "
                "certificates) into an empty database: a new file, or the shared server. "
                "The current database is not changed."
            )
        )
        intro.setWordWrap(True)
        self.destination = QLineEdit(saved_server_target() or "")
        self.destination.setPlaceholderText(self.tr("A new file, or postgresql+psycopg://…"))
        self.destination.setToolTip(self.tr("Path of a new file, or the URL of an empty database"))
        self.destination.setAccessibleName(self.tr("Destination"))
        destination_label = QLabel(self.tr("&Destination:"))
        destination_label.setBuddy(self.destination)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setToolTip(self.tr("Choose a new database file"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(destination_label)
        row.addWidget(self.destination, 1)
        row.addWidget(browse)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = FieldError(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(self.tr("Copy and then compare every table"))
        self.copy_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database file"), "", self.tr("Mentorat database (*.sqlite3)")
        )
        if path:
            self.destination.setText(path)

    def start(self) -> None:
        self.error.clear_message()
        destination = self.destination.text().strip()
        if not destination:
            self.error.show_message(self.tr("Choose where to copy the data."))
            return
        self.copy_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Copying…"))
        source = self.source
        ops.Op(
            self,
            lambda progress: transfer(source, destination, progress),
            success=self._finished,
            failure=self._failed,
            progress=self._progress,  # the dialog's own bar and status line
            done=lambda: self.copy_button.setEnabled(True),
            title=self.windowTitle(),
        ).run()

    def _progress(self, percent: int, table: str) -> None:
        self.progress.setValue(percent)
        if table:
            self.status.setText(self.tr("Copying {table}…").format(table=table))
        else:
            self.status.setText(self.tr("Comparing the copy with the source…"))

    def _finished(self, report: TransferReport) -> None:
        self.report = report
        self.progress.setValue(100)
        if report.ok:
            rows = report.rows
            self.status.setText(
                self.tr("✔ %n rows copied and checked: the copy is identical.", "", rows)
            )
        else:
            different = ", ".join(t.name for t in report.tables if not t.identical)
            self.error.show_message(
                self.tr("The copy differs from the source ({tables}): do not use it.").format(
                    tables=different
                )
            )

    def _failed(self, exc: Exception) -> None:
        self.status.clear()
        self.error.show_message(ops.error_text(exc))
