"""Many certificates at once, one file each, built on every core of the machine.

ReportLab is pure Python and single-threaded; separate processes make a programme's
certificates about N times faster on N cores. Processes are spawned (never forked: the
parent runs Qt threads), so each one imports only ReportLab and the builders.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from mentorat_desktop.documents.certificate import CertificateDocument, build_certificate
from mentorat_desktop.files import write_file

PARALLEL_FROM = 12  # below this, starting processes costs more than it saves
CHUNKS_PER_WORKER = 4  # progress and Cancel answer every quarter of a worker's share…
MAX_CHUNK = 25  # …and at least every 25 certificates


def _write(doc: CertificateDocument, path: str) -> str:
    write_file(Path(path), build_certificate(doc))
    return path


def _write_chunk(chunk: list[tuple[CertificateDocument, str]]) -> list[str]:
    """Several certificates per task: one round trip to the worker instead of one each."""
    return [_write(doc, path) for doc, path in chunk]


def _chunks(
    jobs: Sequence[tuple[CertificateDocument, Path]], workers: int
) -> list[list[tuple[CertificateDocument, str]]]:
    size = max(1, min(MAX_CHUNK, -(-len(jobs) // (workers * CHUNKS_PER_WORKER))))
    pairs = [(doc, str(path)) for doc, path in jobs]
    return [pairs[start : start + size] for start in range(0, len(pairs), size)]


def _succeeded(future: Future[list[str]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def write_certificate_files(
    jobs: Sequence[tuple[CertificateDocument, Path]],
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write each certificate to its path; returns the paths written (fewer if cancelled)."""
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or len(jobs) < PARALLEL_FROM:
        written = []
        for doc, path in jobs:
            if cancelled and cancelled():
                break
            written.append(Path(_write(doc, str(path))))
            if progress:
                progress(len(written))
        return written
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(_write_chunk, chunk) for chunk in _chunks(jobs, workers)]
        pending: set[Future[list[str]]] = set(futures)
        while pending:
            if cancelled and cancelled():
                pool.shutdown(wait=True, cancel_futures=True)
                break
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if done and progress:
                progress(sum(len(f.result()) for f in futures if _succeeded(f)))
    finished = [f for f in futures if f.done() and not f.cancelled()]
    for future in finished:
        error = future.exception()
        if error is not None:
            raise error
    return [Path(path) for future in finished for path in future.result()]  # in the order asked
