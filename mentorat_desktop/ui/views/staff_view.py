"""Staff: a searchable, sortable table of people with a detail pane, import and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.changes import Changes, changes_of
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff import skills as skill_service
from mentorat_desktop.services.staff.skills import list_skills
from mentorat_desktop.services.staff.staff_directory import list_staff, ongoing_pairs
from mentorat_desktop.services.staff.staff_export import ExportSummary, export_staff
from mentorat_desktop.services.staff.staff_import import run_import
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models import ID_ROLE
from mentorat_desktop.ui.models.staff_table_model import (
    ARCHIVED_ANY,
    ARCHIVED_NO,
    ARCHIVED_YES,
    COL_NAME,
    StaffFilterProxy,
    StaffTableModel,
)
from mentorat_desktop.ui.views.base import BaseView
from mentorat_desktop.ui.views.catalogue import ViewSpec
from mentorat_desktop.ui.widgets.person_detail import PersonDetailPane

HEADER_KEY = "staff/header"
SPLITTER_KEY = "staff/splitter"


PANE_MIN_WIDTH = 420  # the person's skills table shows its four columns whole


class StaffView(BaseView):
    shows = Changes(people=True, skills=True, pairs=True, sessions=True)
    search: QLineEdit  # declared here: a shortcut made before it refers to it
    proxy: StaffFilterProxy

    def __init__(self, spec: ViewSpec, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(spec, database, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)

        top = QHBoxLayout()
        title = QLabel(f"<h2>{spec.title}</h2>")
        top.addWidget(title, 1)
        self.new_button = QPushButton(icon("user-plus"), self.tr("&New person"))
        self.new_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_person)
        self.import_button = QPushButton(icon("upload"), self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import staff from a CSV or Excel file"))
        self.import_button.clicked.connect(self.import_staff)
        self.export_button = QPushButton(icon("file-text"), self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Save the staff list and the skills matrix as Excel or CSV")
        )
        self.export_button.clicked.connect(self.export)
        for button in (self.new_button, self.import_button, self.export_button):
            top.addWidget(button)
        outer.addLayout(top)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_person)
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.search.setFocus())

        filters = QHBoxLayout()
        choices = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("staff_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, email, department, job, skill…"))
        self.search.setAccessibleName(self.tr("Search staff"))
        self.search.setToolTip(self.tr("Ignores case and accents (Ctrl+F)"))
        self.search.textChanged.connect(lambda text: self.proxy.set_filters(text=text))
        filters.addWidget(self.search, 2)
        self.department_filter = self._combo(
            self.tr("Department filter"), self.tr("Show one department only")
        )
        self.status_filter = self._combo(
            self.tr("Status filter"), self.tr("Active, archived or everyone")
        )
        self.status_filter.addItem(self.tr("Active"), ARCHIVED_NO)
        self.status_filter.addItem(self.tr("Archived"), ARCHIVED_YES)
        self.status_filter.addItem(self.tr("Active and archived"), ARCHIVED_ANY)
        self.teach_filter = self._combo(
            self.tr("Can teach filter"), self.tr("Only people who can teach this skill")
        )
        self.learn_filter = self._combo(
            self.tr("Wants to learn filter"), self.tr("Only people who want to learn this skill")
        )
        for combo in (
            self.department_filter,
            self.status_filter,
            self.teach_filter,
            self.learn_filter,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
            choices.addWidget(combo, 1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of people shown"))
        filters.addWidget(self.count_label)
        outer.addLayout(filters)
        outer.addLayout(choices)  # a row of their own: each filter shows its choice whole

        self.model = StaffTableModel(self)
        self.proxy = StaffFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.table = QTableView()
        self.table.setObjectName("staff_table")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Staff"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setDefaultSectionSize(150)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.edit_person())

        self.detail = PersonDetailPane(database)
        self.detail.edit_requested.connect(self.edit_person)
        self.detail.archive_requested.connect(self.toggle_archive)
        self.detail.certificate_requested.connect(
            lambda: self.document_requested.emit(
                "certificate", {"person_id": self.current_person_id()}
            )
        )
        self.detail.skills_changed.connect(self._skills_changed)
        self.detail.skills_view_requested.connect(
            lambda: self.navigate_requested.emit("skills", None)
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(PANE_MIN_WIDTH)  # the table gives way on a small screen
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.pages = QStackedWidget()
        self.empty_state = self._build_empty_state()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.splitter)
        outer.addWidget(self.pages, 1)
        self._restore_layout()
        header.sectionResized.connect(self._save_layout)
        header.sectionMoved.connect(self._save_layout)
        header.sortIndicatorChanged.connect(self._save_layout)
        self.splitter.splitterMoved.connect(self._save_layout)

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _build_empty_state(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("empty_state")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(24, 20, 24, 20)
        hint = QLabel(
            self.tr(
                "No one here yet. Add the people of the company one by one, import the staff "
                "list you keep in Excel (CSV or XLSX), or try the app with a fictitious company."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.empty_add_button = QPushButton(icon("user-plus"), self.tr("Add a person"))
        self.empty_add_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.empty_add_button.clicked.connect(self.new_person)
        self.empty_import_button = QPushButton(icon("upload"), self.tr("Import from a file"))
        self.empty_import_button.setToolTip(self.tr("Import staff from a CSV or Excel file"))
        self.empty_import_button.clicked.connect(self.import_staff)
        self.demo_button = QPushButton(icon("sparkles"), self.tr("Load demo data"))
        self.demo_button.setToolTip(self.tr("Fill this empty database with a fictitious company"))
        self.demo_button.clicked.connect(self.load_demo_requested)
        for button in (self.empty_add_button, self.empty_import_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return frame

    # --- state ----------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        header = settings.value(HEADER_KEY)
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([640, 460])

    def _save_layout(self, *_args: object) -> None:
        settings = QSettings()
        settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())

    # --- data -----------------------------------------------------------------------------
    def load(self) -> None:
        selected = self.current_person_id()
        rows = list_staff(self.database)
        self._fill_filters()
        header = self.table.horizontalHeader()
        self.model.set_rows(rows, header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.pages.setCurrentIndex(1 if rows else 0)
        self.select_person(selected)
        if selected is None or self.current_person_id() is None:
            self.detail.show_person(None)

    def _fill_filters(self) -> None:
        departments = people.list_departments(self.database)
        skills = list_skills(self.database)
        self.detail.set_skill_choices(skills)
        for combo, first, items in (
            (
                self.department_filter,
                self.tr("All departments"),
                [(d.name, d.id) for d in departments],
            ),
            (
                self.teach_filter,
                self.tr("Can teach: any"),
                [(self.tr("Can teach: {skill}").format(skill=s.name), s.id) for s in skills],
            ),
            (
                self.learn_filter,
                self.tr("Wants to learn: any"),
                [(self.tr("Wants to learn: {skill}").format(skill=s.name), s.id) for s in skills],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *_args: object) -> None:
        self.proxy.set_filters(
            department_id=self.department_filter.currentData(),
            archived=self.status_filter.currentData(),
            teach_skill=self.teach_filter.currentData(),
            learn_skill=self.learn_filter.currentData(),
        )

    def _update_count(self, *_args: object) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total}").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def current_person_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_person(self, person_id: int | None) -> None:
        if person_id is None:
            return
        index = self.proxy.source_row_for(person_id)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
            self.detail.show_person(person_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_person(current.data(ID_ROLE) if current.isValid() else None)

    def _changed(self, changes: Changes, person_id: int | None = None) -> None:
        self.report(changes)
        self.select_person(person_id)

    def _skills_changed(self) -> None:
        self._changed(changes_of(skill_service.set_person_skill), self.current_person_id())

    # --- actions --------------------------------------------------------------------------
    def new_person(self) -> None:
        from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog

        dialog = PersonDialog(self.database, None, self)
        if dialog.exec() and dialog.saved is not None:
            if self.status_filter.currentData() == ARCHIVED_YES:
                self.status_filter.setCurrentIndex(0)
            self.search.clear()
            self._changed(changes_of(people.create_person), dialog.saved.id)

    def edit_person(self) -> None:
        from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog

        if self.detail.detail is None:
            return
        dialog = PersonDialog(self.database, self.detail.detail.person, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(changes_of(people.update_person), dialog.saved.id)

    def toggle_archive(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        person = detail.person
        try:
            if person.archived:
                people.unarchive_person(self.database, person.id)
                self._changed(changes_of(people.unarchive_person), person.id)
                return
            pairs = ongoing_pairs(self.database, person.id)
            if pairs:
                names, count = ", ".join(p.partner_name for p in pairs), len(pairs)
                text = self.tr(
                    "Archive {name}? Their %n ongoing pairs (with {partners}) will be "
                    "stopped, with “archived” as the reason. Their history stays.",
                    "",
                    count,
                ).format(name=person.full_name, partners=names)
            else:
                text = self.tr(
                    "Archive {name}? They have no ongoing pair. They leave the lists; their "
                    "history stays, and you can unarchive them later."
                ).format(name=person.full_name)
            no = QMessageBox.StandardButton.No
            answer = QMessageBox.question(
                self, self.tr("Archive a person"), text, QMessageBox.StandardButton.Yes | no, no
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            people.archive_person(self.database, person.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Archive a person"), exc.message)
            return
        self._changed(changes_of(people.archive_person), person.id)

    def import_staff(self) -> None:
        from mentorat_desktop.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.database, self)
        dialog.exec()
        if dialog.summary is not None and dialog.summary.written:
            self._changed(changes_of(run_import), self.current_person_id())

    def export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the staff"),
            str(Path.home() / self.tr("staff.xlsx")),
            ";;".join(self.export_filters()),
        )
        if path:
            self.export_to(Path(path), matrix=chosen == self.export_filters()[2])

    def export_filters(self) -> list[str]:
        return [
            self.tr("Excel workbook: staff and matrix (*.xlsx)"),
            self.tr("CSV: staff list (*.csv)"),
            self.tr("CSV: skills matrix (*.csv)"),
        ]

    def export_to(self, path: Path, *, matrix: bool = False) -> ops.Op[ExportSummary]:
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        database = self.database
        self.export_button.setEnabled(False)
        return ops.Op(
            self,
            lambda progress: export_staff(
                database, path, matrix=matrix, progress=progress.fraction
            ),
            success=self._exported,
            done=lambda: self.export_button.setEnabled(True),
            title=self.tr("Export the staff"),
        ).run()

    def _exported(self, summary: ExportSummary) -> None:
        saved = summary.people
        self.count_label.setText(
            self.tr("Saved %n people to {name}", "", saved).format(name=summary.path.name)
        )

    def select_item(self, item_id: int) -> None:
        """Select a person (the dashboard's to-do links)."""
        if self.stale:
            self.reload()
        self.select_person(item_id)
