"""The shell's start spends nothing it can leave for later: the wheel guard is installed once
the shell has painted and still guards the fields shown before it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox

from mentorat_desktop.ui.app import Launch
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.wheel_guard import WheelGuard, install_wheel_guard


@pytest.fixture
def no_guard(qapp: QApplication) -> Iterator[QApplication]:
    """The application as the window's start makes it: no guard yet (others' tests put one)."""
    removed = qapp.findChildren(WheelGuard)
    for guard in removed:
        qapp.removeEventFilter(guard)
        guard.setParent(None)
    yield qapp
    for guard in qapp.findChildren(WheelGuard):
        qapp.removeEventFilter(guard)
        guard.setParent(None)
    install_wheel_guard(qapp)


def test_a_guard_installed_late_guards_the_fields_already_shown(qtbot, no_guard) -> None:  # type: ignore[no-untyped-def]
    shown = QComboBox()
    qtbot.addWidget(shown)
    shown.setFocusPolicy(Qt.FocusPolicy.WheelFocus)
    shown.show()
    qtbot.waitExposed(shown)
    install_wheel_guard(no_guard)
    assert shown.focusPolicy() == Qt.FocusPolicy.StrongFocus
    later = QSpinBox()  # polished after: the guard's filter takes it
    qtbot.addWidget(later)
    later.show()
    qtbot.waitExposed(later)
    assert later.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert install_wheel_guard(no_guard) is install_wheel_guard(no_guard)  # one guard only
    assert len(no_guard.findChildren(WheelGuard)) == 1


def test_the_start_installs_the_guard_after_the_shell_has_painted(
    qtbot, tmp_path: Path, no_guard, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("mentorat_desktop.ui.app.first_start", lambda *_args: False)
    shell = MainWindow()
    qtbot.addWidget(shell)
    launch = Launch(shell, str(tmp_path / "m.sqlite3"), demo=False, language="fr")
    assert no_guard.findChildren(WheelGuard) == []  # nothing Python sees every event of
    shell.show()
    qtbot.waitUntil(lambda: launch.begun, timeout=5_000)
    assert len(no_guard.findChildren(WheelGuard)) == 1
    qtbot.waitUntil(lambda: shell.attached, timeout=30_000)
    assert launch.finish(0) == 0


def test_an_icon_is_drawn_at_the_size_shown_when_first_shown(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from mentorat_desktop.ui.icons import TintedSvgEngine

    engine = TintedSvgEngine(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
        '<rect width="24" height="24" fill="#102030"/></svg>'
    )
    drawn = QIcon(engine)
    assert engine.drawn == {}  # nothing drawn before it shows
    assert drawn.pixmap(22).toImage().pixelColor(11, 11).name() == "#102030"
    sharp = drawn.pixmap(QSize(22, 22), 2.0)  # a 200 % screen: twice the pixels, not blurred
    assert sharp.size() == QSize(44, 44) and sharp.devicePixelRatio() == 2.0
    greyed = drawn.pixmap(QSize(22, 22), QIcon.Mode.Disabled).toImage().pixelColor(11, 11)
    assert greyed.name() != "#102030"  # the style greys a disabled icon, as Qt's own
    assert sorted(side for side, _mode in engine.drawn) == [22, 22, 44]
    drawn.pixmap(22)
    assert len(engine.drawn) == 3  # drawn once, then kept
