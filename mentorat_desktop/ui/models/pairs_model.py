"""The pairs table of a programme: one row per pair, with its health as icon, word and colour."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from mentorat_desktop.db.enums import Direction, PairStatus
from mentorat_desktop.search_text import collation_key
from mentorat_desktop.services.programmes.pair_table import (
    LATE,
    ON_TRACK,
    STALLED,
    PairHealth,
    PairRow,
)
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.qt_dates import to_qdate
from mentorat_desktop.ui.theme import DANGER, OK, WARNING, status_colour

Index = QModelIndex | QPersistentModelIndex

COL_MENTOR, COL_MENTEE, COL_FOCUS, COL_RECIPROCAL, COL_STATUS = range(5)
COL_SESSIONS, COL_LAST, COL_NEXT, COL_HEALTH = range(5, 9)
COLUMN_COUNT = 9

# Default widths that fit a 1280-pixel window; the user's own are remembered by the view.
COLUMN_WIDTHS = {COL_MENTOR: 145, COL_MENTEE: 145, COL_FOCUS: 170, COL_RECIPROCAL: 75,
                 COL_STATUS: 65, COL_SESSIONS: 65, COL_LAST: 110, COL_NEXT: 115}  # fmt: skip
HEALTH_ICONS = {ON_TRACK: "circle-check", LATE: "triangle-alert", STALLED: "circle-x"}
HEALTH_KINDS = {ON_TRACK: OK, LATE: WARNING, STALLED: DANGER}
HEALTH_ORDER = {PairHealth.NOT_ACTIVE: 0, ON_TRACK: 1, LATE: 2, STALLED: 3}
STATUS_ORDER = {
    PairStatus.PROPOSED: 0,
    PairStatus.ACTIVE: 1,
    PairStatus.COMPLETED: 2,
    PairStatus.STOPPED: 3,
}


class PairsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone: ZoneInfo | None = None  # the organisation's timezone, set by the view
        self.rows: list[PairRow] = []
        self._icons: dict[PairHealth, QIcon] = {}
        self.headers = [
            self.tr("Mentor"),
            self.tr("Mentee"),
            self.tr("Focus skills"),
            self.tr("Reciprocal"),
            self.tr("Status"),
            self.tr("Sessions"),
            self.tr("Last session"),
            self.tr("Next session"),
            self.tr("Health"),
        ]
        self.tips = [
            self.tr("The one who teaches"),
            self.tr("The one who learns (and may teach back)"),
            self.tr("→ taught by the mentor, ← taught back by the mentee"),
            self.tr("The mentee teaches something back"),
            self.tr("Proposed, active, completed or stopped"),
            self.tr("Sessions held so far / sessions planned from today"),
            self.tr("Date of the last held session"),
            self.tr("Date of the next planned session"),
            self.tr("From the days since the last held session against the programme's rhythm"),
        ]

    def set_rows(self, rows: list[PairRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def status_label(self, status: PairStatus) -> str:
        return {
            PairStatus.PROPOSED: self.tr("Proposed"),
            PairStatus.ACTIVE: self.tr("Active"),
            PairStatus.COMPLETED: self.tr("Completed"),
            PairStatus.STOPPED: self.tr("Stopped"),
        }.get(status, status)

    def health_label(self, health: PairHealth) -> str:
        return {
            ON_TRACK: self.tr("On track"),
            LATE: self.tr("Late"),
            STALLED: self.tr("Stalled"),
        }.get(health, "")

    def _health_icon(self, health: PairHealth) -> QIcon:
        if health not in self._icons:
            self._icons[health] = icon(HEALTH_ICONS[health], status_colour(HEALTH_KINDS[health]))
        return self._icons[health]

    def focus_text(self, row: PairRow) -> str:
        arrows = {Direction.MENTOR_TO_MENTEE: "→", Direction.MENTEE_TO_MENTOR: "←"}
        return ", ".join(f"{arrows.get(d, '')} {name}" for name, d in row.focus)

    def _display(self, row: PairRow, column: int) -> str:
        locale = QLocale()
        if column == COL_MENTOR:
            return row.mentor_name
        if column == COL_MENTEE:
            return row.mentee_name
        if column == COL_FOCUS:
            return self.focus_text(row)
        if column == COL_RECIPROCAL:
            return self.tr("Yes") if row.reciprocal else self.tr("No")
        if column == COL_STATUS:
            return self.status_label(row.status)
        if column == COL_SESSIONS:
            return f"{row.held} / {row.planned}"
        if column == COL_LAST:
            return (
                locale.toString(to_qdate(row.last_held), QLocale.FormatType.ShortFormat)
                if row.last_held
                else ""
            )
        if column == COL_NEXT:
            if row.next_planned is None:
                return ""
            local = row.next_planned.astimezone(self.zone)
            return locale.toString(to_qdate(local.date()), QLocale.FormatType.ShortFormat)
        if column == COL_HEALTH:
            return self.health_label(row.health)
        return ""

    def _sort_value(self, row: PairRow, column: int) -> Any:
        if column == COL_MENTOR:
            return collation_key(row.mentor_name)
        if column == COL_MENTEE:
            return collation_key(row.mentee_name)
        if column == COL_FOCUS:
            return self.focus_text(row).casefold()
        if column == COL_RECIPROCAL:
            return int(row.reciprocal)
        if column == COL_STATUS:
            return STATUS_ORDER.get(row.status, 0)
        if column == COL_SESSIONS:
            return row.held
        if column == COL_LAST:
            return (row.last_held or date.min).toordinal()
        if column == COL_NEXT:
            return row.next_planned.timestamp() if row.next_planned else float("inf")
        return HEALTH_ORDER.get(row.health, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ID_ROLE:
            return row.id
        if column == COL_HEALTH and row.health:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._health_icon(row.health)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(status_colour(HEALTH_KINDS[row.health])))
            if role == Qt.ItemDataRole.ToolTipRole and row.days_since is not None:
                days = row.days_since
                return self.tr("%n days since the last held session", "", days)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_FOCUS:
                return self.focus_text(row)
            if column in (COL_MENTOR, COL_MENTEE) and row.goals:
                return row.goals
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[section]
        return None
