"""A date field that takes a whole date typed in the locale's format, and has a calendar.

QDateEdit edits one section at a time: typing "01/03/2027" after a click lands in whichever
section holds the cursor, and typing a year gives "000027". Here the keys go into the text as
typed; Return or leaving the field reads the whole date, and a date that does not parse
puts the last good one back.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget


def date_formats(locale: QLocale) -> list[str]:
    """The locale's short format with a four-digit year first, then looser spellings."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    four = short.replace("yyyy", "yy").replace("yy", "yyyy")
    loose = four.replace("dd", "d").replace("MM", "M")
    return [four, loose, loose.replace("yyyy", "yy"), "yyyy-MM-dd"]


def parse_date(text: str, locale: QLocale | None = None, shown: str = "") -> QDate:
    """The date typed in ``text``: as shown in the field, or in the locale's short format."""
    locale = locale or QLocale()
    plain = shown.replace("d'er'", "d")  # French "1er": any other day is typed without it
    first = re.sub(r"(?<![d'])d(?![d'])", "d'er'", plain, count=1)
    for fmt in ([shown, plain, first] if shown else []) + date_formats(locale):
        day = locale.toDate(text.strip(), fmt)
        if day.isValid():
            if "yyyy" not in fmt:  # "27" is 2027, not 1927
                day = QDate(2000 + day.year() % 100, day.month(), day.day())
            return day
    return QDate()


class DateField(QDateEdit):
    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_formats(QLocale())[0])
        self._typing = False
        if value is not None:
            self.setDate(value)
        self.editingFinished.connect(self.commit_typed)

    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        if getattr(self, "_typing", False):  # also called while QDateEdit is being set up
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, line, key = event.text(), self.lineEdit(), event.key()
        plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if plain and len(text) == 1 and text.isprintable():
            self._typing = True
            current, start = line.text(), line.cursorPosition()
            if line.hasSelectedText():
                start = line.selectionStart()
                current = current[:start] + current[start + len(line.selectedText()) :]
            blocked = line.blockSignals(True)  # the spin box must not re-read a half-typed date
            line.setText(current[:start] + text + current[start:])
            line.blockSignals(blocked)
            line.setCursorPosition(start + 1)
            return
        if self._typing and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            blocked = line.blockSignals(True)
            line.backspace() if key == Qt.Key.Key_Backspace else line.del_()
            line.blockSignals(blocked)
            return
        self.commit_typed()  # Enter, arrows: the typed date first, then what they do
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab goes to the next field, as in any other field, after reading the typed date."""
        self.commit_typed()
        return QWidget.focusNextPrevChild(self, forward)

    def commit_typed(self) -> None:
        if not self._typing:
            return
        self._typing = False
        day = parse_date(self.lineEdit().text(), shown=self.displayFormat())
        if day.isValid() and self.minimumDate() <= day <= self.maximumDate():
            self.setDate(day)
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_typed()
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # a click then a typed date replaces the whole
