"""Create or edit a programme: dates, rhythm, capacity, language and charter."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.programmes.charter import default_charter
from mentorat_desktop.services.programmes.programmes import (
    ProgrammeInput,
    ProgrammeRecord,
    create_programme,
    update_programme,
)
from mentorat_desktop.ui.dialogs.form_dialog import FormDialog
from mentorat_desktop.ui.widgets.date_field import DateField
from mentorat_desktop.ui.words import follow_plural


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ProgrammeDialog(FormDialog):
    def __init__(
        self,
        database: Database,
        programme: ProgrammeRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.programme = programme
        self.saved: ProgrammeRecord | None = None
        self.setObjectName("programme_dialog")
        self.setWindowTitle(
            self.tr("Edit the programme") if programme else self.tr("New programme")
        )
        self.setMinimumWidth(620)
        start = programme.start_date if programme else date.today() + timedelta(days=14)
        end = programme.end_date if programme else start + timedelta(days=182)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(programme.name if programme else "")
        self.name.setMaxLength(200)
        self.add_row(
            form,
            "name",
            self.tr("&Name:"),
            self.name,
            self.tr("For example: Mentorat inversé 2027"),
        )
        self.objectives = QPlainTextEdit(programme.objectives if programme else "")
        self.objectives.setTabChangesFocus(True)
        self.objectives.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.add_row(
            form,
            "objectives",
            self.tr("&Objectives:"),
            self.objectives,
            self.tr("What the company expects from this programme"),
        )
        self.start_date = DateField(_qdate(start))
        self.start_date.setCalendarPopup(True)
        self.add_row(
            form,
            "start_date",
            self.tr("&Start:"),
            self.start_date,
            self.tr("First day of the programme"),
        )
        self.end_date = DateField(_qdate(end))
        self.end_date.setCalendarPopup(True)
        self.add_row(
            form, "end_date", self.tr("&End:"), self.end_date, self.tr("Last day of the programme")
        )
        self.rhythm = QSpinBox()
        self.rhythm.setRange(1, 12)
        self.rhythm.setValue(programme.rhythm_weeks if programme else 2)
        follow_plural(self.rhythm, lambda weeks: self.tr("every %n weeks", "", weeks))
        self.add_row(
            form,
            "rhythm_weeks",
            self.tr("Session &rhythm:"),
            self.rhythm,
            self.tr("How often a pair meets; a pair is late after one and a half rhythms"),
        )
        self.session_minutes = QSpinBox()
        self.session_minutes.setRange(5, 480)
        self.session_minutes.setSingleStep(15)
        self.session_minutes.setSuffix(self.tr(" min"))
        self.session_minutes.setValue(programme.session_minutes if programme else 60)
        self.add_row(
            form,
            "session_minutes",
            self.tr("Session &length:"),
            self.session_minutes,
            self.tr("Split between the two directions of the pair"),
        )
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 10)
        self.capacity.setValue(programme.mentor_capacity if programme else 2)
        self.add_row(
            form,
            "mentor_capacity",
            self.tr("Mentees per &mentor:"),
            self.capacity,
            self.tr("The most mentees one mentor takes in this programme"),
        )
        self.midpoint = QCheckBox(self.tr("A mid-point review"))
        self.midpoint.setChecked(programme.midpoint_review if programme else True)
        self.add_row(
            form,
            "midpoint_review",
            self.tr("Re&view:"),
            self.midpoint,
            self.tr("Halfway through, each pair takes stock"),
        )
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(programme.language if programme else "fr"))
        )
        self.add_row(
            form,
            "language",
            self.tr("Document l&anguage:"),
            self.language,
            self.tr("Charters, certificates and the report print in this language"),
        )
        self.charter = QPlainTextEdit(
            programme.charter_text if programme else default_charter("fr")
        )
        self.charter.setTabChangesFocus(True)
        self.charter.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        charter_box = QWidget()
        charter_layout = QVBoxLayout(charter_box)
        charter_layout.setContentsMargins(0, 0, 0, 0)
        charter_layout.addWidget(self.charter)
        row = QHBoxLayout()
        self.default_charter_button = QPushButton(self.tr("Use the default text"))
        self.default_charter_button.setToolTip(
            self.tr("Replace the charter by the default template in the document language")
        )
        self.default_charter_button.clicked.connect(self.use_default_charter)
        row.addWidget(self.default_charter_button)
        row.addStretch(1)
        charter_layout.addLayout(row)
        charter_box.setFocusProxy(self.charter)
        self.add_row(
            form,
            "charter_text",
            self.tr("&Charter:"),
            charter_box,
            self.tr("The commitments each pair signs"),
        )

        self.lay_out(form)

    def use_default_charter(self) -> None:
        self.charter.setPlainText(default_charter(self.language.currentData()))

    def current_input(self) -> ProgrammeInput:
        return ProgrammeInput(
            name=self.name.text(),
            start_date=_date(self.start_date.date()),
            end_date=_date(self.end_date.date()),
            objectives=self.objectives.toPlainText(),
            rhythm_weeks=self.rhythm.value(),
            session_minutes=self.session_minutes.value(),
            mentor_capacity=self.capacity.value(),
            language=self.language.currentData(),
            charter_text=self.charter.toPlainText(),
            midpoint_review=self.midpoint.isChecked(),
        )

    def save(self) -> None:
        self.clear_errors()
        try:
            if self.programme is None:
                self.saved = create_programme(self.database, self.current_input())
            else:
                self.saved = update_programme(
                    self.database, self.programme.id, self.current_input(), self.programme.version
                )
        except ServiceError as exc:
            self.show_error(exc)
            return
        self.accept()
