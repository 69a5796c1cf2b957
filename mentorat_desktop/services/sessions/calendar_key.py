"""This database's part of its sessions' iCalendar UIDs (see io/ics.session_uid).

Migration 0006 made the row for a database that already had sessions, with the last of
them: their .ics files and invitations may be in calendars, so they keep their old UID.
A database that had none gets the row here, on its first calendar (an export, a preview of
invitations), with no legacy session: everything it ever exported carries the part.
"""

from __future__ import annotations

import secrets

from sqlalchemy.exc import SQLAlchemyError

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import CalendarKey
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.changes import mutates


def _known(database: Database) -> tuple[str, int] | None:
    with database.reading() as session:
        row = session.get(CalendarKey, 1)
        return (row.uid_part, row.legacy_last_session) if row is not None else None


@mutates()  # the key is no record any view shows
def calendar_key(database: Database) -> tuple[str, int]:
    """(the random part, the last session that keeps its old UID), made once.

    A database that cannot be written to now (read-only) and has no row yet has never
    exported a calendar either: its UIDs then have no part, as before 0006."""
    found = _known(database)
    if found is not None:
        return found
    try:
        with database.transaction() as session:
            session.add(CalendarKey(id=1, uid_part=secrets.token_hex(6), legacy_last_session=0))
    except (SQLAlchemyError, ServiceError):  # another process made it (theirs counts), or
        pass  # the database is read-only
    return _known(database) or ("", 0)
