"""Undo and redo of the edits made in this session of the app (Edit › Undo).

Each undoable service is marked ``@undoable(describe)``: while it runs, the rows it writes
are captured (``undo_capture``) with their values before and after, and on success one
step — the user's words for it, the rows, the kinds of records (``Changes``) — goes on the
stack of its database. Undo writes the values before back in one transaction, after
checking that every row still holds the values the action left (the version counters are
among them): a row changed meanwhile by someone else refuses the undo, which says so, and
the step is dropped. The undo is itself captured, and becomes the redo step.

The stack is kept **in memory**, not in the database, on purpose: undo is for the mistake
just made, by this user, in this session. The database may be shared with other
coordinators (whose edits are not ours to undo), and a restore or a transfer replaces it
wholesale, after which old steps mean nothing: the window clears the stack then.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.base import Base
from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ConflictError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.changes import EVERYTHING, Changes, changes_of, mutates
from mentorat_desktop.services.undo_capture import (
    BATCH,
    RowChange,
    capturing,
    chunks,
    column_keys,
    counter_keys,
    is_capturing,
    key_condition,
    read_rows,
    version_key,
)

F = TypeVar("F", bound=Callable[..., Any])
DEPTH = 100  # steps kept; older ones are forgotten


@dataclass(frozen=True)
class UndoStep:
    label: str  # what the menu names: "level of Canva for Léa Martin"
    rows: tuple[RowChange, ...]
    changes: Changes


class UndoStack:
    """The steps to undo and to redo, newest last; safe to push from a background import."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._undo: list[UndoStep] = []
        self._redo: list[UndoStep] = []
        self._listeners: list[Callable[[], object]] = []

    def subscribe(self, listener: Callable[[], object]) -> None:
        """Called, from whichever thread moved the stack, after each change of it."""
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], object]) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def _moved(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener()
            except RuntimeError:  # a window already gone
                self.unsubscribe(listener)

    def push(self, step: UndoStep) -> None:
        with self._lock:
            self._undo = [*self._undo, step][-DEPTH:]
            self._redo = []
        self._moved()

    def undo_label(self) -> str | None:
        with self._lock:
            return self._undo[-1].label if self._undo else None

    def redo_label(self) -> str | None:
        with self._lock:
            return self._redo[-1].label if self._redo else None

    def rebase(self, written: tuple[RowChange, ...]) -> None:
        """After our own undo or redo, the steps left expect the rows it wrote with their new
        version counters: a row back to the values a step expects, but one version on, is
        still as that step left it (only someone else's edit makes a step stale)."""
        now = {(r.model, r.key): r.after for r in written}
        with self._lock:
            for steps in (self._undo, self._redo):
                for index, step in enumerate(steps):
                    rows = tuple(_rebased(row, now) for row in step.rows)
                    if rows != step.rows:
                        steps[index] = replace(step, rows=rows)

    def clear(self) -> None:
        with self._lock:
            self._undo, self._redo = [], []
        self._moved()

    def take(self, redo: bool) -> UndoStep | None:
        with self._lock:
            steps = self._redo if redo else self._undo
            step = steps.pop() if steps else None
        self._moved()
        return step

    def put(self, step: UndoStep, redo: bool) -> None:
        with self._lock:
            (self._redo if redo else self._undo).append(step)
        self._moved()


def _rebased(row: RowChange, now: dict[tuple[type[Any], tuple[Any, ...]], Any]) -> RowChange:
    if (row.model, row.key) not in now:
        return row
    current = now[(row.model, row.key)]
    counters = counter_keys(row.model)
    if row.after is None or current is None or not counters:
        return row
    same = all(current[k] == v for k, v in row.after.items() if k not in counters)
    return replace(row, after=current) if same else row


_STACKS: weakref.WeakKeyDictionary[Engine, UndoStack] = weakref.WeakKeyDictionary()
_STACKS_LOCK = threading.Lock()


def stack_for(database: Database) -> UndoStack:
    """This database's stack, for as long as it stays open in this process. Edits are
    recorded only once a stack was asked for (the Edit menu does): the command line and
    scripts pay nothing for undo."""
    with _STACKS_LOCK:
        stack = _STACKS.get(database.engine)
        if stack is None:
            stack = _STACKS[database.engine] = UndoStack()
        return stack


Check = Callable[[OrmSession, Any, Any], None]
_CHECKS: dict[type[Any], Check] = {}


def recheck(model: type[Any]) -> Callable[[Check], Check]:
    """Register the rule rows of ``model`` must meet when an undo or redo brings them back:
    ``check(session, row, values_it_had)`` (None: the row did not exist) raises
    ValidationError to refuse. The rule stays in its own service (a pair's, in ``pairs``)."""

    def register(check: Check) -> Check:
        _CHECKS[model] = check
        return check

    return register


def undoable(describe: Callable[..., str]) -> Callable[[F], F]:
    """Record what the service writes as one step, named by ``describe`` (same arguments,
    called first, while the rows it names still exist). Put ``@mutates`` above it."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            database = args[0] if args else None
            if not isinstance(database, Database):
                return function(*args, **kwargs)
            with one_step(database, lambda: describe(*args, **kwargs), changes_of(wrapper)):
                return function(*args, **kwargs)

        return cast(F, wrapper)

    return decorate


@contextmanager
def one_step(database: Database, describe: Callable[[], str], changes: Changes) -> Iterator[None]:
    """What the calls inside write is one step: the service calls of one dialog's save (a
    pair's goals and its status). What was committed is recorded even if a later call fails.
    Inside another step (or with no Edit menu: the command line) it records nothing itself."""
    stack = _STACKS.get(database.engine)
    if stack is None or is_capturing():
        yield
        return
    label = _label(describe)
    try:
        with capturing() as capture:
            yield
    finally:
        if capture.changed_anything():
            stack.push(UndoStep(label, capture.changes(), changes))


def _label(describe: Callable[..., str], *args: Any, **kwargs: Any) -> str:
    try:
        return describe(*args, **kwargs)  # the labels elide through i18n.fill
    except Exception:  # the service itself reports what is wrong
        return translate("Undo", "last change")


@mutates(EVERYTHING)
def undo(database: Database) -> UndoStep | None:
    """Undo the newest step (None when there is none); its reverse becomes the redo step."""
    return _replay(database, redo=False)


@mutates(EVERYTHING)
def redo(database: Database) -> UndoStep | None:
    return _replay(database, redo=True)


def _replay(database: Database, *, redo: bool) -> UndoStep | None:
    # The services that register a rule for rows brought back (here, not at their import,
    # which would make the rule depend on what happened to be imported before).
    from mentorat_desktop.services.programmes import pairs  # noqa: F401

    stack = stack_for(database)
    step = stack.take(redo)
    if step is None:
        return None
    with capturing() as capture, database.transaction() as session:  # a refusal drops the step
        _refuse_if_changed(session, step)
        _write_back(session, step.rows)
    reverse = UndoStep(step.label, capture.changes(), step.changes)
    stack.rebase(reverse.rows)
    stack.put(reverse, not redo)
    return step


def _refuse_if_changed(session: OrmSession, step: UndoStep) -> None:
    by_model: dict[type[Any], list[RowChange]] = {}
    for row in step.rows:
        by_model.setdefault(row.model, []).append(row)
    for model, rows in by_model.items():
        stored = read_rows(session, model, [r.key for r in rows])
        for row in rows:
            if stored.get(row.key) != (dict(row.after) if row.after is not None else None):
                raise ConflictError(
                    translate(
                        "Undo",
                        "“{label}” can no longer be undone: someone else has changed it meanwhile.",
                    ).format(label=step.label)
                )


def _write_back(session: OrmSession, rows: tuple[RowChange, ...]) -> None:
    """Updates first (they release what the created rows held), then the created rows are
    deleted, then the deleted rows come back: tables in the order of their links, rows
    in batches (undoing an import of thousands of people takes a moment, not minutes)."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    updated, created, deleted = _phases(rows)
    for model, changes in updated.items():
        for chunk in chunks([r.key for r in changes]):  # loaded at once, then set one by one
            session.scalars(select(model).where(key_condition(model, chunk))).all()
        for row in changes:
            _restore(session.get(model, row.key), row)
    session.flush()
    for model in reversed(_in_link_order(created)):
        keys = [r.key for r in _by_self_link(model, created[model], "after")][::-1]
        for chunk in chunks(keys):
            session.execute(
                delete(model)
                .where(key_condition(model, chunk))
                .execution_options(synchronize_session=False)
            )
    for model in _in_link_order(deleted):
        values = [dict(r.before or {}) for r in _by_self_link(model, deleted[model], "before")]
        for start in range(0, len(values), BATCH):
            session.execute(insert(model), values[start : start + BATCH])
    session.expire_all()
    for row in rows:
        check = _CHECKS.get(row.model)
        if check is not None and row.before is not None:
            check(session, session.get(row.model, row.key), row.after)


Phase = dict[type[Any], list[RowChange]]


def _phases(rows: tuple[RowChange, ...]) -> tuple[Phase, Phase, Phase]:
    updated: Phase = {}
    created: Phase = {}
    deleted: Phase = {}
    for row in rows:
        if row.before is None:
            created.setdefault(row.model, []).append(row)
        elif row.after is None:
            deleted.setdefault(row.model, []).append(row)
        else:
            updated.setdefault(row.model, []).append(row)
    return updated, created, deleted


def _restore(obj: Any, row: RowChange) -> None:
    """The values before, through the ORM so that the version counter is checked and moves."""
    assert row.before is not None and row.after is not None
    version, counters = version_key(row.model), counter_keys(row.model)
    for key in column_keys(row.model):
        if key == version:
            continue  # the ORM moves it on
        if key in counters:
            if row.before[key] != row.after[key]:
                setattr(obj, key, getattr(obj, key) + 1)
        elif getattr(obj, key) != row.before[key]:
            setattr(obj, key, row.before[key])


def _in_link_order(phase: Phase) -> list[type[Any]]:
    order = {table: index for index, table in enumerate(Base.metadata.sorted_tables)}
    return sorted(phase, key=lambda model: order[model.__table__])


def _by_self_link(model: type[Any], rows: list[RowChange], side: str) -> list[RowChange]:
    """A person before the people they manage: a row linked to another row of the same table
    comes after it, so that each insert (and, reversed, each delete) keeps the links valid."""
    links = [
        (fk.parent.key, fk.column.key)
        for fk in model.__table__.foreign_keys
        if fk.column.table is model.__table__
    ]
    if not links:
        return rows
    values = {row.key: getattr(row, side) or {} for row in rows}
    placed: set[tuple[Any, ...]] = set()
    ordered: list[RowChange] = []
    waiting = list(rows)
    while waiting:
        ready = [
            row
            for row in waiting
            if all(
                values[row.key].get(column) is None
                or (values[row.key][column],) in placed
                or (values[row.key][column],) not in values
                for column, _target in links
            )
        ]
        if not ready:  # a loop of links: the database decides
            ready = waiting
        ordered += ready
        placed.update(row.key for row in ready)
        waiting = [row for row in waiting if row.key not in placed]
    return ordered
