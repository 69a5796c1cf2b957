"""Slow work off the UI thread, the one way: ``Op(parent, work, success=...).run()``.

In the spirit of Anki's ``QueryOp``: the work runs on a thread pool and never touches a
widget; its result comes back to ``success`` in the UI thread, a failure is shown in a
message box (or given to ``failure``), a busy cursor shows meanwhile, and a progress dialog
with Cancel appears when the work is slow. The worker is kept alive until it has reported,
even when the caller forgets the op; when the parent widget is gone, nothing is called back.
A newer op with the same ``supersedes`` key on the same parent makes an older one's answer
be dropped unseen (previews that follow the user's choices).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from mentorat_desktop.errors import ServiceError

T = TypeVar("T")
Report = Callable[[int, str], None]
SLOW_MS = 600  # the progress dialog shows only for work that lasts longer than this


class Progress:
    """What the work gets: call it with ``(percent, text)``; it also tells a Cancel."""

    def __init__(self, emit: Report) -> None:
        self._emit = emit
        self.cancel_requested = False  # set from the UI thread, read by the work

    def __call__(self, percent: int, text: str = "") -> None:
        self._emit(percent, text)

    def fraction(self, done: float) -> None:
        """For services that report progress as a fraction from 0 to 1."""
        self._emit(round(done * 100), "")

    def cancelled(self) -> bool:
        return self.cancel_requested


class _Signals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # kept in _RUNNING until it has reported
        self.work = work
        self.signals = _Signals()
        self.progress = Progress(self.signals.progress.emit)
        self.superseded = False

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Exception as exc:  # reported to the UI, which shows a translated message
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_RUNNING: set[_Worker] = set()
_LATEST: dict[tuple[int, str], _Worker] = {}
_serial_pool: QThreadPool | None = None


def serial_pool() -> QThreadPool:
    """One thread for work that must not run twice at once (ReportLab is not thread-safe)."""
    global _serial_pool
    if _serial_pool is None:
        _serial_pool = QThreadPool()
        _serial_pool.setMaxThreadCount(1)
    return _serial_pool


def error_text(error: object) -> str:
    """What to show for a failure: our translated message, else the error itself."""
    if isinstance(error, ServiceError):
        return error.message
    return f"{type(error).__name__}: {error}"


def forget(parent: QWidget, supersedes: str) -> None:
    """Drop the answer of the running op of this key, as a newer op would (no new op)."""
    _LATEST.pop((id(parent), supersedes), None)


class Op(QObject, Generic[T]):
    """One piece of background work for ``parent``; configure it, then ``run()`` it."""

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[Progress], T],
        *,
        success: Callable[[T], None],
        title: str,
        failure: Callable[[Exception], None] | None = None,
        progress: Callable[[int, str], None] | None = None,
        progress_label: str | None = None,
        cancel_label: str | None = None,
        done: Callable[[], None] | None = None,
        busy_cursor: bool = True,
        serial: bool = False,
        supersedes: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.work = work
        self.success = success
        self.title = title
        self.failure = failure
        self.on_progress = progress
        self.progress_label = progress_label
        self.cancel_label = cancel_label
        self.done = done
        self.busy_cursor = busy_cursor
        self.serial = serial
        self.key = (id(parent), supersedes) if supersedes else None
        self.worker: _Worker | None = None
        self.dialog: QProgressDialog | None = None

    def run(self) -> Op[T]:
        worker = self.worker = _Worker(self.work)
        _RUNNING.add(worker)
        key, cursor = self.key, self.busy_cursor
        if key is not None:
            _LATEST[key] = worker
        if cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def finish(_outcome: object) -> None:  # always, even when the parent is gone
            _RUNNING.discard(worker)
            if key is not None:
                worker.superseded = _LATEST.get(key) is not worker
                if not worker.superseded:
                    del _LATEST[key]
            if cursor:
                QApplication.restoreOverrideCursor()

        worker.signals.finished.connect(finish)
        worker.signals.failed.connect(finish)
        # Bound methods: Qt drops the connection when this op (a child of parent) is deleted.
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.progress.connect(self._progressed)
        if self.progress_label is not None:
            self._make_dialog(self.progress_label)
        pool = serial_pool() if self.serial else QThreadPool.globalInstance()
        # Queued to the event loop, so that a very quick report arrives after run() returns.
        QTimer.singleShot(0, lambda: pool.start(worker))
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it checks ``progress.cancelled()`` between its steps."""
        if self.worker is not None:
            self.worker.progress.cancel_requested = True

    def _make_dialog(self, label: str) -> None:
        cancel = self.cancel_label or self.tr("Cancel")
        dialog = QProgressDialog(label, cancel, 0, 100, self.parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setMinimumDuration(SLOW_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        self.dialog = dialog

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _progressed(self, percent: int, text: str) -> None:
        if self.dialog is not None:
            self.dialog.setValue(max(0, min(100, percent)))
            if text:
                self.dialog.setLabelText(text)
        superseded = self.key is not None and _LATEST.get(self.key) is not self.worker
        if self.on_progress is not None and not superseded:
            self.on_progress(percent, text)

    def _finished(self, result: T) -> None:
        self._close_dialog()
        if self.worker is None or self.worker.superseded:
            return
        if self.done is not None:
            self.done()
        self.success(result)

    def _failed(self, error: Exception) -> None:
        self._close_dialog()
        if self.worker is None or self.worker.superseded:
            return
        if self.done is not None:
            self.done()
        if self.failure is not None:
            self.failure(error)
        else:
            QMessageBox.warning(self.parent_widget, self.title, error_text(error))
