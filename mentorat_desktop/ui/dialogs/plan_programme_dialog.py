"""Plan the programme: a series for every active pair with nothing to come, in one step.

One row per pair (weekday, time, first session, number of sessions), proposed so that
nobody has two sessions at once; the preview and warnings are those of *Plan sessions*.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

from PySide6.QtCore import QLocale, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.programmes.programmes import list_programmes
from mentorat_desktop.services.sessions.programme_plan import (
    PairPreview,
    PairToPlan,
    plan_programme,
    preview_programme_plan,
    programme_plan,
)
from mentorat_desktop.services.sessions.session_checks import MAX_OCCURRENCES
from mentorat_desktop.services.sessions.sessions import PlanInput, SessionRecord
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.qt_dates import to_date, to_qdate
from mentorat_desktop.ui.widgets.date_field import DateField
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.occurrence_list import occurrence_item

PREVIEW_DELAY_MS = 150
COL_PAIR, COL_WEEKDAY, COL_TIME, COL_FIRST, COL_COUNT, COL_CHECK = range(6)


class PlanProgrammeDialog(QDialog):
    def __init__(
        self, database: Database, programme_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.created: list[int] = []
        self.go_to_pairs = False  # as Plan sessions: this dialog has no way to Pairs
        self.rows: list[PairToPlan] = []
        self.previews: list[PairPreview] = []
        self.setObjectName("plan_programme_dialog")
        self.setWindowTitle(self.tr("Plan the programme"))
        self.resize(900, 620)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)

        self.programme = QComboBox()
        self.programme.setToolTip(self.tr("The programme whose pairs get their sessions"))
        for record in list_programmes(database):
            if record.status is not ProgrammeStatus.CLOSED:
                self.programme.addItem(record.name, record.id)
        programme_label = QLabel(self.tr("P&rogramme:"))
        programme_label.setBuddy(self.programme)
        self.programme.setAccessibleName(self.tr("Programme"))
        self.location = QLineEdit()
        self.location.setMaxLength(500)
        self.location.setPlaceholderText(self.tr("Meeting room, address or video link"))
        self.location.setToolTip(self.tr("Where every pair meets; each session can be moved later"))
        self.location.setAccessibleName(self.tr("Place"))
        location_label = QLabel(self.tr("P&lace:"))
        location_label.setBuddy(self.location)
        top = QHBoxLayout()
        top.addWidget(programme_label)
        top.addWidget(self.programme, 2)
        top.addWidget(location_label)
        top.addWidget(self.location, 1)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("programme_plan_table")
        self.table.setAccessibleName(self.tr("Series to plan, one row per pair"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Pair"),
                self.tr("Weekday"),
                self.tr("Time"),
                self.tr("First session"),
                self.tr("Sessions"),
                self.tr("Check"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_PAIR, QHeaderView.ResizeMode.Stretch)
        for column in (COL_WEEKDAY, COL_TIME, COL_FIRST, COL_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHECK, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_CHECK, 170)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.detail_label = QLabel(self.tr("&Sessions of the selected pair:"))
        self.detail = QListWidget()
        self.detail.setObjectName("programme_plan_preview")
        self.detail.setAccessibleName(self.tr("Sessions of the selected pair"))
        self.detail.setWordWrap(True)
        self.detail_label.setBuddy(self.detail)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = FieldError(self)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.plan_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.plan_button.setText(self.tr("&Plan every series"))
        self.plan_button.setToolTip(self.tr("Save every row's sessions at once"))
        self.buttons = buttons
        self.saving = False
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.detail, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if programme_id is not None and self.programme.findData(programme_id) >= 0:
            self.programme.setCurrentIndex(self.programme.findData(programme_id))
        self.programme.currentIndexChanged.connect(self.load)
        self.location.textChanged.connect(self.schedule_preview)
        self.load()

    # --- rows ------------------------------------------------------------------------------
    def load(self) -> None:
        """The proposed series of the chosen programme's pairs."""
        programme_id = self.programme.currentData()
        self.table.setRowCount(0)
        self.rows = []
        if programme_id is not None:
            try:
                draft = programme_plan(self.database, programme_id)
            except ServiceError as exc:
                self.error.show_message(exc.message)
                draft = None
            if draft is not None:
                self.rows = list(draft.pairs)
                self._set_hint(len(self.rows), draft.already_planned, draft.rhythm_weeks)
        else:
            self.hint.setText(self.tr("No programme yet: create one in the Pairs view first."))
        for index, row in enumerate(self.rows):
            self._add_row(index, row)
        if self.rows:
            self.table.selectRow(0)
        self.update_preview()

    def _set_hint(self, pairs: int, already: int, weeks: int) -> None:
        if not pairs and not already:  # none active yet: proposed pairs, or none at all
            text = self.tr(
                "This programme has no active pair yet. In the Pairs view, make its proposed "
                "pairs active (“Edit pair…”, then the status), or create them as active pairs "
                "from “Suggest pairs…”."
            )
        elif not pairs:
            text = self.tr(
                "Every active pair of this programme already has sessions to come. "
                "Make the proposed pairs active in the Pairs view, or plan one pair "
                "with “Plan sessions…”."
            )
        else:
            text = self.tr("%n active pairs have no session to come.", None, pairs) + " "
            text += self.tr(
                "Each gets a series every %n weeks until the programme's end, on a weekday "
                "and at a time where neither person meets anyone else. Change any row "
                "before planning.",
                None,
                weeks,
            )
        if already:
            text += " " + self.tr(
                "%n pairs already have sessions to come and are left as they are.",
                None,
                already,
            )
        self.hint.setText(text)

    def _add_row(self, index: int, row: PairToPlan) -> None:
        self.table.insertRow(index)
        name = QTableWidgetItem(row.label)
        name.setToolTip(row.label)
        self.table.setItem(index, COL_PAIR, name)
        weekday = QComboBox()
        for day in range(1, 8):
            weekday.addItem(QLocale().dayName(day), day - 1)
        weekday.setCurrentIndex(row.plan.first_day.weekday())
        weekday.setAccessibleName(self.tr("Weekday of {pair}").format(pair=row.label))
        weekday.setToolTip(self.tr("The day of the week they meet"))
        at = QTimeEdit(QTime(row.plan.start_time.hour, row.plan.start_time.minute))
        at.setDisplayFormat("HH:mm")
        at.setAccessibleName(self.tr("Time of {pair}").format(pair=row.label))
        at.setToolTip(self.tr("Local time of every session of the series"))
        first = DateField()
        first.setDate(to_qdate(row.plan.first_day))
        first.setAccessibleName(self.tr("First session of {pair}").format(pair=row.label))
        first.setToolTip(self.tr("Day of the first session; the others follow the rhythm"))
        count = QSpinBox()
        count.setRange(1, MAX_OCCURRENCES)
        count.setValue(row.plan.count or 1)
        count.setAccessibleName(self.tr("Number of sessions of {pair}").format(pair=row.label))
        count.setToolTip(self.tr("How many sessions the series has"))
        self.table.setCellWidget(index, COL_WEEKDAY, weekday)
        self.table.setCellWidget(index, COL_TIME, at)
        self.table.setCellWidget(index, COL_FIRST, first)
        self.table.setCellWidget(index, COL_COUNT, count)
        self.table.setItem(index, COL_CHECK, QTableWidgetItem())
        weekday.currentIndexChanged.connect(lambda _i, w=weekday, f=first: self._weekday(w, f))
        first.dateChanged.connect(lambda _d, w=weekday, f=first: self._first_day(w, f))
        at.timeChanged.connect(self.schedule_preview)
        count.valueChanged.connect(self.schedule_preview)

    def _weekday(self, weekday: QComboBox, first: DateField) -> None:
        """Another weekday moves the first session within its week."""
        day = to_date(first.date())
        monday = day - timedelta(days=day.weekday())
        first.setDate(to_qdate(monday + timedelta(days=weekday.currentData())))
        self.schedule_preview()

    def _first_day(self, weekday: QComboBox, first: DateField) -> None:
        weekday.blockSignals(True)
        weekday.setCurrentIndex(to_date(first.date()).weekday())
        weekday.blockSignals(False)
        self.schedule_preview()

    def plans(self) -> list[PlanInput]:
        """Each row's plan as it stands in the table."""
        found = []
        for index, row in enumerate(self.rows):
            at = self.table.cellWidget(index, COL_TIME)
            first = self.table.cellWidget(index, COL_FIRST)
            count = self.table.cellWidget(index, COL_COUNT)
            assert isinstance(at, QTimeEdit) and isinstance(first, DateField)
            assert isinstance(count, QSpinBox)
            value = at.time()
            found.append(
                replace(
                    row.plan,
                    first_day=to_date(first.date()),
                    start_time=time(value.hour(), value.minute()),
                    count=count.value(),
                    location=self.location.text(),
                )
            )
        return found

    # --- preview ---------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        self.preview_timer.start()

    def update_preview(self) -> None:
        self.preview_timer.stop()
        self.error.clear_message()
        self.previews = []
        plans = self.plans()
        if plans:
            try:
                self.previews = preview_programme_plan(
                    self.database, self.programme.currentData(), plans
                )
            except ServiceError as exc:
                self.error.show_message(exc.message)
        sessions = warned = 0
        broken = False
        for index, preview in enumerate(self.previews):
            item = self.table.item(index, COL_CHECK)
            assert item is not None
            with_warning = sum(1 for o in preview.occurrences if o.warnings)
            sessions += len(preview.occurrences)
            warned += with_warning
            if preview.error:
                broken = True
                item.setIcon(icon("circle-alert", "#C62828"))
                item.setText(preview.error)
                item.setToolTip(preview.error)
            elif with_warning:
                item.setIcon(icon("triangle-alert", "#B26A00"))
                item.setText(self.tr("%n warnings", None, with_warning))
                item.setToolTip(
                    "\n".join(sorted({w for o in preview.occurrences for w in o.warnings}))
                )
            else:
                item.setIcon(icon("calendar-check"))
                item.setText(self.tr("No warning"))
                item.setToolTip("")
        if self.previews:
            summary = self.tr("%n sessions will be planned", None, sessions) + " "
            summary += self.tr("for %n pairs.", None, len(self.previews))
            if warned:
                summary += " " + self.tr("%n with a warning: check them.", None, warned)
        else:
            summary = ""
        self.summary.setText(summary)
        self.plan_button.setEnabled(bool(self.previews) and not broken and not self.saving)
        self._show_selected()

    def _show_selected(self) -> None:
        self.detail.clear()
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.previews):
            return
        for occurrence in self.previews[rows[0].row()].occurrences:
            self.detail.addItem(occurrence_item(occurrence))

    def save(self) -> None:
        """Save every series in one service call, off the UI thread (seconds for 100 pairs)."""
        if self.saving:
            return
        self.preview_timer.stop()
        self.error.clear_message()
        database, programme_id, plans = self.database, self.programme.currentData(), self.plans()
        self._set_saving(True)
        ops.Op(
            self,
            lambda _progress: plan_programme(database, programme_id, plans),
            success=self._saved,
            failure=self._save_failed,
            done=lambda: self._set_saving(False),
            title=self.tr("Plan the programme"),
        ).run()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        for widget in (self.programme, self.location, self.table):
            widget.setEnabled(not saving)
        for button in self.buttons.buttons():
            button.setEnabled(not saving)

    def _saved(self, created: list[SessionRecord]) -> None:
        self.created = [record.id for record in created]
        self.accept()

    def _save_failed(self, error: Exception) -> None:
        self.error.show_message(ops.error_text(error))

    def reject(self) -> None:
        if not self.saving:  # the series are being saved: closing now would hide the outcome
            super().reject()
