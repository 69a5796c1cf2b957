"""The demo's people and skills: departments, staff with managers, and each one's skills.

Young staff are strong in digital skills and seniors in business ones, so the matcher
finds natural reverse-mentoring pairs.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterable
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db import models as m
from mentorat_desktop.db.types import normalise_key
from mentorat_desktop.demo import vocabulary as v
from mentorat_desktop.demo.rows import DemoPerson, DemoProfile, DemoRows, paris_at

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss", "œ": "oe"})


def _email_part(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return "".join(c for c in plain.replace(" ", "-") if c.isascii() and (c.isalnum() or c == "-"))


class PeopleBuilder(DemoRows):
    """Adds the departments, the people and their skill profiles."""

    ceo: DemoPerson

    def __init__(self, session: OrmSession, rng: random.Random, today: date, p: DemoProfile):
        super().__init__(session, rng, today, p)
        self.people: list[DemoPerson] = []
        self.person_skills: dict[tuple[int, int], dict[str, Any]] = {}
        self.skill_names: dict[int, str] = {}
        self.digital: list[int] = []
        self.business: list[int] = []
        self.departments = 0

    def names(self) -> list[tuple[str, str, bool]]:
        """The CEO, then everyone else in random order; no name twice."""
        rng, needed = self.rng, self.p.people - 1
        featured = v.FEATURED_PEOPLE
        firsts = [f for f in v.FIRST_NAMES if f[0] not in {p[0] for p in featured}]
        lasts = [n for n in v.LAST_NAMES if n not in {p[1] for p in featured}]
        others = list(featured[1:])
        pool: Iterable[tuple[tuple[str, bool], str]]
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
                created_at=paris_at(min(hired, self.today - timedelta(days=800)), time(9)),
            )
            self.people.append(DemoPerson(row["id"], first, last, female, birth, hired, d, manager))
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

    def person_skill(self, person: DemoPerson, skill: int, strong: bool) -> dict[str, Any]:
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

    def focus_profile(self, person: DemoPerson, skill: int, teacher: bool) -> None:
        """Make a person's skill row agree with their side of a pair's focus skill."""
        row = self.person_skills.get((person.id, skill)) or self.person_skill(
            person, skill, teacher
        )
        if teacher:
            row.update(level=max(row["level"], 3), can_teach=True, wants_to_learn=False)
            row["target_level"] = None
        elif not row["can_teach"]:
            row.update(wants_to_learn=True, target_level=min(4, row["level"] + 2))
