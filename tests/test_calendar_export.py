"""The .ics export, parsed back with the icalendar library, and `mentorat export-ics`."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from icalendar import Calendar

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.services.sessions import journals, sessions
from mentorat_desktop.services.sessions.agenda import AgendaEntry, save_agenda
from mentorat_desktop.services.sessions.calendar_export import ExportSelection, export_ics
from mentorat_desktop.services.sessions.journals import JournalInput
from mentorat_desktop.services.sessions.session_checks import WEEKLY
from mentorat_desktop.services.sessions.sessions import PlanInput
from tests.test_calendar_uids import uid_of
from tests.test_cli import mentorat
from tests.test_services_sessions import PARIS, make_world

NOW = datetime(2026, 3, 1, 8, tzinfo=UTC)


def events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_ics_round_trip_uid_timezone_and_cancelled(database, tmp_path: Path) -> None:
    world = make_world(database)
    plan = PlanInput(
        world.pair,
        date(2026, 3, 24),
        time(14),
        60,
        "https://meet.example/léa",
        rhythm=WEEKLY,
        every_weeks=1,
        count=2,
    )
    first, second = sessions.plan_sessions(database, plan)
    save_agenda(database, first.id, [AgendaEntry("Tour de table", 10), AgendaEntry("LinkedIn", 50)])
    sessions.set_status(database, first.id, None, SessionStatus.HELD)
    journals.save_journal(
        database, first.id, JournalInput(summary="Résumé", confidential_notes="SECRET-NOTE")
    )
    path = tmp_path / "séances.ics"
    assert export_ics(database, ExportSelection(pair_id=world.pair), path, NOW) == 2
    before = events(path)
    assert (path.read_bytes().count(b"\r\n") > 10) and b"SECRET-NOTE" not in path.read_bytes()
    assert b"R\xc3\xa9sum\xc3\xa9" not in path.read_bytes()  # no journal text at all
    one = before[uid_of(database, first.id)]
    start = one.decoded("DTSTART")
    assert start.tzinfo is not None and start.utcoffset().total_seconds() == 0
    assert start == datetime(2026, 3, 24, 14, tzinfo=PARIS)  # 13:00Z in winter
    assert one.decoded("DTEND") == datetime(2026, 3, 24, 15, tzinfo=PARIS)
    assert b"DTSTART:20260324T130000Z" in path.read_bytes()
    later = before[uid_of(database, second.id)]
    assert later.decoded("DTSTART") == datetime(2026, 3, 31, 14, tzinfo=PARIS)  # 12:00Z: summer
    assert "DTSTAMP" in one and int(one["SEQUENCE"]) == 0
    # In the programme's language (French), whatever the interface's language is.
    assert str(one["DESCRIPTION"]).startswith("Ordre du jour")
    assert "Tour de table" in str(one["DESCRIPTION"]) and "14 h 10 LinkedIn" in str(
        one["DESCRIPTION"]
    )
    assert str(one["LOCATION"]) == "https://meet.example/léa"
    # A PUBLISH file names no attendee (RFC 5546 §3.2.1), though Léa and Bernard have emails.
    assert one.get("ATTENDEE") is None and b"lea@example.fr" not in path.read_bytes()
    assert str(one["STATUS"]) == "CONFIRMED"

    moved = sessions.move_session(
        database, second.id, second.version, datetime(2026, 4, 2, 9, tzinfo=PARIS), 60, "Salle"
    )
    sessions.cancel_session(database, first.id, None, "Absent")
    export_ics(database, ExportSelection(pair_id=world.pair), path, NOW)
    after = events(path)
    assert set(after) == set(before)  # same UIDs: re-importing updates, never duplicates
    assert int(after[uid_of(database, second.id)]["SEQUENCE"]) == moved.ics_sequence
    assert moved.ics_sequence > 0
    cancelled = after[uid_of(database, first.id)]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert int(cancelled["SEQUENCE"]) > 0
    assert str(cancelled["SUMMARY"]).startswith("Annulée")


def test_selection_defaults_to_upcoming_and_programme_by_name(database, tmp_path: Path) -> None:
    world = make_world(database, emails=False)
    sessions.plan_sessions(database, PlanInput(world.pair, date(2026, 2, 10), time(10), 60))
    sessions.plan_sessions(database, PlanInput(world.other_pair, date(2026, 3, 10), time(10), 60))
    path = tmp_path / "a.ics"
    assert export_ics(database, ExportSelection(), path, NOW) == 1  # from today on
    (only,) = events(path).values()
    assert only.get("ATTENDEE") is None or "lea@" not in str(only.get("ATTENDEE"))
    assert export_ics(database, ExportSelection(from_day=date(2026, 1, 1)), path, NOW) == 2
    named = ExportSelection(programme_name="COHORTE 2026", from_day=date(2026, 1, 1))
    assert export_ics(database, named, path, NOW) == 2


def test_cli_export_ics(sqlite_database, tmp_path: Path) -> None:
    world = make_world(sqlite_database)
    sessions.plan_sessions(sqlite_database, PlanInput(world.pair, date(2026, 3, 3), time(10), 60))
    target = str(sqlite_database.sqlite_file)
    out = tmp_path / "out.ics"
    result = mentorat(
        "--lang",
        "en",
        "--database",
        target,
        "export-ics",
        "--programme",
        "cohorte 2026",
        "--from",
        "2026-01-01",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "1 session written" in result.stdout
    assert len(events(out)) == 1
    wrong = mentorat(
        "--lang", "en", "--database", target, "export-ics", "--programme", "Nope", "--out", str(out)
    )
    assert wrong.returncode != 0 and "Traceback" not in wrong.stderr
    assert "Nope" in wrong.stderr
