"""Render every view and the main dialogs to PNG, offscreen, on fresh demo data."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from mentorat_desktop.db.database import open_database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.ui.theme import apply_theme

SIZE = (1280, 800)


def _settle(app: QApplication, view: QWidget, seconds: float = 10.0) -> None:
    """Let a view's background work finish (the Documents preview renders in a worker), so
    the picture shows the page rather than an empty grey area."""
    if not hasattr(view, "rendered"):
        return
    deadline = time.monotonic() + seconds
    while view.rendered is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    painted = time.monotonic() + 1.0  # then the viewer draws its pages, also in a thread
    while time.monotonic() < painted:
        app.processEvents()
        time.sleep(0.02)


def _grab(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path), "PNG")
    return path


def _assessment_dialog(database, window: QWidget) -> QWidget:
    from mentorat_desktop.db.enums import AssessmentKind
    from mentorat_desktop.services.dashboard.dashboard import programme_choices
    from mentorat_desktop.ui.dialogs.assessment_dialog import AssessmentDialog

    return AssessmentDialog(
        database, programme_choices(database), None, AssessmentKind.END, parent=window
    )


def sample_dialogs(database, window: QWidget) -> list[tuple[QWidget, str]]:
    """Every dialog, filled from the demo data, with the name of its screenshot."""
    from mentorat_desktop.ui.dialogs.first_start_dialog import FirstStartDialog
    from mentorat_desktop.ui.dialogs.server_dialog import ServerDialog
    from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog
    from mentorat_desktop.ui.dialogs.transfer_dialog import TransferDialog
    from mentorat_desktop.ui.screenshots.data_safety_samples import data_safety_dialogs
    from mentorat_desktop.ui.screenshots.forms_samples import forms_dialogs
    from mentorat_desktop.ui.screenshots.mail_samples import mail_dialogs
    from mentorat_desktop.ui.screenshots.pair_samples import pair_dialogs
    from mentorat_desktop.ui.screenshots.session_samples import session_dialogs

    return [
        (SettingsDialog(database, window), "settings-dialog"),
        (FirstStartDialog("fr", window), "first-start-dialog"),
        (ServerDialog(window), "server-dialog"),
        (TransferDialog(str(database.url), window), "transfer-dialog"),
        *session_dialogs(database, window),
        *pair_dialogs(database, window),
        *data_safety_dialogs(database, window),
        *mail_dialogs(database, window),
        (_assessment_dialog(database, window), "assessment-dialog"),
        *forms_dialogs(database, window),
    ]


def save_screenshots(
    out: Path, *, theme: str = "light", size: tuple[int, int] = SIZE
) -> list[Path]:
    from mentorat_desktop.ui.main_window import MainWindow
    from mentorat_desktop.ui.screenshots.staff_samples import staff_screenshots

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mentorat-shots-") as folder:
        database = open_database(str(Path(folder) / "demo.sqlite3"))
        load_demo(database, "small")
        window = MainWindow(database)
        window.resize(*size)
        window.show()
        for spec in window.specs:
            window.show_view(spec.key)
            app.processEvents()
            _settle(app, window.views[spec.key])
            saved.append(_grab(window, out / f"{spec.key}-{theme}.png"))
        saved += staff_screenshots(window, database, out, theme, _grab)
        for dialog, name in sample_dialogs(database, window):
            dialog.resize(dialog.size().boundedTo(window.size()))
            dialog.show()
            app.processEvents()
            saved.append(_grab(dialog, out / f"{name}-{theme}.png"))
            dialog.close()
        window.close()
        database.close()
    return saved
