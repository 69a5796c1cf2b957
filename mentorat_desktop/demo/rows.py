"""The ground every demo builder stands on: sizes, shared records, dates and the row store.

The builders keep each row as a plain dict in ``DemoRows.rows``, with ids handed out up
front, and ``DemoRows.write`` bulk-inserts them table by table in foreign-key order.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db import models as m
from mentorat_desktop.db.base import Base
from mentorat_desktop.db.enums import Direction, Language, PairStatus
from mentorat_desktop.db.types import normalise_key
from mentorat_desktop.demo import vocabulary as v

PARIS = ZoneInfo("Europe/Paris")
CHUNK = 5000
# Insert order follows the foreign keys.
TABLES: tuple[type[Base], ...] = (
          m.Department, m.SkillCategory, m.Person, m.Skill, m.PersonSkill, m.Programme,
          m.ProgrammeParticipant, m.Pair, m.PairFocusSkill, m.SkillAssessment, m.Session,
          m.AgendaItem, m.Journal, m.JournalSkill, m.ActionItem, m.Certificate)  # fmt: skip
WITH_ID = tuple(t for t in TABLES if "id" in t.__table__.c)


@dataclass(frozen=True)
class DemoProfile:
    people: int
    departments: int
    skills: int
    closed_pairs: tuple[int, ...]  # oldest first
    closed_months: int
    running_pairs: int
    draft_participants: int
    skills_per_person: tuple[int, int]


PROFILES = {
    "small": DemoProfile(40, 5, 25, (10,), 6, 12, 16, (5, 8)),
    "large": DemoProfile(3000, 30, 200, (250, 250, 250, 250), 12, 200, 300, (6, 10)),
}


@dataclass
class DemoPerson:
    id: int
    first: str
    last: str
    female: bool
    birth_year: int
    hired: date
    department: int
    manager: int | None


@dataclass
class DemoPair:
    row: dict[str, Any]  # the pair's row, completed as its story unfolds
    mentor: DemoPerson
    mentee: DemoPerson
    focus: list[tuple[int, Direction]]
    slot: time
    location: str
    not_a_fit: bool
    held: int = 0
    minutes: int = 0


def paris_at(day: date, slot: time) -> datetime:
    """A Paris wall-clock time as an aware datetime."""
    return datetime.combine(day, slot, tzinfo=PARIS)


def add_months(day: date, months: int) -> date:
    """The same day some months later (or earlier), moved to the 28th at most."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def weekday(day: date, forward: bool = True) -> date:
    """The day itself on a weekday, else the next Monday (or the Friday before)."""
    while day.weekday() >= 5:
        day += timedelta(days=1 if forward else -1)
    return day


# Values every bulk-inserted row of a table shares, so that all rows carry the same keys.
DEFAULTS: dict[type, dict[str, Any]] = {
    m.SkillCategory: {"archived_at": None},
    m.Person: {"archived_at": None, "version_id": 1},
    m.Skill: {"archived_at": None},
    m.Programme: {
        "objectives": v.OBJECTIVES,
        "rhythm_weeks": 2,
        "session_minutes": 60,
        "mentor_capacity": 2,
        "midpoint_review": True,
        "language": Language.FRENCH,
        "charter_text": v.CHARTER,
        "certificate_min_sessions": 6,
        "certificate_needs_end_assessment": True,
        "archived_at": None,
        "version_id": 1,
    },
    m.Pair: {
        "status": PairStatus.ACTIVE,
        "ended_on": None,
        "end_reason": "",
        "archived_at": None,
        "version_id": 1,
    },
    m.Session: {"ics_sequence": 0, "version_id": 1},
    m.Certificate: {"override_reason": ""},
}


class DemoRows:
    """Keeps every row as a plain dict until ``write`` bulk-inserts them table by table."""

    def __init__(self, session: OrmSession, rng: random.Random, today: date, p: DemoProfile):
        self.rng, self.today, self.p = rng, today, p
        self.rows: dict[type, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.next_id = {
            t: (session.scalar(select(func.max(t.__table__.c.id))) or 0) + 1 for t in WITH_ID
        }
        self.existing: dict[type[Base], dict[str, int]] = {
            t: {key: id_ for key, id_ in session.execute(select(t.name_key, t.id))}
            for t in (m.Department, m.SkillCategory)
        }

    def add(self, table: type, **values: Any) -> dict[str, Any]:
        row = {**DEFAULTS.get(table, {}), **values}
        if table in self.next_id and "id" not in row:
            row["id"] = self.next_id[table]
            self.next_id[table] += 1
        self.rows[table].append(row)
        return row

    def named(self, table: type, name: str, **values: Any) -> int:
        """A department or category: the existing one of that name, else a new one."""
        key = normalise_key(name)
        found = self.existing[table].get(key)
        return (
            found if found is not None else self.add(table, name=name, name_key=key, **values)["id"]
        )

    def write(self, session: OrmSession, report: Callable[[float], None]) -> None:
        total = sum(len(rows) for rows in self.rows.values()) or 1
        done = 0
        for table, rows in self.rows.items():
            statement = insert(table).execution_options(render_nulls=True)
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start : start + CHUNK]
                session.execute(statement, chunk)
                done += len(chunk)
                report(done / total)
