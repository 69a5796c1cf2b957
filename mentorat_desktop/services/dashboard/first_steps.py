"""The first-use checklist: which steps of setting up a programme a database already holds.

Read from the data itself (one query), so a step is ticked however it was done: by hand,
by an import, on another computer sharing the server.
"""

from __future__ import annotations

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
from mentorat_desktop.services.dashboard.dashboard_data import FirstStep as FirstStep
from mentorat_desktop.services.dashboard.dashboard_data import FirstSteps as FirstSteps


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
