"""The rows one service call wrote, with their values before and after, for undo.

Listeners on every ORM session note each row inserted, updated or deleted while a capture
is active in this thread (a context variable, so a background import captures its own
rows); the values after are read back from the database just before the commit, so a
counter moved by an UPDATE statement (an agenda's version) is what undo later compares.
A transaction rolled back leaves nothing: its rows join the capture only once committed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, event, inspect, select, tuple_
from sqlalchemy.orm import Mapper, ORMExecuteState
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.base import Base

Values = Mapping[str, Any]
Key = tuple[type[Base], tuple[Any, ...]]
PENDING = "undo_rows"  # session.info: this transaction's rows, before it commits
BATCH = 400


@dataclass(frozen=True)
class RowChange:
    """One row: ``before`` is None when the action created it, ``after`` when it deleted it."""

    model: type[Base]
    key: tuple[Any, ...]
    before: Values | None
    after: Values | None


class Capture:
    """The rows written under one undoable call, in the order they were first written."""

    def __init__(self) -> None:
        self.rows: dict[Key, RowChange] = {}

    def merge(self, rows: dict[Key, RowChange]) -> None:
        for key, row in rows.items():
            first = self.rows.get(key)
            before = row.before if first is None else first.before
            self.rows[key] = RowChange(row.model, row.key, before, row.after)

    def changes(self) -> tuple[RowChange, ...]:
        return tuple(r for r in self.rows.values() if r.before != r.after)

    def changed_anything(self) -> bool:
        """Whether a value moved, beyond version counters (a save that changed nothing)."""
        for row in self.rows.values():
            if row.before is None or row.after is None:
                if row.before != row.after:
                    return True
                continue
            counters = counter_keys(row.model)
            if any(row.before[k] != v for k, v in row.after.items() if k not in counters):
                return True
        return False


_active: ContextVar[Capture | None] = ContextVar("undo_capture", default=None)


@contextmanager
def capturing() -> Iterator[Capture]:
    capture = Capture()
    token = _active.set(capture)
    try:
        yield capture
    finally:
        _active.reset(token)


def is_capturing() -> bool:
    return _active.get() is not None


def column_keys(model: type[Base]) -> list[str]:
    return [prop.key for prop in _mapper(model).column_attrs]


def version_key(model: type[Base]) -> str | None:
    column = _mapper(model).version_id_col
    if column is None:
        return None
    return str(_mapper(model).get_property_by_column(column).key)


def counter_keys(model: type[Base]) -> frozenset[str]:
    """The row's version counter and its parts' own (a session's ``agenda_version``): they
    only move on, an undo included."""
    keys = {k for k in column_keys(model) if k.endswith("_version")}
    if (version := version_key(model)) is not None:
        keys.add(version)
    return frozenset(keys)


def read_rows(
    session: OrmSession, model: type[Base], keys: list[tuple[Any, ...]]
) -> dict[tuple[Any, ...], dict[str, Any]]:
    """The stored values of these rows (absent rows are left out), without the ORM cache."""
    mapper = _mapper(model)
    props = list(mapper.column_attrs)
    primary = list(mapper.primary_key)
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for chunk in chunks(keys):
        query = select(*[p.columns[0] for p in props]).where(key_condition(model, chunk))
        for values in session.execute(query):
            row = {p.key: v for p, v in zip(props, values, strict=True)}
            found[tuple(row[mapper.get_property_by_column(c).key] for c in primary)] = row
    return found


def chunks(keys: list[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, len(keys), BATCH):
        yield keys[start : start + BATCH]


def key_condition(model: type[Base], keys: list[tuple[Any, ...]]) -> ColumnElement[bool]:
    """WHERE the primary key is one of these."""
    primary = list(_mapper(model).primary_key)
    if len(primary) == 1:
        return primary[0].in_([k[0] for k in keys])
    return tuple_(*primary).in_(keys)


def _mapper(model: type[Base]) -> Mapper[Any]:
    return inspect(model)


def _pending(session: OrmSession) -> dict[Key, RowChange]:
    pending: dict[Key, RowChange] = session.info.setdefault(PENDING, {})
    return pending


def _identity(obj: Any) -> Key | None:
    state = inspect(obj)
    if state.identity is None or not isinstance(obj, Base):
        return None
    return type(obj), tuple(state.identity)


def _values_before(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for prop in state.mapper.column_attrs:
        history = state.attrs[prop.key].history
        if history.deleted:
            values[prop.key] = history.deleted[0]
        elif history.unchanged:
            values[prop.key] = history.unchanged[0]
        else:
            values[prop.key] = getattr(obj, prop.key)  # unloaded, hence unchanged
    return values


def _note(session: OrmSession, key: Key, before: Values | None) -> None:
    pending = _pending(session)
    if key not in pending:
        pending[key] = RowChange(key[0], key[1], before, None)


@event.listens_for(OrmSession, "before_flush")
def _before_flush(session: OrmSession, _context: Any, _instances: Any) -> None:
    """The rows about to be updated or deleted, read from the database while it still holds
    their values before: an attribute's history cannot be trusted (``flag_modified`` drops
    the old value)."""
    if _active.get() is None:
        return
    pending = _pending(session)
    by_model: dict[type[Base], list[tuple[Any, ...]]] = {}
    for obj in [*session.dirty, *session.deleted]:
        key = _identity(obj)
        if key is not None and key not in pending:
            by_model.setdefault(key[0], []).append(key[1])
    for model, keys in by_model.items():
        stored = read_rows(session, model, keys)
        for row_key in keys:
            if row_key in stored:
                _note(session, (model, row_key), stored[row_key])


@event.listens_for(OrmSession, "after_flush")
def _after_flush(session: OrmSession, _context: Any) -> None:
    if _active.get() is None:
        return
    for obj in list(session.dirty):
        if session.is_modified(obj) and (key := _identity(obj)) is not None:
            _note(session, key, _values_before(obj))
    for obj in list(session.deleted):
        if (key := _identity(obj)) is not None:
            _note(session, key, dict(inspect(obj).dict))


@event.listens_for(OrmSession, "pending_to_persistent")
def _inserted(session: OrmSession, obj: Any) -> None:
    if _active.get() is not None and (key := _identity(obj)) is not None:
        _note(session, key, None)


@event.listens_for(OrmSession, "do_orm_execute")
def _bulk_statement(state: ORMExecuteState) -> None:
    """An UPDATE or DELETE statement (an agenda replaced): note its rows before it runs; an
    INSERT of rows (an undo bringing rows back): note them as created."""
    if _active.get() is None or not (state.is_update or state.is_delete or state.is_insert):
        return
    mapper = state.bind_mapper
    model = mapper.class_ if mapper is not None else None
    if model is None or not issubclass(model, Base):
        return
    if state.is_insert:
        params: Any = state.parameters
        rows: list[Any] = params if isinstance(params, list) else [params] if params else []
        keys = [mapper.get_property_by_column(c).key for c in mapper.primary_key]  # type: ignore[union-attr]
        for row in rows:
            _note(state.session, (model, tuple(row[k] for k in keys)), None)
        return
    where = getattr(state.statement, "whereclause", None)
    props = list(mapper.column_attrs)  # type: ignore[union-attr]
    query = select(*[p.columns[0] for p in props])
    if where is not None:
        query = query.where(where)
    primary = [mapper.get_property_by_column(c).key for c in mapper.primary_key]  # type: ignore[union-attr]
    for values in state.session.execute(query):
        row = {p.key: v for p, v in zip(props, values, strict=True)}
        _note(state.session, (model, tuple(row[k] for k in primary)), row)


@event.listens_for(OrmSession, "before_commit")
def _before_commit(session: OrmSession) -> None:
    if _active.get() is None:
        return
    session.flush()
    pending = _pending(session)
    by_model: dict[type[Base], list[tuple[Any, ...]]] = {}
    for model, key in pending:
        by_model.setdefault(model, []).append(key)
    for model, keys in by_model.items():
        stored = read_rows(session, model, keys)
        for key in keys:
            row = pending[(model, key)]
            pending[(model, key)] = RowChange(model, key, row.before, stored.get(key))


@event.listens_for(OrmSession, "after_commit")
def _after_commit(session: OrmSession) -> None:
    capture = _active.get()
    rows = session.info.pop(PENDING, None)
    if capture is not None and rows:
        capture.merge(rows)


@event.listens_for(OrmSession, "after_rollback")
def _after_rollback(session: OrmSession) -> None:
    session.info.pop(PENDING, None)
