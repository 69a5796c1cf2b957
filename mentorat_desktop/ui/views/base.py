"""What every view of the main window offers the window, and what the window offers it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from mentorat_desktop.services.changes import NOTHING, Changes
from mentorat_desktop.ui.icons import accent, icon
from mentorat_desktop.ui.views.catalogue import ViewSpec

if TYPE_CHECKING:
    from mentorat_desktop.db.database import Database


class BaseView(QWidget):
    """A page of the main window. It calls services with ``database``; it never opens sessions.

    Subclasses keep their translatable strings in their own methods (``self.tr`` takes the
    context from the class that lupdate sees). Each declares in ``shows`` the kinds of records
    it displays; the window hands it only the change notices that touch them (``notify``). A
    hidden view is only marked stale and loads when it is shown; a shown one loads at once,
    once. Subclasses put their loading in ``load()`` and call ``reload()``.
    """

    shows: ClassVar[Changes] = NOTHING
    database: Database  # set by the constructor, or by the window's attach() for a view
    # painted before the database was open (the dashboard, from its snapshot)
    load_demo_requested = Signal()
    settings_requested = Signal()
    changed = Signal(object)  # a Changes, after an edit made here: the window passes it on
    navigate_requested = Signal(str, object)  # view key, id of the row to select (or None)
    # A document about what this view shows: its kind ("charter", "agenda", "certificate"…)
    # and the subject's ids (programme_id, pair_id, session_id, person_id).
    document_requested = Signal(str, dict)

    def __init__(
        self, spec: ViewSpec, database: Database | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        if database is not None:
            self.database = database
        self.setObjectName(f"view_{spec.key}")
        self.setAccessibleName(spec.title)
        self.stale = True

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

    @property
    def has_database(self) -> bool:
        return hasattr(self, "database")

    # --- loading ---------------------------------------------------------------------------
    def notify(self, changes: Changes) -> None:
        """A change made anywhere: reload now if shown and concerned, else later when shown."""
        if changes.touches(self.shows):
            self.mark_stale(changes)
            if self.isVisible():
                self.reload()

    def mark_stale(self, changes: Changes) -> None:
        self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        """Load what the view shows from the database, now."""
        self.stale = False
        self.load()

    def load(self) -> None:
        """Fill the view from the services (subclasses)."""

    def report(self, changes: Changes) -> None:
        """After an edit made in this view: tell the window, which notifies every view that
        shows these kinds, this one included. Without a window, the view reloads itself."""
        if changes.touches(self.shows):
            self.stale = True
        self.changed.emit(changes)
        if self.stale and self.isVisible():
            self.reload()

    def select_item(self, item_id: int) -> None:
        """Select the row with this id (the dashboard's to-do links); views that can do it
        override this."""
