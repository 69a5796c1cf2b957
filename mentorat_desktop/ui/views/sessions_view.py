"""Sessions and journals: the list by week, its quick filters, and what one does to a session."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import fill
from mentorat_desktop.services.changes import Changes, changes_of
from mentorat_desktop.services.mail import MailKind
from mentorat_desktop.services.sessions import session_list as sl
from mentorat_desktop.services.sessions.agenda import save_agenda, save_preparation_notes
from mentorat_desktop.services.sessions.calendar_export import ExportSelection, export_ics
from mentorat_desktop.services.sessions.journals import save_journal, set_action_done
from mentorat_desktop.services.sessions.programme_plan import plan_programme
from mentorat_desktop.services.sessions.sessions import (
    database_zone,
    mark_missed,
    move_session,
    plan_sessions,
    set_status,
)
from mentorat_desktop.ui.forms_actions import open_forms_export, open_returned_forms
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models.session_tree_model import COL_PAIR, COL_WHEN, SessionTreeModel
from mentorat_desktop.ui.views.base import BaseView
from mentorat_desktop.ui.views.catalogue import ViewSpec
from mentorat_desktop.ui.views.mail_entry import MailEntry
from mentorat_desktop.ui.widgets.empty_state import EmptyState
from mentorat_desktop.ui.widgets.forms_hint import FormsHint
from mentorat_desktop.ui.widgets.header_fit import widen_to_titles
from mentorat_desktop.ui.widgets.session_filter_bar import SessionFilterBar
from mentorat_desktop.ui.words import literal

if TYPE_CHECKING:
    from mentorat_desktop.ui.dialogs.plan_programme_dialog import PlanProgrammeDialog
    from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog

HEADER_KEY = "sessions_view/header"
PAGE = 1000


class SessionsView(BaseView):
    # people: each session shows its pair by name, so a rename makes the list stale.
    shows = Changes(people=True, programmes=True, pairs=True, sessions=True, settings=True)

    def __init__(self, spec: ViewSpec, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(spec, database, parent)
        self.filters = sl.SessionFilter()
        self.limit = PAGE
        self.zone = database_zone(database)
        self._loading = False

        self.model = SessionTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("sessions_tree")
        self.tree.setAccessibleName(self.tr("Sessions by week"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        state = QSettings().value(HEADER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            header.restoreState(state)
        else:
            for column, width in enumerate((180, 230, 150, 130, 65, 100, 95, 80)):
                header.resizeSection(column, width)
        widen_to_titles(header)
        header.sectionResized.connect(self._save_header)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(self._build_actions())
        self.filter_bar = SessionFilterBar(self)
        self.filter_bar.changed.connect(self._filters_changed)
        layout.addWidget(self.filter_bar)
        self.forms_hint = FormsHint(self)
        self.forms_hint.send_requested.connect(self.feedback_forms)
        self.forms_hint.import_requested.connect(self.import_returned_forms)
        self.forms_hint.hide()
        layout.addWidget(self.forms_hint)
        self.empty_label = EmptyState(parent=self)
        self.empty_label.setObjectName("sessions_empty")
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label, 1)
        self.empty_pairs_button = self.empty_label.add_button(
            QPushButton(icon("handshake"), self.tr("Go to Pairs"))
        )
        self.empty_pairs_button.setToolTip(self.tr("Create a programme and form its pairs"))
        self.empty_pairs_button.clicked.connect(lambda: self.navigate_requested.emit("pairs", None))
        self.empty_pairs_button.hide()
        footer = QHBoxLayout()
        self.count_label = QLabel(self)
        self.more_button = QPushButton(self.tr("Show more"), self)
        self.more_button.setToolTip(self.tr("Load the next sessions of this filter"))
        self.more_button.clicked.connect(self.show_more)
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.more_button)
        layout.addLayout(footer)
        self._update_actions()

    # --- building ------------------------------------------------------------------------------
    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.plan_button = self._button(
            "calendar-plus",
            self.tr("&Plan sessions…"),
            self.tr("Plan one session or a series for a pair"),
            self.plan_sessions,
        )
        self.agenda_button = self._button(
            "clipboard-list",
            self.tr("&Agenda…"),
            self.tr("Edit the agenda of the selected session"),
            self.edit_agenda,
        )
        self.journal_button = self._button(
            "notebook-pen",
            self.tr("&Journal…"),
            self.tr("Write the journal of the selected session"),
            self.edit_journal,
        )
        self.move_button = self._button(
            "calendar-clock",
            self.tr("&Move…"),
            self.tr("Another day, time, length or place"),
            self.move_session,
        )
        self.programme_button = self._button(
            "calendar-days",
            self.tr("Plan the p&rogramme…"),
            self.tr("Plan a series for every active pair that has no session to come, at once"),
            self.plan_programme,
        )
        for button in (
            self.plan_button,
            self.programme_button,
            self.agenda_button,
            self.journal_button,
            self.move_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self._build_more())
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(lambda: self.reload())
        self.addAction(refresh)
        return row

    def _build_more(self) -> QToolButton:
        """The rarer actions: print the agenda, cancel, mark missed, export to a calendar."""
        self.more_actions = QToolButton(self)
        self.more_actions.setObjectName("sessions_more")
        self.more_actions.setIcon(icon("ellipsis"))
        self.more_actions.setText(self.tr("M&ore"))
        self.more_actions.setToolTip(
            self.tr(
                "Print the agenda, cancel a session, mark it missed, send or import feedback "
                "forms, or export sessions to a calendar"
            )
        )
        self.more_actions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_actions.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_actions)
        self.print_action = menu.addAction(icon("file-text"), self.tr("&Print agenda…"))
        self.print_action.setToolTip(
            self.tr("Preview and print this session's agenda, in Documents")
        )
        self.print_action.triggered.connect(
            lambda: self.document_requested.emit("agenda", {"session_id": self.selected_id()})
        )
        self.cancel_action = menu.addAction(icon("calendar-x"), self.tr("&Cancel…"))
        self.cancel_action.setToolTip(self.tr("Cancel the session, with its reason"))
        self.cancel_action.triggered.connect(self.cancel_session)
        self.missed_action = menu.addAction(icon("circle-alert"), self.tr("Mark &missed"))
        self.missed_action.setToolTip(self.tr("The session did not take place"))
        self.missed_action.triggered.connect(self.mark_missed)
        menu.addSeparator()
        self.feedback_forms_action = menu.addAction(icon("file-text"), self.tr("Feedback f&orms…"))
        self.feedback_forms_action.setToolTip(
            self.tr("Fillable PDF forms for both sides of this session, to send them")
        )
        self.feedback_forms_action.triggered.connect(self.feedback_forms)
        self.returned_forms_action = menu.addAction(
            icon("upload"), self.tr("&Import returned forms…")
        )
        self.returned_forms_action.setToolTip(
            self.tr("Record the answers of the forms the participants sent back")
        )
        self.returned_forms_action.triggered.connect(self.import_returned_forms)
        menu.addSeparator()
        self.mail = MailEntry(self)
        self.invite_action, self.feedback_action = self.mail.session_actions(menu)
        self.invite_action.triggered.connect(
            lambda: self.mail.send_for_session(self.selected_row(), MailKind.INVITATIONS)
        )
        self.feedback_action.triggered.connect(
            lambda: self.mail.send_for_session(self.selected_row(), MailKind.FEEDBACK)
        )
        export = menu.addMenu(icon("download"), self.tr("&Export to calendar"))
        export.setToolTipsVisible(True)
        export.setToolTip(
            self.tr("Save sessions as an .ics file for Outlook, Google Calendar or Thunderbird")
        )
        self.export_session_action = export.addAction(self.tr("This session"))
        self.export_session_action.triggered.connect(lambda: self.export("session"))
        self.export_pair_action = export.addAction(self.tr("All sessions of this pair"))
        self.export_pair_action.triggered.connect(lambda: self.export("pair"))
        self.export_programme_action = export.addAction(
            self.tr("Upcoming sessions of this programme")
        )
        self.export_programme_action.triggered.connect(lambda: self.export("programme"))
        export.addAction(self.tr("Everything upcoming")).triggered.connect(
            lambda: self.export("upcoming")
        )
        menu.setToolTipsVisible(True)
        self.more_actions.setMenu(menu)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda at: menu.exec(self.tree.viewport().mapToGlobal(at))
        )
        return self.more_actions

    def _button(self, icon_name: str, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # --- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        self.zone = database_zone(self.database)
        self.filter_bar.load_choices(self.database)
        self.filters = self.filter_bar.filters()
        self.load_rows()

    def _filters_changed(self) -> None:
        self.filters = self.filter_bar.filters()
        self.limit = PAGE
        self.load_rows()

    def set_quick_filter(self, key: str) -> None:
        self.filter_bar.set_quick(key)

    def show_more(self) -> None:
        self.limit += PAGE
        self.load_rows()

    def load_rows(self) -> None:
        """The sessions of the current filters (the choices of the filter bar stay)."""
        selected = self.selected_id()
        now = datetime.now(UTC)
        rows = sl.list_sessions(self.database, self.filters, now, limit=self.limit + 1)
        more = len(rows) > self.limit
        rows = rows[: self.limit]
        self.model.set_rows(rows, self.zone, now)
        self.tree.expandAll()
        for week in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(week, QModelIndex(), True)
        count = len(rows)
        if more:
            text = self.tr("The first %n sessions of this filter", "", count)
        else:
            text = self.tr("%n sessions", "", count)
        self.count_label.setText(text)
        self.more_button.setVisible(more)
        no_programme = self.filter_bar.programme_combo.count() <= 1
        self.empty_label.set_text(self._empty_hint(no_programme))
        self.tree.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        self.empty_pairs_button.setVisible(count == 0 and no_programme)
        self.forms_hint.setVisible(count > 0 and self.filters.quick == sl.TO_JOURNAL)
        if selected is not None:
            self.select_session(selected)
        self._update_actions()

    def _empty_hint(self, no_programme: bool) -> str:
        if no_programme:
            return self.tr(
                "No session yet. Sessions are planned for a pair: create a programme and form "
                "its pairs in the Pairs view first, then plan their sessions here."
            )
        quick = self.filters.quick
        if quick == sl.TO_JOURNAL:
            return self.tr("Nothing to journal: every held session has its journal.")
        if quick == sl.CANCELLED:
            return self.tr("No cancelled session.")
        if quick in (sl.UPCOMING, sl.THIS_WEEK):
            return self.tr(
                "No session planned here. Choose “Plan sessions…” to plan one "
                "or a whole series for a pair."
            )
        return self.tr(
            "No session matches these filters. Choose “All” or another programme, pair or "
            "person; or “Plan sessions…” to plan some."
        )

    def _save_header(self) -> None:
        QSettings().setValue(HEADER_KEY, self.tree.header().saveState())

    # --- selection -----------------------------------------------------------------------------
    def selected_row(self) -> sl.SessionRow | None:
        indexes = self.tree.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select_session(self, session_id: int) -> bool:
        index = self.model.index_of(session_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        row = self.selected_row()
        for button in (
            self.agenda_button,
            self.print_action,
            self.journal_button,
            self.move_button,
        ):
            button.setEnabled(row is not None)
        self.cancel_action.setEnabled(row is not None and row.status is not SessionStatus.CANCELLED)
        self.missed_action.setEnabled(
            row is not None and row.status not in (SessionStatus.MISSED, SessionStatus.HELD)
        )
        self.export_session_action.setEnabled(row is not None)
        self.feedback_forms_action.setEnabled(
            row is not None
            and row.status in (SessionStatus.HELD, SessionStatus.PLANNED)
            and row.starts_at <= datetime.now(UTC)
        )
        self.invite_action.setEnabled(row is not None and row.status is not SessionStatus.HELD)
        self.feedback_action.setEnabled(row is not None and row.status is SessionStatus.HELD)
        self.export_pair_action.setEnabled(row is not None)
        self.export_programme_action.setEnabled(
            row is not None or self.filters.programme_id is not None
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is None:
            return
        if row.starts_at <= datetime.now(UTC) or index.column() not in (COL_WHEN, COL_PAIR):
            self.edit_journal()
        else:
            self.edit_agenda()

    # --- actions -------------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        self.report(changes)

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Sessions"), message)

    def plan_sessions(self) -> None:
        from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog

        row = self.selected_row()
        pair_id = self.filters.pair_id or (row.pair_id if row else None)
        self._plan(PlanSessionsDialog(self.database, pair_id, self), plan_sessions)

    def plan_programme(self) -> None:
        from mentorat_desktop.ui.dialogs.plan_programme_dialog import PlanProgrammeDialog

        row = self.selected_row()
        programme_id = self.filters.programme_id or (row.programme_id if row else None)
        self._plan(PlanProgrammeDialog(self.database, programme_id, self), plan_programme)

    def _plan(self, dialog: PlanSessionsDialog | PlanProgrammeDialog, service) -> None:
        if dialog.exec() and dialog.created:
            self._changed(changes_of(service))
            self.select_session(dialog.created[0])
        elif dialog.go_to_pairs:
            self.navigate_requested.emit("pairs", None)

    def edit_agenda(self) -> None:
        from mentorat_desktop.ui.dialogs.agenda_dialog import AgendaDialog

        session_id = self.selected_id()
        if session_id is not None:
            AgendaDialog(self.database, session_id, self).exec()
            self._changed(changes_of(save_agenda, save_preparation_notes))

    def edit_journal(self) -> None:
        from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog

        session_id = self.selected_id()
        if session_id is not None:
            JournalDialog(self.database, session_id, self).exec()
            self._changed(changes_of(save_journal, set_action_done))

    def move_session(self) -> None:
        from mentorat_desktop.ui.dialogs.move_session_dialog import MoveSessionDialog

        row = self.selected_row()
        if row is not None and MoveSessionDialog(self.database, row.id, row.version, self).exec():
            self._changed(changes_of(move_session))
            self.mail.offer_update(row)

    def feedback_forms(self) -> None:
        """Both sides' forms for the selected session, else for the latest held one."""
        from mentorat_desktop.services.forms import FormKind

        row = self.selected_row() if self.feedback_forms_action.isEnabled() else None
        programme_id = row.programme_id if row else self.filters.programme_id
        session_id = row.id if row else None
        open_forms_export(
            self.database,
            self,
            kind=FormKind.FEEDBACK,
            programme_id=programme_id,
            session_id=session_id,
        )

    def import_returned_forms(self) -> None:
        open_returned_forms(self.database, self, self._changed)

    def cancel_session(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cancel the session"),
            fill(
                self.tr("Why is the session of {pair} cancelled?"),
                pair=literal(f"{row.mentor_name} – {row.mentee_name}"),
            ),
        )
        if not ok:
            return
        try:
            set_status(self.database, row.id, row.version, SessionStatus.CANCELLED, reason)
        except ServiceError as exc:
            self._show_error(exc.message)
            return
        self._changed(changes_of(set_status))
        self.mail.offer_update(row)

    def mark_missed(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            mark_missed(self.database, row.id, row.version)
        except ServiceError as exc:
            self._show_error(exc.message)
            return
        self._changed(changes_of(mark_missed))

    def export(self, scope: str) -> None:
        row = self.selected_row()
        if scope == "session" and row:
            selection = ExportSelection(session_ids=(row.id,))
        elif scope == "pair" and row:
            selection = ExportSelection(pair_id=row.pair_id)
        elif scope == "programme" and (row or self.filters.programme_id):
            programme = self.filters.programme_id or (row.programme_id if row else None)
            selection = ExportSelection(programme_id=programme)
        else:
            selection = ExportSelection()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to calendar"),
            str(Path.home() / self.tr("mentoring-sessions.ics")),
            self.tr("iCalendar files (*.ics)"),
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            count = export_ics(self.database, selection, Path(path))
        except ServiceError as exc:
            self._show_error(exc.message)
            return
        QMessageBox.information(
            self,
            self.tr("Export to calendar"),
            self.tr(
                "%n sessions saved in {path}. Open the file with Outlook, Google Calendar "
                "or Thunderbird; importing it again updates the same events.",
                "",
                count,
            ).format(path=path),
        )

    def select_item(self, item_id: int) -> None:
        """Select a session (the dashboard's to-do links), changing the quick filter if the
        current one does not show it."""
        if self.select_session(item_id):
            return
        for quick in (sl.TO_JOURNAL, sl.PAST, sl.ALL):
            self.set_quick_filter(quick)
            if self.select_session(item_id):
                return
