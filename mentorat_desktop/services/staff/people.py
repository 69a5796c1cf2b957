"""Staff: people and departments. People are archived, not deleted, once anything refers to them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.database import Database, check_version
from mentorat_desktop.db.enums import PairStatus
from mentorat_desktop.db.models import (
    Certificate,
    Department,
    Pair,
    Person,
    PersonSkill,
    ProgrammeFeedback,
    ProgrammeParticipant,
    ReturnedForm,
    SkillAssessment,
)
from mentorat_desktop.db.types import normalise_key, utc_now
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.staff.names import name_problem
from mentorat_desktop.services.undo import undoable

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_email_address(text: str) -> bool:
    """The one rule for an address, a person's or the mail sender's: name@domain.tld."""
    return bool(EMAIL_PATTERN.match(text)) and len(text) <= 254


OLDEST_BIRTH_YEAR = 1920
YOUNGEST_AGE = 14


@dataclass(frozen=True)
class PersonInput:
    """A person's fields. ``new_department``, when given, names the department instead of
    ``department_id``: an existing one (ignoring case) or one created in the same save."""

    first_name: str
    last_name: str
    email: str | None = None
    job_title: str = ""
    department_id: int | None = None
    manager_id: int | None = None
    birth_year: int | None = None
    hire_date: date | None = None
    new_department: str = ""


@dataclass(frozen=True)
class PersonRecord:
    id: int
    first_name: str
    last_name: str
    email: str | None
    job_title: str
    department_id: int | None
    department_name: str
    manager_id: int | None
    birth_year: int | None
    hire_date: date | None
    archived: bool
    version: int

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class DepartmentRecord:
    id: int
    name: str


@dataclass(frozen=True)
class ArchiveOutcome:
    person_id: int
    stopped_pair_ids: tuple[int, ...]


def _record(person: Person) -> PersonRecord:
    return PersonRecord(
        id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        email=person.email,
        job_title=person.job_title,
        department_id=person.department_id,
        department_name=person.department.name if person.department else "",
        manager_id=person.manager_id,
        birth_year=person.birth_year,
        hire_date=person.hire_date,
        archived=person.archived_at is not None,
        version=person.version_id,
    )


def clean_person_input(data: PersonInput) -> PersonInput:
    """The checks that need no database: names, email form, birth year, hire date."""
    first, last = data.first_name.strip(), data.last_name.strip()
    if not first and not last:
        raise ValidationError("last_name", translate("Validation", "Enter a first or a last name."))
    for field, name in (("first_name", first), ("last_name", last)):
        if problem := name_problem(name):
            raise ValidationError(field, problem)
    email = (data.email or "").strip() or None
    if email is not None and not is_email_address(email):
        raise ValidationError(
            "email",
            translate("Validation", "“{email}” is not an email address.").format(email=email),
        )
    if len(data.job_title.strip()) > 300:
        raise ValidationError(
            "job_title", translate("Validation", "A job title has 300 characters at most.")
        )
    this_year = date.today().year
    if data.birth_year is not None and not (
        OLDEST_BIRTH_YEAR <= data.birth_year <= this_year - YOUNGEST_AGE
    ):
        raise ValidationError(
            "birth_year",
            translate("Validation", "The birth year must be between {first} and {last}.").format(
                first=OLDEST_BIRTH_YEAR, last=this_year - YOUNGEST_AGE
            ),
        )
    if data.hire_date is not None and data.hire_date > date.today():
        raise ValidationError(
            "hire_date", translate("Validation", "The hire date cannot be in the future.")
        )
    return PersonInput(
        first_name=first,
        last_name=last,
        email=email,
        job_title=data.job_title.strip(),
        department_id=data.department_id,
        manager_id=data.manager_id,
        birth_year=data.birth_year,
        hire_date=data.hire_date,
        new_department=_department_name(data.new_department, "department_id")
        if data.new_department.strip()
        else "",
    )


def _validate(session: OrmSession, data: PersonInput, person_id: int | None) -> PersonInput:
    data = clean_person_input(data)
    if data.email is not None:
        clash = select(Person.id).where(Person.email_key == normalise_key(data.email))
        if person_id is not None:
            clash = clash.where(Person.id != person_id)
        if session.scalar(clash) is not None:
            raise ValidationError(
                "email", translate("Validation", "Another person already has this email address.")
            )
    if data.manager_id is not None:
        if person_id is not None and data.manager_id == person_id:
            raise ValidationError(
                "manager_id", translate("Validation", "A person cannot be their own manager.")
            )
        if session.get(Person, data.manager_id) is None:
            raise ValidationError(
                "manager_id", translate("Validation", "The chosen manager no longer exists.")
            )
    if data.new_department:
        return replace(data, department_id=_department_id(session, data.new_department))
    if data.department_id is not None and session.get(Department, data.department_id) is None:
        raise ValidationError(
            "department_id", translate("Validation", "The chosen department no longer exists.")
        )
    return data


def _department_id(session: OrmSession, name: str) -> int:
    """The department of this name, created now (in the caller's transaction) if needed."""
    found = session.scalar(select(Department.id).where(Department.name_key == normalise_key(name)))
    if found is not None:
        return found
    department = Department(name=name)
    session.add(department)
    session.flush()
    return department.id


def _apply(person: Person, data: PersonInput) -> None:
    person.first_name = data.first_name
    person.last_name = data.last_name
    person.email = data.email
    person.job_title = data.job_title
    person.department_id = data.department_id
    person.manager_id = data.manager_id
    person.birth_year = data.birth_year
    person.hire_date = data.hire_date


@mutates(people=True)
@undoable(labels.new_person)
def create_person(database: Database, data: PersonInput) -> PersonRecord:
    with database.transaction() as session:
        cleaned = _validate(session, data, None)
        person = Person()
        _apply(person, cleaned)
        session.add(person)
        session.flush()
        return _record(person)


def _load(session: OrmSession, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(translate("Validation", "This person no longer exists."))
    return person


@mutates(people=True)
@undoable(labels.person_fields)
def update_person(
    database: Database, person_id: int, data: PersonInput, *, expected_version: int | None = None
) -> PersonRecord:
    """Save every field at once; ``expected_version`` refuses a change made meanwhile."""
    with database.transaction() as session:
        person = _load(session, person_id)
        check_version(person, expected_version)
        cleaned = _validate(session, data, person_id)
        _apply(person, cleaned)
        session.flush()
        return _record(person)


def get_person(database: Database, person_id: int) -> PersonRecord:
    with database.reading() as session:
        return _record(_load(session, person_id))


def list_people(database: Database, *, include_archived: bool = False) -> list[PersonRecord]:
    with database.reading() as session:
        query = select(Person).order_by(Person.last_name, Person.first_name, Person.id)
        if not include_archived:
            query = query.where(Person.archived_at.is_(None))
        people = session.scalars(query).all()
        departments: dict[int | None, Department] = {
            d.id: d for d in session.scalars(select(Department))
        }
        for person in people:
            person.department = departments.get(person.department_id)
        return [_record(p) for p in people]


def active_pair_ids(session: OrmSession, person_id: int) -> list[int]:
    query = select(Pair.id).where(
        or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id),
        Pair.status.in_([PairStatus.PROPOSED, PairStatus.ACTIVE]),
        Pair.archived_at.is_(None),
    )
    return list(session.scalars(query.order_by(Pair.id)))


@mutates(people=True, pairs=True, sessions=True)
@undoable(labels.person_archived)
def archive_person(database: Database, person_id: int, reason: str = "") -> ArchiveOutcome:
    """Archive a person; their proposed or active pairs are stopped with a reason."""
    with database.transaction() as session:
        person = _load(session, person_id)
        stopped = active_pair_ids(session, person_id)
        end_reason = reason or translate("Validation", "{name} was archived.").format(
            name=person.full_name
        )
        for pair in session.scalars(select(Pair).where(Pair.id.in_(stopped))):
            pair.status = PairStatus.STOPPED
            pair.ended_on = max(date.today(), pair.started_on or date.today())
            pair.end_reason = end_reason
        if person.archived_at is None:
            person.archived_at = utc_now()
        return ArchiveOutcome(person_id, tuple(stopped))


@mutates(people=True)
@undoable(labels.person_restored)
def unarchive_person(database: Database, person_id: int) -> PersonRecord:
    with database.transaction() as session:
        person = _load(session, person_id)
        person.archived_at = None
        session.flush()
        return _record(person)


@mutates(people=True, skills=True)
@undoable(labels.person_deleted)
def delete_person(database: Database, person_id: int) -> None:
    """Delete only a person nothing refers to (a typo just entered); otherwise archive."""
    with database.transaction() as session:
        person = _load(session, person_id)
        referenced = session.scalar(
            select(
                or_(
                    exists().where(or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id)),
                    exists().where(Person.manager_id == person_id),
                    exists().where(ProgrammeParticipant.person_id == person_id),
                    exists().where(Certificate.person_id == person_id),
                    exists().where(SkillAssessment.person_id == person_id),
                    exists().where(ReturnedForm.person_id == person_id),
                    exists().where(ProgrammeFeedback.person_id == person_id),
                )
            )
        )
        if referenced:
            raise ValidationError(
                "id",
                translate(
                    "Validation",
                    "This person appears in programmes or pairs: archive them instead.",
                ),
            )
        for skill in session.scalars(select(PersonSkill).where(PersonSkill.person_id == person_id)):
            session.delete(skill)
        session.delete(person)


def _department_name(name: str, field: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError(field, translate("Validation", "Enter the department's name."))
    if problem := name_problem(cleaned):
        raise ValidationError(field, problem)
    return cleaned


@mutates(people=True)
@undoable(labels.new_department)
def create_department(database: Database, name: str) -> DepartmentRecord:
    cleaned = _department_name(name, "name")
    with database.transaction() as session:
        if session.scalar(
            select(Department.id).where(Department.name_key == normalise_key(cleaned))
        ):
            raise ValidationError(
                "name", translate("Validation", "A department with this name exists.")
            )
        department = Department(name=cleaned)
        session.add(department)
        session.flush()
        return DepartmentRecord(department.id, department.name)


def list_departments(database: Database) -> list[DepartmentRecord]:
    with database.reading() as session:
        rows = session.execute(
            select(Department.id, Department.name).order_by(func.lower(Department.name))
        )
        return [DepartmentRecord(row.id, row.name) for row in rows]
