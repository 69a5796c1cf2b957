"""Long days in the window: views refreshed many times; the archive dialog and its notes."""

from __future__ import annotations

import gc
import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from shiboken6 import Shiboken

from mentorat_desktop.db.database import Database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.ui.dialogs.archive_dialog import ArchiveDialog
from mentorat_desktop.ui.main_window import MainWindow
from tests.conftest import type_text

REFRESHES = 30  # per view in the suite (6.12.0 lost ~3,450 in 30); benchmarks/soak.py: 1,000
MAX_GROWTH_MB = 30


def _soak_module():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "soak.py"
    spec = importlib.util.spec_from_file_location("soak", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    """Deferred deletions done and garbage collected, so counts compare like with like."""
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


def test_every_view_refreshed_many_times_keeps_none_and_memory(
    qtbot, sqlite_database: Database
) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 lost a reference to None on most calls and aborted the interpreter
    ("none_dealloc") after a few hundred refreshes; the dashboard grew at each one."""
    soak = _soak_module()
    load_demo(sqlite_database, "small", seed=5, today=date(2026, 11, 27))
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    app = QApplication.instance()
    soak.refresh_round(window, app)  # caches filled
    _settle(app)
    first_rss = soak.rss_mb()
    for key, view in window.views.items():
        window.show_view(key)
        _settle(app)
        before = sys.getrefcount(None)
        wrappers = len(Shiboken.getAllValidWrappers())
        for _ in range(REFRESHES):
            for name in ("reload", "reload_catalogue", "reload_matrix"):
                method = getattr(view, name, None)
                if method is not None:
                    method()
            app.processEvents()  # the app's event loop would also run deferred deletions:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        _settle(app)
        lost = before - sys.getrefcount(None)
        # 6.12.0 lost about 115 per refresh of the staff view; freed objects may lower the
        # count a little, so only a loss that grows with the refreshes fails.
        assert lost < 2 * REFRESHES, f"{key}: {lost} references to None lost"
        # Qt objects Python still holds (charts, series, models, items kept by a lambda or a
        # list): a refresh may create its own, never keep them; a few are made once, lazily.
        kept = len(Shiboken.getAllValidWrappers()) - wrappers
        assert kept < 5, f"{key}: {kept} more Qt objects held after {REFRESHES} refreshes"
    growth = soak.rss_mb() - first_rss
    assert growth < MAX_GROWTH_MB, f"{growth:.1f} MB more after {REFRESHES} refreshes per view"


def test_export_everything_in_french_offers_the_notes_only_encrypted(
    qtbot, sqlite_database: Database, tmp_path: Path, monkeypatch, french
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "tout.zip"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "ZIP")
    )
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ArchiveDialog)
        seen.append(dialog.windowTitle())
        assert not dialog.password.isEnabled()
        qtbot.mouseClick(dialog.include_notes, Qt.MouseButton.LeftButton)
        assert dialog.include_notes.isChecked() and dialog.password.isEnabled()
        type_text(dialog.password, "mot de passe sûr")
        type_text(dialog.confirm, "autre chose")
        dialog.accept()
        assert dialog.isVisible() and "différents" in dialog.error.text()
        dialog.confirm.clear()
        type_text(dialog.confirm, "mot de passe sûr")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.safety.export_everything()
    qtbot.waitUntil(lambda: target.exists(), timeout=30000)
    qtbot.waitUntil(lambda: window.safety.export_action.isEnabled(), timeout=30000)
    assert seen == ["Tout exporter"]
    with pyzipper.AESZipFile(target) as archive:
        assert all(info.flag_bits & 1 for info in archive.infolist())


def test_export_everything_leaves_the_notes_out_by_default(
    qtbot, sqlite_database: Database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "all.zip"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "ZIP")
    )
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())  # type: ignore[union-attr]
    window.safety.export_everything()
    qtbot.waitUntil(lambda: target.exists(), timeout=30000)
    qtbot.waitUntil(lambda: window.safety.export_action.isEnabled(), timeout=30000)
    with pyzipper.AESZipFile(target) as archive:
        assert not any(info.flag_bits & 1 for info in archive.infolist())
