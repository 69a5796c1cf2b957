"""Demo data: a plausible company with its staff, skills, programmes, sessions and journals.

Everything comes from one seeded ``random.Random`` and dates relative to ``today``, so the
same seed and day give the same rows; it is written with bulk inserts in one transaction,
so it is fast and a failure writes nothing.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db import models as m
from mentorat_desktop.db.enums import (
    ActionOwner,
    AssessmentKind,
    CertificateRole,
    Direction,
    Language,
    PairingFit,
    PairStatus,
    ProgrammeStatus,
    SessionStatus,
)
from mentorat_desktop.db.types import normalise_key
from mentorat_desktop.services import demo_vocabulary as v
from mentorat_desktop.services.database import Database
from mentorat_desktop.services.errors import ServiceError

PARIS = ZoneInfo("Europe/Paris")
CHUNK = 5000
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
# Insert order follows the foreign keys.
TABLES = (m.Department, m.SkillCategory, m.Person, m.Skill, m.PersonSkill, m.Programme,
          m.ProgrammeParticipant, m.Pair, m.PairFocusSkill, m.SkillAssessment, m.Session,
          m.AgendaItem, m.Journal, m.JournalSkill, m.ActionItem, m.Certificate)  # fmt: skip
WITH_ID = tuple(t for t in TABLES if "id" in t.__table__.c)


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


@dataclass(frozen=True)
class _Profile:
    people: int
    departments: int
    skills: int
    closed_pairs: tuple[int, ...]  # oldest first
    closed_months: int
    running_pairs: int
    draft_participants: int
    skills_per_person: tuple[int, int]


PROFILES = {
    "small": _Profile(40, 5, 25, (10,), 6, 12, 16, (5, 8)),
    "large": _Profile(3000, 30, 200, (250, 250, 250, 250), 12, 200, 300, (6, 10)),
}


@dataclass
class _Person:
    id: int
    first: str
    last: str
    female: bool
    birth_year: int
    hired: date
    department: int
    manager: int | None


@dataclass
class _Pair:
    row: dict[str, Any]  # the pair's row, completed as its story unfolds
    mentor: _Person
    mentee: _Person
    focus: list[tuple[int, Direction]]
    slot: time
    location: str
    not_a_fit: bool
    held: int = 0
    minutes: int = 0


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
            QCoreApplication.translate(
                "Demo", "Unknown demo size “{size}”: choose “small” or “large”."
            ).format(size=size)
        )
    report = progress or (lambda _percent: None)
    report(0)
    with database.transaction() as session:
        for model in (m.Person, m.Programme, m.Skill):
            if session.scalar(select(func.count()).select_from(model)):
                raise DemoRefusedError(
                    QCoreApplication.translate(
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


def _fill_settings(session: OrmSession, ceo: _Person) -> None:
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


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss", "œ": "oe"})


def _email_part(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return "".join(c for c in plain.replace(" ", "-") if c.isascii() and (c.isalnum() or c == "-"))


def _at(day: date, slot: time) -> datetime:
    """A Paris wall-clock time as an aware datetime."""
    return datetime.combine(day, slot, tzinfo=PARIS)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def _weekday(day: date, forward: bool = True) -> date:
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


class _Builder:
    """Generates every row as a plain dict, then bulk-inserts them table by table."""

    def __init__(self, session: OrmSession, rng: random.Random, today: date, p: _Profile):
        self.rng, self.today, self.p = rng, today, p
        self.rows: dict[type, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.next_id = {t: (session.scalar(select(func.max(t.id))) or 0) + 1 for t in WITH_ID}
        self.existing = {
            t: dict(session.execute(select(t.name_key, t.id)).all())
            for t in (m.Department, m.SkillCategory)
        }
        self.people: list[_Person] = []
        self.person_skills: dict[tuple[int, int], dict[str, Any]] = {}
        self.skill_names: dict[int, str] = {}
        self.digital: list[int] = []
        self.business: list[int] = []
        self.codes: set[str] = set()
        self.departments = 0

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

    # --- people and skills --------------------------------------------------------------

    def build(self) -> None:
        self.build_people()
        self.build_skills()
        running_start = self.today - timedelta(days=91)
        history: list[_Pair] = []
        closed = self.p.closed_pairs
        for number, count in enumerate(closed, start=1):
            months_back = (len(closed) - number + 1) * (self.p.closed_months + 1)
            start = _add_months(running_start, -months_back)
            end = _add_months(start, self.p.closed_months)
            history += self.build_programme(number, ProgrammeStatus.CLOSED, start, end, count)
        number = len(closed) + 1
        end = running_start + timedelta(days=182)
        running = self.build_programme(
            number, ProgrammeStatus.RUNNING, running_start, end, self.p.running_pairs, history
        )
        start = self.today + timedelta(days=30)
        end = _add_months(start, 6)
        self.build_programme(number + 1, ProgrammeStatus.DRAFT, start, end, 0, running)

    def names(self) -> list[tuple[str, str, bool]]:
        """The CEO, then everyone else in random order; no name twice."""
        rng, needed = self.rng, self.p.people - 1
        featured = v.FEATURED_PEOPLE
        firsts = [f for f in v.FIRST_NAMES if f[0] not in {p[0] for p in featured}]
        lasts = [n for n in v.LAST_NAMES if n not in {p[1] for p in featured}]
        others = list(featured[1:])
        if needed - len(others) <= min(len(firsts), len(lasts)):  # small: no repeats at all
            pool = zip(rng.sample(firsts, len(firsts)), rng.sample(lasts, len(lasts)), strict=True)
        else:
            combos = rng.sample(range(len(firsts) * len(lasts)), needed)
            pool = ((firsts[i // len(lasts)], lasts[i % len(lasts)]) for i in combos)
        for (first, female), last in pool:
            if len(others) == needed:
                break
            if first != last:
                others.append((first, last, female))
        rng.shuffle(others)
        return [featured[0], *others]

    def build_people(self) -> None:
        rng, p = self.rng, self.p
        names = self.names()
        extra = [(name, v.EXTRA_HEAD_TITLE, v.GENERIC_TITLES) for name in v.EXTRA_DEPARTMENTS]
        departments = (v.DEPARTMENTS + extra)[: p.departments]
        self.departments = len(departments)
        department_ids = [self.named(m.Department, name) for name, _, _ in departments]
        # Sizes: a small Direction, the others around the average; heads come first.
        weights = [rng.uniform(0.6, 1.4) for _ in departments[1:]]
        sizes = [max(4, p.people // 250)]
        sizes += [int((p.people - sizes[0]) * w / sum(weights)) for w in weights]
        sizes[-1] += p.people - sum(sizes)
        order = [(d, True) for d in range(len(departments))]
        order += [(d, False) for d, size in enumerate(sizes) for _ in range(size - 1)]
        ceo_id = self.next_id[m.Person]
        emails: dict[str, int] = {}
        for (d, is_head), (first, last, female) in zip(order, names, strict=True):
            department, head_title, titles = departments[d]
            if is_head and d == 0:
                birth, manager, title = rng.randint(1962, 1968), None, head_title[female]
            elif is_head:
                birth, manager, title = rng.randint(1963, 1980), ceo_id, head_title[female]
                if head_title is v.EXTRA_HEAD_TITLE:
                    title = f"{title} {department}"
            else:
                band = rng.random()
                low, high = (
                    (1990, 2003) if band < 0.4 else (1962, 1975) if band < 0.75 else (1976, 1989)
                )
                birth, manager, title = (
                    rng.randint(low, high),
                    ceo_id + d,
                    rng.choice(titles)[female],
                )
            latest = self.today - timedelta(days=30)
            earliest = min(date(max(birth + 19, 1988), 1, 1), latest - timedelta(days=200))
            hired = earliest + timedelta(days=int((latest - earliest).days * rng.random()))
            local = f"{_email_part(first)}.{_email_part(last)}"
            emails[local] = emails.get(local, 0) + 1
            email = f"{local}{emails[local] if emails[local] > 1 else ''}@{v.EMAIL_DOMAIN}"
            row = self.add(
                m.Person,
                first_name=first,
                last_name=last,
                email=email,
                email_key=normalise_key(email),
                job_title=title,
                department_id=department_ids[d],
                manager_id=manager,
                birth_year=birth,
                hire_date=hired,
                created_at=_at(min(hired, self.today - timedelta(days=800)), time(9)),
            )
            self.people.append(_Person(row["id"], first, last, female, birth, hired, d, manager))
        self.ceo = self.people[0]

    def build_skills(self) -> None:
        rng = self.rng
        categories = [
            self.named(m.SkillCategory, name, position=i)
            for i, (name, _) in enumerate(v.CATEGORIES)
        ]
        extras = [
            (c, f"{tool} : {aspect}", text.format(tool=tool))
            for c, tool in v.EXTRA_TOOLS
            for aspect, text in v.EXTRA_ASPECTS
        ]
        rng.shuffle(extras)
        for c, name, description in (v.SKILLS + extras)[: self.p.skills]:
            row = self.add(
                m.Skill,
                category_id=categories[c],
                name=name,
                name_key=normalise_key(name),
                description=description,
            )
            self.skill_names[row["id"]] = name
            (self.digital if v.CATEGORIES[c][1] else self.business).append(row["id"])
        digital = set(self.digital)
        low, high = self.p.skills_per_person
        # The young are strong in digital skills, seniors in business ones; in between, either.
        for person in self.people:
            young, senior = person.birth_year >= 1988, person.birth_year <= 1975
            count = rng.randint(low, high)
            n_digital = count - rng.randint(1, 2) if young else 3 if senior else count // 2
            chosen = rng.sample(self.digital, min(n_digital, len(self.digital)))
            chosen += rng.sample(self.business, min(count - len(chosen), len(self.business)))
            for skill in chosen:
                digital_minded = young or (not senior and rng.random() < 0.4)
                self.person_skill(person, skill, strong=digital_minded == (skill in digital))

    def person_skill(self, person: _Person, skill: int, strong: bool) -> dict[str, Any]:
        rng = self.rng
        level = rng.choice([2, 3, 3, 4, 4] if strong else [0, 0, 1, 1, 2])
        wants = not strong and rng.random() < 0.7
        row = self.add(
            m.PersonSkill,
            person_id=person.id,
            skill_id=skill,
            level=level,
            can_teach=strong and level >= 3 and rng.random() < 0.85,
            wants_to_learn=wants,
            target_level=min(4, level + rng.randint(1, 2)) if wants else None,
        )
        self.person_skills[(person.id, skill)] = row
        return row

    def focus_profile(self, person: _Person, skill: int, teacher: bool) -> None:
        """Make a person's skill row agree with their side of a pair's focus skill."""
        row = self.person_skills.get((person.id, skill)) or self.person_skill(
            person, skill, teacher
        )
        if teacher:
            row.update(level=max(row["level"], 3), can_teach=True, wants_to_learn=False)
            row["target_level"] = None
        elif not row["can_teach"]:
            row.update(wants_to_learn=True, target_level=min(4, row["level"] + 2))

    # --- programmes and pairs -----------------------------------------------------------

    def choose_pairs(self, count: int, start: date, history: list[_Pair]) -> list[tuple]:
        """Young mentors with older mentees: no reporting line, no pair seen before."""
        rng = self.rng

        def order(sign: int) -> list[_Person]:
            # Hired before the programme first, then youngest (sign -1) or eldest first.
            keyed = [
                (p.hired > start, sign * p.birth_year + rng.uniform(0, 6), p.id, p)
                for p in self.people
            ]
            return [item[-1] for item in sorted(keyed, key=lambda k: k[:3])]

        mentors, mentees = order(-1), order(1)
        mentees = mentees[: len(mentees) * 3 // 4]
        before = {(pair.mentor.id, pair.mentee.id) for pair in history}
        used: set[int] = set()
        chosen: list[tuple[_Person, _Person]] = []
        for mentor in mentors:
            if len(chosen) == count:
                break
            if mentor.id in used:
                continue
            candidates = (
                p
                for p in mentees
                if p.id not in used
                and p.birth_year < mentor.birth_year
                and mentor.manager != p.id
                and p.manager != mentor.id
                and (mentor.id, p.id) not in before
            )
            options = list(islice(candidates, 8))
            options = [p for p in options if p.department != mentor.department] or options
            if options:
                mentee = rng.choice(options)
                used.update((mentor.id, mentee.id))
                chosen.append((mentor, mentee))
        return chosen

    def build_programme(
        self,
        number: int,
        status: ProgrammeStatus,
        start: date,
        end: date,
        count: int,
        history: list[_Pair] | None = None,
    ) -> list[_Pair]:
        rng, history = self.rng, history or []
        name = v.PROGRAMME_NAME.format(number=number, year=start.year)
        programme = self.add(
            m.Programme,
            name=name,
            name_key=normalise_key(name),
            start_date=start,
            end_date=end,
            status=status,
        )["id"]
        if status is ProgrammeStatus.DRAFT:  # the next cohort: those not in the running one
            taken = {p.id for pair in history for p in (pair.mentor, pair.mentee)}
            pool = [p for p in self.people if p.id not in taken]
            chosen = rng.sample(pool, min(self.p.draft_participants, len(pool)))
            for person in sorted(chosen, key=lambda p: p.id):
                self.add(m.ProgrammeParticipant, programme_id=programme, person_id=person.id)
            return []
        couples = self.choose_pairs(count, start, history)
        stopped = rng.randrange(len(couples)) if status is ProgrammeStatus.CLOSED else -1
        unfit = rng.randrange(len(couples))
        to_journal = set(rng.sample(range(len(couples)), max(1, len(couples) // 4)))
        past_counts = [(3, 4, 4, 5)[i % 4] for i in range(len(couples))]
        future_counts = [(1, 1, 2)[i % 3] for i in range(len(couples))]
        rng.shuffle(past_counts)
        rng.shuffle(future_counts)
        pairs = []
        for index, (mentor, mentee) in enumerate(couples):
            for person in (mentor, mentee):
                self.add(m.ProgrammeParticipant, programme_id=programme, person_id=person.id)
            pair = self.build_pair(programme, mentor, mentee, unfit=index == unfit)
            pairs.append(pair)
            if status is ProgrammeStatus.CLOSED:
                first = _weekday(start + timedelta(days=rng.randint(3, 20)))
                planned = rng.randint(3, 5) if index == stopped else ((end - first).days - 7) // 14
                days, statuses = [], []
                for i in range(planned + 1):
                    day, session_status = first + timedelta(days=14 * i), self.past_status(i)
                    days.append(day)
                    statuses.append(session_status)
                    if session_status is SessionStatus.CANCELLED:  # made up the next week
                        days.append(day + timedelta(days=7))
                        statuses.append(self.past_status(1))
            else:  # running: a few sessions behind, the next one or two ahead
                last = _weekday(self.today - timedelta(days=rng.randint(1, 13)), forward=False)
                past, future = past_counts[index], future_counts[index]
                days = [last + timedelta(days=14 * i) for i in range(1 - past, future + 1)]
                statuses = [self.past_status(i) for i in range(past)]
                if index in to_journal:  # the last one happened but nobody wrote it up
                    statuses[-1] = SessionStatus.PLANNED
                statuses += [SessionStatus.PLANNED] * future
            pair.row["started_on"] = max(start, days[0] - timedelta(days=rng.randint(0, 7)))
            pair.row["charter_signed_on"] = pair.row["started_on"]
            for learner, skill in self.learners(pair):
                self.assess(learner, skill, programme, AssessmentKind.START, pair.row["started_on"])
            first_held = True
            for day, session_status in zip(days, statuses, strict=True):
                self.build_session(pair, day, session_status, first_held)
                first_held = first_held and session_status is not SessionStatus.HELD
            if index == stopped:
                reason = rng.choice(v.END_REASONS).format(mentor=mentor.first, mentee=mentee.first)
                ended = days[-1] + timedelta(days=10)
                pair.row.update(status=PairStatus.STOPPED, ended_on=ended, end_reason=reason)
            elif status is ProgrammeStatus.CLOSED:
                self.complete(pair, programme, end)
        return pairs

    def build_pair(self, programme: int, mentor: _Person, mentee: _Person, unfit: bool) -> _Pair:
        rng = self.rng

        def having(person: _Person, skills: list[int], flag: str) -> list[int]:
            return [s for s in skills if self.person_skills.get((person.id, s), {}).get(flag)]

        teachable = having(mentor, self.digital, "can_teach") or self.digital
        wanted = having(mentee, teachable, "wants_to_learn") or teachable
        focus = [(s, Direction.MENTOR_TO_MENTEE) for s in rng.sample(wanted, min(2, len(wanted)))]
        focus = focus[: rng.randint(1, len(focus))]
        reciprocal = rng.random() < 0.4
        if reciprocal:  # the mentee teaches business know-how back
            back = having(mentee, self.business, "can_teach") or self.business
            focus.append((rng.choice(back), Direction.MENTEE_TO_MENTOR))
        row = self.add(
            m.Pair,
            programme_id=programme,
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            reciprocal=reciprocal,
            goals=rng.choice(v.GOALS).format(skill=self.skill_names[focus[0][0]]),
            started_on=None,
            charter_signed_on=None,
        )
        slot, location = time(*rng.choice(v.SLOTS)), rng.choice(v.LOCATIONS)
        pair = _Pair(row, mentor, mentee, focus, slot, location, unfit)
        for skill, direction in focus:
            self.add(m.PairFocusSkill, pair_id=row["id"], skill_id=skill, direction=direction)
            forward = direction is Direction.MENTOR_TO_MENTEE
            self.focus_profile(mentor, skill, teacher=forward)
            self.focus_profile(mentee, skill, teacher=not forward)
        return pair

    def learners(self, pair: _Pair) -> list[tuple[_Person, int]]:
        return [
            (pair.mentee if d is Direction.MENTOR_TO_MENTEE else pair.mentor, skill)
            for skill, d in pair.focus
        ]

    def assess(
        self, person: _Person, skill: int, programme: int, kind: AssessmentKind, day: date
    ) -> None:
        row = self.person_skills[(person.id, skill)]
        if kind is AssessmentKind.END:  # progress shows on the profile too
            row["level"] = min(4, row["level"] + self.rng.randint(1, 2))
        self.add(
            m.SkillAssessment,
            person_id=person.id,
            skill_id=skill,
            programme_id=programme,
            kind=kind,
            level=row["level"],
            assessed_on=day,
        )

    def complete(self, pair: _Pair, programme: int, end: date) -> None:
        """A pair that went the distance: end assessments, then certificates when earned."""
        pair.row.update(status=PairStatus.COMPLETED, ended_on=end)
        for learner, skill in self.learners(pair):
            self.assess(learner, skill, programme, AssessmentKind.END, end)
        if pair.held < 6:
            return
        both = pair.row["reciprocal"]
        for person, role in (
            (pair.mentor, CertificateRole.MENTOR),
            (pair.mentee, CertificateRole.MENTEE),
        ):
            self.add(
                m.Certificate,
                person_id=person.id,
                programme_id=programme,
                role=CertificateRole.BOTH if both else role,
                issued_on=end + timedelta(days=7),
                sessions_count=pair.held,
                minutes_count=pair.minutes,
                verification_code=self.code(),
            )

    def code(self) -> str:
        while True:
            chars = "".join(self.rng.choice(CODE_ALPHABET) for _ in range(8))
            code = f"MNT-{chars[:4]}-{chars[4:]}"
            if code not in self.codes:
                self.codes.add(code)
                return code

    # --- sessions and journals ----------------------------------------------------------

    def past_status(self, index: int) -> SessionStatus:
        draw = 0.0 if index == 0 else self.rng.random()  # the first meeting always happened
        if draw < 0.84:
            return SessionStatus.HELD
        return SessionStatus.CANCELLED if draw < 0.93 else SessionStatus.MISSED

    def build_session(self, pair: _Pair, day: date, status: SessionStatus, first: bool) -> None:
        rng = self.rng
        duration = rng.choice([60] * 8 + [45, 90])
        slot = pair.slot if rng.random() < 0.85 else time(*rng.choice(v.SLOTS))
        skill = self.skill_names[rng.choice(pair.focus)[0]]
        words = {"skill": skill, "mentor": pair.mentor.first, "mentee": pair.mentee.first}
        cancelled = status is SessionStatus.CANCELLED
        prepared = rng.random() < 0.6
        session = self.add(
            m.Session,
            pair_id=pair.row["id"],
            starts_at=_at(day, slot),
            duration_minutes=duration,
            location=pair.location,
            status=status,
            cancel_reason=rng.choice(v.CANCEL_REASONS) if cancelled else "",
            preparation_notes=rng.choice(v.PREPARATIONS).format(**words) if prepared else "",
        )["id"]
        # 2 to 5 agenda items, in 5-minute steps, that fill the session exactly.
        count = rng.randint(2, 5)
        steps = [0, *sorted(rng.sample(range(1, duration // 5), count - 1)), duration // 5]
        topics = [rng.choice(v.OPENING_TOPICS)] if count > 2 else []
        topics += [t.format(**words) for t in rng.sample(v.MIDDLE_TOPICS, count - len(topics) - 1)]
        topics.append(rng.choice(v.CLOSING_TOPICS))
        for position, topic in enumerate(topics):
            minutes = 5 * (steps[position + 1] - steps[position])
            self.add(
                m.AgendaItem, session_id=session, position=position, topic=topic, minutes=minutes
            )
        if status is SessionStatus.HELD:
            pair.held += 1
            pair.minutes += duration
            self.build_journal(pair, session, words, day, first)

    def build_journal(
        self, pair: _Pair, session: int, words: dict[str, str], day: date, first: bool
    ) -> None:
        rng = self.rng

        def rating() -> int | None:
            weights = (3, 4, 4, 2, 1) if pair.not_a_fit else (1, 2, 10, 40, 47)
            return rng.choices((1, 2, 3, 4, 5), weights)[0] if rng.random() < 0.95 else None

        mentor_fit = mentee_fit = None
        if first:  # the pairing-fit question comes with the first journal
            fits = [PairingFit.GOOD] * 6 + [PairingFit.UNSURE]
            mentor_fit, mentee_fit = rng.choice(fits), rng.choice(fits)
            if pair.not_a_fit:
                mentee_fit = PairingFit.NOT_A_FIT
        confidential = rng.random() < 0.1
        quoted = rng.random() < 0.12
        journal = self.add(
            m.Journal,
            session_id=session,
            summary=rng.choice(v.SUMMARIES).format(**words),
            learned=rng.choice(v.LEARNED),
            mentor_rating=rating(),
            mentee_rating=rating(),
            mentor_fit=mentor_fit,
            mentee_fit=mentee_fit,
            confidential_notes=rng.choice(v.CONFIDENTIAL_NOTES).format(**words)
            if confidential
            else "",
            shared_quote=rng.choice(v.QUOTES) if quoted else "",
            updated_at=_at(day, time(18, 30)),
        )["id"]
        for skill, _ in pair.focus[: rng.randint(1, len(pair.focus))]:
            self.add(m.JournalSkill, journal_id=journal, skill_id=skill)
        owners = [ActionOwner.MENTEE] * 3 + [ActionOwner.MENTOR, ActionOwner.BOTH]
        for _ in range(rng.choice([0, 1, 1, 2])):
            due = day + timedelta(days=14)
            self.add(
                m.ActionItem,
                journal_id=journal,
                text=rng.choice(v.ACTIONS).format(**words),
                owner=rng.choice(owners),
                due_on=due,
                done=due < self.today and rng.random() < 0.8,
            )

    # --- writing ------------------------------------------------------------------------

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
