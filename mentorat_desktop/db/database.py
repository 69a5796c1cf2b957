"""Opening the database: resolve, check, migrate, and hand out short transactions."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

from sqlalchemy import Engine, select, text, update
from sqlalchemy.engine import URL, CursorResult
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import InstrumentedAttribute, sessionmaker
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.exc import StaleDataError

from mentorat_desktop.db.engine import (
    WRITE_OPTION,
    make_engine,
    shown_target,
    sqlite_path,
    to_url,
    without_password,
)
from mentorat_desktop.db.migrate import (
    MigrationOutcome,
    NotMentoratDatabaseError,
    SchemaTooNewError,
    check_schema,
    head_revision,
    upgrade_to_head,
)
from mentorat_desktop.db.sqlite_files import companions, restrict_database_files
from mentorat_desktop.db.types import utc_now
from mentorat_desktop.errors import ConflictError, DatabaseOpenError, NotFoundError
from mentorat_desktop.i18n import translate
from mentorat_desktop.os_errors import os_reason
from mentorat_desktop.services import text_rules
from mentorat_desktop.services.integrity import validation_error_from


class _Archivable(Protocol):
    archived_at: datetime | None


Row = TypeVar("Row", bound=_Archivable)
Record = TypeVar("Record")

SQLITE_HEADER = b"SQLite format 3\x00"
text_rules.install()


@dataclass(frozen=True)
class Database:
    """An open, migrated database. Services take one of these; widgets never do."""

    engine: Engine
    url: URL
    migration: MigrationOutcome | None = None

    @property
    def sqlite_file(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def location(self) -> str:
        """What to show the user: the file path, or the URL without its password."""
        path = self.sqlite_file
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[OrmSession]:
        """One short unit of work, committed on success and rolled back on any error."""
        factory = sessionmaker(self.engine, expire_on_commit=False)
        try:
            with factory() as session, session.begin():
                session.connection(execution_options={WRITE_OPTION: True})
                yield session
        except IntegrityError as exc:
            raise validation_error_from(exc) from exc
        except StaleDataError as exc:
            raise stale_row_error() from exc

    @contextmanager
    def reading(self) -> Iterator[OrmSession]:
        factory = sessionmaker(self.engine)
        with factory() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def stale_row_error() -> ConflictError:
    """What a save says when the row changed since the user read it."""
    return ConflictError(
        translate("Database", "Changed by someone else meanwhile: reload and try again.")
    )


def check_version(row: Any, expected_version: int | None) -> None:
    """Refuse a change made on an older read of the row: its version counter has moved."""
    if expected_version is not None and row.version_id != expected_version:
        raise stale_row_error()


def insert_first(session: OrmSession, row: Any) -> None:
    """Insert a row that only one user may create (a session's journal, the settings row).

    When two create it at once the database refuses the second insert; that user is told
    the row was changed meanwhile, as for any stale save, instead of "breaks a rule".
    """
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError as exc:
        raise stale_row_error() from exc


def bump_counter(
    session: OrmSession,
    counter: InstrumentedAttribute[int],
    row_id: int,
    expected: int | None,
    missing: str,
) -> int:
    """Move a part's own version counter (a session's agenda, its notes) on by one.

    One UPDATE that both checks and moves it, so of several saves at once one wins and the
    others find the counter moved; ``expected=None`` saves without checking.
    """
    model = counter.class_
    conditions = [model.id == row_id]
    if expected is not None:
        conditions.append(counter == expected)
    moved = cast(
        CursorResult[Any],  # what an UPDATE returns: it counts the rows it changed
        session.execute(
            update(model)
            .where(*conditions)
            .values({counter.key: counter + 1})
            .execution_options(synchronize_session=False)
        ),
    )
    if moved.rowcount == 0:
        if session.get(cast(Any, model), row_id) is None:
            raise NotFoundError(missing)
        raise stale_row_error()
    return int(session.scalar(select(counter).where(model.id == row_id)) or 0)


def archive_row(
    database: Database,
    model: type[Row],
    row_id: int,
    missing: str,
    record: Callable[[Row], Record],
) -> Record:
    """Archive a row instead of deleting it; archiving it again keeps the first date."""
    with database.transaction() as session:
        row = session.get(model, row_id)
        if row is None:
            raise NotFoundError(missing)
        if row.archived_at is None:
            row.archived_at = utc_now()
        session.flush()
        return record(row)


def open_database(target: str, *, migrate: bool = True, reading: bool = False) -> Database:
    """Open what the user named, creating or upgrading it; a clear error when it cannot.

    ``reading``: a command that only reads. It never creates the file, and on a read-only
    file or folder (a CD, a write-protected USB key) it reads without writing anything.
    No message shows a password: the URL is shown without it and driver errors are masked.
    """
    shown = shown_target(target)
    try:
        url = to_url(target)
    except Exception as exc:
        raise DatabaseOpenError(
            translate("Database", "“{target}” is neither a file path nor a database URL.").format(
                target=shown
            )
        ) from exc
    path = sqlite_path(url)
    read_only = False
    if path is not None and reading:
        _check_existing_file(path)
        read_only = not _writable(path)
    created = path is not None and not path.exists()
    # A read-only file is only read (no trigger can fire), and the comparison needs to write
    # beside it: it is compared when it is next opened to write.
    existing = False
    if path is not None and not read_only:
        _check_sqlite_file(path)
        existing = path.stat().st_size > 0 if path.exists() else False
    try:
        engine = make_engine(url, read_only=read_only)
    except Exception as exc:  # a missing driver, a malformed URL
        raise DatabaseOpenError(
            translate("Database", "Cannot use the database “{target}”: {reason}").format(
                target=shown, reason=without_password(str(exc), target)
            )
        ) from exc
    try:
        if existing and path is not None:
            _refuse_foreign_schema(engine, path, target)
        if read_only:
            outcome = None
            if migrate:
                _check_readable_schema(engine, target)
        else:
            outcome = upgrade_to_head(engine, path) if migrate else None
    except SchemaTooNewError as exc:
        engine.dispose()
        raise DatabaseOpenError(
            translate(
                "Database",
                "This database was written by a newer version of Mentorat (schema {revision}). "
                "Install the latest version to open it; the file was left untouched.",
            ).format(revision=exc.revision)
        ) from exc
    except NotMentoratDatabaseError as exc:
        engine.dispose()
        raise DatabaseOpenError(
            translate(
                "Database",
                "“{target}” is a database, but not a Mentorat one; it was left untouched.",
            ).format(target=shown)
        ) from exc
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        if created and path is not None:
            _remove_new_file(path)
        raise DatabaseOpenError(describe_database_error(target, exc)) from exc
    if path is not None and not read_only:
        restrict_database_files(path)
    return Database(engine=engine, url=url, migration=outcome)


def _refuse_foreign_schema(engine: Engine, path: Path, target: str) -> None:
    """A file we did not write may say "0002" and hold triggers or lack tables: compare."""
    from mentorat_desktop.db.schema_check import describe, file_schema_problems

    revision = check_schema(engine)
    problems = file_schema_problems(path, revision) if revision else []
    if problems:
        engine.dispose()
        raise DatabaseOpenError(
            translate(
                "Database",
                "“{target}” does not have the schema Mentorat builds ({problems}); "
                "it was left untouched.",
            ).format(target=shown_target(target), problems=describe(problems))
        )


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _remove_new_file(path: Path) -> None:
    """A database this call created and could not finish (a full disk): leave nothing."""
    for file in companions(path):
        with contextlib.suppress(OSError):
            file.unlink()


def _check_existing_file(path: Path) -> None:
    if not path.exists():
        raise DatabaseOpenError(
            translate("Database", "There is no database at “{path}”.").format(path=path)
        )
    if path.is_dir():
        raise DatabaseOpenError(
            translate("Database", "“{path}” is a folder, not a database file.").format(path=path)
        )


def _check_readable_schema(engine: Engine, target: str) -> None:
    """A read-only database cannot be upgraded: it must already have this version's schema."""
    revision = check_schema(engine)
    if revision is None:
        raise NotMentoratDatabaseError(target)
    if revision != head_revision():
        raise DatabaseOpenError(
            translate(
                "Database",
                "“{target}” comes from an older version of Mentorat and is read-only: copy it "
                "to a folder you can write to, then open it.",
            ).format(target=target)
        )


def _check_sqlite_file(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.exists()  # a name too long for the system fails here, not in SQLite
    except OSError as exc:
        raise DatabaseOpenError(
            translate("Database", "Cannot create the folder “{folder}”: {reason}").format(
                folder=folder, reason=os_reason(exc)
            )
        ) from exc
    if path.exists():
        if path.is_dir():
            raise DatabaseOpenError(
                translate("Database", "“{path}” is a folder, not a database file.").format(
                    path=path
                )
            )
        if not path.is_file():
            raise DatabaseOpenError(
                translate(
                    "Database", "“{path}” is a device or a pipe, not a database file."
                ).format(path=path)
            )
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseOpenError(
                translate("Database", "Cannot read “{path}”: {reason}").format(
                    path=path, reason=os_reason(exc)
                )
            ) from exc
        if header and header != SQLITE_HEADER:
            raise DatabaseOpenError(
                translate(
                    "Database", "“{path}” is not a Mentorat database (not an SQLite file)."
                ).format(path=path)
            )
        if not os.access(path, os.W_OK):
            raise DatabaseOpenError(
                translate(
                    "Database", "“{path}” is read-only: Mentorat needs to write to it."
                ).format(path=path)
            )
    elif not os.access(folder, os.W_OK):
        raise DatabaseOpenError(
            translate(
                "Database", "The folder “{folder}” is not writable: choose another place."
            ).format(folder=folder)
        )


def describe_database_error(target: str, exc: BaseException) -> str:
    """One sentence for what SQLite, the driver or the file system said about the database;
    never a password."""
    reason = without_password(str(getattr(exc, "orig", None) or exc), target)
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
    target = shown_target(target)
    lowered = reason.lower()
    if "locked" in lowered or "busy" in lowered:
        return translate(
            "Database", "“{target}” is locked by another program. Close it and try again."
        ).format(target=target)
    if "readonly" in lowered or "read-only" in lowered:
        return translate(
            "Database", "“{target}” is read-only: Mentorat needs to write to it."
        ).format(target=target)
    if "disk is full" in lowered or "no space" in lowered:
        return translate(
            "Database", "The disk holding “{target}” is full: free some space and try again."
        ).format(target=target)
    if "unable to open" in lowered:
        return translate("Database", "Cannot open the database “{target}”.").format(target=target)
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return translate("Database", "“{target}” is damaged or not a database.").format(
            target=target
        )
    return translate("Database", "Cannot open the database “{target}”: {reason}").format(
        target=target, reason=reason.splitlines()[0] if reason else type(exc).__name__
    )


def integrity_report(database: Database) -> str:
    """'ok', or what SQLite's quick check found; servers check themselves."""
    if database.sqlite_file is None:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return "ok"
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
    return "; ".join(str(r) for r in rows) or "ok"
