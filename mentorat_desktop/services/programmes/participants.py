"""Who takes part in a programme: the people the matcher and the pair dialog choose from."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus
from mentorat_desktop.db.models import (
    Department,
    Pair,
    Person,
    PersonSkill,
    Programme,
    ProgrammeParticipant,
    Skill,
)
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.search_text import collation_key
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.staff.staff_directory import generation_band
from mentorat_desktop.services.undo import undoable


@dataclass(frozen=True)
class StaffChoice:
    """A person as the participants dialog lists them, with what they teach and want."""

    id: int
    name: str
    department: str
    teaches: tuple[str, ...]
    wants: tuple[str, ...]
    participant: bool
    generation: str = ""  # the band shown instead of a birth year


def staff_choices(database: Database, programme_id: int) -> list[StaffChoice]:
    """Everyone not archived, participants of the programme marked."""
    with database.reading() as session:
        if session.get(Programme, programme_id) is None:
            raise NotFoundError(translate("Validation", "This programme no longer exists."))
        taking_part = set(
            session.scalars(
                select(ProgrammeParticipant.person_id).where(
                    ProgrammeParticipant.programme_id == programme_id
                )
            )
        )
        teaches: dict[int, list[str]] = defaultdict(list)
        wants: dict[int, list[str]] = defaultdict(list)
        skills = session.execute(
            select(PersonSkill.person_id, Skill.name, PersonSkill.can_teach)
            .join(Skill, Skill.id == PersonSkill.skill_id)
            .where(Skill.archived_at.is_(None))
            .where(PersonSkill.can_teach | PersonSkill.wants_to_learn)
            .order_by(Skill.name)
        )
        for person_id, name, can_teach in skills:
            (teaches if can_teach else wants)[person_id].append(name)
        rows = session.execute(
            select(
                Person.id, Person.first_name, Person.last_name, Department.name, Person.birth_year
            )
            .outerjoin(Department, Department.id == Person.department_id)
            .where(Person.archived_at.is_(None))
            .order_by(Person.last_name, Person.first_name, Person.id)
        )
        return [
            StaffChoice(
                id=pid,
                name=f"{first} {last}".strip(),
                department=department or "",
                teaches=tuple(teaches[pid]),
                wants=tuple(wants[pid]),
                participant=pid in taking_part,
                generation=generation_band(birth_year),
            )
            for pid, first, last, department, birth_year in rows
        ]


def participant_ids(session: OrmSession, programme_id: int) -> set[int]:
    return set(
        session.scalars(
            select(ProgrammeParticipant.person_id).where(
                ProgrammeParticipant.programme_id == programme_id
            )
        )
    )


def enrol(session: OrmSession, programme_id: int, person_ids: set[int]) -> None:
    for person_id in sorted(person_ids - participant_ids(session, programme_id)):
        session.add(ProgrammeParticipant(programme_id=programme_id, person_id=person_id))
    session.flush()


@mutates(programmes=True)
@undoable(labels.participants)
def set_participants(database: Database, programme_id: int, person_ids: set[int]) -> int:
    """Make exactly these people the participants; refused for someone in an ongoing pair."""
    with database.transaction() as session:
        if session.get(Programme, programme_id) is None:
            raise NotFoundError(translate("Validation", "This programme no longer exists."))
        leaving = participant_ids(session, programme_id) - person_ids
        if leaving:
            busy = session.execute(
                select(Person.first_name, Person.last_name)
                .join(Pair, (Pair.mentor_id == Person.id) | (Pair.mentee_id == Person.id))
                .where(Pair.programme_id == programme_id, Pair.archived_at.is_(None))
                .where(Pair.status.in_((PairStatus.PROPOSED, PairStatus.ACTIVE)))
                .where(Person.id.in_(leaving))
                .distinct()
            ).all()
            if busy:
                names = ", ".join(f"{a} {b}".strip() for a, b in sorted(busy))
                raise ValidationError(
                    "participants",
                    translate(
                        "Validation",
                        "Still in a pair of this programme, so still taking part: {names}",
                    ).format(names=names),
                )
            session.execute(
                delete(ProgrammeParticipant).where(
                    ProgrammeParticipant.programme_id == programme_id,
                    ProgrammeParticipant.person_id.in_(leaving),
                )
            )
        enrol(session, programme_id, person_ids)
        return len(person_ids)


@dataclass(frozen=True)
class Option:
    id: int
    name: str


def participant_options(database: Database, programme_id: int) -> list[Option]:
    """The programme's participants not archived, by name, for the pair dialog."""
    with database.reading() as session:
        rows = session.execute(
            select(Person.id, Person.first_name, Person.last_name)
            .join(ProgrammeParticipant, ProgrammeParticipant.person_id == Person.id)
            .where(ProgrammeParticipant.programme_id == programme_id)
            .where(Person.archived_at.is_(None))
        )
        by_name = sorted(rows, key=lambda r: (collation_key(r[2]), collation_key(r[1]), r[0]))
        return [Option(pid, f"{first} {last}".strip()) for pid, first, last in by_name]


def skill_options(database: Database) -> list[Option]:
    with database.reading() as session:
        rows = session.execute(
            select(Skill.id, Skill.name).where(Skill.archived_at.is_(None)).order_by(Skill.name)
        )
        return [Option(sid, name) for sid, name in rows]
