"""Personal data rights: what the app holds about one person, anonymisation, retention.

An anonymised person keeps their id, department, skills, sessions, hours and ratings (the
programme's statistics), and loses their name (a neutral label takes its place), email,
birth year, hire date, job title, manager link and every free text written by or about
them. There is no "anonymised" column: the label ``… #<id>`` with an empty first name and
no email marks them, so no schema change was needed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Enum, String, Text, or_, select, update

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import (
    ActionItem,
    AgendaItem,
    Certificate,
    Journal,
    OrganisationSettings,
    Pair,
    Person,
    Session,
)
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.changes import EVERYTHING, mutates
from mentorat_desktop.services.safety.backup import BEFORE_ANONYMISATION, create_backup
from mentorat_desktop.services.safety.transfer import all_tables

DEFAULT_RETENTION_MONTHS = 24


@dataclass(frozen=True)
class PrivacyPerson:
    id: int
    full_name: str
    email: str | None
    archived_on: date | None
    anonymised: bool
    retention_due_on: date | None  # archived people only

    def past_retention(self, today: date) -> bool:
        return (
            not self.anonymised
            and self.retention_due_on is not None
            and self.retention_due_on <= today
        )


@dataclass(frozen=True)
class AnonymisationOutcome:
    person_id: int
    label: str
    backup: Path | None


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def is_anonymised(person: Person) -> bool:
    return _anonymised(person.id, person.first_name, person.last_name, person.email)


def _anonymised(person_id: int, first_name: str, last_name: str, email: str | None) -> bool:
    return first_name == "" and email is None and last_name.endswith(f"#{person_id}")


def anonymous_label(person_id: int) -> str:
    return translate("Privacy", "Former participant #{number}").format(number=person_id)


def _retention_months(database: Database) -> int:
    with database.reading() as session:
        months = session.scalar(select(OrganisationSettings.retention_months))
    return months or DEFAULT_RETENTION_MONTHS


def _people(database: Database, *conditions: Any) -> list[PrivacyPerson]:
    months = _retention_months(database)
    query = (
        select(Person.id, Person.first_name, Person.last_name, Person.email, Person.archived_at)
        .where(*conditions)
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    with database.reading() as session:
        rows = session.execute(query).all()
    found = []
    for person_id, first, last, email, archived_at in rows:
        archived_on = archived_at.date() if archived_at else None
        found.append(
            PrivacyPerson(
                id=person_id,
                full_name=f"{first} {last}".strip(),
                email=email,
                archived_on=archived_on,
                anonymised=_anonymised(person_id, first, last, email),
                retention_due_on=add_months(archived_on, months) if archived_on else None,
            )
        )
    return found


def list_privacy_people(database: Database) -> list[PrivacyPerson]:
    """Everyone, archived ones included, with the date their retention period ends."""
    return _people(database)


def retention_due(database: Database, today: date | None = None) -> list[PrivacyPerson]:
    """Archived people kept longer than the retention setting, not yet anonymised."""
    day = today or datetime.now(UTC).date()
    latest = add_months(day, -_retention_months(database)) + timedelta(days=4)  # month ends
    archived_long_ago = Person.archived_at < datetime.combine(latest, time(), UTC)
    return [p for p in _people(database, archived_long_ago) if p.past_retention(day)]


def _same_name(typed: str, full_name: str) -> bool:
    def normal(text: str) -> str:
        return " ".join(text.split()).casefold()

    return bool(typed.strip()) and normal(typed) == normal(full_name)


@mutates(EVERYTHING)
def anonymise_person(
    database: Database, person_id: int, typed_name: str, *, now: datetime | None = None
) -> AnonymisationOutcome:
    """Irreversible: confirmed by the person's name typed in full; a backup is taken first."""
    from mentorat_desktop.services.staff.people import archive_person

    with database.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(translate("Validation", "This person no longer exists."))
        if is_anonymised(person):
            raise ValidationError(
                "person", translate("Privacy", "This person is already anonymised.")
            )
        full_name, email = person.full_name, person.email
        reversed_name = f"{person.last_name} {person.first_name}".strip()
        archived = person.archived_at is not None
    if not _same_name(typed_name, full_name):
        raise ValidationError(
            "typed_name",
            translate("Privacy", "Type the person's name exactly as shown: {name}").format(
                name=full_name
            ),
        )
    backup = None
    if database.sqlite_file is not None:
        backup = create_backup(database.sqlite_file, kind=BEFORE_ANONYMISATION, now=now).path
    if not archived:
        archive_person(database, person_id)
    label = anonymous_label(person_id)
    with database.transaction() as session:
        _clear_person(session, person_id, label)
        needles = [n for n in {full_name, reversed_name, email} if n and len(n) >= 3]
        _scrub_free_text(session, needles, label)
    _compact(database)
    return AnonymisationOutcome(person_id, label, backup)


def _clear_person(session, person_id: int, label: str) -> None:  # type: ignore[no-untyped-def]
    person = session.get(Person, person_id)
    person.first_name, person.last_name = "", label
    person.email = None
    person.job_title = ""
    person.birth_year = None
    person.hire_date = None
    person.manager_id = None
    pair_ids = select(Pair.id).where(or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id))
    session.execute(update(Pair).where(Pair.id.in_(pair_ids)).values(goals="", end_reason=""))
    session_ids = select(Session.id).where(Session.pair_id.in_(pair_ids))
    session.execute(
        update(Session)
        .where(Session.id.in_(session_ids))
        .values(location="", cancel_reason="", preparation_notes="")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(AgendaItem).where(AgendaItem.session_id.in_(session_ids)).values(topic="")
    )
    journal_ids = select(Journal.id).where(Journal.session_id.in_(session_ids))
    session.execute(
        update(Journal)
        .where(Journal.id.in_(journal_ids))
        .values(summary="", learned="", confidential_notes="", shared_quote="")
    )
    session.execute(
        update(ActionItem).where(ActionItem.journal_id.in_(journal_ids)).values(text="")
    )
    session.execute(
        update(Certificate).where(Certificate.person_id == person_id).values(override_reason="")
    )


def _scrub_free_text(session, needles: list[str], label: str) -> None:  # type: ignore[no-untyped-def]
    """The name or email written anywhere else (another pair's goals…) becomes the label."""
    if not needles:
        return
    patterns = [re.compile(re.escape(n), re.IGNORECASE) for n in needles]
    for table in all_tables():
        keys = list(table.primary_key.columns)
        for column in table.columns:
            text_column = isinstance(column.type, String | Text) and not isinstance(
                column.type, Enum
            )
            if not text_column or column in keys:
                continue
            hits = session.execute(
                select(*keys, column).where(or_(*(column.ilike(f"%{n}%") for n in needles)))
            ).all()
            for *key_values, value in hits:
                cleaned = value
                for pattern in patterns:
                    cleaned = pattern.sub(label, cleaned)
                if cleaned != value:
                    condition = [k == v for k, v in zip(keys, key_values, strict=True)]
                    session.execute(update(table).where(*condition).values({column.name: cleaned}))


def _compact(database: Database) -> None:
    """Rewrite the SQLite file so the erased text is gone from free pages and the WAL too."""
    if database.sqlite_file is None:
        return
    connection = database.engine.raw_connection()
    try:
        raw = connection.driver_connection  # outside any transaction, as VACUUM needs
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
