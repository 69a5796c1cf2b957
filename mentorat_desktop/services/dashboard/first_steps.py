"""The first-use checklist: which steps of setting up a programme a database already holds.

Read from the data itself (one query), so a step is ticked however it was done: by hand,
by an import, on another computer sharing the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import exists, func, select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import (
    OrganisationSettings,
    Pair,
    Person,
    PersonSkill,
    Programme,
    Session,
)


class FirstStep(StrEnum):
    """In the order they are done; each value is also where the step is done."""

    ORGANISATION = "organisation"
    STAFF = "staff"
    SKILLS = "skills"
    PROGRAMME = "programme"
    PAIRS = "pairs"
    SESSIONS = "sessions"

    @property
    def view(self) -> str:
        """The view where the step is done ("settings": the settings dialog)."""
        return {
            FirstStep.ORGANISATION: "settings",
            FirstStep.PROGRAMME: "pairs",
        }.get(self, self.value)


@dataclass(frozen=True)
class FirstSteps:
    done: frozenset[FirstStep]

    @property
    def all_done(self) -> bool:
        return self.done == frozenset(FirstStep)

    def next_step(self) -> FirstStep | None:
        return next((step for step in FirstStep if step not in self.done), None)


def first_steps(database: Database) -> FirstSteps:
    """Which steps are done: the organisation named, someone on the staff, someone's skill
    recorded, a programme, a pair, a session."""
    named = exists().where(
        OrganisationSettings.id == 1, func.trim(OrganisationSettings.company_name) != ""
    )
    query = select(
        named.label(FirstStep.ORGANISATION.value),
        select(Person.id).exists().label(FirstStep.STAFF.value),
        select(PersonSkill.person_id).exists().label(FirstStep.SKILLS.value),
        select(Programme.id).exists().label(FirstStep.PROGRAMME.value),
        select(Pair.id).exists().label(FirstStep.PAIRS.value),
        select(Session.id).exists().label(FirstStep.SESSIONS.value),
    )
    with database.reading() as session:
        row = session.execute(query).one()._asdict()
    return FirstSteps(frozenset(step for step in FirstStep if row[step.value]))
