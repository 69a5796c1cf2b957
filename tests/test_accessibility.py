"""Every input is named for a screen reader, and no two shortcuts of a window share a key.

A label names its field only when it points at it (its buddy): the first-session date and
the rhythm of *Plan sessions* once pointed at the row around them, so Alt+R did nothing and
a screen reader read no name; "&Planifier" and "&Première séance" shared Alt+P. This walks
the main window, each view in turn, every dialog of the screenshots and the other dialogs of
`ui/dialogs/` that a demo database can fill (`more_dialogs`), in both languages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.ui import dialogs as dialogs_package
from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.screenshots.capture import sample_dialogs
from tests.test_services_sessions import make_world

INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QSlider)


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget is top or widget.isVisibleTo(top)


def _inputs(top: QWidget) -> Iterator[QWidget]:
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not _shown(widget, top):
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin box or an editable combo box
        yield widget


def unnamed_inputs(top: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy()}
    return [
        f"{type(w).__name__} {w.objectName() or w.toolTip() or '?'}"
        for w in _inputs(top)
        if not w.accessibleName().strip() and id(w) not in buddies
    ]


def _mnemonic_texts(top: QWidget) -> Iterator[str]:
    for label in top.findChildren(QLabel):
        if label.buddy() is not None and _shown(label, top):
            yield label.text()
    for button in top.findChildren(QAbstractButton):
        if _shown(button, top):
            yield button.text()
    for box in top.findChildren(QGroupBox):
        if box.isCheckable() and _shown(box, top):
            yield box.title()
    for bar in top.findChildren(QTabBar):
        if _shown(bar, top):
            yield from (bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i))
    if isinstance(top, QMainWindow):
        yield from (action.text() for action in top.menuBar().actions() if action.isVisible())


def more_dialogs(database: Database, window: QWidget, folder: Path) -> list[tuple[QWidget, str]]:
    """The dialogs of `ui/dialogs/` that the screenshots leave out, filled from the demo."""
    from mentorat_desktop.db.enums import ProgrammeStatus
    from mentorat_desktop.services.documents.certificates import eligibility
    from mentorat_desktop.services.documents.document_kinds import DocumentKind
    from mentorat_desktop.services.programmes.programmes import list_programmes
    from mentorat_desktop.services.safety.erasure import CopyKind, HeldCopy
    from mentorat_desktop.services.safety.privacy import AnonymisationOutcome, ErasedName
    from mentorat_desktop.services.safety.recovery import recovery_plan
    from mentorat_desktop.services.staff.people import list_people
    from mentorat_desktop.ui.dialogs.about_dialog import AboutDialog
    from mentorat_desktop.ui.dialogs.anonymised_copies_dialog import AnonymisedCopiesDialog
    from mentorat_desktop.ui.dialogs.archive_dialog import ArchiveDialog
    from mentorat_desktop.ui.dialogs.certificates_dialog import CertificatesDialog
    from mentorat_desktop.ui.dialogs.close_programme_dialog import CloseProgrammeDialog
    from mentorat_desktop.ui.dialogs.document_dialog import DocumentDialog
    from mentorat_desktop.ui.dialogs.import_dialog import ImportDialog
    from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog
    from mentorat_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

    programmes = list_programmes(database)
    running = next(p for p in programmes if p.status is ProgrammeStatus.RUNNING)
    person = list_people(database)[0]
    db_file = database.sqlite_file
    assert db_file is not None
    outcome = AnonymisationOutcome(
        person.id,
        "Ancien participant 1",
        None,
        ErasedName(person.first_name, person.last_name, person.email),
        True,
        (HeldCopy(folder / "mentorat-backup.sqlite3", CopyKind.BACKUP, datetime(2026, 1, 5)),),
    )
    return [
        (AboutDialog(str(db_file), window, folder=folder), "about"),
        (ArchiveDialog(window), "archive"),
        (CertificatesDialog(eligibility(database, running.id), window), "certificates"),
        (CloseProgrammeDialog(database, running, window), "close-programme"),
        (DocumentDialog(database, DocumentKind.CHARTER, window, programme_id=running.id), "doc"),
        (ImportDialog(database, window), "import"),
        (PersonDialog(database, None, window), "new person"),
        (PersonDialog(database, person, window), "edit person"),
        (RecoveryDialog(recovery_plan(db_file), "malformed", window), "recovery"),
        (AnonymisedCopiesDialog(database, outcome, person.full_name, window), "anonymised"),
    ]


def shared_shortcuts(top: QWidget) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for text in _mnemonic_texts(top):
        key = QKeySequence.mnemonic(text)
        if not key.isEmpty():
            by_key[key.toString()].append(text)
    return {key: texts for key, texts in by_key.items() if len(texts) > 1}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_input_is_named_and_shortcuts_are_unique(  # type: ignore[no-untyped-def]
    qtbot, sqlite_database: Database, language: str, tmp_path: Path
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, language)
    problems: list[str] = []
    try:
        load_demo(sqlite_database, "small")
        window = MainWindow(sqlite_database)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        for spec in window.specs:
            window.show_view(spec.key)
            problems += [f"{spec.key}: unnamed {w}" for w in unnamed_inputs(window)]
            problems += [f"{spec.key}: {k} {t}" for k, t in shared_shortcuts(window).items()]
        window.show_view("staff")
        window.views["staff"].table.selectRow(2)  # the person pane: skills, Archive…
        problems += [f"person: unnamed {w}" for w in unnamed_inputs(window)]
        problems += [f"person: {k} {t}" for k, t in shared_shortcuts(window).items()]
        dialogs = sample_dialogs(sqlite_database, window)
        assert len(dialogs) >= 15
        dialogs += more_dialogs(sqlite_database, window, tmp_path)
        built = {type(dialog).__module__.rsplit(".", 1)[-1] for dialog, _name in dialogs}
        modules = {p.stem for p in Path(dialogs_package.__file__).parent.glob("*_dialog.py")}
        assert modules - {"form_dialog"} <= built, modules - built  # a new dialog joins the walk
        for dialog, name in dialogs:
            dialog.show()
            problems += [f"{name}: unnamed {w}" for w in unnamed_inputs(dialog)]
            problems += [f"{name}: {k} {t}" for k, t in shared_shortcuts(dialog).items()]
            dialog.close()
    finally:
        install_translators(app, "en")
    assert not problems, "\n".join(problems)


def test_alt_keys_reach_the_fields_of_plan_sessions(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    world = make_world(sqlite_database)
    dialog = PlanSessionsDialog(sqlite_database, world.pair)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for key, field in (
        (Qt.Key.Key_R, dialog.rhythm),
        (Qt.Key.Key_F, dialog.first_day),
        (Qt.Key.Key_C, dialog.location),
    ):
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        assert field.hasFocus(), key
    assert dialog.first_day.accessibleName() == "First session"
    assert dialog.rhythm.accessibleName() == "Rhythm"
