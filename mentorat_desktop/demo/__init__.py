"""Demo data: a plausible company with its staff, skills, programmes, sessions and journals.

Everything comes from one seeded ``random.Random`` and dates relative to ``today``, so the
same seed and day give the same rows; it is written with bulk inserts in one transaction,
so it is fast and a failure writes nothing.

This module holds the entry point and the company's timeline; the rows themselves come
from ``demo_rows`` (row store, sizes), ``demo_people`` (staff and skills),
``demo_programmes`` (cohorts, pairs, certificates) and ``demo_sessions`` (sessions, journals).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db import models as m
from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import Language, ProgrammeStatus
from mentorat_desktop.demo import vocabulary as v
from mentorat_desktop.demo.programmes import ProgrammeBuilder
from mentorat_desktop.demo.rows import (
    PROFILES,
    WITH_ID,
    DemoPair,
    DemoPerson,
    add_months,
)
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.changes import EVERYTHING, mutates


class DemoRefusedError(ServiceError):
    """The demo cannot be loaded: the database already holds data, or the size is unknown."""


@dataclass(frozen=True)
class DemoSummary:
    people: int
    departments: int
    skills: int
    programmes: int
    pairs: int
    sessions: int
    journals: int
    certificates: int


@mutates(EVERYTHING)
def load_demo(
    database: Database,
    size: str = "small",
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo company; DemoRefusedError when it is not empty."""
    profile = PROFILES.get(size)
    if profile is None:
        raise DemoRefusedError(
            translate("Demo", "Unknown demo size “{size}”: choose “small” or “large”.").format(
                size=size
            )
        )
    report = progress or (lambda _percent: None)
    report(0)
    with database.transaction() as session:
        for model in (m.Person, m.Programme, m.Skill):
            if session.scalar(select(func.count()).select_from(model)):
                raise DemoRefusedError(
                    translate(
                        "Demo",
                        "The database already holds people, programmes or skills: "
                        "demo data only goes into an empty database.",
                    )
                )
        builder = _Builder(session, random.Random(seed), today or date.today(), profile)
        builder.build()
        report(25)
        builder.write(session, lambda done: report(25 + int(70 * done)))
        _fill_settings(session, builder.ceo)
        if session.get_bind().dialect.name == "postgresql":
            for model in WITH_ID:
                table = f'"{model.__tablename__}"'
                top = select(func.max(model.id)).scalar_subquery()
                session.execute(select(func.setval(func.pg_get_serial_sequence(table, "id"), top)))
    report(100)
    return builder.summary()


def _fill_settings(session: OrmSession, ceo: DemoPerson) -> None:
    row = session.get(m.OrganisationSettings, 1)
    if row is None:
        row = m.OrganisationSettings(id=1)
        session.add(row)
    row.company_name = v.COMPANY_NAME
    row.address = v.COMPANY_ADDRESS
    row.signatory_name = f"{ceo.first} {ceo.last}"
    row.signatory_title = v.CEO_TITLE[ceo.female]
    row.language = Language.FRENCH
    row.timezone = "Europe/Paris"
    row.country = "FR"
    row.setup_done = True


class _Builder(ProgrammeBuilder):
    """The company's story: its people and skills, then closed, running and draft programmes."""

    def build(self) -> None:
        self.build_people()
        self.build_skills()
        running_start = self.today - timedelta(days=91)
        history: list[DemoPair] = []
        closed = self.p.closed_pairs
        for number, count in enumerate(closed, start=1):
            months_back = (len(closed) - number + 1) * (self.p.closed_months + 1)
            start = add_months(running_start, -months_back)
            end = add_months(start, self.p.closed_months)
            history += self.build_programme(number, ProgrammeStatus.CLOSED, start, end, count)
        number = len(closed) + 1
        end = running_start + timedelta(days=182)
        running = self.build_programme(
            number, ProgrammeStatus.RUNNING, running_start, end, self.p.running_pairs, history
        )
        start = self.today + timedelta(days=30)
        end = add_months(start, 6)
        self.build_programme(number + 1, ProgrammeStatus.DRAFT, start, end, 0, running)

    def summary(self) -> DemoSummary:
        count = {table: len(rows) for table, rows in self.rows.items()}
        return DemoSummary(
            people=count[m.Person],
            departments=self.departments,
            skills=count[m.Skill],
            programmes=count[m.Programme],
            pairs=count[m.Pair],
            sessions=count[m.Session],
            journals=count[m.Journal],
            certificates=count[m.Certificate],
        )
