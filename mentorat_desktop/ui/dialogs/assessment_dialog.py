"""Record skill assessments: one row per participant, a level for each of their focus skills.

For a whole programme or one person; at the start, at the end, or during the programme.
Each level starts at the one already recorded for that moment, else the current level.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import AssessmentKind, ProgrammeStatus
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.dashboard.dashboard import ProgrammeChoice
from mentorat_desktop.services.programmes.assessments import (
    AssessmentLine,
    assessment_sheet,
    record_assessments,
)
from mentorat_desktop.ui.models.person_skills_model import level_names
from mentorat_desktop.ui.qt_dates import to_date
from mentorat_desktop.ui.widgets.date_field import DateField
from mentorat_desktop.ui.widgets.field_error import FieldError

COL_PERSON, COL_STATUS, COL_LEVELS = range(3)


class AssessmentDialog(QDialog):
    def __init__(
        self,
        database: Database,
        programmes: list[ProgrammeChoice],
        programme_id: int | None = None,
        kind: AssessmentKind = AssessmentKind.START,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("assessment_dialog")
        self.setWindowTitle(self.tr("Skill assessments"))
        self.resize(880, 540)
        self.saved = 0
        self.lines: list[AssessmentLine] = []
        self.combos: list[tuple[AssessmentLine, QComboBox]] = []
        self.wanted_person = person_id

        self.programme = QComboBox()
        self.programme.setAccessibleName(self.tr("Programme"))
        self.programme.setToolTip(self.tr("The programme whose participants are assessed"))
        for choice in programmes:
            if choice.status is not ProgrammeStatus.DRAFT:
                self.programme.addItem(choice.name, choice.id)
        if programme_id is not None:
            self.programme.setCurrentIndex(max(0, self.programme.findData(programme_id)))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Moment"))
        self.kind.setToolTip(self.tr("Progress compares the start and the end assessments"))
        self.kind.addItem(self.tr("Start of the programme"), AssessmentKind.START)
        self.kind.addItem(self.tr("End of the programme"), AssessmentKind.END)
        self.kind.addItem(self.tr("During the programme"), AssessmentKind.OTHER)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        self.person.setToolTip(self.tr("Assess everyone at once, or one person"))
        self.day = DateField(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Date of the assessment"))
        self.day.setToolTip(self.tr("The day the levels were assessed"))
        form = QFormLayout()
        form.addRow(self.tr("&Programme:"), self.programme)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(QLabel(self.tr("on")))
        row.addWidget(self.day)
        form.addRow(self.tr("&Moment:"), row)
        form.addRow(self.tr("P&erson:"), self.person)
        for label, buddy in ((0, self.programme), (1, self.kind), (2, self.person)):
            item = form.itemAt(label, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setBuddy(buddy)

        hint = QLabel(
            self.tr(
                "Each learner's level in the skills their pair works on (0 none, 1 basics, "
                "2 intermediate, 3 advanced, 4 expert). It starts at the level already recorded "
                "for this moment, else the current level; the person's profile takes the new level."
            )
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("assessment_table")
        self.table.setAccessibleName(self.tr("Levels to record"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Recorded"), self.tr("Skills and levels")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_LEVELS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_PERSON, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error = FieldError(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Record these levels as of the date chosen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.programme.currentIndexChanged.connect(self._programme_changed)
        self.kind.currentIndexChanged.connect(self.reload)
        self.person.currentIndexChanged.connect(self.reload)
        self._programme_changed()

    def _programme_changed(self, *_args: object) -> None:
        programme_id = self.programme.currentData()
        everyone = (
            assessment_sheet(self.database, programme_id, AssessmentKind.START)
            if programme_id is not None
            else []
        )
        wanted = self.person.currentData() if self.person.count() else self.wanted_person
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone in the programme"), None)
        seen: set[int] = set()
        for line in everyone:
            if line.person_id not in seen:
                seen.add(line.person_id)
                self.person.addItem(line.person_name, line.person_id)
        self.person.setCurrentIndex(max(0, self.person.findData(wanted)))
        self.person.blockSignals(False)
        self.reload()

    def chosen_kind(self) -> AssessmentKind:
        return AssessmentKind(self.kind.currentData())  # Qt gives the data back as plain text

    def reload(self, *_args: object) -> None:
        programme_id = self.programme.currentData()
        self.lines = (
            assessment_sheet(
                self.database, programme_id, self.chosen_kind(), self.person.currentData()
            )
            if programme_id is not None
            else []
        )
        people: dict[int, list[AssessmentLine]] = {}
        for line in self.lines:
            people.setdefault(line.person_id, []).append(line)
        self.combos = []
        self.table.setRowCount(len(people))
        for row, lines in enumerate(people.values()):
            self.table.setItem(row, COL_PERSON, QTableWidgetItem(lines[0].person_name))
            cell = QWidget()
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(4, 2, 4, 2)
            for line in lines:
                combo = QComboBox()
                for level, name in enumerate(level_names()):
                    combo.addItem(name, level)
                chosen = (
                    line.recorded_level if line.recorded_level is not None else line.current_level
                )
                combo.setCurrentIndex(chosen)
                combo.setAccessibleName(
                    self.tr("{person}: level in {skill}").format(
                        person=line.person_name, skill=line.skill_name
                    )
                )
                combo.setToolTip(combo.accessibleName())
                label = QLabel(line.skill_name)
                label.setBuddy(combo)
                label.setMinimumWidth(label.sizeHint().width())  # never clipped
                cell_layout.addWidget(label)
                cell_layout.addWidget(combo)
                cell_layout.addSpacing(12)
                self.combos.append((line, combo))
            cell_layout.addStretch(1)
            self.table.setCellWidget(row, COL_LEVELS, cell)
            done = sum(line.recorded_level is not None for line in lines)
            status = (
                self.tr("yes")
                if done == len(lines)
                else self.tr("{done} of {count}").format(done=done, count=len(lines))
                if done
                else self.tr("not yet")
            )
            self.table.setItem(row, COL_STATUS, QTableWidgetItem(status))
        self.table.resizeRowsToContents()
        if programme_id is None:
            text = self.tr("No running or closed programme to assess yet.")
        else:
            text = self.tr(
                "Nobody to assess: the programme's pairs have no focus skills yet. "
                "Choose them in “Pairs” › “Edit pair…”."
            )
        self.empty.setText(text)
        self.empty.setVisible(not people)
        self.table.setVisible(bool(people))
        self.save_button.setEnabled(bool(people))

    def level_of(self, person_id: int, skill_id: int) -> QComboBox | None:
        for line, combo in self.combos:
            if (line.person_id, line.skill_id) == (person_id, skill_id):
                return combo
        return None

    def save(self) -> None:
        self.error.clear_message()
        values = [
            (line.person_id, line.skill_id, combo.currentData()) for line, combo in self.combos
        ]
        try:
            self.saved = record_assessments(
                self.database,
                self.programme.currentData(),
                self.chosen_kind(),
                values,
                on=to_date(self.day.date()),
            )
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()
