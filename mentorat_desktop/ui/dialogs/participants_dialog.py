"""Choose who takes part in a programme, from the staff, filtered by department or skill."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.search_text import collation_key
from mentorat_desktop.services.programmes.participants import (
    StaffChoice,
    set_participants,
    staff_choices,
)
from mentorat_desktop.ui.models import SORT_ROLE
from mentorat_desktop.ui.widgets.field_error import FieldError

ID_ROLE = Qt.ItemDataRole.UserRole + 2
SKILLS_ROLE = Qt.ItemDataRole.UserRole + 3
GENERATION_ROLE = Qt.ItemDataRole.UserRole + 4
COL_NAME, COL_DEPARTMENT, COL_TEACHES, COL_WANTS = range(4)


class _Filter(QSortFilterProxyModel):
    """Text in any column, and the chosen department, skill and generation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.department = ""
        self.skill = ""
        self.generation = ""
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)

    def set_filters(self, department: str, skill: str, generation: str) -> None:
        self.beginFilterChange()
        self.department, self.skill, self.generation = department, skill, generation
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        if self.department and model.index(row, COL_DEPARTMENT, parent).data() != self.department:
            return False
        name = model.index(row, COL_NAME, parent)
        if self.skill and self.skill not in name.data(SKILLS_ROLE):
            return False
        if self.generation and name.data(GENERATION_ROLE) != self.generation:
            return False
        return super().filterAcceptsRow(row, parent)


class _SpaceTicksSelection(QObject):
    """Space ticks every selected row (Ctrl+A then Space ticks them all), or unticks them
    when all are ticked already; the table alone would toggle only the current row."""

    def __init__(self, dialog: ParticipantsDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.dialog.toggle_selected()
            return True
        return super().eventFilter(watched, event)


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
            self.model.appendRow(self._items(choice))
        self.model.itemChanged.connect(self._update_count)

        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name, a department or a skill"))
        self.search.setToolTip(self.tr("Shows the people whose name, department or skills match"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.department = self._filter_combo(
            self.tr("All departments"),
            self.tr("Show one department only"),
            self.tr("Department"),
            {c.department for c in choices if c.department},
        )
        self.skill = self._filter_combo(
            self.tr("All skills"),
            self.tr("Show the people who can teach or want to learn this skill"),
            self.tr("Skill"),
            {skill for c in choices for skill in (*c.teaches, *c.wants)},
        )
        self.generation = self._filter_combo(
            self.tr("All generations"),
            self.tr("Show one generation only"),
            self.tr("Generation"),
            {c.generation for c in choices if c.generation},
        )

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.installEventFilter(_SpaceTicksSelection(self))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEACHES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WANTS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_NAME, 210)
        self.table.setColumnWidth(COL_DEPARTMENT, 170)
        self.table.setAccessibleName(self.tr("Staff"))
        self.table.setToolTip(
            self.tr("Space ticks the selected rows; Ctrl+A selects every row shown")
        )
        table_label = QLabel(self.tr("&Staff:"))
        table_label.setBuddy(self.table)

        self.tick_shown = self._bulk_button(
            self.tr("&Tick all shown"),
            self.tr("Tick every person the filters show (everyone when no filter is set)"),
            lambda: self.set_shown(Qt.CheckState.Checked),
        )
        self.untick_shown = self._bulk_button(
            self.tr("&Untick all shown"),
            self.tr("Untick every person the filters show"),
            lambda: self.set_shown(Qt.CheckState.Unchecked),
        )
        self.invert_shown = self._bulk_button(
            self.tr("&Invert"),
            self.tr("Tick those shown who are not ticked, untick the others"),
            lambda: self.set_shown(None),
        )

        self.count_label = QLabel()
        self.error = FieldError(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.department, self.skill, self.generation):
            filters.addWidget(combo, 1)
        bulk = QHBoxLayout()
        bulk.addWidget(table_label)
        bulk.addStretch(1)
        for button in (self.tick_shown, self.untick_shown, self.invert_shown):
            bulk.addWidget(button)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Tick the people who take part. The matcher forms pairs among them only.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(filters)
        layout.addLayout(bulk)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_count()

    def _items(self, choice: StaffChoice) -> list[QStandardItem]:
        """One person's row: the name ticked if taking part, sorted as a French reader does."""
        name = QStandardItem(choice.name)
        name.setCheckable(True)
        name.setCheckState(Qt.CheckState.Checked if choice.participant else Qt.CheckState.Unchecked)
        name.setData(choice.id, ID_ROLE)
        name.setData(frozenset((*choice.teaches, *choice.wants)), SKILLS_ROLE)
        name.setData(choice.generation, GENERATION_ROLE)
        texts = (choice.department, ", ".join(choice.teaches), ", ".join(choice.wants))
        items = [name] + [QStandardItem(text) for text in texts]
        for item in items:
            item.setEditable(False)
            item.setData(collation_key(item.text()), SORT_ROLE)
        items[COL_TEACHES].setToolTip(items[COL_TEACHES].text())
        items[COL_WANTS].setToolTip(items[COL_WANTS].text())
        return items

    def _filter_combo(self, everyone: str, tip: str, name: str, values: set[str]) -> QComboBox:
        combo = QComboBox()
        combo.setToolTip(tip)
        combo.setAccessibleName(name)
        combo.addItem(everyone, "")
        for value in sorted(values, key=collation_key):
            combo.addItem(value, value)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _bulk_button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _filters_changed(self, *_args: object) -> None:
        self.proxy.set_filters(
            self.department.currentData(), self.skill.currentData(), self.generation.currentData()
        )

    def _shown_items(self, rows: list[int] | None = None) -> list[QStandardItem]:
        """The name cells of the rows the filters show (or of these proxy rows)."""
        wanted = range(self.proxy.rowCount()) if rows is None else rows
        return [
            self.model.itemFromIndex(self.proxy.mapToSource(self.proxy.index(row, COL_NAME)))
            for row in wanted
        ]

    def _tick(self, items: list[QStandardItem], state: Qt.CheckState | None) -> None:
        """Tick, untick or (None) invert, with one count update at the end."""
        self.model.blockSignals(True)
        try:
            for item in items:
                if state is None:
                    ticked = item.checkState() == Qt.CheckState.Checked
                    item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
                else:
                    item.setCheckState(state)
        finally:
            self.model.blockSignals(False)
        if items:
            first, last = (
                self.model.index(0, COL_NAME),
                self.model.index(self.model.rowCount() - 1, COL_NAME),
            )
            self.model.dataChanged.emit(first, last, [Qt.ItemDataRole.CheckStateRole])
        self._update_count()

    def set_shown(self, state: Qt.CheckState | None) -> None:
        self._tick(self._shown_items(), state)

    def toggle_selected(self) -> None:
        """Tick every selected row, or untick them if they are all ticked."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        items = self._shown_items(rows)
        all_ticked = all(item.checkState() == Qt.CheckState.Checked for item in items)
        self._tick(items, Qt.CheckState.Unchecked if all_ticked else Qt.CheckState.Checked)

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
