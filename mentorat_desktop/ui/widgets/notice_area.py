"""Warnings at the top of the dashboard, each with an icon, words and the action that fixes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentorat_desktop.services.dashboard.notices import BACKUP_OVERDUE, Notice
from mentorat_desktop.ui.icons import icon


class NoticeArea(QFrame):
    action_requested = Signal(str)  # the notice's kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_area")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 8, 16, 8)
        self.rows: dict[str, tuple[QLabel, QPushButton]] = {}
        self.setVisible(False)

    def set_notices(self, notices: list[Notice]) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows.clear()
        for notice in notices:
            self.layout_.addWidget(self._row(notice))
        self.setAccessibleDescription(" ".join(n.message for n in notices))

    def has_notices(self) -> bool:
        return bool(self.rows)

    def _row(self, notice: Notice) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        sign = QLabel(row)
        sign.setPixmap(icon("triangle-alert").pixmap(20, 20))
        sign.setAccessibleName(self.tr("Warning"))
        text = QLabel(notice.message, row)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if notice.kind == BACKUP_OVERDUE:
            button = QPushButton(icon("download"), self.tr("Back up now"), row)
            button.setToolTip(self.tr("Take a backup of the database now"))
        else:
            button = QPushButton(icon("users"), self.tr("Review…"), row)
            button.setToolTip(self.tr("Open the personal data dialog to anonymise them"))
        button.clicked.connect(lambda _=False, kind=notice.kind: self.action_requested.emit(kind))
        layout.addWidget(sign)
        layout.addWidget(text, 1)
        layout.addWidget(button)
        self.rows[notice.kind] = (text, button)
        return row
