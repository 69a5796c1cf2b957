"""Choose who takes part in a programme, from the staff, filtered by department or skill."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.programmes.participants import set_participants, staff_choices
from mentorat_desktop.ui.widgets.field_error import FieldError

ID_ROLE = Qt.ItemDataRole.UserRole + 2
COL_NAME, COL_DEPARTMENT, COL_TEACHES, COL_WANTS = range(4)


class _Filter(QSortFilterProxyModel):
    """Text in any column, and the chosen department."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.department = ""
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_department(self, department: str) -> None:
        self.department = department
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        if self.department and model.index(row, COL_DEPARTMENT, parent).data() != self.department:
            return False
        return super().filterAcceptsRow(row, parent)


class ParticipantsDialog(QDialog):
    def __init__(
        self, database: Database, programme_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.programme_id = programme_id
        self.setObjectName("participants_dialog")
        self.setWindowTitle(self.tr("Participants of the programme"))
        self.resize(860, 560)
        choices = staff_choices(database, programme_id)

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Department"),
                self.tr("Can teach"),
                self.tr("Wants to learn"),
            ]
        )
        for choice in choices:
            name = QStandardItem(choice.name)
            name.setCheckable(True)
            name.setCheckState(
                Qt.CheckState.Checked if choice.participant else Qt.CheckState.Unchecked
            )
            name.setData(choice.id, ID_ROLE)
            items = [name] + [
                QStandardItem(text)
                for text in (choice.department, ", ".join(choice.teaches), ", ".join(choice.wants))
            ]
            for item in items:
                item.setEditable(False)
            items[COL_TEACHES].setToolTip(items[COL_TEACHES].text())
            items[COL_WANTS].setToolTip(items[COL_WANTS].text())
            self.model.appendRow(items)
        self.model.itemChanged.connect(self._update_count)

        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name, a department or a skill"))
        self.search.setToolTip(self.tr("Shows the people whose name, department or skills match"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.department = QComboBox()
        self.department.setToolTip(self.tr("Show one department only"))
        self.department.setAccessibleName(self.tr("Department"))
        self.department.addItem(self.tr("All departments"), "")
        for department in sorted({c.department for c in choices if c.department}):
            self.department.addItem(department, department)
        self.department.currentIndexChanged.connect(
            lambda _i: self.proxy.set_department(self.department.currentData())
        )

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEACHES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WANTS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_NAME, 210)
        self.table.setColumnWidth(COL_DEPARTMENT, 170)
        self.table.setAccessibleName(self.tr("Staff"))

        self.count_label = QLabel()
        self.error = FieldError(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.department)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Tick the people who take part. The matcher forms pairs among them only.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_count()

    def chosen_ids(self) -> set[int]:
        return {
            self.model.item(row, COL_NAME).data(ID_ROLE)
            for row in range(self.model.rowCount())
            if self.model.item(row, COL_NAME).checkState() == Qt.CheckState.Checked
        }

    def set_chosen(self, person_id: int, chosen: bool) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row, COL_NAME)
            if item.data(ID_ROLE) == person_id:
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def _update_count(self, *_args: object) -> None:
        count = len(self.chosen_ids())
        self.count_label.setText(self.tr("%n participants chosen", "", count))

    def save(self) -> None:
        self.error.clear_message()
        try:
            set_participants(self.database, self.programme_id, self.chosen_ids())
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.accept()
