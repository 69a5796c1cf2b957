"""Session UIDs carry a random part of their database, so another database never reuses
them; sessions that existed before that part (migration 0006) keep their old UID."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from alembic import command
from icalendar import Calendar

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.migrate import alembic_config, current_revision, head_revision
from mentorat_desktop.db.models import CalendarKey
from mentorat_desktop.io.ics import session_uid
from mentorat_desktop.services.sessions import sessions
from mentorat_desktop.services.sessions.calendar_export import ExportSelection, export_ics
from mentorat_desktop.services.sessions.sessions import PlanInput
from tests.test_services_sessions import make_world


def uid_of(database: Database, session_id: int) -> str:
    """The UID this database gives the session (for other tests' expectations)."""
    with database.reading() as s:
        key = s.get(CalendarKey, 1)
        assert key is not None
        legacy = session_id <= key.legacy_last_session
        return session_uid(session_id, "" if legacy else key.uid_part)


def exported_uids(database: Database, path: Path) -> list[str]:
    export_ics(database, ExportSelection(session_ids=()), path)
    calendar = Calendar.from_ical(path.read_bytes())
    return sorted(str(e["UID"]) for e in calendar.walk("VEVENT"))


def plan(database: Database, pair: int, day: int) -> int:
    plan = PlanInput(pair, date(2030, 3, day), time(14), 60, "Salle 1")
    return sessions.plan_sessions(database, plan)[0].id


def test_two_databases_never_share_a_uid(tmp_path: Path) -> None:
    found = []
    for name in ("un", "deux"):
        database = open_database(str(tmp_path / f"{name}.sqlite3"))
        world = make_world(database)
        sid = plan(database, world.pair, 5)
        with database.reading() as s:  # a new database stays empty until its first calendar
            assert s.get(CalendarKey, 1) is None
        (uid,) = exported_uids(database, tmp_path / f"{name}.ics")
        assert uid.startswith(f"session-{sid}-") and uid.endswith("@mentorat.invalid")
        assert uid == uid_of(database, sid)
        found.append(uid)
        database.close()
    assert found[0] != found[1]  # same session id, different databases


def test_sessions_older_than_the_part_keep_their_uid(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "ancienne.sqlite3"))
    world = make_world(database)
    old = plan(database, world.pair, 5)
    with database.engine.begin() as connection:  # as a database of the previous version
        command.downgrade(alembic_config(connection), "0005")
    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert current_revision(database.engine) == head_revision()
    new = plan(database, world.pair, 12)
    uids = exported_uids(database, tmp_path / "après.ics")
    with database.reading() as s:
        key = s.get(CalendarKey, 1)
        assert key is not None and key.legacy_last_session == old
    assert uids == sorted([f"session-{old}@mentorat.invalid", uid_of(database, new)])
    assert uid_of(database, new) == f"session-{new}-{key.uid_part}@mentorat.invalid"
    database.close()
