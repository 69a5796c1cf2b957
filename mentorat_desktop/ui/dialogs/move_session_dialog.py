"""Move a session: another day, time, length or place, with the same warnings as planning."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.services.sessions.session_checks import to_utc
from mentorat_desktop.services.sessions.sessions import (
    database_zone,
    get_session,
    move_session,
    move_warnings,
)
from mentorat_desktop.ui.qt_dates import show_long_date
from mentorat_desktop.ui.theme import WARNING, status_colour
from mentorat_desktop.ui.widgets.date_field import DateField
from mentorat_desktop.ui.widgets.field_error import FieldError


class MoveSessionDialog(QDialog):
    def __init__(
        self, database: Database, session_id: int, version: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.session_id = session_id
        self.version = version
        self.zone = database_zone(database)
        self.setObjectName("move_session_dialog")
        self.setWindowTitle(self.tr("Move the session"))
        self.setMinimumWidth(480)
        record = get_session(database, session_id)
        local = record.starts_at.astimezone(self.zone)

        form = QFormLayout()
        self.day = DateField(QDate(local.year, local.month, local.day))
        self.day.setCalendarPopup(True)
        show_long_date(self.day)
        self.day.setToolTip(self.tr("New day of the session"))
        self.time = QTimeEdit(QTime(local.hour, local.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setToolTip(self.tr("New local time"))
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(record.duration_minutes)
        self.duration.setToolTip(self.tr("Length of the session"))
        self.location = QLineEdit(record.location)
        self.location.setMaxLength(500)
        self.location.setToolTip(self.tr("Meeting room, address or video link"))
        for label, widget in (
            (self.tr("&Day:"), self.day),
            (self.tr("&Time:"), self.time),
            (self.tr("&Length:"), self.duration),
            (self.tr("Pla&ce:"), self.location),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {status_colour(WARNING)};")
        self.error = FieldError(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.update_warnings)
        for signal in (self.day.dateChanged, self.time.timeChanged, self.duration.valueChanged):
            signal.connect(self.timer.start)
        self.update_warnings()

    def new_start(self) -> datetime:
        day, at = self.day.date(), self.time.time()
        return to_utc(
            datetime(day.year(), day.month(), day.day()).date(),
            datetime(2000, 1, 1, at.hour(), at.minute()).time(),
            self.zone,
        )

    def update_warnings(self) -> None:
        found = move_warnings(
            self.database, self.session_id, self.new_start(), self.duration.value()
        )
        self.warnings.setText("\n".join(f"⚠ {text}" for text in found))
        self.warnings.setVisible(bool(found))

    def save(self) -> None:
        self.error.clear_message()
        try:
            move_session(
                self.database,
                self.session_id,
                self.version,
                self.new_start(),
                self.duration.value(),
                self.location.text(),
            )
        except (ValidationError, ServiceError) as exc:
            self.error.show_message(exc.message)
            return
        self.accept()
