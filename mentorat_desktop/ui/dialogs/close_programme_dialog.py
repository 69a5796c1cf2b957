"""Close a programme: record each learner's end level in their focus skills first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.programmes.programmes import (
    ProgrammeRecord,
    close_programme,
    closing_assessments,
)
from mentorat_desktop.ui.models.end_levels_model import (
    COL_LEARNER,
    COL_LEVEL,
    COL_SKILL,
    EndLevelsModel,
)
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
        try:
            close_programme(
                self.database, self.programme.id, self.programme.version, self.model.values()
            )
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()
