"""Binômes: a programme's pairs with their health, and everything to form and follow them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus, ProgrammeStatus
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.changes import Changes, changes_of
from mentorat_desktop.services.mail import MailKind
from mentorat_desktop.services.programmes import pairs as pair_service
from mentorat_desktop.services.programmes.matching import apply_proposals
from mentorat_desktop.services.programmes.pair_table import PairHealth, PairRow, list_pairs
from mentorat_desktop.services.programmes.pairs import get_pair
from mentorat_desktop.services.programmes.participants import set_participants
from mentorat_desktop.services.programmes.programmes import (
    ProgrammeRecord,
    close_programme,
    create_programme,
    list_programmes,
    start_programme,
    update_programme,
)
from mentorat_desktop.services.sessions.programme_plan import plan_programme
from mentorat_desktop.services.sessions.sessions import database_zone
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.models.pairs_model import COL_MENTOR, COLUMN_WIDTHS, PairsTableModel
from mentorat_desktop.ui.views.base import BaseView
from mentorat_desktop.ui.views.catalogue import ViewSpec
from mentorat_desktop.ui.views.mail_entry import MailEntry
from mentorat_desktop.ui.widgets.next_step_hint import NextStepHint

HEADER_KEY = "pairs/header"
PROGRAMME_KEY = "pairs/programme"


class PairsView(BaseView):
    shows = Changes(people=True, programmes=True, pairs=True, sessions=True)

    def __init__(self, spec: ViewSpec, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(spec, database, parent)
        self.programmes: list[ProgrammeRecord] = []
        self._programme_to_show: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(12)

        header = self.title_row()
        self.programme_combo = QComboBox()
        self.programme_combo.setMinimumWidth(320)
        self.programme_combo.setAccessibleName(self.tr("Programme"))
        self.programme_combo.setToolTip(self.tr("The programme whose pairs are shown"))
        self.programme_combo.currentIndexChanged.connect(self._programme_changed)
        header.addWidget(self.programme_combo)
        header.addStretch(1)
        outer.addLayout(header)
        summary = QHBoxLayout()  # the programme's state and its pairs' health, on their own line
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        summary.addWidget(self.status_label, 3)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        summary.addWidget(self.count_label, 2)
        outer.addLayout(summary)

        programme_row = QHBoxLayout()
        self.new_programme_button = self._button(
            "plus", self.tr("New programme…"), self.tr("Create a programme (cohort)")
        )
        self.new_programme_button.clicked.connect(self.new_programme)
        self.edit_programme_button = self._button(
            "settings", self.tr("Edit programme…"), self.tr("Dates, rhythm, capacity, charter")
        )
        self.edit_programme_button.clicked.connect(self.edit_programme)
        self.participants_button = self._button(
            "users", self.tr("Participants…"), self.tr("Choose who takes part in the programme")
        )
        self.participants_button.clicked.connect(self.edit_participants)
        self.start_button = self._button(
            "calendar-check", self.tr("Start"), self.tr("The programme begins: draft → running")
        )
        self.start_button.clicked.connect(self.start)
        self.close_button = self._button(
            "archive",
            self.tr("Close…"),
            self.tr("End the programme, after the end-of-programme assessments"),
        )
        self.close_button.clicked.connect(self.close_programme)
        for button in (
            self.new_programme_button,
            self.edit_programme_button,
            self.participants_button,
            self.start_button,
            self.close_button,
        ):
            programme_row.addWidget(button)
        programme_row.addStretch(1)
        outer.addLayout(programme_row)

        pair_row = QHBoxLayout()
        self.suggest_button = self._button(
            "sparkles",
            self.tr("Suggest pairs…"),
            self.tr("The matcher proposes the best pairs among the participants, with reasons"),
        )
        self.suggest_button.clicked.connect(self.suggest)
        self.new_pair_button = self._button(
            "user-plus", self.tr("New pair…"), self.tr("Form a pair by hand")
        )
        self.new_pair_button.clicked.connect(self.new_pair)
        self.edit_pair_button = self._button(
            "notebook-pen",
            self.tr("Edit pair…"),
            self.tr("Goals, focus skills and status of the selected pair"),
        )
        self.edit_pair_button.clicked.connect(self.edit_pair)
        self.charter_button = self._button(
            "file-text",
            self.tr("Charter…"),
            self.tr("The selected pair's charter with signature blocks, in Documents"),
        )
        self.charter_button.clicked.connect(self.print_charter)
        self.plan_programme_button = self._button(
            "calendar-days",
            self.tr("Plan the programme…"),
            self.tr("Plan a series for every active pair that has no session to come, at once"),
        )
        self.plan_programme_button.clicked.connect(self.plan_programme)
        for button in (
            self.suggest_button,
            self.new_pair_button,
            self.edit_pair_button,
            self.charter_button,
            self.plan_programme_button,
        ):
            pair_row.addWidget(button)
        pair_row.addStretch(1)
        outer.addLayout(pair_row)

        self.model = PairsTableModel(self)
        self.model.zone = database_zone(database)  # times in the organisation's timezone
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("pairs_table")
        self.table.setAccessibleName(self.tr("Pairs"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_MENTOR, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.edit_pair())
        table_header = self.table.horizontalHeader()
        table_header.setSectionsMovable(True)
        table_header.setDefaultSectionSize(130)
        table_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table_header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self._restore_layout()
        table_header.sectionResized.connect(self._save_layout)
        table_header.sectionMoved.connect(self._save_layout)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.next_step = NextStepHint(self)
        self.next_step.send_requested.connect(self._send_next)
        outer.addWidget(self.next_step)
        outer.addWidget(self.table, 1)
        self.mail = MailEntry(self)
        self.invite_action = QAction(icon("mail"), self.tr("Send this pair’s &invitations…"), self)
        self.invite_action.setToolTip(self.tr("Calendar invitations by email for its sessions"))
        self.invite_action.triggered.connect(self.send_invitations)
        self.table.addAction(self.invite_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("empty_state")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.empty_hint)

    def _button(self, icon_name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setToolTip(tip)
        return button

    # --- layout memory ---------------------------------------------------------------------
    def _restore_layout(self) -> None:
        state = QSettings().value(HEADER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)

    def _save_layout(self, *_args: object) -> None:
        QSettings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    # --- data ------------------------------------------------------------------------------
    def send_invitations(self) -> None:
        programme = self.current_programme()
        if programme is not None:
            self.mail.send_for_pair(programme.id, self.selected_pair_id())

    def print_charter(self) -> None:
        programme, pair_id = self.current_programme(), self.selected_pair_id()
        if programme is not None and pair_id is not None:
            self.document_requested.emit(
                "charter", {"programme_id": programme.id, "pair_id": pair_id}
            )

    def current_programme(self) -> ProgrammeRecord | None:
        index = self.programme_combo.currentIndex()
        return self.programmes[index] if 0 <= index < len(self.programmes) else None

    def load(self) -> None:
        wanted, self._programme_to_show = self._programme_to_show, None
        if wanted is None:
            current = self.current_programme()
            stored = QSettings().value(PROGRAMME_KEY)
            wanted = current.id if current else (int(stored) if stored else None)
        self.programmes = list_programmes(self.database)
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        labels = self._status_labels()
        for programme in self.programmes:
            self.programme_combo.addItem(
                f"{programme.name} ({labels.get(programme.status, programme.status)})",
                programme.id,
            )
        index = self.programme_combo.findData(wanted) if wanted is not None else -1
        if index < 0 and self.programmes:  # the running programme first, else the newest
            running = [
                i for i, p in enumerate(self.programmes) if p.status is ProgrammeStatus.RUNNING
            ]
            index = running[0] if running else 0
        self.programme_combo.setCurrentIndex(index)
        self.programme_combo.blockSignals(False)
        self._load_pairs()

    def _status_labels(self) -> dict[ProgrammeStatus, str]:
        return {
            ProgrammeStatus.DRAFT: self.tr("draft"),
            ProgrammeStatus.RUNNING: self.tr("running"),
            ProgrammeStatus.CLOSED: self.tr("closed"),
        }

    def _programme_changed(self, _index: int) -> None:
        self.next_step.hide()  # it spoke of the programme shown before
        programme = self.current_programme()
        if programme is not None:
            QSettings().setValue(PROGRAMME_KEY, programme.id)
        self._load_pairs()

    def _load_pairs(self) -> None:
        programme = self.current_programme()
        rows: list[PairRow] = list_pairs(self.database, programme.id) if programme else []
        self.model.set_rows(rows)
        active = sum(1 for r in rows if r.status is PairStatus.ACTIVE)
        late = sum(1 for r in rows if r.health in (PairHealth.LATE, PairHealth.STALLED))
        self.count_label.setText(
            self.tr("{pairs}, {active}, {late}").format(
                pairs=self.tr("%n pairs", "", len(rows)),
                active=self.tr("%n active", "", active),
                late=self.tr("%n late or stalled", "", late),
            )
            if rows
            else ""
        )
        if programme is None:
            hint = self.tr(
                "No programme yet. Create one with “New programme…”, choose its participants, "
                "then let “Suggest pairs…” form the pairs."
            )
        elif not rows:
            hint = self.tr(
                "No pair in this programme yet. Choose the participants, then “Suggest pairs…” "
                "proposes the best pairs with the reasons, or form one with “New pair…”."
            )
        else:
            hint = ""
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(bool(hint))
        if programme is not None:
            status = self._status_labels().get(programme.status, programme.status)
            weeks, capacity = programme.rhythm_weeks, programme.mentor_capacity
            self.status_label.setText(
                self.tr("{status} · {rhythm} · {capacity}").format(
                    status=status,
                    rhythm=self.tr("every %n weeks", "", weeks),
                    capacity=self.tr("up to %n mentees per mentor", "", capacity),
                )
            )
        else:
            self.status_label.setText("")
        self._update_buttons()

    def selected_pair_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.proxy.data(index, ID_ROLE)

    def _update_buttons(self, *_args: object) -> None:
        programme = self.current_programme()
        has = programme is not None
        status = programme.status if programme is not None else None
        open_ = has and status is not ProgrammeStatus.CLOSED
        self.edit_programme_button.setEnabled(has)
        self.participants_button.setEnabled(open_)
        self.start_button.setEnabled(status is ProgrammeStatus.DRAFT)
        self.close_button.setEnabled(status is ProgrammeStatus.RUNNING)
        self.suggest_button.setEnabled(open_)
        self.new_pair_button.setEnabled(open_)
        self.plan_programme_button.setEnabled(open_)
        self.edit_pair_button.setEnabled(self.selected_pair_id() is not None)
        self.charter_button.setEnabled(self.selected_pair_id() is not None)
        self.invite_action.setEnabled(self.selected_pair_id() is not None)

    def _changed(self, changes: Changes, programme_id: int | None = None) -> None:
        self._programme_to_show = programme_id
        self.report(changes)

    # --- actions ---------------------------------------------------------------------------
    def new_programme(self) -> None:
        from mentorat_desktop.ui.dialogs.programme_dialog import ProgrammeDialog

        dialog = ProgrammeDialog(self.database, None, self)
        if dialog.exec() and dialog.saved:
            self._changed(changes_of(create_programme), dialog.saved.id)

    def edit_programme(self) -> None:
        from mentorat_desktop.ui.dialogs.programme_dialog import ProgrammeDialog

        programme = self.current_programme()
        if programme is None:
            return
        dialog = ProgrammeDialog(self.database, programme, self)
        if dialog.exec():
            self._changed(changes_of(update_programme), programme.id)

    def edit_participants(self) -> None:
        from mentorat_desktop.ui.dialogs.participants_dialog import ParticipantsDialog

        programme = self.current_programme()
        if programme is not None and ParticipantsDialog(self.database, programme.id, self).exec():
            self._changed(changes_of(set_participants), programme.id)

    def start(self) -> None:
        programme = self.current_programme()
        if programme is None:
            return
        try:
            start_programme(self.database, programme.id, programme.version)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Start the programme"), exc.message)
        self._changed(changes_of(start_programme), programme.id)

    def close_programme(self) -> None:
        from mentorat_desktop.ui.dialogs.close_programme_dialog import CloseProgrammeDialog

        programme = self.current_programme()
        if programme is None:
            return
        dialog = CloseProgrammeDialog(self.database, programme, self)
        if dialog.exec():
            self._changed(changes_of(close_programme), programme.id)
        elif dialog.send_first:
            self.mail.open(MailKind.END, programme.id)

    def suggest(self) -> None:
        from mentorat_desktop.ui.dialogs.match_dialog import MatchDialog

        programme = self.current_programme()
        if programme is None:
            return
        dialog = MatchDialog(self.database, programme.id, self)
        dialog.run()
        if dialog.exec():
            self._changed(changes_of(apply_proposals), programme.id)
            self.next_step.pairs_made()

    def plan_programme(self) -> None:
        from mentorat_desktop.ui.dialogs.plan_programme_dialog import PlanProgrammeDialog

        programme = self.current_programme()
        if programme is None:
            return
        dialog = PlanProgrammeDialog(self.database, programme.id, self)
        if dialog.exec() and dialog.created:
            self._changed(changes_of(plan_programme), programme.id)
            self.next_step.sessions_planned()

    def _send_next(self, kind: MailKind) -> None:
        programme = self.current_programme()
        if programme is not None:
            self.mail.open(kind, programme.id)

    def new_pair(self) -> None:
        from mentorat_desktop.ui.dialogs.pair_dialog import PairDialog

        programme = self.current_programme()
        if programme is not None and PairDialog(self.database, programme.id, None, self).exec():
            self._changed(changes_of(pair_service.create_pair), programme.id)

    def edit_pair(self) -> None:
        from mentorat_desktop.ui.dialogs.pair_dialog import PairDialog

        programme, pair_id = self.current_programme(), self.selected_pair_id()
        if programme is None or pair_id is None:
            return
        try:
            pair = get_pair(self.database, pair_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Edit the pair"), exc.message)
            self._changed(changes_of(pair_service.update_pair), programme.id)
            return
        if PairDialog(self.database, programme.id, pair, self).exec():
            self._changed(
                changes_of(pair_service.update_pair, pair_service.set_pair_status), programme.id
            )

    def select_item(self, item_id: int) -> None:
        """Show a pair's programme and select the pair (the dashboard's to-do links)."""
        try:
            pair = get_pair(self.database, item_id)
        except ServiceError:
            return
        current = self.current_programme()
        if self.stale or current is None or current.id != pair.programme_id:
            self._programme_to_show = pair.programme_id
            self.reload()  # else just shown with this programme: no second load
        start = self.proxy.index(0, 0)
        matches = self.proxy.match(start, ID_ROLE, item_id, 1, Qt.MatchFlag.MatchExactly)
        if matches:
            self.table.selectRow(matches[0].row())
            self.table.scrollTo(matches[0])
