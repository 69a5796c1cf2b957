"""Import the forms the participants sent back: drop or choose them, see what each would
change, tick the ones to apply, and apply them in one step.

Reading the files changes nothing (`review_returned_forms`); only "Apply" writes, in one
transaction for all the ticked forms (`apply_returned_forms`). A form with a conflict starts
unticked, so a recorded value is never overwritten without the user's choice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.services.changes import changes_of
from mentorat_desktop.services.forms import AppliedForms, FormReview
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models.returned_forms_model import ReturnedFormsModel
from mentorat_desktop.ui.widgets.dropped_files import can_drop, dropped_paths
from mentorat_desktop.ui.widgets.field_error import FieldError


class ReturnedFormsDialog(QDialog):
    changed = Signal(object)  # the Changes of an applied import, for the main window

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returned_forms_dialog")
        self.setWindowTitle(self.tr("Import returned forms"))
        self.resize(900, 560)
        self.setAcceptDrops(True)
        self.database = database
        self.paths: list[Path] = []
        self.applied: AppliedForms | None = None
        self._review: ops.Op[list[FormReview]] | None = None

        intro = QLabel(
            self.tr(
                "Drop here the PDF forms the participants filled in and sent back (or a "
                "folder of them; a form attached to a message is saved to a folder first). "
                "Nothing changes until you apply them."
            )
        )
        intro.setWordWrap(True)
        self.files_button = QPushButton(icon("file-text"), self.tr("Choose &files…"))
        self.files_button.setToolTip(self.tr("Choose one or more returned PDF forms"))
        self.folder_button = QPushButton(icon("folder-open"), self.tr("Choose a f&older…"))
        self.folder_button.setToolTip(self.tr("Read every PDF form of a folder"))
        self.clear_button = QPushButton(self.tr("&Empty the list"))
        self.clear_button.setToolTip(self.tr("Remove every file from the list"))
        choose = QHBoxLayout()
        for button in (self.files_button, self.folder_button, self.clear_button):
            choose.addWidget(button)
        choose.addStretch(1)

        self.model = ReturnedFormsModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("returned_forms_tree")
        self.tree.setAccessibleName(self.tr("Returned forms and their values"))
        self.tree.setToolTip(
            self.tr("Tick the forms to apply; a form with a conflict is unticked until you tick it")
        )
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((280, 200, 200, 110)):
            header.resizeSection(column, width)

        self.status = QLabel(self.tr("No form yet."))
        self.status.setWordWrap(True)
        self.error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button.setToolTip(self.tr("Record the ticked forms, all in one step"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.clear_button.clicked.connect(self.clear)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(self._update)
        self.model.modelReset.connect(self._show_tree)
        self._update()

    # --- choosing ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Returned forms"), "", self.tr("PDF forms (*.pdf);;All files (*)")
        )
        self.add_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of returned forms"))
        if folder:
            self.add_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if can_drop(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if can_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        try:
            paths, left_out = dropped_paths(event.mimeData())
        except OSError as exc:  # the temporary copy of an attachment could not be written
            self.error.show_message(ops.error_text(exc))
            return
        if not paths:
            return
        event.acceptProposedAction()
        self.add_paths(paths)
        if left_out:
            self.error.show_message(
                self.tr(
                    "Outlook hands over one attachment per drop: %n more were left out. Drop "
                    "them one by one, or save them in a folder and choose the folder.",
                    None,
                    left_out,
                )
            )

    def add_paths(self, paths: list[Path]) -> None:
        """Add files or folders to the list and read them all again (a form given twice, or
        applied meanwhile, is then said so)."""
        new = [p for p in paths if p not in self.paths]
        self.error.clear_message()
        if not new:
            return
        self.paths += new
        self.review()

    def clear(self) -> None:
        self.paths = []
        self.model.set_rows([])
        self.status.setText(self.tr("No form yet."))
        self.error.clear_message()
        self._update()

    # --- reviewing ---------------------------------------------------------------------------
    def review(self) -> None:
        self.status.setText(self.tr("Reading the forms…"))
        from mentorat_desktop.services.forms.returned import review_returned_forms

        database, paths = self.database, list(self.paths)
        keep = set(self.model.checked) if self.model.reviews else None
        self._set_busy(True)
        self._review = ops.Op(
            self,
            lambda _progress: review_returned_forms(database, paths),
            success=lambda reviews: self.show_reviews(reviews, keep),
            failure=self._failed,
            done=lambda: self._set_busy(False),
            title=self.tr("Import returned forms"),
            supersedes="review",
        ).run()

    def show_reviews(self, reviews: list[FormReview], keep: set[str] | None = None) -> None:
        """The preview of these reviews; the forms ticked in ``keep`` stay ticked."""
        known = {r.path for r in self.model.reviews}
        if keep is not None:  # forms new to the list take the default
            keep = keep | {r.path for r in reviews if r.path not in known and self._default(r)}
        self.model.set_rows(reviews, keep)
        accepted = sum(1 for r in reviews if r.accepted)
        refused = len(reviews) - accepted
        if not reviews and self.paths:
            self.status.setText(self.tr("No PDF file in what was chosen."))
            self._update()
            return
        conflicts = sum(1 for r in reviews if r.accepted and not self._default(r))
        text = (
            self.tr("%n forms accepted,", None, accepted)
            + " "
            + self.tr("%n refused.", None, refused)
        )
        if conflicts:  # unticked by default: say how to apply them anyway
            text += " " + self.tr(
                "%n forms in conflict: tick one to let it replace what is recorded.",
                None,
                conflicts,
            )
        self.status.setText(text)
        self._update()

    @staticmethod
    def _default(review: FormReview) -> bool:
        return review.accepted and not any(c.conflict for c in review.changes)

    def _show_tree(self) -> None:
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    # --- applying ----------------------------------------------------------------------------
    def apply(self) -> None:
        paths = [Path(p) for p in self.model.checked_paths()]
        if not paths:
            return
        self.error.clear_message()
        from mentorat_desktop.services.forms.returned import apply_returned_forms

        database = self.database
        self._set_busy(True)
        ops.Op(
            self,
            lambda _progress: apply_returned_forms(database, paths),
            success=lambda result: self._applied(result, paths),
            failure=self._failed,
            done=lambda: self._set_busy(False),
            title=self.tr("Import returned forms"),
        ).run()

    def _applied(self, result: AppliedForms, paths: list[Path]) -> None:
        from mentorat_desktop.services.forms.returned import apply_returned_forms

        self.applied = result
        self.changed.emit(changes_of(apply_returned_forms))
        applied = {str(p) for p in paths}
        self.paths = [p for p in self.paths if str(p) not in applied]
        summary = (
            self.tr("%n forms applied,", None, result.applied)
            + " "
            + self.tr("%n values recorded.", None, result.values_written)
        )
        rest = [r for r in self.model.reviews if r.path not in applied]
        self.model.set_rows(rest, set(self.model.checked) - applied)
        self.status.setText(summary)
        self._update()

    def _failed(self, error: Exception) -> None:
        self.status.clear()
        self.error.show_message(ops.error_text(error))

    # --- state -------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        for button in (self.files_button, self.folder_button, self.clear_button):
            button.setEnabled(not busy)
        self.apply_button.setEnabled(not busy and bool(self.model.checked_paths()))

    def _update(self, *_args: object) -> None:
        count = len(self.model.checked_paths())
        self.apply_button.setText(self.tr("&Apply %n forms", None, count))
        self.apply_button.setEnabled(count > 0)
        self.clear_button.setEnabled(bool(self.paths))

    def form_rows(self) -> list[QModelIndex]:
        """The form lines (for tests and keyboard users' scripts)."""
        return [self.model.index(row, 0) for row in range(self.model.rowCount())]
