"""Personal data rights: what the app holds about one person, anonymisation, retention.

An anonymised person keeps their id, department, skills, sessions, hours and ratings (the
programme's statistics), and loses their name (a neutral label takes its place), email,
birth year, hire date, job title, manager link and every free text written by or about
them. There is no "anonymised" column: the label ``… #<id>`` with an empty first name and
no email marks them, so no schema change was needed.
"""

from __future__ import annotations

import calendar
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import (
    ActionItem,
    AgendaItem,
    Certificate,
    Journal,
    OrganisationSettings,
    Pair,
    Person,
    ProgrammeFeedback,
    Session,
)
from mentorat_desktop.db.sqlite_files import restrict_to_owner
from mentorat_desktop.db.types import utc_now
from mentorat_desktop.errors import NotFoundError, ServiceError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.changes import EVERYTHING, mutates
from mentorat_desktop.services.safety.backup import BEFORE_ANONYMISATION, create_backup
from mentorat_desktop.services.safety.erasure import (
    HeldCopy,
    compact_file,
    confirmation_matches,
    copies_holding,
    delete_copies,
    name_patterns,
    scrub_free_text,
)
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
class ErasedName:
    first_name: str
    last_name: str
    email: str | None

    @property
    def needles(self) -> tuple[str, ...]:
        """What a copy holding the person shows: the last name, the email, the full name."""
        full = f"{self.first_name} {self.last_name}".strip()
        return tuple(n for n in (self.last_name, self.email, full) if n)


@dataclass(frozen=True)
class AnonymisationOutcome:
    person_id: int
    label: str
    backup: Path | None
    erased: ErasedName  # to look for in the copies
    file_compacted: bool  # False: a reader kept old pages in the file; compact again later
    copies: tuple[HeldCopy, ...]  # backups and damaged copies that still hold the person


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
        first_name, last_name = person.first_name, person.last_name
        archived = person.archived_at is not None
    if not confirmation_matches(typed_name, full_name):
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
    patterns = name_patterns(first_name, last_name, email)
    with database.transaction() as session:
        _clear_person(session, person_id, label)
        scrub_free_text(session, all_tables(), patterns, label)
    erased = ErasedName(first_name, last_name, email)
    return _outcome(database, person_id, label, backup, erased)


def _outcome(
    database: Database, person_id: int, label: str, backup: Path | None, erased: ErasedName
) -> AnonymisationOutcome:
    db_file = database.sqlite_file
    if db_file is None:  # a server keeps no file of ours; its own backups are its admin's
        return AnonymisationOutcome(person_id, label, backup, erased, True, ())
    compacted = compact_file(db_file)
    copies = tuple(copies_holding(db_file, erased.needles, backup))
    return AnonymisationOutcome(person_id, label, backup, erased, compacted, copies)


def finish_anonymisation(
    database: Database, outcome: AnonymisationOutcome, *, anonymise: bool = False
) -> AnonymisationOutcome:
    """Compact the file again (once the other reader is closed) and, when asked, anonymise
    the backups that can be read; what still holds the person is listed again."""
    if anonymise and database.sqlite_file is not None:
        for copy in outcome.copies:
            if copy.can_be_anonymised:
                try:
                    _anonymise_copy(copy.path, outcome.person_id, outcome.label, outcome.erased)
                except (OSError, sqlite3.Error, SQLAlchemyError, ServiceError):
                    continue  # unreadable or locked: it stays listed, and can be deleted
    return _outcome(database, outcome.person_id, outcome.label, outcome.backup, outcome.erased)


def remove_copies(database: Database, outcome: AnonymisationOutcome) -> AnonymisationOutcome:
    """Delete every copy that still holds the person, the backup taken just before too."""
    delete_copies(outcome.copies)
    return _outcome(database, outcome.person_id, outcome.label, None, outcome.erased)


def _anonymise_copy(path: Path, person_id: int, label: str, erased: ErasedName) -> None:
    """The same erasure in a backup: on a private copy (upgraded if older), then swapped in."""
    from mentorat_desktop.db.database import open_database

    work = Path(tempfile.mkdtemp(prefix=".anonymising-", dir=path.parent))
    try:
        copy = work / "copy.sqlite3"
        shutil.copyfile(path, copy)
        database = open_database(str(copy))
        try:
            with database.transaction() as session:
                person = session.get(Person, person_id)
                patterns = []
                if person is not None:
                    patterns = name_patterns(person.first_name, person.last_name, person.email)
                    if person.archived_at is None:
                        person.archived_at = utc_now()
                    _clear_person(session, person_id, label)
                # The name as it is today too, in case the person was renamed since.
                patterns += name_patterns(erased.first_name, erased.last_name, erased.email)
                scrub_free_text(session, all_tables(), patterns, label)
        finally:
            database.close()
        compact_file(copy)
        raw = sqlite3.connect(copy, isolation_level=None)
        try:
            raw.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, as before
        finally:
            raw.close()
        restrict_to_owner(copy)
        os.replace(copy, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _clear_person(session: OrmSession, person_id: int, label: str) -> None:
    person = session.get_one(Person, person_id)
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
    session.execute(
        update(ProgrammeFeedback).where(ProgrammeFeedback.person_id == person_id).values(quote="")
    )
