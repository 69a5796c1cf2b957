"""The skills catalogue and people's skill profiles."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import Person, PersonSkill, Skill, SkillCategory
from mentorat_desktop.db.types import normalise_key, utc_now
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.staff.names import name_problem
from mentorat_desktop.services.undo import undoable

LEVEL_NAMES = ("none", "basics", "intermediate", "advanced", "expert")


@dataclass(frozen=True)
class CategoryRecord:
    id: int
    name: str
    position: int


@dataclass(frozen=True)
class SkillRecord:
    id: int
    category_id: int
    category_name: str
    name: str
    description: str


@dataclass(frozen=True)
class PersonSkillRecord:
    person_id: int
    skill_id: int
    level: int
    can_teach: bool
    wants_to_learn: bool
    target_level: int | None


def _clean_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError("name", translate("Validation", "Enter a name."))
    if problem := name_problem(cleaned):
        raise ValidationError("name", problem)
    return cleaned


@mutates(skills=True)
@undoable(labels.new_category)
def create_category(database: Database, name: str) -> CategoryRecord:
    cleaned = _clean_name(name)
    with database.transaction() as session:
        key = normalise_key(cleaned)
        if session.scalar(select(SkillCategory.id).where(SkillCategory.name_key == key)):
            raise ValidationError(
                "name", translate("Validation", "A category with this name exists.")
            )
        position = (session.scalar(select(func.max(SkillCategory.position))) or 0) + 1
        category = SkillCategory(name=cleaned, position=position)
        session.add(category)
        session.flush()
        return CategoryRecord(category.id, category.name, category.position)


@mutates(skills=True)
@undoable(labels.new_skill)
def create_skill(
    database: Database, category_id: int, name: str, description: str = ""
) -> SkillRecord:
    cleaned = _clean_name(name)
    with database.transaction() as session:
        category = session.get(SkillCategory, category_id)
        if category is None:
            raise ValidationError(
                "category_id", translate("Validation", "The chosen category no longer exists.")
            )
        clash = select(Skill.id).where(
            Skill.category_id == category_id, Skill.name_key == normalise_key(cleaned)
        )
        if session.scalar(clash):
            raise ValidationError(
                "name", translate("Validation", "This category already has this skill.")
            )
        skill = Skill(category_id=category_id, name=cleaned, description=description.strip())
        session.add(skill)
        session.flush()
        return SkillRecord(skill.id, category_id, category.name, skill.name, skill.description)


def list_skills(database: Database) -> list[SkillRecord]:
    with database.reading() as session:
        rows = session.execute(
            select(Skill, SkillCategory.name)
            .join(SkillCategory)
            .where(Skill.archived_at.is_(None))
            .order_by(SkillCategory.position, Skill.name)
        )
        return [
            SkillRecord(s.id, s.category_id, category, s.name, s.description)
            for s, category in rows
        ]


@mutates(skills=True)
@undoable(labels.person_skill)
def set_person_skill(
    database: Database,
    person_id: int,
    skill_id: int,
    *,
    level: int,
    can_teach: bool = False,
    wants_to_learn: bool = False,
    target_level: int | None = None,
) -> PersonSkillRecord:
    """Record or change a person's level and flags in one skill."""
    if not 0 <= level <= 4:
        raise ValidationError("level", translate("Validation", "A level goes from 0 to 4."))
    if target_level is not None and not 0 <= target_level <= 4:
        raise ValidationError("target_level", translate("Validation", "A level goes from 0 to 4."))
    with database.transaction() as session:
        if session.get(Person, person_id) is None:
            raise NotFoundError(translate("Validation", "This person no longer exists."))
        if session.get(Skill, skill_id) is None:
            raise NotFoundError(translate("Validation", "This skill no longer exists."))
        write_person_skill(
            session,
            PersonSkillRecord(person_id, skill_id, level, can_teach, wants_to_learn, target_level),
        )
        return PersonSkillRecord(
            person_id, skill_id, level, can_teach, wants_to_learn, target_level
        )


def write_person_skill(session: OrmSession, data: PersonSkillRecord) -> None:
    """Set_person_skill's writing, inside the caller's transaction (returned skill forms)."""
    if not 0 <= data.level <= 4:
        raise ValidationError("level", translate("Validation", "A level goes from 0 to 4."))
    if data.target_level is not None and not 0 <= data.target_level <= 4:
        raise ValidationError("target_level", translate("Validation", "A level goes from 0 to 4."))
    row = session.get(PersonSkill, (data.person_id, data.skill_id))
    if row is None:
        row = PersonSkill(person_id=data.person_id, skill_id=data.skill_id)
        session.add(row)
    row.level = data.level
    row.can_teach = data.can_teach
    row.wants_to_learn = data.wants_to_learn
    row.target_level = data.target_level
    session.flush()


@mutates(skills=True)
@undoable(labels.person_skill_cleared)
def clear_person_skill(database: Database, person_id: int, skill_id: int) -> None:
    """Forget a person's level and flags in one skill."""
    with database.transaction() as session:
        row = session.get(PersonSkill, (person_id, skill_id))
        if row is not None:
            session.delete(row)


def _skill(session: OrmSession, skill_id: int) -> Skill:
    skill = session.get(Skill, skill_id)
    if skill is None:
        raise NotFoundError(translate("Validation", "This skill no longer exists."))
    return skill


def _category(session: OrmSession, category_id: int) -> SkillCategory:
    category = session.get(SkillCategory, category_id)
    if category is None:
        raise ValidationError(
            "category_id", translate("Validation", "The chosen category no longer exists.")
        )
    return category


def _check_skill_name_free(session: OrmSession, category_id: int, name: str, skill_id: int) -> None:
    clash = select(Skill.id).where(
        Skill.category_id == category_id,
        Skill.name_key == normalise_key(name),
        Skill.id != skill_id,
    )
    if session.scalar(clash):
        raise ValidationError(
            "name", translate("Validation", "This category already has this skill.")
        )


@mutates(skills=True)
@undoable(labels.skill_renamed)
def rename_skill(
    database: Database, skill_id: int, name: str, description: str | None = None
) -> None:
    cleaned = _clean_name(name)
    with database.transaction() as session:
        skill = _skill(session, skill_id)
        _check_skill_name_free(session, skill.category_id, cleaned, skill_id)
        skill.name = cleaned
        if description is not None:
            skill.description = description.strip()


@mutates(skills=True)
@undoable(labels.skill_moved)
def move_skill(database: Database, skill_id: int, category_id: int) -> None:
    """Put a skill in another category; refused when that category has one of the same name."""
    with database.transaction() as session:
        skill = _skill(session, skill_id)
        _category(session, category_id)
        _check_skill_name_free(session, category_id, skill.name, skill_id)
        skill.category_id = category_id


@mutates(skills=True)
@undoable(labels.skill_archived)
def set_skill_archived(database: Database, skill_id: int, archived: bool) -> None:
    """Archived skills leave the matrix and the pickers; people's levels in them are kept."""
    with database.transaction() as session:
        skill = _skill(session, skill_id)
        skill.archived_at = (skill.archived_at or utc_now()) if archived else None


@mutates(skills=True)
@undoable(labels.category_renamed)
def rename_category(database: Database, category_id: int, name: str) -> None:
    cleaned = _clean_name(name)
    with database.transaction() as session:
        category = _category(session, category_id)
        clash = select(SkillCategory.id).where(
            SkillCategory.name_key == normalise_key(cleaned), SkillCategory.id != category_id
        )
        if session.scalar(clash):
            raise ValidationError(
                "name", translate("Validation", "A category with this name exists.")
            )
        category.name = cleaned


@mutates(skills=True)
@undoable(labels.category_archived)
def set_category_archived(database: Database, category_id: int, archived: bool) -> None:
    with database.transaction() as session:
        category = _category(session, category_id)
        category.archived_at = (category.archived_at or utc_now()) if archived else None


@mutates(skills=True)
@undoable(labels.category_moved)
def move_category(database: Database, category_id: int, offset: int) -> None:
    """Move a category up (offset -1) or down (+1) in the catalogue's order."""
    with database.transaction() as session:
        ordered = list(
            session.scalars(
                select(SkillCategory).order_by(SkillCategory.position, SkillCategory.id)
            )
        )
        index = next((i for i, c in enumerate(ordered) if c.id == category_id), None)
        if index is None:
            _category(session, category_id)
            return
        target = min(max(index + offset, 0), len(ordered) - 1)
        ordered.insert(target, ordered.pop(index))
        for position, category in enumerate(ordered):
            category.position = position


def list_categories(database: Database, *, include_archived: bool = False) -> list[CategoryRecord]:
    with database.reading() as session:
        query = select(SkillCategory).order_by(SkillCategory.position, SkillCategory.name_key)
        if not include_archived:
            query = query.where(SkillCategory.archived_at.is_(None))
        return [CategoryRecord(c.id, c.name, c.position) for c in session.scalars(query)]
