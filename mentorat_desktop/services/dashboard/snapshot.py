"""The dashboard as last loaded, kept beside the database file (``mentorat.sqlite3`` has
``mentorat.sqlite3.dashboard.json``) so that the next start paints it at once, before the
database layer is imported, and refreshes it from the database right after.

A snapshot is trusted only for the file it was read from, in the state it was in: its size
and modification time, and those of its write-ahead log, as they were when it was saved (or
when the app closed the database unchanged since). Any other state (an edit here, a command,
a restored backup, another computer) leaves it unused. Every change notice removes it, so a
snapshot never outlives the data it shows; anonymising someone removes it too, whoever does
it. It is plain JSON, readable by its owner only, and never kept for a server database.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import types
import typing
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from mentorat_desktop.db.sqlite_files import restrict_to_owner
from mentorat_desktop.services.dashboard.dashboard_data import (
    DashboardData,
    FirstSteps,
    ProgrammeChoice,
)

SUFFIX = ".dashboard.json"
# Raised when the snapshot's shape or meaning changes. (Not the app's version: reading it costs
# importlib.metadata, tens of milliseconds of the start; a shape that no longer fits is unused.)
FORMAT = 1
_saved_here: set[Path] = set()  # the snapshots this process wrote (restamped at closing)


@dataclass(frozen=True)
class DashboardSnapshot:
    """All the dashboard shows: its data for the programme chosen, the programmes' list, the
    first steps, and whether the database is empty (then nothing is kept)."""

    data: DashboardData
    programmes: tuple[ProgrammeChoice, ...]
    steps: FirstSteps
    empty_database: bool


def file_state(db_file: Path) -> tuple[int, ...]:
    """Size and modification time of the file and its write-ahead log: changed by a write."""
    found: list[int] = []
    for path in (db_file, db_file.with_name(db_file.name + "-wal")):
        with contextlib.suppress(OSError):
            stat = path.stat()
            found += [stat.st_size, stat.st_mtime_ns]
    return tuple(found)


def snapshot_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + SUFFIX)


def save_snapshot(db_file: Path, snapshot: DashboardSnapshot, language: str) -> None:
    """Kept for the next start; a failure to write only costs that start its head start."""
    path = snapshot_path(db_file)
    if snapshot.empty_database:
        forget_snapshot(db_file)
        return
    record = {
        "format": FORMAT,
        "language": language,
        "file": str(db_file.resolve()),
        "state": list(file_state(db_file)),
        "snapshot": _plain(snapshot),
    }
    with contextlib.suppress(OSError):
        partial = path.with_name(path.name + ".part")
        partial.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        restrict_to_owner(partial)
        os.replace(partial, path)
        _saved_here.add(path)


def load_snapshot(db_file: Path, language: str) -> DashboardSnapshot | None:
    """The snapshot of this file as it is now, in this language and format, else None."""
    path = snapshot_path(db_file)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if (
            record["format"] != FORMAT
            or record["language"] != language
            or record["file"] != str(db_file.resolve())
            or tuple(record["state"]) != file_state(db_file)
        ):
            return None
        found = _typed(DashboardSnapshot, record["snapshot"])
    except Exception:  # none, unreadable or from another format: the start loads as before
        return None
    return found if isinstance(found, DashboardSnapshot) else None


def forget_snapshot(db_file: Path) -> None:
    path = snapshot_path(db_file)
    _saved_here.discard(path)
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def restamp_snapshot(db_file: Path) -> None:
    """After the app closed the database: a snapshot saved by this run and not removed by a
    change since still shows the data; closing moved the log into the file, so its state
    is taken again."""
    path = snapshot_path(db_file)
    if path not in _saved_here:
        return
    with contextlib.suppress(OSError, ValueError, KeyError):
        record = json.loads(path.read_text(encoding="utf-8"))
        record["state"] = list(file_state(db_file))
        partial = path.with_name(path.name + ".part")
        partial.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        restrict_to_owner(partial)
        os.replace(partial, path)


def _plain(value: Any) -> Any:
    """JSON's values for the snapshot's dataclasses, enums, dates, tuples and sets."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(_plain(v) for v in value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _typed(kind: Any, value: Any) -> Any:
    """The value of type ``kind`` that ``_plain`` wrote; an unexpected shape raises."""
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        (other,) = [o for o in options if o is not type(None)]
        return _typed(other, value)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(_typed(item, v) for v in value)
    if origin is frozenset:
        item = typing.get_args(kind)[0]
        return frozenset(_typed(item, v) for v in value)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = typing.get_type_hints(kind)
        return kind(
            **{f.name: _typed(hints[f.name], value[f.name]) for f in dataclasses.fields(kind)}
        )
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is float and isinstance(value, int | float):
        return float(value)
    if isinstance(kind, type) and isinstance(value, kind):
        return value
    raise ValueError(f"unexpected {value!r} for {kind!r}")
