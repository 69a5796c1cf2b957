"""The staff table: one row per person; a proxy filters by search text and by the filters."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from mentorat_desktop.search_text import fold_cached, matches, search_terms
from mentorat_desktop.services.staff.staff_directory import (
    StaffRow,
    generation_band,
    seniority_years,
)
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

COL_NAME, COL_DEPARTMENT, COL_JOB, COL_GENERATION, COL_SENIORITY = range(5)
COL_TEACHES, COL_LEARNS, COL_PAIRS, COL_ARCHIVED = range(5, 9)
COLUMN_COUNT = 9


class StaffTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StaffRow] = []
        self._display: list[tuple[str, ...] | None] = []
        self._today = date.today()
        self.sort_column, self.sort_order = COL_NAME, Qt.SortOrder.AscendingOrder
        self._row_of: dict[int, int] = {}
        self.headers = [
            self.tr("Name"),
            self.tr("Department"),
            self.tr("Job title"),
            self.tr("Generation"),
            self.tr("Seniority"),
            self.tr("Can teach"),
            self.tr("Wants to learn"),
            self.tr("Active pairs"),
            self.tr("Status"),
        ]
        self.header_tips = [
            self.tr("First and last name"),
            self.tr("The person's department"),
            self.tr("The person's job title"),
            self.tr("Generation band, from the birth year"),
            self.tr("Years since the hire date"),
            self.tr("Skills the person can teach"),
            self.tr("Skills the person wants to learn"),
            self.tr("Pairs in progress, as mentor or mentee"),
            self.tr("Active or archived"),
        ]

    def set_rows(
        self,
        rows: list[StaffRow],
        column: int = COL_NAME,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        """Replace every row, already sorted (a sort after the reset would filter twice)."""
        self.beginResetModel()
        self._today = date.today()
        self.sort_column, self.sort_order = column, order
        self.rows = self._sorted(rows, column, order)
        self._display = [None] * len(self.rows)
        self._row_of = {row.id: index for index, row in enumerate(self.rows)}
        self.endResetModel()

    def _sorted(self, rows: list[StaffRow], column: int, order: Qt.SortOrder) -> list[StaffRow]:
        if not 0 <= column < COLUMN_COUNT:
            return list(rows)
        name = self.sort_key
        return sorted(
            rows,
            key=lambda row: (name(row, column), name(row, COL_NAME)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def texts(self, row_number: int) -> tuple[str, ...]:
        """The row's display strings, made when first asked for (only visible rows are)."""
        texts = self._display[row_number]
        if texts is None:
            texts = self._display[row_number] = self._texts(self.rows[row_number])
        return texts

    def _texts(self, row: StaffRow) -> tuple[str, ...]:
        years = seniority_years(row.hire_date, self._today)
        seniority = "" if years is None else seniority_text(years)
        return (
            row.full_name,
            row.department_name,
            row.job_title,
            generation_band(row.birth_year),
            seniority,
            ", ".join(row.teaches),
            ", ".join(row.learns),
            str(row.active_pairs) if row.active_pairs else "",
            self.tr("Archived") if row.archived else self.tr("Active"),
        )

    def row_of(self, person_id: int) -> int | None:
        return self._row_of.get(person_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.texts(row)[column]
            if column == COL_GENERATION and self.rows[row].birth_year:
                return self.tr("Born in {year}").format(year=self.rows[row].birth_year)
            hired = self.rows[row].hire_date
            if column == COL_SENIORITY and hired:
                return self.tr("Hired on {date}").format(date=hired.strftime("%d/%m/%Y"))
            return text or None
        if role == SORT_ROLE:
            return self.sort_key(self.rows[row], column)
        if role == ID_ROLE:
            return self.rows[row].id
        if role == Qt.ItemDataRole.ForegroundRole and self.rows[row].archived:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and self.rows[row].archived and column == COL_ARCHIVED:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PAIRS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def sort_key(row: StaffRow, column: int) -> Any:
        """Native values: names by last then first name (accents ignored), days, counts."""
        if column == COL_NAME:
            return f"{fold_cached(row.last_name)}  {fold_cached(row.first_name)}"
        if column == COL_DEPARTMENT:
            return fold_cached(row.department_name)
        if column == COL_JOB:
            return fold_cached(row.job_title)
        if column == COL_GENERATION:
            return row.birth_year or 0
        if column == COL_SENIORITY:
            return (row.hire_date or date.max).toordinal()
        if column == COL_TEACHES:
            return len(row.teaches)
        if column == COL_LEARNS:
            return len(row.learns)
        if column == COL_PAIRS:
            return row.active_pairs
        return int(row.archived)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in Python (one key per row) rather than by the proxy's comparisons."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.id for row in self.rows]
        texts = {row.id: text for row, text in zip(self.rows, self._display, strict=True)}
        self.sort_column, self.sort_order = column, order
        self.rows = self._sorted(self.rows, column, order)
        self._display = [texts[row.id] for row in self.rows]
        self._row_of = {row.id: index for index, row in enumerate(self.rows)}
        old = self.persistentIndexList()
        new = [
            self.index(self._row_of[old_ids[i.row()]], i.column()) if i.isValid() else QModelIndex()
            for i in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


def seniority_text(years: int) -> str:
    if years == 0:
        return translate("Seniority", "less than a year")
    return translate("Seniority", "%n years", None, years)


ARCHIVED_ANY, ARCHIVED_NO, ARCHIVED_YES = range(3)


class StaffFilterProxy(QSortFilterProxyModel):
    """Filters in one pass over precomputed folded text; sorting is forwarded to the source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []
        self.department_id: int | None = None
        self.archived = ARCHIVED_NO
        self.teach_skill: int | None = None
        self.learn_skill: int | None = None
        self.setDynamicSortFilter(False)

    def set_filters(self, **values: Any) -> None:
        if "text" in values:
            self.terms = search_terms(values.pop("text"))
        for name, value in values.items():
            setattr(self, name, value)
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _staff(self) -> StaffTableModel:
        return cast(StaffTableModel, self.sourceModel())  # the only model it is given

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self._staff().rows[source_row]
        if self.archived != ARCHIVED_ANY and row.archived != (self.archived == ARCHIVED_YES):
            return False
        if self.department_id is not None and row.department_id != self.department_id:
            return False
        if self.teach_skill is not None and self.teach_skill not in row.teach_ids:
            return False
        if self.learn_skill is not None and self.learn_skill not in row.learn_ids:
            return False
        return not self.terms or matches(row.search_text, self.terms)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def source_row_for(self, person_id: int) -> QModelIndex:
        row = self._staff().row_of(person_id)
        if row is None:
            return QModelIndex()
        return self.mapFromSource(self.sourceModel().index(row, 0))
