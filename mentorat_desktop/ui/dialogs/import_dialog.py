"""Import staff from CSV or XLSX: choose the file, check the columns, preview, then import."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.io.staff_columns import (
    Column,
    Role,
    StaffSheet,
    known_skill_headers,
    require_name_column,
    role_names,
    staff_sheet,
)
from mentorat_desktop.io.tables import SheetChoiceNeeded, read_grid
from mentorat_desktop.services.staff.skills import list_skills
from mentorat_desktop.services.staff.staff_import import Action, Existing, ImportSummary, run_import
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.models import SORT_ROLE
from mentorat_desktop.ui.models.import_preview_model import ImportPreviewModel
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.words import literal


class ImportDialog(QDialog):
    preview_done = Signal()
    import_done = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.path: Path | None = None
        self.sheet: StaffSheet | None = None
        self.preview: ImportSummary | None = None
        self.summary: ImportSummary | None = None
        self.role_combos: list[QComboBox] = []
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import staff"))
        self.resize(980, 680)
        layout = QVBoxLayout(self)

        self._build_file_rows(layout)
        self._build_columns_and_options(layout)
        self._build_preview(layout)
        self._build_bottom(layout)
        self._update_buttons()

    # --- building -------------------------------------------------------------------------
    def _build_file_rows(self, layout: QVBoxLayout) -> None:
        """The file, its sheet, and what was detected in it."""
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(
            self.tr("A CSV or Excel (.xlsx) file with one person per line")
        )
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.file_edit.setToolTip(self.tr("The file chosen for the import"))
        self.choose_button = QPushButton(self.tr("&Choose a file…"))
        self.choose_button.setToolTip(self.tr("Choose the CSV or Excel file of the staff"))
        self.choose_button.clicked.connect(self.choose_file)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        sheet_row = QHBoxLayout()
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.setToolTip(
            self.tr("The workbook has several sheets: choose the staff list")
        )
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.activated.connect(lambda _i: self.load(self.sheet_combo.currentText()))
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        self.file_info = QLabel()
        self.file_info.setAccessibleName(self.tr("What was detected in the file"))
        sheet_row.addWidget(self.file_info, 2)
        layout.addLayout(sheet_row)
        self.file_error = FieldError(self)
        layout.addWidget(self.file_error)

    def _build_columns_and_options(self, layout: QVBoxLayout) -> None:
        """What each column holds, and what to do with people already there."""
        middle = QHBoxLayout()
        self.columns_group = QGroupBox(self.tr("Columns"))
        self.columns_group.setToolTip(
            self.tr("What each column of the file holds; change a guess if it is wrong")
        )
        columns_layout = QVBoxLayout(self.columns_group)
        self.columns_scroll = QScrollArea()
        self.columns_scroll.setWidgetResizable(True)
        columns_layout.addWidget(self.columns_scroll)
        middle.addWidget(self.columns_group, 2)

        options = QGroupBox(self.tr("People already there"))
        options.setToolTip(self.tr("Same email address, or else same first and last name"))
        options_layout = QVBoxLayout(options)
        self.update_radio = QRadioButton(self.tr("&Update them with the file's values"))
        self.update_radio.setToolTip(self.tr("Empty cells leave the current value unchanged"))
        self.skip_radio = QRadioButton(self.tr("&Leave them as they are (skip)"))
        self.skip_radio.setToolTip(self.tr("Only new people are added"))
        self.skip_radio.setChecked(True)
        self.policy = QButtonGroup(self)
        self.policy.addButton(self.update_radio)
        self.policy.addButton(self.skip_radio)
        self.policy.buttonClicked.connect(lambda _b: self.run_preview())
        self.skip_invalid = QCheckBox(self.tr("Import the other rows when some have &problems"))
        self.skip_invalid.setToolTip(
            self.tr("Otherwise nothing is imported until every problem is fixed")
        )
        self.skip_invalid.toggled.connect(lambda _c: self._choices_changed())
        options_layout.addWidget(self.update_radio)
        options_layout.addWidget(self.skip_radio)
        options_layout.addWidget(self.skip_invalid)
        options_layout.addStretch(1)
        middle.addWidget(options, 1)
        layout.addLayout(middle, 1)

    def _build_preview(self, layout: QVBoxLayout) -> None:
        """What the import will do with each line of the file."""
        self.preview_model = ImportPreviewModel(self)
        self.preview_proxy = QSortFilterProxyModel(self)
        self.preview_proxy.setSourceModel(self.preview_model)
        self.preview_proxy.setSortRole(SORT_ROLE)
        self.preview_table = QTableView()
        self.preview_table.setObjectName("import_preview")
        self.preview_table.setModel(self.preview_proxy)
        self.preview_table.setAccessibleName(self.tr("Preview of the import"))
        self.preview_table.setToolTip(self.tr("What the import will do with each line of the file"))
        self.preview_table.setSortingEnabled(True)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.verticalHeader().hide()
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.preview_table.setColumnWidth(0, 60)
        for column, width in ((1, 180), (2, 200), (3, 140), (4, 100)):
            self.preview_table.setColumnWidth(column, width)
        layout.addWidget(self.preview_table, 2)

    def _build_bottom(self, layout: QVBoxLayout) -> None:
        self.summary_label = QLabel(self.tr("Choose a file to see what the import will do."))
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.summary_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        layout.addWidget(self.progress)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.import_button.setToolTip(self.tr("Write the previewed changes, all at once"))
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- file -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the staff file"),
            "",
            self.tr("Staff lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.path = path
        self.file_edit.setText(str(path))
        self.sheet_combo.clear()
        self.load(None)

    def load(self, sheet: str | None) -> None:
        assert self.path is not None
        path, database, existing = self.path, self.database, self._existing()
        self.summary = None

        def job(progress):
            try:
                grid = read_grid(path, sheet)
            except SheetChoiceNeeded as exc:
                return exc
            known = known_skill_headers((s.category_name, s.name) for s in list_skills(database))
            staff = staff_sheet(grid, path.name, known)
            require_name_column(staff)
            return staff, run_import(database, staff, existing, dry_run=True)

        self._run(job, self._loaded)

    def _loaded(self, result: SheetChoiceNeeded | tuple[StaffSheet, ImportSummary]) -> None:
        if isinstance(result, SheetChoiceNeeded):
            self.sheet_combo.clear()
            self.sheet_combo.addItems(result.sheets)
            self._show_sheet_row(True)
            self.sheet_combo.setFocus()
            self.load(self.sheet_combo.currentText())  # the preview shows the chosen sheet
            return
        self.sheet, self.preview = result
        grid = self.sheet.grid
        lines = len(self.sheet.rows)
        self._show_sheet_row(len(grid.sheets) > 1)
        if grid.kind == "csv":
            separator = {"\t": self.tr("tab")}.get(grid.delimiter, grid.delimiter)
            info = self.tr("{encoding}, separator “{separator}”, %n lines", "", lines).format(
                encoding=grid.encoding, separator=separator
            )
        else:
            info = self.tr("Sheet “{sheet}”, %n lines", "", lines).format(sheet=grid.sheet)
        self.file_info.setText(info)
        self._build_columns()
        assert self.preview is not None
        self._show_preview(self.preview)

    def _show_sheet_row(self, visible: bool) -> None:
        self.sheet_label.setVisible(visible)
        self.sheet_combo.setVisible(visible)

    def _build_columns(self) -> None:
        assert self.sheet is not None
        names = role_names()
        box = QWidget()
        form = QFormLayout(box)
        self.role_combos = []
        for header, column in zip(self.sheet.headers, self.sheet.columns, strict=True):
            combo = QComboBox()
            for role, name in names.items():
                if role is Role.SKILL_LEVEL:
                    name = self.tr("Level in “{skill}”").format(skill=column.skill or header)
                combo.addItem(name, role.value)
            combo.setCurrentIndex(combo.findData(column.role.value))
            label = header or self.tr("(no heading)")
            combo.setAccessibleName(self.tr("Column {name}").format(name=label))
            combo.setToolTip(self.tr("What the column “{name}” holds").format(name=label))
            combo.activated.connect(lambda _i: self._columns_changed())
            title = QLabel(literal(label))
            title.setBuddy(combo)
            form.addRow(title, combo)
            self.role_combos.append(combo)
        self.columns_scroll.setWidget(box)

    def _columns_changed(self) -> None:
        assert self.sheet is not None
        columns = []
        for header, old, combo in zip(
            self.sheet.headers, self.sheet.columns, self.role_combos, strict=True
        ):
            role = Role(combo.currentData())
            columns.append(Column(role, (old.skill or header) if role is Role.SKILL_LEVEL else ""))
        self.sheet = replace(self.sheet, columns=columns)
        self.run_preview()

    # --- preview and import ---------------------------------------------------------------
    def _existing(self) -> Existing:
        return Existing.UPDATE if self.update_radio.isChecked() else Existing.SKIP

    def run_preview(self) -> None:
        if self.sheet is None or self.summary is not None:
            return
        sheet, database, existing = self.sheet, self.database, self._existing()

        def job(progress):
            require_name_column(sheet)
            return sheet, run_import(database, sheet, existing, dry_run=True, progress=progress)

        self._run(job, self._loaded_preview)

    def _loaded_preview(self, result: tuple[StaffSheet, ImportSummary]) -> None:
        self.sheet, self.preview = result
        self._show_preview(self.preview)

    def _choices_changed(self) -> None:
        """The summary's advice follows the options ticked, without reading the file again."""
        if self.preview is not None and self.summary is None:
            self.summary_label.setText(self._describe(self.preview, done=False))
        self._update_buttons()

    def _show_preview(self, summary: ImportSummary) -> None:
        self.file_error.clear_message()
        self.preview_model.set_rows(list(summary.rows))
        self.summary_label.setText(self._describe(summary, done=False))
        self._update_buttons()
        self.preview_done.emit()

    def _describe(self, summary: ImportSummary, *, done: bool) -> str:
        counts = {action: summary.count(action) for action in Action}
        created, updated = counts[Action.CREATE], counts[Action.UPDATE]
        skipped, rejected = counts[Action.SKIP], counts[Action.REJECT]
        if done:
            text = self.tr("Import done: {created}, {updated}, {skipped}, {rejected}.").format(
                created=self.tr("%n created", "", created),
                updated=self.tr("%n updated", "", updated),
                skipped=self.tr("%n skipped", "", skipped),
                rejected=self.tr("%n left out because of problems", "", rejected),
            )
        else:
            text = self.tr("Preview: {created}, {updated}, {skipped}, {rejected}.").format(
                created=self.tr("%n to create", "", created),
                updated=self.tr("%n to update", "", updated),
                skipped=self.tr("%n to skip", "", skipped),
                rejected=self.tr("%n with problems", "", rejected),
            )
        if summary.new_departments:
            text += " " + self.tr("New departments: {names}.").format(
                names=", ".join(summary.new_departments)
            )
        if summary.new_skills:
            text += " " + self.tr("New skills: {names}.").format(
                names=", ".join(summary.new_skills)
            )
        if not done and counts[Action.REJECT]:
            if self.skip_invalid.isChecked():
                text += " " + self.tr(
                    "The rows with problems will be left out and the others imported."
                )
            else:
                text += " " + self.tr(
                    "Fix the problems in the file, or tick “Import the other rows”."
                )
        return text

    def run_import(self) -> None:
        if self.sheet is None or self.summary is not None:
            return
        sheet, database, existing = self.sheet, self.database, self._existing()
        skip = self.skip_invalid.isChecked()

        def job(progress):
            return run_import(database, sheet, existing, skip_invalid=skip, progress=progress)

        self._run(job, self._imported)

    def _imported(self, summary: object) -> None:
        assert isinstance(summary, ImportSummary)
        self.preview_model.set_rows(list(summary.rows))
        if summary.written:
            self.summary = summary
            self.summary_label.setText(self._describe(summary, done=True))
        else:
            self.summary_label.setText(self.tr("Nothing was imported: some rows have problems."))
        self._update_buttons()
        self.import_done.emit()

    # --- plumbing -------------------------------------------------------------------------
    def _run(self, job, on_result) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self._set_busy(True)
        ops.Op(
            self,
            lambda progress: job(progress.fraction),
            success=on_result,
            failure=lambda error: self._job_failed(ops.error_text(error)),
            progress=lambda done, _text: self.progress.setValue(done),  # the dialog's own bar
            done=self._job_done,
            title=self.windowTitle(),
        ).run()

    def _job_done(self) -> None:
        self.progress.hide()
        self._set_busy(False)

    def _job_failed(self, message: str) -> None:
        self.preview = None
        self.preview_model.set_rows([])
        self.file_error.show_message(message)
        self.summary_label.setText(self.tr("Nothing can be imported from this file."))
        self._update_buttons()
        self.preview_done.emit()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.choose_button,
            self.sheet_combo,
            self.columns_group,
            self.import_button,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self.preview
        ready = (
            preview is not None
            and self.summary is None
            and (preview.count(Action.CREATE) + preview.count(Action.UPDATE)) > 0
            and (not preview.rejected or self.skip_invalid.isChecked())
        )
        self.import_button.setEnabled(ready)
        if self.summary is not None:
            self.columns_group.setEnabled(False)
