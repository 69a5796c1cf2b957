"""The journal editor's building blocks: labelled rows, text boxes, rating and fit choices.

Their strings keep the JournalDialog context, so they translate as before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from mentorat_desktop.ui.icons import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalDialog", text)


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
    combo.addItem(_tr("Not given"), None)
    for stars in range(1, 6):
        combo.addItem(f"{stars} / 5  " + "★" * stars, stars)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


def fit_choice(value: str | None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(_tr("Pairing fit"))
    combo.addItem(_tr("Not answered"), None)
    combo.addItem(icon("circle-check"), _tr("Good fit"), "good")
    combo.addItem(icon("circle-alert"), _tr("Unsure"), "unsure")
    combo.addItem(icon("circle-x"), _tr("Not a fit"), "not_a_fit")
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo
