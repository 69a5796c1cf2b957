"""The journal editor's building blocks: labelled rows, text boxes, rating and fit choices.

Their strings keep the JournalDialog context, so they translate as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.ui.icons import icon

if TYPE_CHECKING:
    from mentorat_desktop.services.sessions.journals import JournalData
    from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog


def add_row(form: QFormLayout, label: str, field: QWidget, focus: QWidget, tip: str) -> None:
    caption = QLabel(label)
    caption.setBuddy(focus)
    focus.setToolTip(tip)
    focus.setAccessibleName(label.replace("&", "").rstrip(":"))
    form.addRow(caption, field)


def text_box(value: str, lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit(value)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def with_hint(widget: QWidget, hint: str) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    label = QLabel(hint)
    label.setWordWrap(True)
    label.setEnabled(False)  # drawn in the palette's quieter text colour
    column.addWidget(label)
    return box


def rating_choice(value: int | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("JournalDialog", "Not given"), None)
    for stars in range(1, 6):
        combo.addItem(f"{stars} / 5  " + "★" * stars, stars)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


def fit_choice(value: str | None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(QCoreApplication.translate("JournalDialog", "Pairing fit"))
    combo.addItem(QCoreApplication.translate("JournalDialog", "Not answered"), None)
    combo.addItem(
        icon("circle-check"), QCoreApplication.translate("JournalDialog", "Good fit"), "good"
    )
    combo.addItem(
        icon("circle-alert"), QCoreApplication.translate("JournalDialog", "Unsure"), "unsure"
    )
    combo.addItem(
        icon("circle-x"), QCoreApplication.translate("JournalDialog", "Not a fit"), "not_a_fit"
    )
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


def show_saved(dialog: JournalDialog, journal: JournalData) -> None:
    """Put a journal as saved back into the editor's fields (its action rows apart)."""
    content = journal.content
    if dialog.status.findData(journal.status) < 0:
        dialog.status.insertItem(
            0,
            icon("calendar-clock"),
            QCoreApplication.translate("JournalDialog", "Not recorded yet"),
            journal.status,
        )
    dialog.status.setCurrentIndex(dialog.status.findData(journal.status))
    dialog.cancel_reason.setText(journal.cancel_reason)
    dialog.cancel_reason.setVisible(journal.status is SessionStatus.CANCELLED)
    for edit, value in (
        (dialog.summary, content.summary),
        (dialog.learned, content.learned),
        (dialog.quote, content.shared_quote),
        (dialog.confidential, content.confidential_notes),
    ):
        edit.setPlainText(value)
    chosen = set(content.skill_ids)
    for i in range(dialog.skills.count()):
        item = dialog.skills.item(i)
        checked = item.data(Qt.ItemDataRole.UserRole) in chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    choices: tuple[tuple[QComboBox, object], ...] = (
        (dialog.mentor_rating, content.mentor_rating),
        (dialog.mentee_rating, content.mentee_rating),
        (dialog.mentor_fit, content.mentor_fit),
        (dialog.mentee_fit, content.mentee_fit),
    )
    for combo, choice in choices:
        combo.setCurrentIndex(max(0, combo.findData(choice)))
    dialog.fit_box.setVisible(journal.asks_fit)
