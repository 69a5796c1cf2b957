"""Run slow work (transfers, imports, batches of documents) off the UI thread.

The work function gets a ``report(percent, text)`` callable; results and errors come back
as signals in the UI thread. Workers never touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

Report = Callable[[int, str], None]


class WorkerSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    def __init__(self, work: Callable[[Report], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = WorkerSignals()
        self.setAutoDelete(False)  # the caller keeps it until a signal has arrived

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as exc:  # reported to the UI, which shows a translated message
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_RUNNING: set[Worker] = set()


_serial_pool: QThreadPool | None = None


def serial_pool() -> QThreadPool:
    """One thread for work that must not run twice at once (ReportLab is not thread-safe)."""
    global _serial_pool
    if _serial_pool is None:
        _serial_pool = QThreadPool()
        _serial_pool.setMaxThreadCount(1)
    return _serial_pool


def start(work: Callable[[Report], Any], pool: QThreadPool | None = None) -> Worker:
    """Start ``work`` on the thread pool. The worker is kept alive until it has reported,
    even when the caller drops it for a newer one (else Qt would free it mid-run)."""
    worker = Worker(work)
    _RUNNING.add(worker)
    worker.signals.finished.connect(lambda _result: _RUNNING.discard(worker))
    worker.signals.failed.connect(lambda _error: _RUNNING.discard(worker))
    # Queued to the event loop, so that the caller's connections, made right after this
    # returns, exist before the work can report (a quick failure would else be lost).
    target = pool or QThreadPool.globalInstance()
    QTimer.singleShot(0, lambda: target.start(worker))
    return worker


def error_text(error: object) -> str:
    """What to show for a worker's failure: our translated message, else the error itself."""
    from mentorat_desktop.errors import ServiceError

    if isinstance(error, ServiceError):
        return error.message
    return f"{type(error).__name__}: {error}"


def percent(report: Report) -> Callable[[float], None]:
    """Adapt a service's progress as a fraction (0 to 1) to ``report(percent, text)``."""
    return lambda done: report(round(done * 100), "")
