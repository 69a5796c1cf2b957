"""Shared by the spreadsheet tests: hostile names, a second database, database snapshots."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import select

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.models import Department, Person, PersonSkill, Skill, SkillCategory
from mentorat_desktop.io.sheets import FORMULA_STARTS
from mentorat_desktop.io.staff_columns import known_skill_headers, require_name_column, staff_sheet
from mentorat_desktop.io.tables import read_grid
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.services.staff.skills import list_skills
from mentorat_desktop.services.staff.staff_import import Existing, ImportSummary, run_import

HOSTILE_PEOPLE = [
    # first, last, email, job title, department
    ('Jean "Jojo"', "Müller-Ōtsuka", None, "Chef d'équipe; «rédaction»", "R&D <Lab>"),
    ("=1+1", "+HYPERLINK(\"http://evil.example\",\"clic\")", "egal@example.fr", "@SUM(A1:A9)",
     "-Compta"),
    ("'=déjà cité", "Zoé", "quote@example.fr", '=HYPERLINK("http://x")', "=Direction"),
    ("@Arobase", "-12", None, "+33 6 12 34 56 78", "Ventes, export"),
]  # fmt: skip
HOSTILE_SKILLS = ["=cmd|' /C calc'!A0", "Word, Excel", "Excel (VBA)", 'Le "bon" outil', "-Veille"]


def formula_like(text: str) -> bool:
    """What a spreadsheet would run: a cell whose first character starts a formula."""
    if not text.startswith(FORMULA_STARTS):
        return False
    try:
        float(text.replace(",", "."))
    except ValueError:
        return True
    return False


def add_hostile_people(database: Database) -> None:
    category = skills.create_category(database, "Hostile")
    skill_ids = [skills.create_skill(database, category.id, n).id for n in HOSTILE_SKILLS]
    ids = []
    for number, (first, last, email, job, department) in enumerate(HOSTILE_PEOPLE):
        found = [d for d in people.list_departments(database) if d.name == department]
        dep = found[0] if found else people.create_department(database, department)
        manager = ids[0] if ids else None
        person = people.create_person(
            database,
            PersonInput(first, last, email, job, dep.id, manager, 1980 + number, date(2020, 1, 2)),
        )
        ids.append(person.id)
        for index, skill_id in enumerate(skill_ids):
            skills.set_person_skill(
                database,
                person.id,
                skill_id,
                level=(number + index) % 5,
                can_teach=index % 2 == 0,
                wants_to_learn=index % 3 == 0,
                target_level=4 if index % 3 == 0 else None,
            )


def other_database(tmp_path: Path, sqlite_template: Path, name: str = "copy") -> Database:
    path = tmp_path / f"{name}.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return open_database(str(path))


def import_file(
    database: Database, path: Path, sheet: str | None = None, existing: Existing = Existing.SKIP
) -> ImportSummary:
    known = known_skill_headers((s.category_name, s.name) for s in list_skills(database))
    staff = staff_sheet(read_grid(path, sheet), path.name, known)
    require_name_column(staff)
    return run_import(database, staff, existing)


def people_snapshot(database: Database) -> list[tuple]:
    """Every person as comparable values, their manager by name and email."""
    with database.reading() as session:
        rows = session.execute(
            select(Person).order_by(Person.last_name, Person.first_name, Person.email)
        ).scalars()
        departments = dict(session.execute(select(Department.id, Department.name)).all())
        by_id = {p.id: p for p in session.scalars(select(Person))}
        found = []
        for p in rows:
            boss = by_id.get(p.manager_id) if p.manager_id else None
            found.append(
                (
                    p.first_name,
                    p.last_name,
                    p.email,
                    departments.get(p.department_id),
                    p.job_title,
                    p.hire_date,
                    p.birth_year,
                    (boss.first_name, boss.last_name, boss.email) if boss else None,
                )
            )
        return found


def skills_snapshot(database: Database) -> list[tuple]:
    """Every person's active skill: person, skill, level, can teach, wants to learn, target."""
    with database.reading() as session:
        rows = session.execute(
            select(
                Person.first_name,
                Person.last_name,
                Person.email,
                Skill.name,
                PersonSkill.level,
                PersonSkill.can_teach,
                PersonSkill.wants_to_learn,
                PersonSkill.target_level,
            )
            .join(Person, Person.id == PersonSkill.person_id)
            .join(Skill, Skill.id == PersonSkill.skill_id)
            .join(SkillCategory, SkillCategory.id == Skill.category_id)
            .where(Skill.archived_at.is_(None), SkillCategory.archived_at.is_(None))
        ).all()
    return sorted((tuple(r) for r in rows), key=repr)
