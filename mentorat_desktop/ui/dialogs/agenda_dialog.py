"""The agenda editor: ordered items, templates, the total against the session's length.

Every change is saved at once; the pair's open action items are offered on the side.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ActionOwner
from mentorat_desktop.errors import ConflictError, ServiceError
from mentorat_desktop.i18n import format_long_date
from mentorat_desktop.services.sessions.agenda import (
    AgendaEntry,
    get_agenda,
    save_agenda,
    save_preparation_notes,
    template_items,
    template_names,
)
from mentorat_desktop.services.sessions.sessions import database_zone
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models.agenda_model import COL_MINUTES, COL_TOPIC, AgendaModel
from mentorat_desktop.ui.widgets.conflict_bar import ConflictBar
from mentorat_desktop.ui.widgets.field_error import FieldError

SAVE_DELAY_MS = 700


class AgendaDialog(QDialog):
    def __init__(self, database: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.session_id = session_id
        self.setObjectName("agenda_dialog")
        self.setWindowTitle(self.tr("Session agenda"))
        self.setMinimumSize(820, 520)
        self.agenda = get_agenda(database, session_id)
        self.agenda_version = self.agenda.agenda_version
        self.preparation_version = self.agenda.preparation_version
        self.filling = False
        local = self.agenda.starts_at.astimezone(database_zone(database))
        day = format_long_date(local.date())
        title = QLabel(
            self.tr("{mentor} and {mentee}, {day} at {time}, {minutes} min").format(
                mentor=self.agenda.mentor_name,
                mentee=self.agenda.mentee_name,
                day=day,
                time=f"{local:%H:%M}",
                minutes=self.agenda.duration_minutes,
            )
        )
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)

        self.model = AgendaModel(self)
        self.model.set_rows(list(self.agenda.items))
        self.table = QTableView(self)
        self.table.setObjectName("agenda_table")
        self.table.setAccessibleName(self.tr("Agenda items"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setToolTip(
            self.tr("Double-click or F2 to edit; Alt+Up and Alt+Down or drag to reorder")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TOPIC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = self._button(
            "plus",
            self.tr("&Add item"),
            self.add_item,
            self.tr("Add an item after the selected one (Insert)"),
        )
        self.remove_button = self._button(
            "trash-2",
            self.tr("&Remove"),
            self.remove_item,
            self.tr("Remove the selected item (Delete)"),
        )
        self.up_button = self._button(
            "arrow-up",
            self.tr("Move &up"),
            lambda: self.move_item(-1),
            self.tr("Move the selected item up (Alt+Up)"),
        )
        self.down_button = self._button(
            "arrow-down",
            self.tr("Move do&wn"),
            lambda: self.move_item(1),
            self.tr("Move the selected item down (Alt+Down)"),
        )
        for key, slot in (
            (QKeySequence("Alt+Up"), lambda: self.move_item(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_item(1)),
            (QKeySequence(Qt.Key.Key_Insert), self.add_item),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_item),
        ):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.template.setToolTip(self.tr("A ready-made agenda, fitted to the session's length"))
        for template, name in template_names().items():
            self.template.addItem(name, template)
        self.template.setCurrentIndex(self.template.findData(self.agenda.suggested_template))
        self.apply_button = QPushButton(self.tr("Use &template"))
        self.apply_button.setToolTip(self.tr("Replace the agenda with the chosen template"))
        self.apply_button.clicked.connect(self.apply_template)

        self.total_label = QLabel()
        self.total_label.setObjectName("agenda_total")
        self.overflow = FieldError(self)
        self.error = FieldError(self)
        self.conflict = ConflictBar(self.reload, self)

        self.preparation = QPlainTextEdit(self.agenda.preparation_notes)
        self.preparation.setObjectName("preparation_notes")
        self.preparation.setTabChangesFocus(True)
        self.preparation.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.preparation.setToolTip(self.tr("What each side prepares; printed on the agenda"))
        self.preparation.setAccessibleName(self.tr("Preparation"))
        preparation_label = QLabel(self.tr("Pr&eparation:"))
        preparation_label.setBuddy(self.preparation)
        self.preparation_timer = QTimer(self)
        self.preparation_timer.setSingleShot(True)
        self.preparation_timer.setInterval(SAVE_DELAY_MS)
        self.preparation_timer.timeout.connect(self.save_preparation)
        self.preparation_dirty = False
        self.preparation.textChanged.connect(self._preparation_changed)

        tools = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
        tools.addStretch(1)
        templates = QHBoxLayout()
        template_label = QLabel(self.tr("Tem&plate:"))
        template_label.setBuddy(self.template)
        templates.addWidget(template_label)
        templates.addWidget(self.template, 1)
        templates.addWidget(self.apply_button)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addLayout(templates)
        left.addLayout(tools)
        left.addWidget(self.table, 1)
        left.addWidget(self.total_label)
        left.addWidget(self.overflow)
        left.addWidget(preparation_label)
        left.addWidget(self.preparation)
        left.addWidget(self.error)
        left.addWidget(self.conflict)

        layout = QHBoxLayout()
        layout.addLayout(left, 3)
        layout.addWidget(self._build_actions_box(), 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        saved = QLabel(self.tr("Changes are saved as you make them."))
        saved.setEnabled(False)
        outer = QVBoxLayout(self)
        outer.addLayout(layout, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(saved, 1)
        bottom.addWidget(buttons)
        outer.addLayout(bottom)

        self.model.edited.connect(self.save)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_total()
        self._update_buttons()

    def _button(self, name: str, text: str, slot, tip: str) -> QPushButton:
        button = QPushButton(icon(name), text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build_actions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Open actions from earlier sessions"))
        column = QVBoxLayout(box)
        self.actions_list = QListWidget()
        self.actions_list.setObjectName("open_actions")
        self.actions_list.setAccessibleName(self.tr("Open actions from earlier sessions"))
        self.actions_list.setWordWrap(True)
        owners = {
            ActionOwner.MENTOR: self.agenda.mentor_name,
            ActionOwner.MENTEE: self.agenda.mentee_name,
            ActionOwner.BOTH: self.tr("both"),
        }
        for action in self.agenda.open_actions:
            item = QListWidgetItem(
                self.tr("{text} ({owner})").format(
                    text=action.text, owner=owners.get(action.owner, "")
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, action.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.actions_list.addItem(item)
        hint = QLabel(
            self.tr("Ticked actions are proposed for this agenda.")
            if self.agenda.open_actions
            else self.tr("No open action from the pair's earlier sessions.")
        )
        hint.setWordWrap(True)
        self.add_actions_button = QPushButton(icon("plus"), self.tr("Add to the a&genda"))
        self.add_actions_button.setToolTip(self.tr("A 5-minute follow-up item per ticked action"))
        self.add_actions_button.clicked.connect(self.add_open_actions)
        self.add_actions_button.setEnabled(bool(self.agenda.open_actions))
        column.addWidget(hint)
        column.addWidget(self.actions_list, 1)
        column.addWidget(self.add_actions_button)
        return box

    # --- editing -----------------------------------------------------------------------------
    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        index = self.model.index(row, COL_TOPIC)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def add_item(self) -> None:
        current = self.current_row()
        row = self.model.add(
            AgendaEntry(self.tr("New item"), 10), current + 1 if current >= 0 else None
        )
        self.select_row(row)
        self.table.edit(self.model.index(row, COL_TOPIC))

    def remove_item(self) -> None:
        row = self.current_row()
        if row >= 0 and self.table.state() != QAbstractItemView.State.EditingState:
            self.model.removeRow(row)
            if self.model.rowCount():
                self.select_row(min(row, self.model.rowCount() - 1))

    def move_item(self, step: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.select_row(self.model.move(row, step))

    def apply_template(self) -> None:
        if self.model.rowCount():
            rows = self.model.rowCount()
            answer = QMessageBox.question(
                self,
                self.tr("Use a template"),
                self.tr("Replace the %n items of this agenda with the template?", "", rows),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        items = template_items(
            self.template.currentData(),
            self.agenda.duration_minutes,
            self.agenda.reciprocal,
            self.agenda.mentor_name,
            self.agenda.mentee_name,
        )
        self.model.set_rows(items)
        self.save()

    def add_open_actions(self) -> None:
        for index in range(self.actions_list.count()):
            item = self.actions_list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                text = item.data(Qt.ItemDataRole.UserRole)
                self.model.add(AgendaEntry(self.tr("Follow-up: {action}").format(action=text), 5))
                item.setCheckState(Qt.CheckState.Unchecked)

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def _update_total(self) -> None:
        total, length = self.model.total_minutes(), self.agenda.duration_minutes
        self.total_label.setText(
            self.tr("Total: {total} of {length} min").format(total=total, length=length)
        )
        if total > length:
            self.overflow.show_message(
                self.tr("The agenda runs {over} min over the session.").format(over=total - length)
            )
        else:
            self.overflow.clear_message()

    def save(self) -> None:
        self._update_total()
        self._update_buttons()
        items = [item for item in self.model.items if item.topic]
        try:
            self.agenda_version = save_agenda(
                self.database, self.session_id, items, expected_version=self.agenda_version
            )
        except ConflictError as exc:
            self.conflict.show_conflict(exc.message)
            return
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.error.clear_message()

    def _preparation_changed(self) -> None:
        if not self.filling:
            self.preparation_dirty = True
            self.preparation_timer.start()

    def save_preparation(self) -> bool:
        self.preparation_timer.stop()
        if not self.preparation_dirty:
            return True
        try:
            self.preparation_version = save_preparation_notes(
                self.database,
                self.session_id,
                self.preparation.toPlainText(),
                expected_version=self.preparation_version,
            )
        except ConflictError as exc:
            self.conflict.show_conflict(exc.message)
            return False
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return False
        self.preparation_dirty = False
        return True

    def reload(self) -> None:
        """Show the agenda and notes as saved now, dropping the edits that were refused."""
        self.preparation_timer.stop()
        self.agenda = get_agenda(self.database, self.session_id)
        self.filling = True
        try:
            self.model.set_rows(list(self.agenda.items))
            self.preparation.setPlainText(self.agenda.preparation_notes)
            self.preparation.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self.filling = False
        self.agenda_version = self.agenda.agenda_version
        self.preparation_version = self.agenda.preparation_version
        self.preparation_dirty = False
        self.conflict.clear_conflict()
        self.error.clear_message()
        self._update_total()
        self._update_buttons()

    def done(self, result: int) -> None:
        if not self.save_preparation() and self.conflict.showing:
            return  # refused: stay open so the user can copy their text, then reload
        super().done(result)
