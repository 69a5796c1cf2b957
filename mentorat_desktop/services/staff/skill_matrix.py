"""Supply and demand per skill, and the people × skills matrix, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import case, func, select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import Department, Person, PersonSkill, Skill, SkillCategory


@dataclass(frozen=True)
class SkillSupply:
    id: int
    category_id: int
    name: str
    description: str
    archived: bool
    teachers: int
    learners: int

    @property
    def unmet(self) -> int:
        """Learners beyond what the teachers can take on (one learner per teacher)."""
        return max(0, self.learners - self.teachers)


@dataclass(frozen=True)
class CategorySupply:
    id: int
    name: str
    position: int
    archived: bool
    skills: tuple[SkillSupply, ...]


def skill_catalogue(database: Database, *, include_archived: bool = False) -> list[CategorySupply]:
    """The catalogue by category, with how many active people teach and want each skill."""
    active = Person.archived_at.is_(None)
    teach = func.sum(case((PersonSkill.can_teach.is_(True) & active, 1), else_=0))
    learn = func.sum(case((PersonSkill.wants_to_learn.is_(True) & active, 1), else_=0))
    counts = (
        select(PersonSkill.skill_id, teach.label("teachers"), learn.label("learners"))
        .join(Person, Person.id == PersonSkill.person_id)
        .group_by(PersonSkill.skill_id)
        .subquery()
    )
    skills_query = (
        select(Skill, func.coalesce(counts.c.teachers, 0), func.coalesce(counts.c.learners, 0))
        .outerjoin(counts, counts.c.skill_id == Skill.id)
        .order_by(Skill.name_key)
    )
    categories_query = select(SkillCategory).order_by(
        SkillCategory.position, SkillCategory.name_key
    )
    if not include_archived:
        skills_query = skills_query.where(Skill.archived_at.is_(None))
        categories_query = categories_query.where(SkillCategory.archived_at.is_(None))
    with database.reading() as session:
        by_category: dict[int, list[SkillSupply]] = {}
        for skill, teachers, learners in session.execute(skills_query):
            by_category.setdefault(skill.category_id, []).append(
                SkillSupply(
                    skill.id,
                    skill.category_id,
                    skill.name,
                    skill.description,
                    skill.archived_at is not None,
                    int(teachers),
                    int(learners),
                )
            )
        return [
            CategorySupply(
                c.id,
                c.name,
                c.position,
                c.archived_at is not None,
                tuple(by_category.get(c.id, ())),
            )
            for c in session.scalars(categories_query)
        ]


@dataclass(frozen=True)
class MatrixPerson:
    id: int
    name: str
    department_id: int | None
    department_name: str


@dataclass(frozen=True)
class MatrixSkill:
    id: int
    name: str
    category_id: int
    category_name: str


class MatrixCell(NamedTuple):
    level: int
    can_teach: bool
    wants_to_learn: bool


@dataclass(frozen=True)
class SkillMatrix:
    people: tuple[MatrixPerson, ...]
    skills: tuple[MatrixSkill, ...]
    cells: dict[tuple[int, int], MatrixCell]


def skill_matrix(database: Database) -> SkillMatrix:
    """Active people × active skills; a missing cell means level 0 and no flag."""
    with database.reading() as session:
        people = tuple(
            MatrixPerson(pid, f"{first} {last}".strip(), dep_id, dep or "")
            for pid, first, last, dep_id, dep in session.execute(
                select(
                    Person.id,
                    Person.first_name,
                    Person.last_name,
                    Person.department_id,
                    Department.name,
                )
                .outerjoin(Department, Department.id == Person.department_id)
                .where(Person.archived_at.is_(None))
                .order_by(Person.last_name, Person.first_name, Person.id)
            )
        )
        skills = tuple(
            MatrixSkill(sid, name, cid, category)
            for sid, name, cid, category in session.execute(
                select(Skill.id, Skill.name, Skill.category_id, SkillCategory.name)
                .join(SkillCategory, SkillCategory.id == Skill.category_id)
                .where(Skill.archived_at.is_(None), SkillCategory.archived_at.is_(None))
                .order_by(SkillCategory.position, Skill.name_key)
            )
        )
        cells = {
            (pid, sid): MatrixCell(level, bool(teach), bool(learn))
            for pid, sid, level, teach, learn in session.execute(
                select(
                    PersonSkill.person_id,
                    PersonSkill.skill_id,
                    PersonSkill.level,
                    PersonSkill.can_teach,
                    PersonSkill.wants_to_learn,
                )
            )
        }
    return SkillMatrix(people, skills, cells)
