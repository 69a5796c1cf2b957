"""Close a programme: end the pairs still going and record each learner's end level, at once.

The end questionnaires also record the end levels when they come back, and a level already
recorded that differs is shown as a conflict. So the dialog says so: she may send them first
(the dialog closes and the send dialog opens), or close now and record no level, leaving
each to its returned questionnaire; that is the default once they were sent.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.mail import MailKind
from mentorat_desktop.services.mail.outbox import messages_of_programme
from mentorat_desktop.services.programmes.programmes import (
    PairEnding,
    ProgrammeRecord,
    close_programme,
    closing_assessments,
    ongoing_pairs,
)
from mentorat_desktop.ui.models.end_levels_model import (
    COL_LEARNER,
    COL_LEVEL,
    COL_SKILL,
    EndLevelsModel,
)
from mentorat_desktop.ui.widgets.date_field import DateField
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.level_delegate import LevelDelegate


class CloseProgrammeDialog(QDialog):
    def __init__(
        self, database: Database, programme: ProgrammeRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.programme = programme
        self.setObjectName("close_programme_dialog")
        self.setWindowTitle(self.tr("Close the programme"))
        self.resize(640, 480)
        hint = QLabel(
            self.tr(
                "End-of-programme assessment: the level each learner reached in the skills "
                "worked on. It shows the progress in the programme report."
            )
        )
        hint.setWordWrap(True)
        self.model = EndLevelsModel(self)
        self.model.set_rows(closing_assessments(database, programme.id))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("End-of-programme assessment"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            COL_SKILL, QHeaderView.ResizeMode.Stretch
        )
        self.table.setItemDelegateForColumn(
            COL_LEVEL, LevelDelegate(self.table, commit_on_change=True)
        )
        for row in range(self.model.rowCount()):  # every level's combo box shown at once
            self.table.openPersistentEditor(self.model.index(row, COL_LEVEL))
        self.table.resizeColumnToContents(COL_LEARNER)
        self.table.setColumnWidth(COL_LEVEL, 170)
        self.ending_box = self._ending_box(ongoing_pairs(database, programme.id))
        sent = messages_of_programme(database, MailKind.END, programme.id)
        self.forms_hint = QLabel(
            self.tr(
                "The end questionnaires were sent (%n messages): the levels they bring back "
                "are recorded when you import them.",
                None,
                sent,
            )
            if sent
            else self.tr(
                "The end questionnaires have not been sent: each participant can give their "
                "own levels in one. Send them first and close the programme once they are "
                "back, or record the levels here."
            )
        )
        self.forms_hint.setWordWrap(True)
        self.wait_for_forms = QCheckBox(
            self.tr("Record &no level now: the returned end questionnaires give them")
        )
        self.wait_for_forms.setToolTip(
            self.tr("A level recorded here and another in a returned questionnaire conflict")
        )
        self.wait_for_forms.toggled.connect(self.table.setDisabled)
        self.wait_for_forms.setChecked(bool(sent))
        self.send_first = False
        self.send_button = QPushButton(self.tr("Send the end &questionnaires first…"))
        self.send_button.setToolTip(
            self.tr(
                "Leaves the programme running and opens Email › Send the end-of-programme "
                "questionnaire"
            )
        )
        self.send_button.clicked.connect(self._send_first)
        self.send_button.setVisible(not sent)
        self.error = FieldError(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.addButton(
            self.tr("Close the programme"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.ending_box is not None:
            layout.addWidget(self.ending_box)
        layout.addWidget(hint)
        layout.addWidget(self.forms_hint)
        forms_row = QHBoxLayout()
        forms_row.addWidget(self.wait_for_forms, 1)
        forms_row.addWidget(self.send_button)
        layout.addLayout(forms_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _ending_box(self, pairs: list[str]) -> QGroupBox | None:
        """Asked once for all the pairs still going, instead of one "Edit pair" each."""
        if not pairs:
            return None
        box = QGroupBox(self.tr("Pairs still going"))
        form = QFormLayout(box)
        going = len(pairs)
        names = QLabel(
            self.tr("%n pairs are still going: %1", None, going).replace("%1", "; ".join(pairs))
        )
        names.setWordWrap(True)
        form.addRow(names)
        self.end_status = QComboBox()
        self.end_status.addItem(self.tr("Completed"), PairStatus.COMPLETED.value)
        self.end_status.addItem(self.tr("Stopped"), PairStatus.STOPPED.value)
        self.end_status.setToolTip(
            self.tr("How the pairs end; a pair that never started is stopped")
        )
        form.addRow(self.tr("&End them as:"), self.end_status)
        today = QDate.currentDate()
        start, end = self.programme.start_date, self.programme.end_date
        first, last = QDate(start.year, start.month, start.day), QDate(end.year, end.month, end.day)
        self.end_day = DateField(min(today, last))
        self.end_day.setDateRange(first, max(today, last))
        self.end_day.setToolTip(
            self.tr("The day the pairs end; their sessions still to come are cancelled")
        )
        form.addRow(self.tr("&On:"), self.end_day)
        self.end_reason = QLineEdit()
        self.end_reason.setToolTip(self.tr("Needed when they stop"))
        form.addRow(self.tr("&Reason:"), self.end_reason)
        self.end_status.currentIndexChanged.connect(
            lambda: self.end_reason.setEnabled(
                PairStatus(self.end_status.currentData()) is PairStatus.STOPPED
            )
        )
        self.end_reason.setEnabled(False)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                text, editor = label.widget(), field.widget()
                if isinstance(text, QLabel) and editor is not None:
                    text.setBuddy(editor)
                    editor.setAccessibleName(text.text().replace("&", "").rstrip(":"))
        return box

    def ending(self) -> PairEnding | None:
        if self.ending_box is None:
            return None
        day = self.end_day.date()
        return PairEnding(
            PairStatus(self.end_status.currentData()),
            date(day.year(), day.month(), day.day()),
            self.end_reason.text(),
        )

    def _send_first(self) -> None:
        self.send_first = True  # the caller opens the send dialog
        self.reject()

    def save(self) -> None:
        self.error.clear_message()
        try:
            close_programme(
                self.database,
                self.programme.id,
                self.programme.version,
                [] if self.wait_for_forms.isChecked() else self.model.values(),
                ending=self.ending(),
            )
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()
