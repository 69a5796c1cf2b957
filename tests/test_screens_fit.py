"""Every view and dialog fits at 1280×800 and 1024×700, in French and in English.

Fails when a button's, label's, check box's, tab's or column header's text is cut off, when a
wrapped label is too short for its lines, when a widget lies outside its window or on another
one, or when a window cannot be made as small as the screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication

from mentorat_desktop.db.database import Database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.screenshots.capture import sample_dialogs
from mentorat_desktop.ui.screenshots.fit import fit_problems

SIZES = [QSize(1280, 800), QSize(1024, 700)]
TITLE_BAR = 40  # what a window's frame takes from the screen's height


def settle() -> None:
    """Let layouts finish: a widget that sets its height on resize asks for one more pass."""
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_screen_fits(qtbot, sqlite_database: Database, language: str) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    install_translators(app, language)
    problems: list[str] = []
    try:
        load_demo(sqlite_database, "small")
        window = MainWindow(sqlite_database)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for size in SIZES:
            window.resize(size)
            settle()
            where = f"{language} {size.width()}×{size.height()}"
            if window.size() != size:
                problems.append(f"{where} main window: {window.size().toTuple()}")
            for spec in window.specs:
                window.show_view(spec.key)
                settle()
                problems += [f"{where} {spec.key}: {p}" for p in fit_problems(window)]
            window.show_view("staff")  # with a person's pane open
            window.views["staff"].table.selectRow(2)
            settle()
            problems += [f"{where} staff person: {p}" for p in fit_problems(window)]
        for dialog, name in sample_dialogs(sqlite_database, window):
            dialog.show()
            qtbot.waitExposed(dialog)
            for size in SIZES:
                screen = QSize(size.width(), size.height() - TITLE_BAR)
                needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
                where = f"{language} {size.width()}×{size.height()} {name}"
                if needed.width() > screen.width() or needed.height() > screen.height():
                    problems.append(f"{where}: needs {needed.toTuple()}")
                dialog.resize(dialog.size().boundedTo(screen).expandedTo(needed))
                settle()
                problems += [f"{where}: {p}" for p in fit_problems(dialog)]
            dialog.close()
    finally:
        install_translators(app, "en")
    assert not problems, "\n".join(problems)


def test_the_checker_sees_what_is_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    column = QVBoxLayout(window)
    row = QHBoxLayout()
    column.addLayout(row)
    button = QPushButton("Imprimer l’ordre du jour de la séance…")
    button.setMaximumWidth(80)
    row.addWidget(button)
    label = QLabel("Binômes terminés / arrêtés " * 6)
    label.setWordWrap(True)
    label.setMaximumHeight(20)
    column.addWidget(label)
    window.show()
    qtbot.waitExposed(window)
    found = "\n".join(fit_problems(window))
    assert "QPushButton" in found and "Imprimer" in found
    assert "wraps to" in found
    plain = QWidget()
    qtbot.addWidget(plain)
    plain.resize(200, 100)
    QVBoxLayout(plain).addWidget(QLabel("Un libellé"))
    plain.show()
    assert fit_problems(plain) == []
