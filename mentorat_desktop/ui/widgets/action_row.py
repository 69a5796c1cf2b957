"""One action item of a journal: text, owner, due date, done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mentorat_desktop.db.enums import ActionOwner
from mentorat_desktop.services.sessions.journals import ActionData
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.widgets.date_field import DateField

NO_DATE = QDate(2000, 1, 1)


class ActionRow(QWidget):
    """One action item: text, owner, due date, done."""

    def __init__(
        self,
        owners: dict[ActionOwner, str],
        action: ActionData,
        on_change: Callable[..., None],
        on_remove: Callable[[ActionRow], None],
    ) -> None:
        super().__init__()
        self.action_id = action.id
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLineEdit(action.text)
        self.text.setPlaceholderText(self.tr("What is to be done"))
        self.text.setAccessibleName(self.tr("Action"))
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Who"))
        for key, name in owners.items():
            self.owner.addItem(name, key)
        self.owner.setCurrentIndex(max(0, self.owner.findData(action.owner)))
        self.due = DateField()
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText(self.tr("no date"))
        self.due.setAccessibleName(self.tr("Due date"))
        due = action.due_on
        self.due.setDate(QDate(due.year, due.month, due.day) if due else NO_DATE)
        self.done = QCheckBox(self.tr("Done"))
        self.done.setChecked(action.done)
        remove = QPushButton(icon("trash-2"), "")
        remove.setToolTip(self.tr("Remove this action"))
        remove.setAccessibleName(self.tr("Remove this action"))
        remove.clicked.connect(lambda: on_remove(self))
        row.addWidget(self.text, 3)
        row.addWidget(self.owner, 1)
        row.addWidget(self.due, 1)
        row.addWidget(self.done)
        row.addWidget(remove)
        self.text.textEdited.connect(on_change)
        self.owner.currentIndexChanged.connect(on_change)
        self.due.dateChanged.connect(on_change)
        self.done.toggled.connect(on_change)

    def data(self) -> ActionData:
        value = self.due.date()
        due = None if value == NO_DATE else date(value.year(), value.month(), value.day())
        owner = ActionOwner(self.owner.currentData())  # Qt gives the data back as plain text
        return ActionData(self.text.text(), owner, due, self.done.isChecked(), self.action_id)
