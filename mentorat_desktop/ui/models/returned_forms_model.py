"""Returned forms as a tree: one line per form, the values it would write under it.

A form line spans the whole width (its state as an icon and a word, the person, the kind,
the subject) and carries the check box that includes it; the value lines under it show the
label, what is recorded now, what the form says, and a conflict as an icon and a word.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from mentorat_desktop.search_text import collation_key
from mentorat_desktop.services.forms import FieldChange, FormKind, FormReview
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models import ID_ROLE, SORT_ROLE
from mentorat_desktop.ui.theme import DANGER, WARNING, status_colour

Index = QModelIndex | QPersistentModelIndex

COL_WHAT, COL_RECORDED, COL_FROM_FORM, COL_CONFLICT = range(4)
COLUMN_COUNT = 4
FORM = 0  # internalId of a form line; a value line stores its form's row + 1
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 3  # the FormReview of a form line


def has_conflict(review: FormReview) -> bool:
    return any(change.conflict for change in review.changes)


class ReturnedFormsModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reviews: list[FormReview] = []
        self.checked: set[str] = set()  # paths of the forms to apply
        self.headers = [
            self.tr("Form and values"),
            self.tr("Recorded now"),
            self.tr("From the form"),
            self.tr("Conflict"),
        ]
        self.kinds = {
            FormKind.SKILLS: self.tr("Skills questionnaire"),
            FormKind.FEEDBACK: self.tr("Session feedback"),
            FormKind.END: self.tr("End-of-programme assessment"),
        }

    # --- contents ----------------------------------------------------------------------------
    def set_rows(self, reviews: list[FormReview], keep: set[str] | None = None) -> None:
        """New reviews; a form is ticked when it was before (``keep``), else when it is
        accepted and has no conflict: a conflict needs the user's explicit choice."""
        self.beginResetModel()
        self.reviews = reviews
        self.checked = {
            r.path
            for r in reviews
            if r.accepted and (r.path in keep if keep is not None else not has_conflict(r))
        }
        self.endResetModel()

    def set_checked(self, row: int, checked: bool) -> None:
        index = self.index(row, COL_WHAT)
        self.setData(
            index,
            (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
            Qt.ItemDataRole.CheckStateRole,
        )

    def checked_paths(self) -> list[str]:
        return [r.path for r in self.reviews if r.accepted and r.path in self.checked]

    def state_text(self, review: FormReview) -> str:
        if not review.accepted:
            return self.tr("Refused")
        if has_conflict(review):
            return self.tr("Conflict")
        return self.tr("Accepted")

    def form_text(self, review: FormReview) -> str:
        kind = self.kinds.get(review.kind, "") if review.kind else ""
        parts = [self.state_text(review), review.person_name, kind, review.subject]
        text = " — ".join(part for part in parts if part)
        if review.problem:
            text += f" — {review.problem}"
        return text

    # --- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, FORM)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == FORM:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, FORM)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.reviews)
        if parent.internalId() == FORM and parent.column() == 0:
            return len(self.reviews[parent.row()].changes)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        form = index.internalId() == FORM and index.column() == COL_WHAT
        if form and self.reviews[index.row()].accepted:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or index.internalId() != FORM
            or index.column() != COL_WHAT
        ):
            return False
        review = self.reviews[index.row()]
        if not review.accepted:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self.checked.add(review.path)
        else:
            self.checked.discard(review.path)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    # --- data --------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == FORM:
            return self._form_data(self.reviews[index.row()], index.column(), role)
        review = self.reviews[index.internalId() - 1]
        return self._change_data(review.changes[index.row()], index.column(), role)

    def _form_data(self, review: FormReview, column: int, role: int) -> Any:
        if column != COL_WHAT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.form_text(review)
        if role == Qt.ItemDataRole.ToolTipRole:  # which file, as the text may not say
            return f"{self.form_text(review)}\n{review.path}"
        if role == Qt.ItemDataRole.DecorationRole:
            if not review.accepted:
                return icon("circle-x", status_colour(DANGER))
            if has_conflict(review):
                return icon("triangle-alert", status_colour(WARNING))
            return icon("circle-check")
        if role == Qt.ItemDataRole.CheckStateRole and review.accepted:
            ticked = review.path in self.checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not review.accepted:
            return QColor(status_colour(DANGER))
        if role == SORT_ROLE:
            return collation_key(review.person_name)
        if role in (ID_ROLE, REVIEW_ROLE):
            return review.path if role == ID_ROLE else review
        return None

    def _change_data(self, change: FieldChange, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            conflict = self.tr("Conflict") if change.conflict else ""
            return (change.label, change.current, change.new, conflict)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == COL_CONFLICT and change.conflict:
            return icon("triangle-alert", status_colour(WARNING))
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_CONFLICT and change.conflict:
            return QColor(status_colour(WARNING))
        return None
