"""The one background-work helper: success, failure shown, progress with Cancel, keep-alive."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from mentorat_desktop.errors import ValidationError
from mentorat_desktop.ui import ops


def _parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_success_comes_back_in_the_ui_thread_with_a_busy_cursor(qtbot) -> None:  # type: ignore[no-untyped-def]
    ui_thread = threading.current_thread()
    seen: list[tuple[int, bool]] = []
    work_threads: list[threading.Thread] = []

    def work(_progress: ops.Progress) -> int:
        work_threads.append(threading.current_thread())
        return 42

    ops.Op(
        _parent(qtbot),
        work,
        success=lambda value: seen.append((value, threading.current_thread() is ui_thread)),
        title="Test",
    ).run()
    assert QApplication.overrideCursor() is not None
    qtbot.waitUntil(lambda: seen == [(42, True)])
    assert work_threads[0] is not ui_thread
    assert QApplication.overrideCursor() is None
    assert not ops._RUNNING  # the worker was kept until it reported, then let go


def test_a_failure_is_shown_in_a_message_box(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text))
    )

    def work(_progress: ops.Progress) -> None:
        raise ValidationError("name", "Un nom, s’il vous plaît.")

    done: list[bool] = []
    ops.Op(
        _parent(qtbot),
        work,
        success=lambda _value: None,
        done=lambda: done.append(True),
        title="Export",
    ).run()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("Export", "Un nom, s’il vous plaît.")] and done == [True]


def test_only_the_newest_of_a_kind_answers(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = _parent(qtbot)
    release = threading.Event()
    answers: list[str] = []

    def slow(_progress: ops.Progress) -> str:
        release.wait(5)
        return "old"

    ops.Op(parent, slow, success=answers.append, title="", supersedes="preview").run()
    ops.Op(parent, lambda _p: "new", success=answers.append, title="", supersedes="preview").run()
    qtbot.waitUntil(lambda: answers == ["new"])
    release.set()
    qtbot.wait(200)
    assert answers == ["new"]


def test_cancel_reaches_the_work_and_progress_reaches_the_ui(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = _parent(qtbot)
    started = threading.Event()
    steps: list[int] = []
    results: list[str] = []

    def work(progress: ops.Progress) -> str:
        progress(10, "first")
        started.set()
        for _ in range(500):
            if progress.cancelled():
                return "stopped"
            threading.Event().wait(0.01)
        return "finished"

    op = ops.Op(
        parent,
        work,
        success=results.append,
        progress=lambda percent, _text: steps.append(percent),
        progress_label="Working…",
        title="Batch",
    ).run()
    qtbot.waitUntil(started.is_set)
    assert op.dialog is not None  # shown with its Cancel button when the work is slow
    op.dialog.findChild(QPushButton).click()  # its Cancel button
    qtbot.waitUntil(lambda: results == ["stopped"])
    assert steps == [10] and op.dialog is None


def test_nothing_is_called_back_once_the_parent_is_gone(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    release = threading.Event()
    answers: list[str] = []

    def slow(_progress: ops.Progress) -> str:
        release.wait(5)
        return "late"

    ops.Op(parent, slow, success=answers.append, title="").run()
    qtbot.wait(50)
    parent.deleteLater()
    qtbot.wait(50)
    release.set()
    qtbot.waitUntil(lambda: not ops._RUNNING)
    qtbot.wait(50)
    assert answers == [] and QApplication.overrideCursor() is None
