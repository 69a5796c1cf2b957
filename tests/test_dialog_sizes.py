"""Every dialog opens at least as large as its content needs, in French (the longer labels).

An explicit minimum width smaller than the layout's minimum once let the settings dialog
open squeezed: its logo buttons overlapped the preview and the fields were clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.db.database import Database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.screenshots.capture import sample_dialogs


def test_no_dialog_opens_smaller_than_its_content(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    install_translators(app, "fr")
    try:
        load_demo(sqlite_database, "small")
        window = MainWindow(sqlite_database)
        qtbot.addWidget(window)
        squeezed = []
        dialogs = sample_dialogs(sqlite_database, window)
        assert len(dialogs) >= 15
        for dialog, name in dialogs:
            dialog.show()
            qtbot.waitExposed(dialog)
            needed = dialog.minimumSizeHint()
            if dialog.width() < needed.width() or dialog.height() < needed.height():
                squeezed.append(f"{name}: {dialog.size().toTuple()} < {needed.toTuple()}")
            dialog.close()
    finally:
        install_translators(app, "en")
    assert not squeezed, squeezed
