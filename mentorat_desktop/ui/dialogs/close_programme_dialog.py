"""Close a programme: record each learner's end level in their focus skills first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.services.database import Database
from mentorat_desktop.services.errors import ServiceError
from mentorat_desktop.services.match_text import level_name
from mentorat_desktop.services.programmes import (
    ProgrammeRecord,
    close_programme,
    closing_assessments,
)
from mentorat_desktop.ui.widgets.field_error import FieldError


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
        self.assessments = closing_assessments(database, programme.id)
        hint = QLabel(
            self.tr(
                "End-of-programme assessment: the level each learner reached in the skills "
                "worked on. It shows the progress in the programme report."
            )
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(len(self.assessments), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Learner"), self.tr("Skill"), self.tr("Level reached")]
        )
        self.table.setAccessibleName(self.tr("End-of-programme assessment"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.levels: list[QComboBox] = []
        for row, item in enumerate(self.assessments):
            self.table.setItem(row, 0, QTableWidgetItem(item.person_name))
            self.table.setItem(row, 1, QTableWidgetItem(item.skill_name))
            combo = QComboBox()
            for level in range(5):
                combo.addItem(f"{level} – {level_name(level)}", level)
            combo.setCurrentIndex(item.level)
            combo.setAccessibleName(self.tr("Level reached"))
            self.table.setCellWidget(row, 2, combo)
            self.levels.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 170)
        self.error = FieldError(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.addButton(
            self.tr("Close the programme"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.error.clear_message()
        values = [
            (item.person_id, item.skill_id, combo.currentData())
            for item, combo in zip(self.assessments, self.levels, strict=True)
        ]
        try:
            close_programme(self.database, self.programme.id, self.programme.version, values)
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()
