"""The dashboard: figures, charts and the to-do list of one programme or of all running ones.

It shows every kind of record, so any change notice concerns it; while hidden it only notes
that it is stale and reloads when shown (``BaseView``). Each to-do line opens the view where
the thing is done, with the right row selected (``navigate_requested``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.enums import AssessmentKind, ProgrammeStatus
from mentorat_desktop.os_errors import os_reason
from mentorat_desktop.services.changes import EVERYTHING
from mentorat_desktop.services.dashboard.dashboard_data import (
    DashboardData,
    Figures,
    FirstStep,
    ProgrammeChoice,
    TodoItem,
    figure_lines,
)
from mentorat_desktop.services.dashboard.snapshot import DashboardSnapshot, save_snapshot
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.views.base import BaseView
from mentorat_desktop.ui.views.catalogue import ViewSpec
from mentorat_desktop.ui.widgets.dashboard_charts import (
    ProgressChart,
    RatingsChart,
    SessionsChart,
)
from mentorat_desktop.ui.widgets.dashboard_parts import FigureTile, TodoList
from mentorat_desktop.ui.widgets.first_steps_panel import FirstStepsPanel

if TYPE_CHECKING:  # the start paints this view from its snapshot before the database layer
    from mentorat_desktop.db.database import Database

PROGRAMME_KEY = "dashboard/programme"
ALL_RUNNING = -1


class _FixedHeights(QVBoxLayout):
    """The figures' column in its scroll area: as tall as the viewport, or as its minimum.

    A scroll area makes a height-for-width widget as tall as its preferred height, so the
    column would scroll even on a large screen; the tiles set their own minimum heights.
    """

    def hasHeightForWidth(self) -> bool:
        return False


class DashboardView(BaseView):
    shows = EVERYTHING

    def __init__(
        self, spec: ViewSpec, database: Database | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, database, parent)  # None: painted from a snapshot first
        self.data: DashboardData | None = None
        self.from_snapshot = False  # painted from the last start's snapshot, not yet reloaded
        self.programmes: list[ProgrammeChoice] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 12)
        outer.setSpacing(10)
        outer.addLayout(self._build_header())

        self.empty_state = self._build_empty_state()
        outer.addWidget(self.empty_state)
        self.first_steps = FirstStepsPanel(self)
        self.first_steps.chosen.connect(self.open_first_step)
        outer.addWidget(self.first_steps)

        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setChildrenCollapsible(False)
        left = QWidget(self.body)
        left_layout = _FixedHeights(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(10)
        self.tiles: dict[str, FigureTile] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, line in enumerate(figure_lines(_zero_figures())):
            tile = FigureTile(line.key, left)
            self.tiles[line.key] = tile
            grid.addWidget(tile, index // 3, index % 3)
        for column in range(3):  # equal columns: a long caption wraps instead of squeezing
            grid.setColumnStretch(column, 1)
        left_layout.addLayout(grid)
        self.charts = QTabWidget(left)
        self.charts.setObjectName("dashboard_charts")
        self.charts.setAccessibleName(self.tr("Charts"))
        self.sessions_chart = SessionsChart(self.charts)
        self.ratings_chart = RatingsChart(self.charts)
        self.progress_chart = ProgressChart(self.charts)
        self.charts.addTab(self.sessions_chart, self.tr("Sessions per month"))
        self.charts.addTab(self.ratings_chart, self.tr("Ratings"))
        self.charts.addTab(self.progress_chart, self.tr("Skill progress"))
        left_layout.addWidget(self.charts, 1)

        right = QWidget(self.body)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.todo_title = QLabel(right)
        title_font = QFont(self.todo_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.todo_title.setFont(title_font)
        self.todo_list = TodoList(right)
        self.todo_list.chosen.connect(self.open_item)
        self.todo_list.count_changed.connect(
            lambda count: self.todo_title.setText(self.tr("To do (%n)", "", count))
        )
        todo_hint = QLabel(self.tr("Click a line, or press Enter, to go where it is done."), right)
        todo_hint.setWordWrap(True)
        right_layout.addWidget(self.todo_title)
        right_layout.addWidget(self.todo_list, 1)
        right_layout.addWidget(todo_hint)
        # On a small screen the figures keep their height and the column scrolls.
        left_scroll = QScrollArea(self.body)
        left_scroll.setObjectName("dashboard_figures")
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(left)
        self.body.addWidget(left_scroll)
        self.body.addWidget(right)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        outer.addWidget(self.body, 1)

    # --- building ---------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        header = self.title_row()
        self.programme_combo = QComboBox()
        self.programme_combo.setObjectName("dashboard_programme")
        self.programme_combo.setMinimumWidth(300)
        self.programme_combo.setAccessibleName(self.tr("Programme"))
        self.programme_combo.setToolTip(self.tr("The programme whose figures are shown"))
        self.programme_combo.activated.connect(self._programme_chosen)
        header.addWidget(self.programme_combo)
        header.addStretch(1)
        self.assess_button = QPushButton(icon("graduation-cap"), self.tr("Assessments…"))
        self.assess_button.setToolTip(
            self.tr("Record the participants' levels at the start or the end of the programme")
        )
        self.assess_button.clicked.connect(lambda: self.open_assessments())
        header.addWidget(self.assess_button)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setIcon(icon("download"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolTip(
            self.tr("The figures, the to-do list and the charts, for a slide")
        )
        menu = QMenu(self.export_button)
        menu.addAction(
            self.tr("Figures and to-do list as Excel (.xlsx)…"), lambda: self.export("xlsx")
        )
        menu.addAction(self.tr("Figures and to-do list as CSV…"), lambda: self.export("csv"))
        menu.addAction(self.tr("Charts as PNG images…"), self.export_charts)
        self.export_button.setMenu(menu)
        header.addWidget(self.export_button)
        return header

    def _build_empty_state(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("empty_state")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(20, 16, 20, 16)
        self.empty_hint = QLabel(frame)
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton(icon("sparkles"), self.tr("Load demo data"))
        self.demo_button.setToolTip(self.tr("Fill this empty database with a fictitious company"))
        self.demo_button.clicked.connect(self.load_demo_requested)
        self.settings_button = QPushButton(icon("settings"), self.tr("Set up the organisation…"))
        self.settings_button.setToolTip(self.tr("Company name, address, logo, signatory, language"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.pairs_button = QPushButton(icon("handshake"), self.tr("Go to Pairs"))
        self.pairs_button.setToolTip(self.tr("Create a programme and form its pairs"))
        self.pairs_button.clicked.connect(lambda: self.navigate_requested.emit("pairs", None))
        for button in (self.demo_button, self.settings_button, self.pairs_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return frame

    # --- data -------------------------------------------------------------------------------
    def selected_programme(self) -> int | None:
        value = self.programme_combo.currentData()
        return None if value in (None, ALL_RUNNING) else int(value)

    def _fill_programmes(self, programmes: list[ProgrammeChoice]) -> None:
        wanted = self.programme_combo.currentData()
        if wanted is None:
            stored = QSettings().value(PROGRAMME_KEY)
            wanted = int(stored) if stored not in (None, "") else ALL_RUNNING
        self.programmes = programmes
        labels = {
            ProgrammeStatus.DRAFT: self.tr("draft"),
            ProgrammeStatus.RUNNING: self.tr("running"),
            ProgrammeStatus.CLOSED: self.tr("closed"),
        }
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        self.programme_combo.addItem(self.tr("All running programmes"), ALL_RUNNING)
        for choice in self.programmes:
            self.programme_combo.addItem(
                f"{choice.name} ({labels.get(choice.status, choice.status)})", choice.id
            )
        self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(wanted)))
        self.programme_combo.blockSignals(False)

    def _programme_chosen(self, _index: int) -> None:
        QSettings().setValue(PROGRAMME_KEY, self.programme_combo.currentData())
        self.reload()

    def set_programme(self, programme_id: int | None) -> None:
        index = self.programme_combo.findData(ALL_RUNNING if programme_id is None else programme_id)
        if index >= 0:
            self.programme_combo.setCurrentIndex(index)
            self._programme_chosen(index)

    def load(self) -> None:
        if not self.has_database:  # painted from a snapshot: the start attaches the database
            return
        from mentorat_desktop.services.dashboard.dashboard import load_dashboard, programme_choices
        from mentorat_desktop.services.dashboard.first_steps import first_steps
        from mentorat_desktop.services.dashboard.overview import get_overview

        programmes = programme_choices(self.database)
        self._fill_programmes(programmes)
        data = load_dashboard(self.database, self.selected_programme())
        snapshot = DashboardSnapshot(
            data,
            tuple(programmes),
            first_steps(self.database),
            get_overview(self.database).is_empty,
        )
        self.from_snapshot = False
        self.programme_combo.setEnabled(True)
        self._show(snapshot)
        if self.database.sqlite_file is not None:
            save_snapshot(self.database.sqlite_file, snapshot, QLocale().name())

    def show_snapshot(self, snapshot: DashboardSnapshot) -> bool:
        """Paint the last start's dashboard before the database is open (the start reloads it
        once it is); False when the programme chosen since is not the one it shows."""
        self._fill_programmes(list(snapshot.programmes))
        if self.selected_programme() != snapshot.data.programme_id:
            return False
        self._show(snapshot)
        self.stale = False
        self.from_snapshot = True
        self.programme_combo.setEnabled(False)  # until the database is open
        self.assess_button.setEnabled(False)
        return True

    def _show(self, snapshot: DashboardSnapshot) -> None:
        self.data = data = snapshot.data
        for line in figure_lines(data.figures):
            self.tiles[line.key].set_line(line.label, line.value, line.detail)
        self.sessions_chart.set_months(data.months)
        self.ratings_chart.set_ratings(data.ratings)
        self.progress_chart.set_progress(data.progress)
        self.todo_list.set_items(data.todo, not data.empty)
        self.first_steps.set_steps(snapshot.steps)
        empty_db = snapshot.empty_database
        if empty_db:
            hint = self.tr(
                "Nothing here yet. Try the app with a fictitious company's data, "
                "or set up your organisation and start adding your staff."
            )
        elif data.empty:
            hint = self.tr(
                "No programme is running. Create a programme in “Pairs”, choose its "
                "participants and form the pairs; its figures and to-do list show here."
            )
        else:
            hint = ""
        self.empty_hint.setText(hint)
        self.empty_state.setVisible(bool(hint))
        self.demo_button.setVisible(empty_db)
        self.settings_button.setVisible(empty_db)
        self.pairs_button.setVisible(not empty_db)
        self.assess_button.setEnabled(
            any(p.status is not ProgrammeStatus.DRAFT for p in self.programmes)
        )

    # --- actions ----------------------------------------------------------------------------
    def open_item(self, entry: TodoItem) -> None:
        if self.from_snapshot:  # its view is built once the database is open, a moment later
            return
        if entry.view == "assessment":
            self.open_assessments(entry.item_id, AssessmentKind.END)
        else:
            self.navigate_requested.emit(entry.view, entry.item_id)

    def open_first_step(self, step: FirstStep) -> None:
        if self.from_snapshot:
            return
        if step.view == "settings":
            self.settings_requested.emit()
        else:
            self.navigate_requested.emit(step.view, None)

    def open_assessments(
        self, programme_id: int | None = None, kind: AssessmentKind = AssessmentKind.START
    ) -> None:
        from mentorat_desktop.services.changes import changes_of
        from mentorat_desktop.services.programmes.assessments import record_assessments
        from mentorat_desktop.ui.dialogs.assessment_dialog import AssessmentDialog

        if not self.has_database:
            return
        chosen = programme_id or self.selected_programme()
        if chosen is None:
            running = [p for p in self.programmes if p.status is ProgrammeStatus.RUNNING]
            chosen = running[0].id if running else None
        dialog = AssessmentDialog(self.database, self.programmes, chosen, kind, parent=self)
        if dialog.exec() and dialog.saved:
            self.report(changes_of(record_assessments))

    def scope_label(self) -> str:
        return self.programme_combo.currentText()

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        from mentorat_desktop.services.dashboard.dashboard_export import export_dashboard

        if self.data is None:
            return None
        if path is None:
            filters = (
                self.tr("Excel workbook (*.xlsx)")
                if kind == "xlsx"
                else self.tr("CSV file (*.csv)")
            )
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the dashboard"), f"tableau-de-bord.{kind}", filters
            )
            if not name:
                return None
            path = Path(name)
            if path.suffix.lower() != f".{kind}":
                path = path.with_suffix(f".{kind}")
        try:
            return export_dashboard(self.data, self.scope_label(), path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export"),
                self.tr("Cannot write “{path}”: {reason}").format(path=path, reason=os_reason(exc)),
            )
            return None

    def export_charts(self, folder: Path | None = None) -> list[Path]:
        if folder is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the chart images"))
            if not name:
                return []
            folder = Path(name)
        saved = []
        current = self.charts.currentIndex()
        names = ("sessions-per-month", "ratings", "skill-progress")
        for index, (chart, stem) in enumerate(
            zip((self.sessions_chart, self.ratings_chart, self.progress_chart), names, strict=True)
        ):
            self.charts.setCurrentIndex(index)  # a hidden tab has no size to draw at
            path = folder / f"{stem}.png"
            if chart.save_png(path):
                saved.append(path)
        self.charts.setCurrentIndex(current)
        return saved


def _zero_figures() -> Figures:
    """Zero figures, only to lay out one tile per figure before the first load."""
    return Figures(*([0] * 21))
