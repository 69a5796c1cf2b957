"""Run slow work (transfers, imports, batches of documents) off the UI thread.

The work function gets a ``report(percent, text)`` callable; results and errors come back
as signals in the UI thread. Workers never touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


def start(work: Callable[[Report], Any]) -> Worker:
    worker = Worker(work)
    QThreadPool.globalInstance().start(worker)
    return worker
