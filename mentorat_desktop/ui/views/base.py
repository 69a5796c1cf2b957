"""What every view of the main window offers the window, and what the window offers it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from mentorat_desktop.db.database import Database
from mentorat_desktop.services.dashboard.overview import Overview
from mentorat_desktop.ui.icons import accent, icon
from mentorat_desktop.ui.views.catalogue import ViewSpec


class BaseView(QWidget):
    """A page of the main window. It calls services with ``database``; it never opens sessions.

    Subclasses keep their translatable strings in their own methods (``self.tr`` takes the
    context from the class that lupdate sees).
    """

    load_demo_requested = Signal()
    settings_requested = Signal()
    data_changed = Signal()  # emit after an edit so the other views refresh
    # A document about what this view shows: its kind ("charter", "agenda", "certificate"…)
    # and the subject's ids (programme_id, pair_id, session_id, person_id).
    document_requested = Signal(str, dict)

    def __init__(self, spec: ViewSpec, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.database = database
        self.setObjectName(f"view_{spec.key}")
        self.setAccessibleName(spec.title)

    def title_row(self) -> QHBoxLayout:
        """The view's icon and its title in large bold type, for a header row to go on."""
        header = QHBoxLayout()
        header_icon = QLabel()
        header_icon.setPixmap(icon(self.spec.icon, accent()).pixmap(28, 28))
        title = QLabel(self.spec.title)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        header.addWidget(header_icon)
        header.addWidget(title)
        header.addSpacing(16)
        return header

    def show_overview(self, overview: Overview) -> None:
        """Called at start and whenever data may have changed anywhere in the app."""
