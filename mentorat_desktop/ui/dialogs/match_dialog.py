"""Suggest pairs: weights, run the matcher, read the reasons, lock, forbid, accept."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.matching import DEFAULT_WEIGHTS, Weights
from mentorat_desktop.matching.watch import Cancelled, SearchState, Watch
from mentorat_desktop.services.programmes.match_text import (
    criterion_help,
    criterion_label,
    still_searching,
    stopped_early,
)
from mentorat_desktop.services.programmes.matching import (
    MatchOptions,
    MatchOutcome,
    ProposalView,
    apply_proposals,
    propose,
)
from mentorat_desktop.services.programmes.pairs import PairRecord
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.models import SORT_ROLE
from mentorat_desktop.ui.models.proposals_model import (
    COL_ACCEPT,
    COL_LOCKED,
    COL_MENTEE,
    COL_MENTOR,
    COL_REASONS,
    COL_SCORE,
    ProposalsModel,
)
from mentorat_desktop.ui.widgets.field_error import FieldError

WEIGHTS_KEY = "match/weights"


class MatchDialog(QDialog):
    finished_run = Signal()

    def __init__(
        self, database: Database, programme_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.programme_id = programme_id
        self.locked: set[tuple[int, int]] = set()
        self.forbidden: set[tuple[int, int]] = set()
        self.outcome: MatchOutcome | None = None
        self.search_op: ops.Op[MatchOutcome] | None = None
        self.created = 0
        self.setObjectName("match_dialog")
        self.setWindowTitle(self.tr("Suggest pairs"))
        self.resize(1180, 720)

        side = self._build_weights()
        self._build_table()
        results = self._build_results()
        bottom = self._build_bottom()
        columns = QHBoxLayout()
        columns.addLayout(side)
        columns.addLayout(results, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self._update_buttons()

    # --- building --------------------------------------------------------------------------
    def _build_weights(self) -> QVBoxLayout:
        """The criteria's weights, the maximise option and Run, on the left."""
        self.weight_boxes: dict[str, QSpinBox] = {}
        weights_box = QGroupBox(self.tr("Weights"))
        form = QFormLayout(weights_box)
        for name, value in self._stored_weights().as_dict().items():
            box = QSpinBox()
            box.setRange(0, 100)
            box.setValue(value)
            box.setToolTip(criterion_help(name))
            box.setAccessibleName(criterion_label(name))
            label = QLabel(criterion_label(name))
            label.setBuddy(box)
            label.setToolTip(criterion_help(name))
            form.addRow(label, box)
            self.weight_boxes[name] = box
        self.reset_button = QPushButton(self.tr("Reset weights"))
        self.reset_button.setToolTip(self.tr("Back to the default weights"))
        self.reset_button.clicked.connect(self.reset_weights)
        form.addRow(self.reset_button)
        self.maximise = QCheckBox(self.tr("Match as many people as possible"))
        self.maximise.setToolTip(self.tr("Most pairs first, then the best total score among those"))
        self.run_button = QPushButton(self.tr("&Run"))
        self.run_button.setToolTip(self.tr("Find the best pairs with these weights"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        side = QVBoxLayout()
        side.addWidget(weights_box)
        side.addWidget(self.maximise)
        side.addWidget(self.run_button)
        side.addStretch(1)

        return side

    def _build_table(self) -> None:
        """The proposals, sortable, with their score and reasons."""
        self.model = ProposalsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Proposed pairs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(COL_SCORE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        for column, width in (
            (COL_ACCEPT, 70),
            (COL_MENTOR, 160),
            (COL_MENTEE, 160),
            (COL_SCORE, 60),
            (COL_LOCKED, 80),
        ):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_REASONS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

    def _build_results(self) -> QVBoxLayout:
        """The summary, the table with the chosen pair's detail, and who is left out."""
        self.summary = QLabel(self.tr("Press Run to see the best pairs for this programme."))
        self.summary.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setToolTip(self.tr("Keep this pair in every new run"))
        self.lock_button.clicked.connect(self.toggle_lock)
        self.forbid_button = QPushButton(self.tr("&Forbid"))
        self.forbid_button.setToolTip(self.tr("Never propose these two together, then re-run"))
        self.forbid_button.clicked.connect(self.forbid)
        row_actions = QHBoxLayout()
        row_actions.addWidget(self.lock_button)
        row_actions.addWidget(self.forbid_button)
        row_actions.addStretch(1)

        self.unmatched = QListWidget()
        self.unmatched.setAccessibleName(self.tr("People left without a pair"))
        self.unmatched.setWordWrap(True)
        unmatched_box = QGroupBox(self.tr("Left without a pair"))
        QVBoxLayout(unmatched_box).addWidget(self.unmatched)

        main = QVBoxLayout()
        main.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.detail)
        top_layout.addLayout(row_actions)
        splitter.addWidget(top)
        splitter.addWidget(unmatched_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        main.addWidget(splitter, 1)
        return main

    def _build_bottom(self) -> QHBoxLayout:
        """How to create the pairs, and the buttons that do it."""
        self.error = FieldError(self)
        self.create_as = QComboBox()
        self.create_as.addItem(self.tr("as proposed pairs"), False)
        self.create_as.addItem(self.tr("as active pairs"), True)
        self.create_as.setToolTip(self.tr("Proposed pairs still need your confirmation"))
        self.create_as.setAccessibleName(self.tr("Create the pairs"))
        create_as_label = QLabel(self.tr("Cr&eate them"))
        create_as_label.setBuddy(self.create_as)
        self.accept_button = QPushButton(self.tr("&Create the ticked pairs"))
        self.accept_button.setToolTip(self.tr("Create the pairs whose Accept box is ticked"))
        self.accept_button.clicked.connect(self.accept_ticked)
        self.accept_all_button = QPushButton(self.tr("Create &all"))
        self.accept_all_button.setToolTip(self.tr("Create every proposed pair"))
        self.accept_all_button.clicked.connect(self.accept_all)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(create_as_label)
        bottom.addWidget(self.create_as)
        bottom.addStretch(1)
        bottom.addWidget(self.accept_button)
        bottom.addWidget(self.accept_all_button)
        bottom.addWidget(close_button)

        return bottom

    # --- weights ---------------------------------------------------------------------------
    def _stored_weights(self) -> Weights:
        raw = QSettings().value(WEIGHTS_KEY)
        try:
            return Weights.from_dict(json.loads(raw)) if isinstance(raw, str) else DEFAULT_WEIGHTS
        except (ValueError, TypeError):
            return DEFAULT_WEIGHTS

    def weights(self) -> Weights:
        return Weights.from_dict({name: box.value() for name, box in self.weight_boxes.items()})

    def reset_weights(self) -> None:
        for name, value in DEFAULT_WEIGHTS.as_dict().items():
            self.weight_boxes[name].setValue(value)

    # --- running ---------------------------------------------------------------------------
    def options(self) -> MatchOptions:
        return MatchOptions(
            weights=self.weights(),
            locked=frozenset(self.locked),
            forbidden=frozenset(self.forbidden),
            maximise_pairs=self.maximise.isChecked(),
        )

    def run(self) -> None:
        QSettings().setValue(WEIGHTS_KEY, json.dumps(self.weights().as_dict()))
        self.error.clear_message()
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Looking for the best pairs…"))
        database, programme_id, options = self.database, self.programme_id, self.options()

        def work(progress: ops.Progress) -> MatchOutcome:
            def report(state: SearchState) -> None:  # in the worker: text only, no widget
                progress(0, still_searching(state))

            watch = Watch(progress.cancelled, report, keep_best=True)
            return propose(database, programme_id, options, watch)

        self.search_op = ops.Op(
            self,
            work,
            success=self._show_outcome,
            failure=self._show_failure,
            title=self.tr("Suggest pairs"),
            progress_label=self.tr("Looking for the best pairs…"),
            # A long search stopped still shows what it found: nothing is created until
            # she ticks pairs, and closing this dialog drops them.
            cancel_label=self.tr("&Stop and show the best found"),
            supersedes="proposals",  # a re-run (lock, forbid) replaces a run still going
        ).run()

    def _show_failure(self, exc: object) -> None:
        self.run_button.setEnabled(True)
        self.summary.setText("")
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Search stopped: no pair proposed. Run it again."))
            self.finished_run.emit()
            return
        message = exc.message if isinstance(exc, ServiceError) else str(exc)
        self.error.show_message(message)
        self.finished_run.emit()

    def _show_outcome(self, outcome: MatchOutcome) -> None:
        self.run_button.setEnabled(True)
        self.outcome = outcome
        self.model.set_rows(list(outcome.proposals))
        self.unmatched.clear()
        for person in outcome.unmatched:
            self.unmatched.addItem(f"{person.name} — {person.reason}")
        if not outcome.proposals and outcome.participants < 2:
            self.summary.setText(
                self.tr(
                    "This programme has fewer than two participants: choose them first "
                    "(Participants… in the Pairs view)."
                )
            )
        elif not outcome.proposals:
            self.summary.setText(
                self.tr(
                    "No pair to propose: record what participants can teach and want to learn, "
                    "or change the weights."
                )
            )
        else:
            proposed, participants = len(outcome.proposals), outcome.participants
            text = self.tr(
                "{pairs} among {people}, total score {total}. "
                "Select a pair to see its score in detail."
            ).format(
                pairs=self.tr("%n pairs proposed", "", proposed),
                people=self.tr("%n participants", "", participants),
                total=outcome.total,
            )
            if outcome.stopped:
                text = f"{stopped_early(outcome.within)} {text}"
            self.summary.setText(text)
        if outcome.proposals:
            self.table.selectRow(0)
        self._update_buttons()
        self.finished_run.emit()

    # --- a proposal ------------------------------------------------------------------------
    def current(self) -> ProposalView | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def _show_detail(self, *_args: object) -> None:
        row = self.current()
        self.detail.setText(f"{row.explanation}\n{row.breakdown}" if row else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current()
        self.lock_button.setEnabled(row is not None)
        self.forbid_button.setEnabled(row is not None and not row.locked)
        self.lock_button.setText(self.tr("Un&lock") if row and row.locked else self.tr("&Lock"))
        has_rows = bool(self.model.rows)
        self.accept_button.setEnabled(has_rows)
        self.accept_all_button.setEnabled(has_rows)

    def toggle_lock(self) -> None:
        row = self.current()
        if row is None:
            return
        key = (row.mentor_id, row.mentee_id)
        if key in self.locked:
            self.locked.discard(key)
        else:
            self.locked.add(key)
        self.run()

    def forbid(self) -> None:
        row = self.current()
        if row is None:
            return
        self.forbidden.add((row.mentor_id, row.mentee_id))
        self.run()

    # --- accepting -------------------------------------------------------------------------
    def accept_all(self) -> None:
        self._create(list(self.model.rows))

    def accept_ticked(self) -> None:
        self._create(self.model.accepted_rows())

    def _create(self, rows: list[ProposalView]) -> None:
        self.error.clear_message()
        if not rows:
            self.error.show_message(self.tr("Tick at least one pair to create."))
            return
        database, programme_id = self.database, self.programme_id
        active = bool(self.create_as.currentData())
        self.accept_button.setEnabled(False)
        self.accept_all_button.setEnabled(False)
        ops.Op(
            self,
            lambda _progress: apply_proposals(database, programme_id, rows, active=active),
            success=self._created,
            failure=lambda exc: self.error.show_message(ops.error_text(exc)),
            done=self._update_buttons,
            title=self.tr("Suggest pairs"),
        ).run()

    def _created(self, pairs: list[PairRecord]) -> None:
        self.created = len(pairs)
        self.accept()
