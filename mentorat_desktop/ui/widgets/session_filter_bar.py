"""The sessions list's filters: quick buttons, then programme, pair and person."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.services.sessions import session_list as sl


class SessionFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quick = sl.UPCOMING
        rows = QVBoxLayout(self)  # the quick filters, then the choices: room for both at 1024 px
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        row = QHBoxLayout()
        choices = QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(choices)
        labels = {
            sl.THIS_WEEK: (self.tr("This week"), self.tr("Every session of the current week")),
            sl.UPCOMING: (self.tr("Upcoming"), self.tr("Planned sessions still to come")),
            sl.TO_JOURNAL: (
                self.tr("To journal"),
                self.tr("Held or past sessions whose journal is not written"),
            ),
            sl.PAST: (self.tr("Past"), self.tr("Sessions already past, newest first")),
            sl.CANCELLED: (self.tr("Cancelled"), self.tr("Cancelled sessions, kept in history")),
            sl.ALL: (self.tr("All"), self.tr("Every session")),
        }
        self.quick_group = QButtonGroup(self)
        self.quick_buttons: dict[str, QPushButton] = {}
        for key in sl.QUICK_FILTERS:
            text, tip = labels[key]
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setChecked(key == self.quick)
            button.clicked.connect(lambda _=False, k=key: self.set_quick(k))
            self.quick_group.addButton(button)
            self.quick_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.programme_combo = self._combo(
            self.tr("Programme"), self.tr("Only the sessions of one programme")
        )
        self.pair_combo = self._combo(self.tr("Pair"), self.tr("Only the sessions of one pair"))
        self.person_combo = self._combo(
            self.tr("Person"), self.tr("Only the sessions of one person (type to search)")
        )
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.person_combo.completer()
        if completer is not None:  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.programme_combo.activated.connect(self._programme_chosen)
        self.pair_combo.activated.connect(self.changed)
        self.person_combo.activated.connect(self.changed)
        for combo in (self.programme_combo, self.pair_combo, self.person_combo):
            choices.addWidget(combo, 1)
        self.database: Database | None = None

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _fill(self, combo: QComboBox, everyone: str, choices: list[sl.Choice]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for choice in choices:
            combo.addItem(choice.label, choice.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def load_choices(self, database: Database) -> None:
        self.database = database
        self._fill(self.programme_combo, self.tr("All programmes"), sl.programme_choices(database))
        self._fill_pairs()
        self._fill(self.person_combo, self.tr("Everyone"), sl.person_filter_choices(database))

    def _fill_pairs(self) -> None:
        programme = self.programme_combo.currentData()
        choices = (
            sl.pair_filter_choices(self.database, programme)
            if programme is not None and self.database is not None
            else []
        )
        self._fill(self.pair_combo, self.tr("All pairs"), choices)
        self.pair_combo.setEnabled(programme is not None)

    def _programme_chosen(self) -> None:
        self._fill_pairs()
        self.changed.emit()

    def set_quick(self, key: str) -> None:
        self.quick = key
        self.quick_buttons[key].setChecked(True)
        self.changed.emit()

    def filters(self) -> sl.SessionFilter:
        return sl.SessionFilter(
            self.quick,
            self.programme_combo.currentData(),
            self.pair_combo.currentData(),
            self.person_combo.currentData(),
        )
