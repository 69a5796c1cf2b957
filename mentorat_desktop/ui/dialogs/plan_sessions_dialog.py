"""Plan one session or a series for a pair, with a preview that warns before anything is saved."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.services.sessions.sessions import (
    PairChoice,
    PlanInput,
    first_suitable_day,
    pair_choices,
    plan_sessions,
    preview_plan,
)
from mentorat_desktop.services.settings import get_settings
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.qt_dates import show_long_date
from mentorat_desktop.ui.widgets.date_field import DateField
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.occurrence_list import occurrence_item
from mentorat_desktop.ui.words import follow_plural

PREVIEW_DELAY_MS = 150


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PlanSessionsDialog(QDialog):
    def __init__(
        self, database: Database, pair_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.created: list[int] = []
        self.setObjectName("plan_sessions_dialog")
        self.setWindowTitle(self.tr("Plan sessions"))
        self.setMinimumSize(760, 560)
        self.pairs: list[PairChoice] = pair_choices(database)
        self.default_minutes = get_settings(database).default_session_minutes
        self.errors: dict[str, FieldError] = {}
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_pair(form)
        self._build_when(form)
        self._build_rhythm(form)
        self._build_until(form)
        self._build_length_and_place(form)
        buttons = self._build_preview_and_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        for signal in (
            self.first_day.dateChanged,
            self.start_time.timeChanged,
            self.every_weeks.valueChanged,
            self.count.valueChanged,
            self.duration.valueChanged,
            self.until_end.toggled,
        ):
            signal.connect(self.schedule_preview)
        self.rhythm.currentIndexChanged.connect(self._rhythm_changed)
        self.pair.currentIndexChanged.connect(self._pair_changed)
        if pair_id is not None and self.pair.findData(pair_id) >= 0:
            self.pair.setCurrentIndex(self.pair.findData(pair_id))
        self._pair_changed()
        self.rhythm.setCurrentIndex(1)
        self._rhythm_changed()
        self.update_preview()

    # --- building --------------------------------------------------------------------------
    def _build_pair(self, form: QFormLayout) -> None:
        """The pair, chosen by typing part of a name."""
        self.pair = QComboBox()
        self.pair.setEditable(True)
        self.pair.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.pair.completer()
        if completer is not None:  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        for choice in self.pairs:
            self.pair.addItem(f"{choice.label} ({choice.programme_name})", choice.id)
        self._row(form, "pair", self.tr("P&air:"), self.pair, self.tr("Who meets"))

    def _build_when(self, form: QFormLayout) -> None:
        """The first session's day and local time."""
        self.first_day = DateField()
        self.first_day.setDate(QDate.currentDate().addDays(7))
        show_long_date(self.first_day)
        self.start_time = QTimeEdit(QTime(14, 0))
        self.start_time.setDisplayFormat("HH:mm")
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.first_day, 2)
        at = QLabel(self.tr("at"))
        when_row.addWidget(at)
        when_row.addWidget(self.start_time, 1)
        when.setFocusProxy(self.first_day)
        self._row(
            form,
            "first_day",
            self.tr("&First session:"),
            when,
            self.tr("Day and local time; later sessions keep the same time, summer or winter"),
            self.first_day,
        )
        self.start_time.setToolTip(self.tr("Local time of every session of the series"))
        self.start_time.setAccessibleName(self.tr("Time"))

    def _build_rhythm(self, form: QFormLayout) -> None:
        self.rhythm = QComboBox()
        self.rhythm.addItem(self.tr("A single session"), "single")
        self.rhythm.addItem(self.tr("Every N weeks"), "weeks")
        self.rhythm.addItem(self.tr("Monthly, on the same weekday"), "monthly")
        self.every_weeks = QSpinBox()
        self.every_weeks.setRange(1, 12)
        self.every_weeks.setValue(2)
        follow_plural(self.every_weeks, lambda weeks: self.tr("every %n weeks", "", weeks))
        self.every_weeks.setAccessibleName(self.tr("Weeks between sessions"))
        rhythm = QWidget()
        rhythm_row = QHBoxLayout(rhythm)
        rhythm_row.setContentsMargins(0, 0, 0, 0)
        rhythm_row.addWidget(self.rhythm, 2)
        rhythm_row.addWidget(self.every_weeks, 1)
        rhythm.setFocusProxy(self.rhythm)
        self._row(
            form,
            "rhythm",
            self.tr("&Rhythm:"),
            rhythm,
            self.tr("How often the pair meets"),
            self.rhythm,
        )
        self.every_weeks.setToolTip(self.tr("Number of weeks between two sessions"))

    def _build_until(self, form: QFormLayout) -> None:
        """Until the programme's end, or for a number of sessions."""
        self.until_end = QRadioButton()
        self.for_count = QRadioButton(self.tr("For"))
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(6)
        follow_plural(self.count, lambda count: self.tr("%n sessions", "", count))
        self.count.setAccessibleName(self.tr("Number of sessions"))
        self.until_group = QButtonGroup(self)
        self.until_group.addButton(self.until_end)
        self.until_group.addButton(self.for_count)
        self.until_end.setChecked(True)
        until = QWidget()
        until_row = QHBoxLayout(until)
        until_row.setContentsMargins(0, 0, 0, 0)
        until_row.addWidget(self.until_end)
        until_row.addSpacing(16)
        until_row.addWidget(self.for_count)
        until_row.addWidget(self.count)
        until_row.addStretch(1)
        until.setFocusProxy(self.until_end)
        self._row(
            form,
            "count",
            self.tr("&Until:"),
            until,
            self.tr("Until the programme ends, or a given number of sessions"),
        )

    def _build_length_and_place(self, form: QFormLayout) -> None:
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self._row(
            form,
            "duration_minutes",
            self.tr("&Length:"),
            self.duration,
            self.tr("Length of each session"),
        )
        self.location = QLineEdit()
        self.location.setMaxLength(500)
        self.location.setPlaceholderText(self.tr("Meeting room, address or video link"))
        self._row(
            form,
            "location",
            self.tr("Pla&ce:"),
            self.location,
            self.tr("Where they meet; a video link is clickable in calendars"),
        )

    def _build_preview_and_buttons(self) -> QDialogButtonBox:
        """The sessions that would be planned, with their warnings, and Plan."""
        self.preview = QListWidget()
        self.preview.setObjectName("plan_preview")
        self.preview.setAccessibleName(self.tr("Sessions to be planned"))
        self.preview.setWordWrap(True)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.general_error = FieldError(self)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.plan_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.plan_button.setText(self.tr("&Plan"))
        self.go_to_pairs = False
        self.pairs_button = buttons.addButton(
            self.tr("&Go to Pairs"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pairs_button.setIcon(icon("handshake"))
        self.pairs_button.setToolTip(self.tr("Form the pairs first, in the Pairs view"))
        self.pairs_button.setVisible(not self.pairs)
        self.pairs_button.clicked.connect(self._go_to_pairs)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def _row(
        self,
        form: QFormLayout,
        field: str,
        label: str,
        widget: QWidget,
        tip: str,
        field_widget: QWidget | None = None,
    ) -> None:
        """A labelled row; the label points at `field_widget`, the input inside `widget`."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError(box)
        column.addWidget(error)
        self.errors[field] = error
        caption = QLabel(label)
        caption.setBuddy(field_widget or widget)
        widget.setToolTip(tip)
        (field_widget or widget).setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(caption, box)

    def _go_to_pairs(self) -> None:
        self.go_to_pairs = True
        self.reject()

    def chosen_pair(self) -> PairChoice | None:
        pair_id = self.pair.currentData()
        return next((p for p in self.pairs if p.id == pair_id), None)

    def _pair_changed(self) -> None:
        pair = self.chosen_pair()
        if pair is not None:
            first = first_suitable_day(self.database, pair.id)
            self.first_day.setDate(QDate(first.year, first.month, first.day))
            self.every_weeks.setValue(pair.rhythm_weeks)
            self.duration.setValue(pair.session_minutes or self.default_minutes)
            end = QLocale().toString(
                QDate(pair.programme_end.year, pair.programme_end.month, pair.programme_end.day),
                QLocale.FormatType.ShortFormat,
            )
            self.until_end.setText(self.tr("The programme's end ({date})").format(date=end))
        else:
            self.duration.setValue(self.default_minutes)
            self.until_end.setText(self.tr("The programme's end"))
        self.schedule_preview()

    def _rhythm_changed(self) -> None:
        series = self.rhythm.currentData() != "single"
        self.every_weeks.setEnabled(self.rhythm.currentData() == "weeks")
        for widget in (self.until_end, self.for_count, self.count):
            widget.setEnabled(series)
        self.schedule_preview()

    def schedule_preview(self) -> None:
        self.preview_timer.start()

    def plan_input(self) -> PlanInput | None:
        pair = self.chosen_pair()
        if pair is None:
            return None
        value = self.start_time.time()
        return PlanInput(
            pair_id=pair.id,
            first_day=_to_date(self.first_day.date()),
            start_time=time(value.hour(), value.minute()),
            duration_minutes=self.duration.value(),
            location=self.location.text(),
            rhythm=self.rhythm.currentData(),
            every_weeks=self.every_weeks.value(),
            count=self.count.value() if self.for_count.isChecked() else None,
        )

    def _clear_errors(self) -> None:
        for error in (*self.errors.values(), self.general_error):
            error.clear_message()

    def _show_error(self, exc: ServiceError) -> None:
        field = getattr(exc, "field", "")
        target = self.errors.get(field, self.general_error)
        target.show_message(exc.message)

    def update_preview(self) -> None:
        self.preview_timer.stop()
        self._clear_errors()
        self.preview.clear()
        plan = self.plan_input()
        if plan is None:
            self.preview_label.setText(
                self.tr(
                    "No pair to plan for yet: form an active pair first. “Go to Pairs” takes "
                    "you there."
                )
            )
            self.plan_button.setEnabled(False)
            return
        try:
            occurrences = preview_plan(self.database, plan)
        except ServiceError as exc:
            self._show_error(exc)
            self.preview_label.clear()
            self.plan_button.setEnabled(False)
            return
        warned = sum(1 for occurrence in occurrences if occurrence.warnings)
        for occurrence in occurrences:
            self.preview.addItem(occurrence_item(occurrence))
        total = len(occurrences)
        summary = self.tr("%n sessions will be planned.", "", total)
        if warned:
            summary += " " + self.tr("%n with a warning: check them below.", "", warned)
        self.preview_label.setText(summary)
        self.plan_button.setEnabled(True)

    def save(self) -> None:
        self._clear_errors()
        plan = self.plan_input()
        if plan is None:
            return
        try:
            created = plan_sessions(self.database, plan)
        except ValidationError as exc:
            self._show_error(exc)
            return
        except ServiceError as exc:
            self.general_error.show_message(exc.message)
            return
        self.created = [record.id for record in created]
        self.accept()
