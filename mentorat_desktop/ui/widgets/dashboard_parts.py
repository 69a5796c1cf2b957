"""Parts of the dashboard: a figure tile, and the to-do list whose lines are links."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mentorat_desktop.services.dashboard import dashboard_data as todo
from mentorat_desktop.services.dashboard.dashboard_data import TodoItem
from mentorat_desktop.services.dashboard.figure_help import figure_explanations, figures_scope
from mentorat_desktop.ui.icons import accent, icon

TODO_ROLE = Qt.ItemDataRole.UserRole
KIND_ICONS = {
    todo.LATE_PAIR: "calendar-clock",
    todo.LATE_PAIRS_MORE: "calendar-clock",
    todo.NOT_A_FIT: "handshake",
    todo.JOURNAL: "notebook-pen",
    todo.JOURNALS_MORE: "notebook-pen",
    todo.ACTION: "clipboard-list",
    todo.ACTIONS_MORE: "clipboard-list",
    todo.ENDING: "calendar-x",
    todo.CERTIFICATES: "graduation-cap",
    todo.END_ASSESSMENTS: "graduation-cap",
    todo.UNTAUGHT: "users",
}


SHRINK_AFTER_PX = 24  # wider than a scroll bar


class FigureTile(QFrame):
    """A figure: its value large, its name, and what it counts; the tooltip and "What's
    this?" also say how it is computed."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"figure_{key}")
        self.explanation = figure_explanations().get(key, "")
        self._fitted_width = 0  # the width the height was last fitted to (_fit_height)
        self.setWhatsThis(self._explained(""))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.value = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        caption_font = QFont(self.font())
        caption_font.setBold(True)
        self.caption.setFont(caption_font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as its wrapped lines need at this width: a grid row does not ask, and the
        caption would print over the line below."""
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow at once; shrink only when the tile got clearly wider. In the figures' scroll
        area a scroll bar that comes and goes changes the width by its own: fitting both
        ways made bar, width and height chase each other until the stack overflowed."""
        if not self.hasHeightForWidth():
            return
        width = self.width()
        needed = self.heightForWidth(width)
        if needed <= 0 or needed == self.minimumHeight():
            return
        if needed > self.minimumHeight() or width > self._fitted_width + SHRINK_AFTER_PX:
            self._fitted_width = width
            self.setMinimumHeight(needed)

    def set_line(self, label: str, value: str, detail: str) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {accent()};")
        self.caption.setText(label)
        self.detail.setText(detail)
        self.setToolTip(self._explained(f"{label}: {value} — {detail}"))
        self.setWhatsThis(self._explained(label))
        self.setAccessibleName(f"{label}: {value}")
        self.setAccessibleDescription(f"{detail}. {self.explanation}")  # the tooltip, read out
        self._fit_height()

    def _explained(self, heading: str) -> str:
        parts = [f"<b>{escape(heading, quote=False)}</b>"] if heading else []
        parts += [escape(self.explanation, quote=False), escape(figures_scope(), quote=False)]
        return "".join(f"<p>{part}</p>" for part in parts)


class TodoList(QListWidget):
    """One line per thing to do; a click or Enter on a line emits ``chosen`` with its item."""

    chosen = Signal(object)  # TodoItem
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todo_list")
        self.setAccessibleName(self.tr("To do"))
        self.setWordWrap(True)
        self.setIconSize(QSize(18, 18))
        self.setSpacing(2)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.itemClicked.connect(self._open)
        self.itemActivated.connect(self._open)
        # The entries live here, each line holds its index: a Python object stored in an
        # item's data is never released by PySide, so each refresh leaked the whole list.
        self._entries: list[TodoItem] = []

    def _entry(self, item: QListWidgetItem) -> TodoItem | None:
        index = item.data(TODO_ROLE)
        return self._entries[index] if isinstance(index, int) and index >= 0 else None

    def _open(self, item: QListWidgetItem) -> None:
        entry = self._entry(item)
        if entry is not None:
            self.chosen.emit(entry)

    def set_items(self, items: Sequence[TodoItem], programme_shown: bool) -> None:
        self.clear()
        self._entries = list(items)
        places = {
            "pairs": self.tr("Opens the pair in Pairs"),
            "sessions": self.tr("Opens the session in Sessions"),
            "skills": self.tr("Opens the skill in Skills"),
            "documents": self.tr("Opens the certificates in Documents"),
            "assessment": self.tr("Opens the end-of-programme assessment"),
        }
        link = QColor(accent())  # the palette's link colour is unreadable on some dark themes
        for index, entry in enumerate(items):
            name = "triangle-alert" if entry.urgent else KIND_ICONS.get(entry.kind, "circle-alert")
            text = entry.text
            item = QListWidgetItem(icon(name), text)
            item.setData(TODO_ROLE, index)
            item.setToolTip(places.get(entry.view, ""))
            item.setForeground(link)
            font = item.font()
            font.setUnderline(True)
            item.setFont(font)
            self.addItem(item)
        count = len(items)
        if count == 0:
            item = QListWidgetItem(
                icon("circle-check"),
                self.tr("Nothing to do: every pair meets, every journal is written.")
                if programme_shown
                else self.tr("Nothing to do yet."),
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setData(TODO_ROLE, -1)
            self.addItem(item)
        self.count_changed.emit(count)

    def entries(self) -> list[TodoItem]:
        found = []
        for row in range(self.count()):
            entry = self._entry(self.item(row))
            if entry is not None:
                found.append(entry)
        return found
