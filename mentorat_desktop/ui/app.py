"""Start-up of the desktop app: Qt application, translations, database, first start, window."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorat_desktop import APP_NAME, __version__
from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import choose_language, install_translators, store_language, translate
from mentorat_desktop.services.dashboard.overview import get_overview
from mentorat_desktop.services.safety.autobackup import fingerprint
from mentorat_desktop.services.settings import complete_first_start, get_settings
from mentorat_desktop.ui.theme import outline_check_indicators
from mentorat_desktop.ui.wheel_guard import install_wheel_guard

DESKTOP_FILE_NAME = "app.mentorat.Mentorat"


def set_application_identity(app: QCoreApplication) -> None:
    """Names QSettings and the data folder use; set before anything reads them."""
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("mentorat.app")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)


def gui_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    set_application_identity(app)
    app.setDesktopFileName(DESKTOP_FILE_NAME)  # matches packaging/linux/*.desktop
    install_wheel_guard(app)
    outline_check_indicators(app)
    return app


def demo_target() -> str:
    """A fresh database in a temporary folder, for the one-command tour."""
    folder = Path(tempfile.mkdtemp(prefix="mentorat-demo-"))
    return str(folder / "mentorat-demo.sqlite3")


def show_open_error(message: str) -> None:
    QMessageBox.critical(None, translate("Startup", "Mentorat cannot open its database"), message)


def prepare_database(target: str, *, demo: bool) -> Database | None:
    try:
        database = open_database(target)
        if demo and get_overview(database).is_empty:
            load_demo(database, "small")
    except ServiceError as exc:
        show_open_error(exc.message)
        return None
    return database


def first_start(database: Database, language: str) -> None:
    """On an empty database never set up, ask the company name, language and how to begin."""
    from mentorat_desktop.ui.dialogs.first_start_dialog import FirstStartDialog

    if get_settings(database).setup_done or not get_overview(database).is_empty:
        return
    dialog = FirstStartDialog(language, database=database)  # it loads the demo, if chosen
    accepted = dialog.exec()
    company, chosen_language = dialog.company(), dialog.chosen_language()
    dialog.deleteLater()  # a parentless dialog left to Python's exit would outlive Qt
    if not accepted:
        return
    # After the demo, so what the user typed wins over the fictitious company's settings.
    company = company or get_settings(database).company_name
    complete_first_start(database, company, chosen_language)
    store_language(chosen_language)
    app = QCoreApplication.instance()
    if chosen_language != language and app is not None:
        install_translators(app, chosen_language)


def back_up_at_close(window) -> None:
    """The work of this session, copied as the app closes; a failure is said, not hidden."""
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


def run_gui(target: str, *, demo: bool = False, language: str | None = None) -> int:
    app = gui_application()
    install_translators(app, choose_language(language))
    demo_file = demo_target() if demo else None
    from mentorat_desktop.ui import startup

    started = startup.start(demo_file or target, lambda t: prepare_database(t, demo=demo))
    if started is None:
        return 2
    database, lock = started
    opened = fingerprint(database.sqlite_file) if database.sqlite_file else ()
    first_start(database, choose_language(language))

    from mentorat_desktop.ui.main_window import MainWindow

    window = MainWindow(database)
    window.safety.count_changes_since(opened)  # a demo loaded at the first start counts
    window.show()
    code = app.exec()
    back_up_at_close(window)
    database.close()
    if lock is not None:
        lock.release()
    if demo_file is not None:  # the tour leaves nothing behind
        shutil.rmtree(Path(demo_file).parent, ignore_errors=True)
    return code
