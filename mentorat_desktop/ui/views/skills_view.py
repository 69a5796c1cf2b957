"""Skills: the catalogue by category with supply and demand, and the people × skills matrix."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.changes import Changes, changes_of
from mentorat_desktop.services.staff import skills as skill_service
from mentorat_desktop.services.staff.people import list_departments
from mentorat_desktop.services.staff.skill_matrix import (
    CategorySupply,
    MatrixCell,
    SkillMatrix,
    skill_catalogue,
    skill_matrix,
)
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.models.skill_catalogue_model import (
    COL_NAME,
    KIND_ROLE,
    SkillCatalogueModel,
)
from mentorat_desktop.ui.models.skill_matrix_model import SkillMatrixModel
from mentorat_desktop.ui.views.base import BaseView
from mentorat_desktop.ui.views.catalogue import ViewSpec
from mentorat_desktop.ui.widgets.empty_state import EmptyState
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.header_fit import widen_to_titles
from mentorat_desktop.ui.widgets.matrix_table import MatrixTable, learn_key, teach_key
from mentorat_desktop.ui.words import literal

TAB_KEY = "skills/tab"


class SkillsView(BaseView):
    shows = Changes(people=True, skills=True)

    def __init__(self, spec: ViewSpec, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(spec, database, parent)
        self._catalogue_stale = True
        self._matrix_stale = True
        self._matrix: SkillMatrix | None = None
        self._quiet = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(QLabel(f"<h2>{spec.title}</h2>"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Skills views"))
        self.tabs.addTab(self._build_catalogue(), self.tr("Ca&talogue"))
        self.tabs.addTab(self._build_matrix(), self.tr("&Matrix"))
        self.tabs.setTabToolTip(0, self.tr("Skills by category, with supply and demand"))
        self.tabs.setTabToolTip(1, self.tr("Each person's level in each skill"))
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        tab = QSettings().value(TAB_KEY)
        if tab in (0, 1, "0", "1"):
            self.tabs.setCurrentIndex(int(tab))

    # --- building -------------------------------------------------------------------------
    def _button(self, icon_name: str | None, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build_catalogue(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.new_category_button = self._button(
            "plus",
            self.tr("New &category…"),
            self.tr("Add a category of skills"),
            self.new_category,
        )
        self.new_skill_button = self._button(
            "plus",
            self.tr("New &skill…"),
            self.tr("Add a skill to the selected category"),
            self.new_skill,
        )
        self.rename_button = self._button(
            None, self.tr("&Rename…"), self.tr("Rename the selected skill or category"), self.rename
        )
        self.move_button = self._button(
            None,
            self.tr("M&ove…"),
            self.tr("Move the selected skill to another category, or a category up or down"),
            self.move_skill,
        )
        self.archive_button = self._button(
            "archive",
            self.tr("&Archive"),
            self.tr("Archive or unarchive the selected skill or category; levels are kept"),
            self.toggle_archive,
        )
        self.show_archived = QCheckBox(self.tr("Show arch&ived"))
        self.show_archived.setToolTip(self.tr("Show archived skills and categories too"))
        self.show_archived.toggled.connect(lambda _c: self.reload_catalogue())
        for widget in (
            self.new_category_button,
            self.new_skill_button,
            self.rename_button,
            self.move_button,
            self.archive_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.show_archived)
        layout.addLayout(bar)
        self.catalogue_model = SkillCatalogueModel(self)
        self.catalogue_proxy = QSortFilterProxyModel(self)
        self.catalogue_proxy.setSourceModel(self.catalogue_model)
        self.catalogue_proxy.setSortRole(SORT_ROLE)
        self.tree = QTreeView()
        self.tree.setObjectName("skill_catalogue")
        self.tree.setModel(self.catalogue_proxy)
        self.tree.setAccessibleName(self.tr("Skills catalogue"))
        self.tree.setToolTip(self.tr("Unmet demand is marked with a warning sign"))
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 360)
        for column in (1, 2):
            self.tree.header().resizeSection(column, 110)
        self.tree.header().resizeSection(3, 170)
        widen_to_titles(self.tree.header())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        self.catalogue_empty = EmptyState(
            self.tr(
                "No skill yet. Choose “New category…” to start a group of skills (for example "
                "Digital tools or Business know-how), then “New skill…” to add its skills. "
                "Importing the staff list also brings the skills its columns name."
            )
        )
        layout.addWidget(self.catalogue_empty, 1)
        self.catalogue_error = FieldError(page)
        layout.addWidget(self.catalogue_error)
        return page

    def _build_matrix(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.matrix_department = QComboBox()
        self.matrix_department.setAccessibleName(self.tr("Department filter"))
        self.matrix_department.setToolTip(self.tr("Show the people of one department"))
        self.matrix_category = QComboBox()
        self.matrix_category.setAccessibleName(self.tr("Category filter"))
        self.matrix_category.setToolTip(self.tr("Show the skills of one category"))
        for label_text, combo in (
            (self.tr("&Department:"), self.matrix_department),
            (self.tr("C&ategory:"), self.matrix_category),
        ):
            label = QLabel(label_text)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo, 1)
            combo.currentIndexChanged.connect(lambda _i: self._apply_matrix_filters())
        layout.addLayout(bar)
        self.matrix_model = SkillMatrixModel(self)
        self.matrix_model.commit = self._commit_cell
        self.matrix_table = MatrixTable()
        self.matrix_table.setModel(self.matrix_model)
        self.matrix_table.setAccessibleName(self.tr("Skills matrix"))
        self.matrix_table.setToolTip(self.tr("Hover a cell for the person, skill and level"))
        layout.addWidget(self.matrix_table, 1)
        self.matrix_empty = EmptyState(
            self.tr(
                "The matrix shows each person’s level in each skill. It fills in once the "
                "catalogue has skills and the Staff view has people."
            )
        )
        self.catalogue_tab_button = self.matrix_empty.add_button(
            QPushButton(icon("graduation-cap"), self.tr("Open the catalogue"))
        )
        self.catalogue_tab_button.setToolTip(self.tr("Create the categories and skills"))
        self.catalogue_tab_button.clicked.connect(lambda: self.tabs.setCurrentIndex(0))
        self.matrix_empty.hide()
        layout.addWidget(self.matrix_empty, 1)
        self.legend = QLabel(
            self.tr(
                "Each cell: the level from 0 (none) to 4 (expert), darker as it rises; "
                "{teach} = can teach, {learn} = wants to learn. Keyboard: 0–4 set the level, "
                "{teach} and {learn} switch the marks."
            ).format(teach=teach_key(), learn=learn_key())
        )
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.matrix_error = FieldError(page)
        layout.addWidget(self.matrix_error)
        return page

    # --- data -----------------------------------------------------------------------------
    def mark_stale(self, changes: Changes) -> None:
        """Each tab loads when it is shown; the matrix that was just edited stays as it is."""
        super().mark_stale(changes)
        self._catalogue_stale = True
        self._matrix_stale = self._matrix_stale or not self._quiet

    def _tab_changed(self, index: int) -> None:
        QSettings().setValue(TAB_KEY, index)
        if self.isVisible():
            self.load()

    def load(self) -> None:
        if self.tabs.currentIndex() == 0 and self._catalogue_stale:
            self.reload_catalogue()
        elif self.tabs.currentIndex() == 1 and self._matrix_stale:
            self.reload_matrix()

    def reload_catalogue(self) -> None:
        self._catalogue_stale = False
        selected = self._selected()
        categories = skill_catalogue(self.database, include_archived=self.show_archived.isChecked())
        self.catalogue_model.set_rows(categories)
        self.tree.setVisible(bool(categories))
        self.catalogue_empty.setVisible(not categories)
        self.tree.expandAll()
        if selected is not None:
            self._select(*selected)
        self._update_buttons()

    def reload_matrix(self) -> None:
        self._matrix_stale = False
        self._matrix = skill_matrix(self.database)
        categories = skill_service.list_categories(self.database)
        for combo, first, items in (
            (
                self.matrix_department,
                self.tr("All departments"),
                [(d.name, d.id) for d in list_departments(self.database)],
            ),
            (self.matrix_category, self.tr("All categories"), [(c.name, c.id) for c in categories]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)
        self._apply_matrix_filters()

    def _apply_matrix_filters(self) -> None:
        if self._matrix is None:
            return
        self.matrix_model.set_rows(
            self._matrix, self.matrix_department.currentData(), self.matrix_category.currentData()
        )
        widen_to_titles(self.matrix_table.horizontalHeader())  # "Recherche d’information…"
        empty = not (self._matrix.people and self._matrix.skills)
        self.matrix_table.setVisible(not empty)
        self.legend.setVisible(not empty)
        self.matrix_empty.setVisible(empty)
        self.catalogue_tab_button.setVisible(not self._matrix.skills)

    def _commit_cell(self, person_id: int, skill_id: int, cell: MatrixCell) -> bool:
        self.matrix_error.clear_message()
        try:
            skill_service.set_person_skill(
                self.database,
                person_id,
                skill_id,
                level=cell.level,
                can_teach=cell.can_teach,
                wants_to_learn=cell.wants_to_learn,
            )
        except ServiceError as exc:
            self.matrix_error.show_message(exc.message)
            return False
        self._quiet = True  # this view's own matrix is already current
        try:
            self.report(changes_of(skill_service.set_person_skill))
        finally:
            self._quiet = False
        return True

    # --- catalogue actions ----------------------------------------------------------------
    def _selected(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        index = index.siblingAtColumn(0)
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def _select(self, kind: str, item_id: int) -> None:
        model = self.catalogue_proxy
        for row in range(model.rowCount()):
            category = model.index(row, 0)
            if kind == "category" and category.data(ID_ROLE) == item_id:
                self.tree.setCurrentIndex(category)
                return
            for child_row in range(model.rowCount(category)):
                child = model.index(child_row, 0, category)
                if kind == "skill" and child.data(ID_ROLE) == item_id:
                    self.tree.setCurrentIndex(child)
                    return

    def _node(self):
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.catalogue_model.node(self.catalogue_proxy.mapToSource(index.siblingAtColumn(0)))

    def _category_of_selection(self) -> int | None:
        node = self._node()
        if node is None:
            return None
        return node.id if isinstance(node, CategorySupply) else node.category_id

    def _update_buttons(self) -> None:
        node = self._node()
        for button in (self.rename_button, self.move_button, self.archive_button):
            button.setEnabled(node is not None)
        self.new_skill_button.setEnabled(node is not None)
        archived = bool(node is not None and node.archived)
        self.archive_button.setText(self.tr("Un&archive") if archived else self.tr("&Archive"))

    def _do(self, service, *args: object, select: tuple[str, int] | None = None) -> bool:
        """One catalogue edit: the service call, the notice, then the selection again."""
        self.catalogue_error.clear_message()
        try:
            result = service(self.database, *args)
        except ServiceError as exc:
            self.catalogue_error.show_message(exc.message)
            return False
        self.report(changes_of(service))
        if select is None and result is not None and hasattr(result, "id"):
            select = ("skill" if hasattr(result, "category_id") else "category", result.id)
        if select is not None:
            self._select(*select)
        return True

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def new_category(self) -> None:
        name = self._ask(self.tr("New category"), self.tr("Name of the category:"))
        if name is not None:
            self._do(skill_service.create_category, name)

    def new_skill(self) -> None:
        category = self._category_of_selection()
        if category is None:
            return
        name = self._ask(self.tr("New skill"), self.tr("Name of the skill:"))
        if name is not None:
            self._do(skill_service.create_skill, category, name)

    def rename(self) -> None:
        node = self._node()
        if node is None:
            return
        name = self._ask(self.tr("Rename"), self.tr("New name:"), node.name)
        if name is None:
            return
        if isinstance(node, CategorySupply):
            self._do(skill_service.rename_category, node.id, name, select=("category", node.id))
        else:
            self._do(skill_service.rename_skill, node.id, name, select=("skill", node.id))

    def move_skill(self) -> None:
        node = self._node()
        if node is None:
            return
        if isinstance(node, CategorySupply):
            up, down = self.tr("Up"), self.tr("Down")
            choice, ok = QInputDialog.getItem(
                self,
                self.tr("Move the category"),
                self.tr("Move “{name}”:").format(name=literal(node.name)),
                [up, down],
                0,
                False,
            )
            if ok:
                offset = -1 if choice == up else 1
                self._do(skill_service.move_category, node.id, offset, select=("category", node.id))
            return
        categories = [
            c for c in skill_service.list_categories(self.database) if c.id != node.category_id
        ]
        if not categories:
            QMessageBox.information(
                self, self.tr("Move the skill"), self.tr("There is no other category.")
            )
            return
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Move the skill"),
            self.tr("Move “{name}” to the category:").format(name=literal(node.name)),
            [c.name for c in categories],
            0,
            False,
        )
        if ok:
            target = next(c.id for c in categories if c.name == choice)
            self._do(skill_service.move_skill, node.id, target, select=("skill", node.id))

    def toggle_archive(self) -> None:
        node = self._node()
        if node is None:
            return
        kind = "category" if isinstance(node, CategorySupply) else "skill"
        archive = (
            skill_service.set_category_archived
            if kind == "category"
            else skill_service.set_skill_archived
        )
        self._do(archive, node.id, not node.archived, select=(kind, node.id))

    def current_index(self) -> QModelIndex:
        return self.tree.currentIndex()

    def select_item(self, item_id: int) -> None:
        """Select a skill in the catalogue (the dashboard's to-do links)."""
        self.tabs.setCurrentIndex(0)
        self._select("skill", item_id)
