"""Run slow work (imports, exports) on the thread pool; results come back as signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from mentorat_desktop.services.errors import ServiceError


class WorkerSignals(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    """Calls ``job(progress)`` off the UI thread. It must not touch widgets."""

    def __init__(self, job: Callable[[Callable[[float], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except ServiceError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # shown to the user rather than lost in a thread
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker)
    return worker
