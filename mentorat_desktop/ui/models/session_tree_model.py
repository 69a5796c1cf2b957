"""Sessions grouped by week: week rows on top, sessions under them, in the filter's order.

Texts are made lazily in data() (only visible rows are asked), so a reset with thousands
of rows costs one pass to group them by week.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont, QIcon

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.i18n import format_long_date
from mentorat_desktop.services.sessions.session_list import (
    SessionRow,
    journal_overdue,
    needs_journal,
)
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.theme import DANGER, WARNING, status_colour

Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_PAIR, COL_PROGRAMME, COL_PLACE, COL_DURATION, COL_STATUS = range(6)
COL_JOURNAL, COL_AGENDA = 6, 7
COLUMN_COUNT = 8
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the SessionRow of a session line, None on a week
WEEK = 0  # internalId of a week line; a session line stores its week's index + 1
# Roles as plain ints: data() runs for every visible cell, and enum comparisons cost.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
FONT = int(Qt.ItemDataRole.FontRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
SORT, ID, ROW = int(SORT_ROLE), int(ID_ROLE), int(ROW_ROLE)
SESSION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class SessionTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo("Europe/Paris")
        self.now = datetime.now(UTC)
        self.weeks: list[date] = []
        self.groups: list[list[SessionRow]] = []
        self._where: dict[int, tuple[int, int]] = {}
        self.locale = QLocale()
        self.headers = [
            self.tr("When"),
            self.tr("Pair"),
            self.tr("Programme"),
            self.tr("Place"),
            self.tr("Length"),
            self.tr("Status"),
            self.tr("Journal"),
            self.tr("Agenda"),
        ]
        self.header_tips = [
            self.tr("Day and local time of the session"),
            self.tr("Mentor and mentee"),
            self.tr("The pair's programme"),
            self.tr("Room, address or video link"),
            self.tr("Planned length in minutes"),
            self.tr("Planned, held, cancelled or missed"),
            self.tr("Whether the session's journal is written"),
            self.tr("Minutes on the agenda, against the session's length"),
        ]
        self.status_text = {
            SessionStatus.PLANNED: self.tr("Planned"),
            SessionStatus.HELD: self.tr("Held"),
            SessionStatus.CANCELLED: self.tr("Cancelled"),
            SessionStatus.MISSED: self.tr("Missed"),
        }
        self.status_icon = {
            SessionStatus.PLANNED: icon("calendar-clock"),
            SessionStatus.HELD: icon("circle-check"),
            SessionStatus.CANCELLED: icon("circle-x"),
            SessionStatus.MISSED: icon("circle-alert"),
        }
        self.journal_icons = {
            "done": icon("file-text"),
            "due": icon("notebook-pen"),
            "overdue": icon("triangle-alert", status_colour(WARNING)),
        }

    # --- content -----------------------------------------------------------------------------
    def set_rows(self, rows: list[SessionRow], zone: ZoneInfo, now: datetime | None = None) -> None:
        self.beginResetModel()
        self.zone = zone
        self.now = now or datetime.now(UTC)
        self.locale = QLocale()
        self.weeks, self.groups, self._where = [], [], {}
        current: date | None = None
        for row in rows:
            local = row.starts_at.astimezone(zone).date()
            monday = local - timedelta(days=local.weekday())
            if monday != current:
                current = monday
                self.weeks.append(monday)
                self.groups.append([])
            group = self.groups[-1]
            self._where[row.id] = (len(self.groups) - 1, len(group))
            group.append(row)
        self.endResetModel()

    def session_count(self) -> int:
        return len(self._where)

    def index_of(self, session_id: int) -> QModelIndex:
        place = self._where.get(session_id)
        if place is None:
            return QModelIndex()
        return self.createIndex(place[1], 0, place[0] + 1)

    def row_at(self, index: Index) -> SessionRow | None:
        if not index.isValid() or index.internalId() == WEEK:
            return None
        return self.groups[index.internalId() - 1][index.row()]

    # --- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < COLUMN_COUNT or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, WEEK) if row < len(self.weeks) else QModelIndex()
        week = parent.row()
        if parent.internalId() != WEEK or parent.column() != 0 or row >= len(self.groups[week]):
            return QModelIndex()
        return self.createIndex(row, column, week + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == WEEK:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, WEEK)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.weeks)
        if parent.internalId() == WEEK and parent.column() == 0:
            return len(self.groups[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == WEEK:
            return Qt.ItemFlag.ItemIsEnabled
        return SESSION_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips[section]
        return None

    # --- data --------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        role = int(role)
        if index.internalId() == WEEK:
            return self._week_data(index, role)
        row = self.groups[index.internalId() - 1][index.row()]
        column = index.column()
        if role == DISPLAY:
            return self._text(row, column)
        if role == DECORATION:
            return self._icon(row, column)
        if role == TOOLTIP:
            return self._tooltip(row, column)
        if role == FOREGROUND:
            if column == COL_JOURNAL and journal_overdue(row, self.now):
                return QColor(status_colour(WARNING))
            if column == COL_AGENDA and row.agenda_minutes > row.duration_minutes:
                return QColor(status_colour(DANGER))
            return None
        if role == FONT and row.status is SessionStatus.CANCELLED and column == COL_WHEN:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == SORT:
            return self._sort_key(row, column)
        if role == ID:
            return row.id
        if role == ROW:
            return row
        if role == ALIGNMENT and column == COL_DURATION:
            return RIGHT
        return None

    def _week_data(self, index: Index, role: int) -> Any:
        if index.column() != 0:
            return None
        monday = self.weeks[index.row()]
        if role == DISPLAY:
            count = len(self.groups[index.row()])
            when = format_long_date(monday)
            week = monday.isocalendar().week
            return self.tr("Week {week}, from {day}: %n sessions", "", count).format(
                week=week, day=when
            )
        if role == FONT:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT:
            return monday.toordinal()
        return None

    def local(self, row: SessionRow) -> datetime:
        return row.starts_at.astimezone(self.zone)

    def when_text(self, row: SessionRow) -> str:
        local = self.local(row)
        day = QDate(local.year, local.month, local.day)
        short = QLocale.FormatType.ShortFormat
        weekday = self.locale.dayName(local.isoweekday(), short)
        clock = self.locale.toString(QTime(local.hour, local.minute), short)
        return f"{weekday} {self.locale.toString(day, short)} {clock}"

    def journal_state(self, row: SessionRow) -> str:
        if row.has_journal:
            return "done"
        if journal_overdue(row, self.now):
            return "overdue"
        if needs_journal(row, self.now):
            return "due"
        return ""

    def _text(self, row: SessionRow, column: int) -> str:
        if column == COL_WHEN:
            return self.when_text(row)
        if column == COL_PAIR:
            return f"{row.mentor_name} – {row.mentee_name}"
        if column == COL_PROGRAMME:
            return row.programme_name
        if column == COL_PLACE:
            return row.location
        if column == COL_DURATION:
            return self.tr("{minutes} min").format(minutes=row.duration_minutes)
        if column == COL_STATUS:
            return self.status_text.get(row.status, row.status)
        if column == COL_JOURNAL:
            state = self.journal_state(row)
            return {
                "done": self.tr("Written"),
                "due": self.tr("To write"),
                "overdue": self.tr("Overdue"),
            }.get(state, "")
        if column == COL_AGENDA:
            if not row.agenda_minutes:
                return "—"
            return self.tr("{planned}/{length} min").format(
                planned=row.agenda_minutes, length=row.duration_minutes
            )
        return ""

    def _icon(self, row: SessionRow, column: int) -> QIcon | None:
        if column == COL_STATUS:
            return self.status_icon.get(row.status)
        if column == COL_JOURNAL:
            return self.journal_icons.get(self.journal_state(row))
        return None

    def _tooltip(self, row: SessionRow, column: int) -> str | None:
        if column == COL_JOURNAL and self.journal_state(row) == "overdue":
            return self.tr("The session was more than a week ago and its journal is not written.")
        if column == COL_AGENDA and row.agenda_minutes > row.duration_minutes:
            return self.tr("The agenda is longer than the session.")
        return self._text(row, column) or None

    def _sort_key(self, row: SessionRow, column: int) -> Any:
        if column == COL_WHEN:
            return row.starts_at.timestamp()
        if column == COL_DURATION:
            return row.duration_minutes
        if column == COL_AGENDA:
            return row.agenda_minutes
        if column == COL_JOURNAL:
            return self.journal_state(row)
        if column == COL_STATUS:
            return row.status
        return self._text(row, column).casefold()
