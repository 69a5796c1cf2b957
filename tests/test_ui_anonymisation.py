"""Anonymising from the personal-data dialog, in French, typed without "œ".

Afterwards the dialog names every copy that still holds the person; deleting them leaves
no file in the data folder where the name can be read.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.safety.backup import create_backup
from mentorat_desktop.ui.dialogs.anonymised_copies_dialog import AnonymisedCopiesDialog
from mentorat_desktop.ui.dialogs.personal_data_dialog import (
    AnonymiseConfirmDialog,
    PersonalDataDialog,
)
from tests.conftest import type_text
from tests.test_anonymisation_traces import _folder_traces, _hervé


@pytest.fixture
def in_french(qapp):  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def test_anonymise_dubœuf_typed_duboeuf_then_delete_the_copies(
    qtbot, sqlite_database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_french
) -> None:  # type: ignore[no-untyped-def]
    person_id = _hervé(sqlite_database)
    db_file = sqlite_database.sqlite_file
    older = create_backup(db_file, now=datetime.now() - timedelta(days=3)).path
    damaged = db_file.with_name(f"{db_file.stem}-damaged-20260105-093000.sqlite3")
    shutil.copyfile(older, damaged)
    dialog = PersonalDataDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()

    type_text(dialog.search, "DUBOEUF")
    assert dialog.proxy.rowCount() == 1
    dialog.list.setCurrentIndex(dialog.proxy.index(0, 0))
    assert dialog.current().id == person_id  # type: ignore[union-attr]

    def confirm() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, AnonymiseConfirmDialog)
        type_text(modal.typed, "herve duboeuf")
        assert modal.confirm_button.isEnabled()
        modal.confirm_button.click()

    shown: list[AnonymisedCopiesDialog] = []

    def answer(copies: AnonymisedCopiesDialog) -> int:
        shown.append(copies)
        lines = [copies.copies.item(i).text() for i in range(copies.copies.count())]
        assert len(lines) == 3 and "Ces copies" in copies.summary.text()
        assert any("juste avant l’anonymisation" in line for line in lines), lines
        assert any(older.name in line for line in lines)
        assert any(damaged.name in line and "endommagée" in line for line in lines), lines
        qtbot.mouseClick(copies.delete_button, Qt.MouseButton.LeftButton)  # in the background
        assert not copies.delete_button.isEnabled()
        qtbot.waitUntil(lambda: copies.copies.count() == 0, timeout=20_000)
        assert "Aucune sauvegarde" in copies.summary.text()
        return 0

    monkeypatch.setattr(AnonymisedCopiesDialog, "exec", answer)
    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)  # in the background
    assert dialog.working and QApplication.overrideCursor() is not None
    dialog.reject()  # waits for the anonymisation
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)

    assert dialog.changed and not dialog.working
    assert _folder_traces(tmp_path) == []
