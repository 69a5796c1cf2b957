"""The main window: navigation on the left, one view at a time on the right.

It opens as a shell (navigation, menus, status bar) before the database layer is imported;
``attach(database)`` then fills it, and each view is built on its first visit.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from mentorat_desktop.services.changes import EVERYTHING, Changes, changes_of
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.edit_menu import EditMenu
from mentorat_desktop.ui.forms_actions import open_forms_export, open_returned_forms
from mentorat_desktop.ui.icons import app_icon, icon
from mentorat_desktop.ui.mail_menu import MailMenu
from mentorat_desktop.ui.views.catalogue import view_specs
from mentorat_desktop.ui.views.registry import LazyViews, view_class

if TYPE_CHECKING:  # the database layer is imported once the shell is shown
    from mentorat_desktop.db.database import Database
    from mentorat_desktop.demo import DemoSummary
    from mentorat_desktop.services.dashboard.snapshot import DashboardSnapshot
    from mentorat_desktop.ui.data_safety import DataSafety
    from mentorat_desktop.ui.views.base import BaseView

GEOMETRY_KEY = "main_window/geometry"
LAST_VIEW_KEY = "main_window/last_view"
SERVER_REFRESH_MS = 60_000
REFRESH_COOLDOWN_S = 2.0
COUNTED = Changes(people=True, skills=True, programmes=True)  # what the demo offer depends on


class MainWindow(QMainWindow):
    view_changed = Signal(str)
    database: Database  # from attach(): the shell is shown before the database is open
    safety: DataSafety

    def __init__(self, database: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attached = False
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(760, 480))

        self.specs = view_specs()
        self.navigation = QListView(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.navigation_model = QStandardItemModel(self)
        self.stack = QStackedWidget(self)
        self.views = LazyViews([spec.key for spec in self.specs], self._build_view)

        for index, spec in enumerate(self.specs, start=1):
            item = QStandardItem(icon(spec.icon), spec.title)
            item.setData(spec.key, Qt.ItemDataRole.UserRole)
            shortcut = QKeySequence(f"Ctrl+{index}")
            item.setToolTip(
                self.tr("{title} ({shortcut})").format(
                    title=spec.title,
                    shortcut=shortcut.toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
            self.navigation_model.appendRow(item)
            self.stack.addWidget(QWidget(self.stack))  # the view's place until its first visit
            action = QAction(spec.title, self)
            action.setShortcut(shortcut)
            action.triggered.connect(lambda _=False, key=spec.key: self.show_view(key))
            self.addAction(action)
        self.navigation.setModel(self.navigation_model)
        widest = max(self.navigation.fontMetrics().horizontalAdvance(s.title) for s in self.specs)
        self.navigation.setFixedWidth(max(150, widest + 70))  # icon, margins, a scroll bar
        self.navigation.selectionModel().currentChanged.connect(self._navigation_changed)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        self.right = QVBoxLayout()
        self.right.addWidget(self.stack, 1)
        layout.addLayout(self.right, 1)
        self.setCentralWidget(central)

        self._build_menus()
        for action in self.database_actions():
            action.setEnabled(False)  # until attach()
        self.database_label = QLabel()
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.database_label, 1)

        self._refreshed_at = time.monotonic()
        self._restore_state()
        if database is not None:
            self.attach(database)

    def attach(self, database: Database) -> None:
        """The database is open: the window's own parts, then the shown view, built and filled."""
        from mentorat_desktop.ui.data_safety import DataSafety

        self.database = database
        self.safety = DataSafety(database, self)
        self.safety.data_replaced.connect(self.refresh)
        self.edit_menu.attach(database)
        self.mail_menu.attach(database)
        self.safety.data_replaced.connect(self.edit_menu.clear)
        self.view_changed.connect(self.safety.view_changed)
        self.right.insertWidget(0, self.safety.notices)
        self.safety.add_actions(self.file_menu, before=self.safety_anchor)
        self.statusBar().addPermanentWidget(self.safety.status_label)
        for action in self.database_actions():
            action.setEnabled(True)
        self.attached = True
        self._refreshed_at = time.monotonic()
        for view in self.views.built():  # a dashboard painted from its snapshot: now the data
            view.database = database
            view.reload()
        self._refresh_window(EVERYTHING)  # each view loads when it is first shown
        self.show_view(self.current_view_key())  # built now, and filled as it shows
        self.safety.view_changed(self.current_view_key())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._application_state_changed)
        if self.database.sqlite_file is None:  # others may edit the same server
            self.refresh_timer = QTimer(self)
            self.refresh_timer.setInterval(SERVER_REFRESH_MS)
            self.refresh_timer.timeout.connect(self.refresh)
            self.refresh_timer.start()

    def show_snapshot(self, snapshot: DashboardSnapshot) -> bool:
        """Before the database is open: the dashboard as the last run left it, when it is the
        view shown (``attach`` reloads it). False when nothing was painted."""
        if self.attached or self.current_view_key() != "dashboard":
            return False
        view = self.views["dashboard"]
        show = getattr(view, "show_snapshot", None)
        return bool(show is not None and show(snapshot))

    def database_actions(self) -> list[QAction]:
        """The menu actions that need the open database."""
        return [
            self.settings_action,
            self.demo_action,
            self.transfer_action,
            self.forms_action,
            self.returned_forms_action,
        ]

    def _build_view(self, key: str) -> BaseView:
        """A view on its first visit: its module imported, built, in its place in the stack."""
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        database = self.database if self.attached else None  # None: painted from a snapshot
        view = view_class(key)(self.specs[row], database, self.stack)
        view.load_demo_requested.connect(self.load_demo_data)
        view.settings_requested.connect(self.open_settings)
        view.changed.connect(self.notify)
        view.document_requested.connect(self.show_document)
        view.navigate_requested.connect(self.navigate)  # the dashboard's to-do links
        placeholder = self.stack.widget(row)
        assert placeholder is not None
        self.stack.insertWidget(row, view)  # the current page stays the current one
        if self.stack.currentWidget() is placeholder:  # no other page shown in between
            self.stack.setCurrentWidget(view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return view

    # --- building -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(icon("settings"), self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self.demo_action = QAction(icon("sparkles"), self.tr("Load &demo data"), self)
        self.demo_action.triggered.connect(self.load_demo_data)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        self.forms_action = QAction(icon("file-text"), self.tr("Participants’ f&orms…"), self)
        self.forms_action.setToolTip(self.tr("Fillable PDF forms to send to the participants"))
        self.forms_action.triggered.connect(lambda: open_forms_export(self.database, self))
        file_menu.addAction(self.forms_action)
        self.returned_forms_action = QAction(
            icon("upload"), self.tr("&Import returned forms…"), self
        )
        self.returned_forms_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.returned_forms_action.setToolTip(
            self.tr("Read the forms the participants sent back and record their answers")
        )
        self.returned_forms_action.triggered.connect(
            lambda: open_returned_forms(self.database, self, self.notify)
        )
        file_menu.addAction(self.returned_forms_action)
        file_menu.addSeparator()
        self.server_action = QAction(icon("database"), self.tr("Shared se&rver…"), self)
        self.server_action.setToolTip(self.tr("Keep the data on the company's PostgreSQL server"))
        self.server_action.triggered.connect(self.open_server_settings)
        file_menu.addAction(self.server_action)
        self.transfer_action = QAction(self.tr("&Copy the data to another database…"), self)
        self.transfer_action.triggered.connect(self.open_transfer)
        file_menu.addAction(self.transfer_action)
        file_menu.addSeparator()
        self.safety_anchor = file_menu.addSeparator()  # the backup actions go above, at attach
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if quit_action.shortcut().isEmpty():
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.edit_menu = EditMenu(self)  # Edit › Undo, Redo; attached to the database later
        self.edit_menu.changed.connect(self.notify)
        self.mail_menu = MailMenu(self)  # Courriel › send, outbox, message texts
        self.mail_menu.changed.connect(self.notify)
        self.mail_menu.settings_requested.connect(lambda: self.open_settings(mail=True))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in self.actions():
            if not action.shortcut().isEmpty():
                view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(icon("circle-help"), self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.setToolTip(self.tr("The guide's page about the view shown (F1)"))
        self.guide_action.triggered.connect(lambda: self.show_guide())
        help_menu.addAction(self.guide_action)
        help_menu.addAction(QWhatsThis.createAction(self))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from mentorat_desktop.ui.help.dialog_help import enable_help_in_dialogs

            enable_help_in_dialogs(app)
        help_menu.addSeparator()
        about_action = QAction(icon("info"), self.tr("&About Mentorat"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    # --- state -----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        last = settings.value(LAST_VIEW_KEY)
        self.show_view(last if last in self.views else self.specs[0].key)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refreshed_at = time.monotonic()  # the shown view has just loaded

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(LAST_VIEW_KEY, self.current_view_key())
        super().closeEvent(event)

    # --- navigation ------------------------------------------------------------------------
    def current_view_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def show_view(self, key: str) -> None:
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        if self.attached:
            self.views[key]  # built on its first visit
        index = self.navigation_model.index(row, 0)
        self.navigation.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.stack.setCurrentIndex(row)

    def navigate(self, view_key: str, item_id: int | None = None) -> None:
        """Show a view and, when it can, select the row with that id (to-do links)."""
        self.show_view(view_key)
        if item_id is not None:
            self.views[view_key].select_item(item_id)

    def _navigation_changed(self, current, _previous) -> None:
        if current.isValid():
            if self.attached:
                self.views[self.specs[current.row()].key]
            self.stack.setCurrentIndex(current.row())
            self.view_changed.emit(self.current_view_key())

    # --- actions ---------------------------------------------------------------------------
    def notify(self, changes: Changes) -> None:
        """An edit's notice: each view that shows those kinds reloads, at once if it is shown,
        else when it is; the window refreshes its own title, menus and notices."""
        from mentorat_desktop.services.dashboard.snapshot import forget_snapshot

        if self.database.sqlite_file is not None and changes.touches(EVERYTHING):
            forget_snapshot(self.database.sqlite_file)  # the dashboard saves a new one as it loads
        for view in self.views.built():  # the others are built fresh
            view.notify(changes)
        self._refresh_window(changes)

    def refresh(self) -> None:
        """Anything may have changed (another coordinator, a restore): every view is told."""
        self._refreshed_at = time.monotonic()
        self.notify(EVERYTHING)

    def _refresh_window(self, changes: Changes) -> None:
        from mentorat_desktop.services.dashboard.overview import get_overview
        from mentorat_desktop.services.settings import get_settings

        if changes.touches(COUNTED):
            self.demo_action.setEnabled(get_overview(self.database).is_empty)
        if changes.settings:
            company = get_settings(self.database).company_name
            self.setWindowTitle(f"{company} — Mentorat" if company else "Mentorat")
        if self.database.sqlite_file is None:
            text = self.tr(
                "Shared server: {location} (backups are made by the server's administrator)"
            ).format(location=self.database.location)
        else:
            text = self.tr("Database: {location}").format(location=self.database.location)
        self.database_label.setText(text)
        self.safety.refresh()
        self.mail_menu.refresh(changes)

    def open_server_settings(self) -> None:
        from mentorat_desktop.ui.dialogs.server_dialog import ServerDialog

        if ServerDialog(self).exec():
            QMessageBox.information(
                self,
                self.tr("Shared server"),
                self.tr("Mentorat opens the chosen database the next time it starts."),
            )

    def open_transfer(self) -> None:
        from mentorat_desktop.ui.dialogs.transfer_dialog import TransferDialog

        source = self.database.url.render_as_string(hide_password=False)
        dialog = TransferDialog(source, self)
        dialog.exec()
        if dialog.report is not None:
            self.edit_menu.clear()

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        """Coming back to the app shows what another coordinator changed meanwhile."""
        recently = time.monotonic() - self._refreshed_at < REFRESH_COOLDOWN_S
        if state == Qt.ApplicationState.ApplicationActive and not recently:
            self.refresh()  # not at start-up, when the window has just been filled

    def show_document(self, kind: str, subject: dict) -> None:
        """Open the Documents view on this document and subject."""
        from mentorat_desktop.ui.views.documents_view import DocumentsView

        self.show_view("documents")
        documents = self.views["documents"]
        if isinstance(documents, DocumentsView):
            documents.prepare(kind, **subject)

    def open_settings(self, *, mail: bool = False) -> None:
        from mentorat_desktop.services.mail.settings import save_mail_settings
        from mentorat_desktop.services.settings import save_settings
        from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.database, self)
        if mail:
            dialog.tabs.setCurrentWidget(dialog.mail_page)
        if dialog.exec():
            self.notify(changes_of(save_settings, save_mail_settings))
            if dialog.language_changed:
                QMessageBox.information(
                    self,
                    self.tr("Language"),
                    self.tr("The new language applies the next time Mentorat starts."),
                )

    def load_demo_data(self) -> ops.Op[DemoSummary]:
        from mentorat_desktop.demo import load_demo

        database = self.database
        self.demo_action.setEnabled(False)
        return ops.Op(
            self,
            lambda _progress: load_demo(database, "small"),
            success=self._demo_loaded,
            failure=self._demo_refused,
            title=self.tr("Demo data"),
        ).run()

    def _demo_loaded(self, _summary: DemoSummary) -> None:
        from mentorat_desktop.demo import load_demo

        self.notify(changes_of(load_demo))
        self.statusBar().showMessage(self.tr("Demo data loaded."), 5000)

    def _demo_refused(self, error: Exception) -> None:
        from mentorat_desktop.services.dashboard.overview import get_overview

        self.demo_action.setEnabled(get_overview(self.database).is_empty)
        QMessageBox.warning(self, self.tr("Demo data"), ops.error_text(error))

    def show_guide(self, page: str | None = None) -> QWidget:
        """The user guide, at the page about the view shown unless told which."""
        from mentorat_desktop.ui.help.help_window import show_guide

        return show_guide(self, page or self.current_view_key())

    def show_about(self) -> None:
        from mentorat_desktop.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.database.location, self)
        dialog.exec()
        dialog.deleteLater()
