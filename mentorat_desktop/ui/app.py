"""Start-up of the desktop app: Qt application, translations, window, database, first start.

The window's shell is shown first, before the database layer is imported; the checks and
dialogs of the start (lock, recovery, opening and migrating, first start) follow over it,
then the window is attached to the database and fills the one view it shows.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer

from mentorat_desktop import APP_NAME
from mentorat_desktop.i18n import choose_language, install_translators, translate

if TYPE_CHECKING:  # Qt's widgets and the database layer are imported when the app starts
    from PySide6.QtWidgets import QApplication

    from mentorat_desktop.db.database import Database
    from mentorat_desktop.services.safety.instance_lock import InstanceLock
    from mentorat_desktop.ui.main_window import MainWindow

DESKTOP_FILE_NAME = "app.mentorat.Mentorat"
SHELL_WAIT_MS = 300
# Imported on a worker thread while the shell stays responsive: the bulk of a start's imports,
# none of them Qt's (the window's own modules are imported on the UI thread, by open()).
DATABASE_LAYER = (
    "mentorat_desktop.db.database",
    "mentorat_desktop.db.models",
    "mentorat_desktop.services.safety.backup",
    "mentorat_desktop.services.safety.instance_lock",
    "mentorat_desktop.services.safety.restore",
    "mentorat_desktop.services.dashboard.dashboard",
    "mentorat_desktop.services.dashboard.notices",
)


def set_application_identity(app: QCoreApplication) -> None:
    """Names QSettings and the data folder use; set before anything reads them. (The version,
    which costs importlib.metadata, is set once the window is shown: nothing reads it before.)"""
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("mentorat.app")
    app.setApplicationName(APP_NAME)


def gui_application(argv: list[str] | None = None, *, wheel_guard: bool = True) -> QApplication:
    """The application, made once. ``wheel_guard=False`` leaves the guard to the window's
    start, which installs it once the shell has painted (``Launch.begin``)."""
    from PySide6.QtWidgets import QApplication

    from mentorat_desktop.ui.theme import outline_check_indicators
    from mentorat_desktop.ui.wheel_guard import install_wheel_guard

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    set_application_identity(app)
    app.setDesktopFileName(DESKTOP_FILE_NAME)  # matches packaging/linux/*.desktop
    if wheel_guard:
        install_wheel_guard(app)
    outline_check_indicators(app)
    return app


def demo_target() -> str:
    """A fresh database in a temporary folder, for the one-command tour."""
    folder = Path(tempfile.mkdtemp(prefix="mentorat-demo-"))
    return str(folder / "mentorat-demo.sqlite3")


def show_open_error(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, translate("Startup", "Mentorat cannot open its database"), message)


def prepare_database(target: str, *, demo: bool) -> Database | None:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.errors import ServiceError
    from mentorat_desktop.services.dashboard.overview import get_overview

    try:
        database = open_database(target)
        if demo and get_overview(database).is_empty:
            from mentorat_desktop.demo import load_demo

            load_demo(database, "small")
    except ServiceError as exc:
        show_open_error(exc.message)
        return None
    return database


def first_start(database: Database, language: str) -> bool:
    """On an empty database never set up, ask the company name, language and how to begin.
    True when the user chose another language (installed now: a window built before is not
    in it)."""
    from mentorat_desktop.i18n import store_language
    from mentorat_desktop.services.dashboard.overview import get_overview
    from mentorat_desktop.services.settings import complete_first_start, get_settings
    from mentorat_desktop.ui.dialogs.first_start_dialog import FirstStartDialog

    if get_settings(database).setup_done or not get_overview(database).is_empty:
        return False
    dialog = FirstStartDialog(language, database=database)  # it loads the demo, if chosen
    accepted = dialog.exec()
    company, chosen_language = dialog.company(), dialog.chosen_language()
    dialog.deleteLater()  # a parentless dialog left to Python's exit would outlive Qt
    if not accepted:
        return False
    # After the demo, so what the user typed wins over the fictitious company's settings.
    company = company or get_settings(database).company_name
    complete_first_start(database, company, chosen_language)
    store_language(chosen_language)
    app = QCoreApplication.instance()
    if chosen_language != language and app is not None:
        install_translators(app, chosen_language)
        return True
    return False


def back_up_at_close(window) -> None:
    """The work of this session, copied as the app closes; a failure is said, not hidden."""
    from PySide6.QtWidgets import QMessageBox

    from mentorat_desktop.errors import ServiceError

    try:
        window.safety.back_up_at_close()
    except ServiceError as exc:
        QMessageBox.warning(
            None,
            translate("Startup", "Mentorat"),
            translate("Startup", "The backup taken at closing failed: {reason}").format(
                reason=exc.message
            ),
        )


def file_state(db_file: Path) -> tuple[int, ...]:
    from mentorat_desktop.services.dashboard.snapshot import file_state as state_of

    return state_of(db_file)


def show_snapshot(window: MainWindow, db_file: Path) -> None:
    """The dashboard as the last run left this file, painted before the database layer is
    imported (when it is the view shown and the file has not changed since)."""
    from PySide6.QtCore import QLocale

    from mentorat_desktop.services.dashboard.snapshot import load_snapshot

    if window.current_view_key() == "dashboard":
        snapshot = load_snapshot(db_file, QLocale().name())
        if snapshot is not None:
            window.show_snapshot(snapshot)


def file_problem_of(db_file: Path) -> str | None:
    from mentorat_desktop.db.sqlite_files import file_problem

    return file_problem(db_file)


def import_database_layer() -> None:
    """The modules, and SQLAlchemy's one-time set-up of the models (a fifth of a second that
    the first query would otherwise spend on the UI thread)."""
    from importlib import import_module

    for name in DATABASE_LAYER:
        import_module(name)
    from mentorat_desktop.db.models import prepare_models

    prepare_models()


class Launch(QObject):
    """The start after the shell is shown: once the window has painted, the database layer
    is imported on a worker thread (the window still repaints meanwhile), then, inside the
    event loop, the checks run, the database opens and the window is attached."""

    def __init__(self, window: MainWindow, target: str, *, demo: bool, language: str | None):
        super().__init__()
        self.window = window
        self.demo_file = demo_target() if demo else None
        self.target = self.demo_file or target
        self.demo = demo
        self.language = language
        self.begun = False
        self.pending = 0  # the workers still running before open()
        # The file's problem found meanwhile, with the file's state when it was checked.
        self.checked: dict[Path, tuple[tuple[int, ...], str | None]] = {}
        self.started = False
        self.failed = False
        self.database: Database | None = None
        self.lock: InstanceLock | None = None
        window.installEventFilter(self)
        QTimer.singleShot(SHELL_WAIT_MS, self.begin)  # should the window never paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.begin)  # once the painted frame is out
        return False

    def begin(self) -> None:
        from PySide6.QtWidgets import QApplication

        from mentorat_desktop.ui import ops
        from mentorat_desktop.ui.wheel_guard import install_wheel_guard

        if self.begun:
            return
        self.begun = True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_wheel_guard(app)  # after the shell's paint: see ui/wheel_guard.py
        self.pending = 1
        db_file = None if "://" in self.target else Path(self.target).resolve()
        if db_file is not None and db_file.is_file():  # SQLite checks it without the GIL
            show_snapshot(self.window, db_file)
            self.pending += 1
            state = file_state(db_file)
            ops.Op(
                self.window,
                lambda _progress: file_problem_of(db_file),
                success=lambda problem: self._checked(db_file, state, problem),
                failure=lambda _error: self._done(),  # checked again by open()
                title=APP_NAME,
            ).run()
        ops.Op(
            self.window,
            lambda _progress: import_database_layer(),
            success=lambda _result: self._imported(),
            failure=lambda _error: self._done(),  # the same error comes again, on this thread
            title=APP_NAME,
        ).run()

    def _imported(self) -> None:
        """While SQLite may still be checking the file: the shown view's module (Qt's, so on
        this thread), which open() would import next anyway."""
        from mentorat_desktop.ui.views.registry import view_class

        try:
            view_class(self.window.current_view_key())
        finally:
            self._done()

    def _checked(self, db_file: Path, state: tuple[int, ...], problem: str | None) -> None:
        self.checked[db_file] = (state, problem)
        self._done()

    def _done(self) -> None:
        self.pending -= 1
        if self.pending == 0:
            self.open()

    def _problem_of(self, db_file: Path) -> str | None:
        """The check made while the database layer was imported, if the file is as it was
        then (a command that held the lock may have written since), else a check now."""
        resolved = db_file.resolve()
        state, problem = self.checked.pop(resolved, ((), None))
        if state and state == file_state(resolved):
            return problem
        return file_problem_of(resolved)

    def open(self) -> None:
        from mentorat_desktop import __version__, app_log
        from mentorat_desktop.services.safety.autobackup import fingerprint
        from mentorat_desktop.ui import startup
        from mentorat_desktop.ui.main_window import MainWindow

        if self.started:
            return
        self.started = True
        QCoreApplication.setApplicationVersion(__version__)
        app_log.announce_start()  # in the log, when the command line started one
        try:
            started = startup.start(
                self.target, lambda t: prepare_database(t, demo=self.demo), self._problem_of
            )
            if started is None:
                self.failed = True
                self.window.close()
                return
            self.database, self.lock = started
            opened = fingerprint(self.database.sqlite_file) if self.database.sqlite_file else ()
            if first_start(self.database, choose_language(self.language)):
                shell, self.window = self.window, MainWindow()  # in the language just chosen
                self.window.restoreGeometry(shell.saveGeometry())
                self.window.show()
                shell.hide()
                shell.deleteLater()
            self.window.attach(self.database)
            self.window.safety.count_changes_since(opened)  # a demo at the first start counts
        except BaseException:  # no shell left open on nothing: the error is shown as it was
            self.failed = True
            self.window.close()
            raise

    def finish(self, code: int) -> int:
        """After the event loop: the backup at closing, the database closed, the lock freed."""
        if self.database is not None and self.window.attached:
            back_up_at_close(self.window)
        if self.database is not None:
            self.database.close()
            db_file = self.database.sqlite_file
            if db_file is not None and not self.failed:
                from mentorat_desktop.services.dashboard.snapshot import restamp_snapshot

                restamp_snapshot(db_file)  # closing moved the log into the file
        if self.lock is not None:
            self.lock.release()
        if self.demo_file is not None:  # the tour leaves nothing behind
            shutil.rmtree(Path(self.demo_file).parent, ignore_errors=True)
        return 2 if self.failed else code


def run_gui(target: str, *, demo: bool = False, language: str | None = None) -> int:
    app = gui_application(wheel_guard=False)  # installed once the shell has painted
    install_translators(app, choose_language(language))
    from mentorat_desktop.ui.main_window import MainWindow

    window = MainWindow()  # the shell: navigation, menus and status bar, no data yet
    launch = Launch(window, target, demo=demo, language=language)
    window.show()
    return launch.finish(app.exec())
