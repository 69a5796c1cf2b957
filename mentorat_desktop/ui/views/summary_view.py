"""A view's page: what it is for, its key figures, and an empty state with next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.services.database import Database
from mentorat_desktop.services.overview import Overview
from mentorat_desktop.ui.icons import accent, icon
from mentorat_desktop.ui.views.base import BaseView
from mentorat_desktop.ui.views.catalogue import ViewSpec


class FigureCard(QFrame):
    """A large number over its label, readable without colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet(f"color: {accent()};")
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_figure(self, value: int, caption: str) -> None:
        self.value_label.setText(f"{value:n}" if value < 10_000 else f"{value:,}".replace(",", " "))
        self.caption_label.setText(caption)
        self.setAccessibleName(f"{value} {caption}")
        self.setToolTip(f"{value} {caption}")


class SummaryView(BaseView):
    """What the view is for, its key figures, and an empty state with next steps."""

    def __init__(self, spec: ViewSpec, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(spec, database, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(18)

        header = QHBoxLayout()
        header_icon = QLabel()
        header_icon.setPixmap(icon(spec.icon, accent()).pixmap(32, 32))
        title = QLabel(spec.title)
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        title.setFont(title_font)
        title.setAccessibleName(spec.title)
        header.addWidget(header_icon)
        header.addWidget(title, 1)
        outer.addLayout(header)

        purpose = QLabel(spec.purpose)
        purpose.setWordWrap(True)
        outer.addWidget(purpose)

        self.figures_row = QHBoxLayout()
        self.figures_row.setSpacing(12)
        self.cards = [FigureCard(self) for _ in spec.figures(_ZERO)]
        for card in self.cards:
            self.figures_row.addWidget(card)
        self.figures_row.addStretch(1)
        outer.addLayout(self.figures_row)

        self.empty_state = self._build_empty_state()
        outer.addWidget(self.empty_state)
        outer.addStretch(1)

    def _build_empty_state(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("empty_state")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(24, 20, 24, 20)
        hint = QLabel(
            self.tr(
                "Nothing here yet. Try the app with a fictitious company's data, "
                "or set up your organisation and start adding your staff."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton(icon("sparkles"), self.tr("Load demo data"))
        self.demo_button.setToolTip(self.tr("Fill this empty database with a fictitious company"))
        self.demo_button.clicked.connect(self.load_demo_requested)
        self.settings_button = QPushButton(icon("settings"), self.tr("Set up the organisation…"))
        self.settings_button.setToolTip(self.tr("Company name, address, logo, signatory, language"))
        self.settings_button.clicked.connect(self.settings_requested)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return frame

    def show_overview(self, overview: Overview) -> None:
        for card, (value, caption) in zip(self.cards, self.spec.figures(overview), strict=True):
            card.set_figure(value, caption)
        self.empty_state.setVisible(overview.is_empty)


_ZERO = Overview(*([0] * 12))
