"""Personal data: a person's export, anonymisation that leaves no trace, the retention reminder."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import event, func, or_, select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import (
    Certificate,
    Journal,
    OrganisationSettings,
    Pair,
    Person,
    Session,
)
from mentorat_desktop.demo import load_demo
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.services.dashboard.notices import RETENTION_DUE, dashboard_notices
from mentorat_desktop.services.safety.backup import list_backups
from mentorat_desktop.services.safety.person_data import collect_person_data, export_person_data
from mentorat_desktop.services.safety.privacy import (
    add_months,
    anonymise_person,
    list_privacy_people,
    retention_due,
)

FIRST, LAST = "Hortensia-Zélie", "Quillebœuf & Fils"
EMAIL = "hortensia.quilleboeuf@exemple.fr"
SECRET = "Note confidentielle: Zélie part chez un concurrent"


def _person_with_history(database: Database) -> int:
    """A demo mentor renamed, with notes written about them here and in another pair."""
    load_demo(database, "small", seed=3, today=date(2026, 11, 27))
    with database.transaction() as session:
        held = (
            select(Pair.mentor_id)
            .join(Session, Session.pair_id == Pair.id)
            .join(Journal, Journal.session_id == Session.id)
            .order_by(Pair.id)
        )
        person_id = session.scalars(held).first()
        person = session.get(Person, person_id)
        person.first_name, person.last_name, person.email = FIRST, LAST, EMAIL
        person.birth_year = 1990
        for journal in session.scalars(
            select(Journal)
            .join(Session, Session.id == Journal.session_id)
            .join(Pair, Pair.id == Session.pair_id)
            .where(Pair.mentor_id == person_id)
        ):
            journal.confidential_notes = SECRET
            journal.summary = f"{FIRST} {LAST} a montré son tableau de bord."
        other = session.scalars(
            select(Pair).where(Pair.mentor_id != person_id, Pair.mentee_id != person_id)
        ).first()
        other.goals = f"Faire comme {FIRST.upper()} {LAST} l'an dernier ({EMAIL})."
    for n in range(30):  # older page versions of the same rows pile up in the WAL
        with database.transaction() as session:
            session.get(Person, person_id).job_title = f"Cheffe de projet {n}"
    return person_id


def _statistics(database: Database, person_id: int) -> tuple[object, ...]:
    with database.reading() as session:
        mine = or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id)
        sessions = session.execute(
            select(func.count(), func.sum(Session.duration_minutes))
            .join(Pair, Pair.id == Session.pair_id)
            .where(mine, Session.status == SessionStatus.HELD)
        ).one()
        ratings = session.execute(
            select(func.sum(Journal.mentor_rating), func.sum(Journal.mentee_rating))
            .join(Session, Session.id == Journal.session_id)
            .join(Pair, Pair.id == Session.pair_id)
            .where(mine)
        ).one()
        certificates = session.scalar(
            select(func.count()).select_from(Certificate).where(Certificate.person_id == person_id)
        )
        department = session.get(Person, person_id).department_id
    return tuple(sessions), tuple(ratings), certificates, department


def test_anonymisation_leaves_no_trace_in_the_file(sqlite_database: Database) -> None:
    # Debian's SQLite zeroes deleted content by default, Windows' Python does not: test the latter.
    @event.listens_for(sqlite_database.engine, "connect")
    def _keep_deleted_bytes(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA secure_delete = OFF")

    sqlite_database.engine.dispose()
    person_id = _person_with_history(sqlite_database)
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    wal = db_file.with_name(db_file.name + "-wal")
    raw_before = db_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert LAST.encode() in raw_before and SECRET.encode() in raw_before
    statistics = _statistics(sqlite_database, person_id)

    outcome = anonymise_person(sqlite_database, person_id, f"  {FIRST}   {LAST.upper()} ")

    with sqlite_database.engine.connect() as connection:  # what an open app leaves on disk
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = db_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for trace in (FIRST, LAST, "Quillebœuf", EMAIL, "hortensia", SECRET, "concurrent"):
        assert trace.encode() not in raw, trace
        assert trace.casefold().encode() not in raw.lower(), trace
    assert _statistics(sqlite_database, person_id) == statistics
    with sqlite_database.reading() as session:
        person = session.get(Person, person_id)
        assert (person.first_name, person.last_name) == ("", outcome.label)
        assert person.email is None and person.birth_year is None and person.manager_id is None
        assert person.archived_at is not None
        goals = session.scalars(select(Pair.goals)).all()
        assert any(outcome.label in g for g in goals)  # the other pair's text keeps its sense
    assert outcome.backup is not None and outcome.backup in [b.path for b in list_backups(db_file)]
    assert SECRET.encode() in outcome.backup.read_bytes()  # the copy taken first, kept a while
    assert [p.anonymised for p in list_privacy_people(sqlite_database) if p.id == person_id] == [
        True
    ]
    with pytest.raises(ValidationError, match="already anonymised"):
        anonymise_person(sqlite_database, person_id, outcome.label)


def test_anonymisation_on_each_backend(database: Database) -> None:
    person_id = _person_with_history(database)
    statistics = _statistics(database, person_id)
    outcome = anonymise_person(database, person_id, f"{FIRST} {LAST}")
    assert _statistics(database, person_id) == statistics
    data = json.dumps(collect_person_data(database, person_id, include_confidential_notes=True))
    for trace in (LAST, EMAIL, SECRET):
        assert trace not in data
    assert outcome.label in data


def test_anonymisation_needs_the_name_typed_in_full(sqlite_database: Database) -> None:
    person_id = _person_with_history(sqlite_database)
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    for typed in ("", FIRST, f"{FIRST} {LAST}x"):
        with pytest.raises(ValidationError, match="exactly as shown"):
            anonymise_person(sqlite_database, person_id, typed)
    assert list_backups(db_file) == []
    with sqlite_database.reading() as session:
        assert session.get(Person, person_id).email == EMAIL


def test_retention_reminder_lists_archived_people_past_the_period(
    sqlite_database: Database,
) -> None:
    person_id = _person_with_history(sqlite_database)
    now = datetime.now(UTC)
    with sqlite_database.transaction() as session:
        people = session.scalars(
            select(Person).where(Person.id != person_id).order_by(Person.id)
        ).all()
        people[0].archived_at = now - timedelta(days=30 * 25)
        people[1].archived_at = now - timedelta(days=30 * 23)
        session.get(Person, person_id).archived_at = now - timedelta(days=30 * 30)
    due = retention_due(sqlite_database)
    assert {p.id for p in due} == {people[0].id, person_id}
    (notice,) = [n for n in dashboard_notices(sqlite_database) if n.kind == RETENTION_DUE]
    assert FIRST in notice.message and set(notice.person_ids) == {people[0].id, person_id}

    with sqlite_database.transaction() as session:
        session.get(OrganisationSettings, 1).retention_months = 12
    assert {p.id for p in retention_due(sqlite_database)} == {people[0].id, people[1].id, person_id}

    anonymise_person(sqlite_database, person_id, f"{FIRST} {LAST}")
    assert person_id not in {p.id for p in retention_due(sqlite_database)}


def test_add_months_clamps_the_day() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 30), 24) == date(2026, 11, 30)
    assert add_months(date(2024, 12, 15), 1) == date(2025, 1, 15)


def test_person_export_json_and_pdf(sqlite_database: Database, tmp_path: Path) -> None:
    person_id = _person_with_history(sqlite_database)

    files = export_person_data(sqlite_database, person_id, tmp_path / "request", language="en")

    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert data["person"]["email"] == EMAIL and data["person"]["birth_year"] == 1990
    assert data["pairs"] and data["skills"]
    sessions = [s for pair in data["pairs"] for s in pair["sessions"]]
    journals = [s["journal"] for s in sessions if "journal" in s]
    assert journals and all("confidential_notes" not in j for j in journals)
    assert SECRET not in files.json_path.read_text(encoding="utf-8")
    text = "\n".join(page.extract_text() for page in PdfReader(files.pdf_path).pages)
    assert "Personal data held by Mentorat" in text
    assert "Quillebœuf & Fils" in text and EMAIL in text
    assert SECRET not in text
    assert files.json_path.stat().st_mode & 0o077 == 0

    with_notes = collect_person_data(sqlite_database, person_id, include_confidential_notes=True)
    assert SECRET in json.dumps(with_notes, ensure_ascii=False)


def test_retention_counts_calendar_months_at_month_ends(sqlite_database: Database) -> None:
    from mentorat_desktop.services.staff import people
    from mentorat_desktop.services.staff.people import PersonInput

    person = people.create_person(sqlite_database, PersonInput("Fin", "De Mois"))
    with sqlite_database.transaction() as session:
        session.get(Person, person.id).archived_at = datetime(2024, 1, 31, 12, tzinfo=UTC)
        session.get(OrganisationSettings, 1) or session.add(OrganisationSettings(id=1))
    with sqlite_database.transaction() as session:
        session.get(OrganisationSettings, 1).retention_months = 1
    assert retention_due(sqlite_database, date(2024, 2, 28)) == []
    assert [p.id for p in retention_due(sqlite_database, date(2024, 2, 29))] == [person.id]


def test_person_export_file_names_in_the_export_s_language(
    sqlite_database: Database, tmp_path: Path
) -> None:
    person_id = _person_with_history(sqlite_database)
    french = export_person_data(sqlite_database, person_id, tmp_path / "fr", language="fr")
    english = export_person_data(sqlite_database, person_id, tmp_path / "en", language="en")
    assert french.json_path.stem.endswith("données-personnelles"), french.json_path.name
    assert english.pdf_path.stem.endswith("personal-data")
