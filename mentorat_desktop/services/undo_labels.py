"""The words Edit › Undo uses for each kind of edit: "level of Canva for Léa Martin".

Each function takes the arguments of the service it names, and reads the names it needs
before the service runs (a deleted row can still be named).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import Pair, Person, Programme, Skill, SkillCategory
from mentorat_desktop.db.models import Session as SessionRow
from mentorat_desktop.i18n import interface_is_french, translate

_BEFORE_VOWEL = re.compile(r"\bde (?=[AEIOUYHÀÂÉÈÊËÎÏÔÛaeiouyhàâéèêëîïôû])")


def elide(label: str) -> str:
    """French elides "de" before a vowel: "archivage d’Éloïse N'Diaye", "niveau d’Excel"."""
    return _BEFORE_VOWEL.sub("d’", label) if interface_is_french() else label


def _person(database: Database, person_id: int) -> str:
    with database.reading() as session:
        person = session.get(Person, person_id)
        return person.full_name if person is not None else ""


def _pair(database: Database, pair_id: int) -> str:
    with database.reading() as session:
        pair = session.get(Pair, pair_id)
        if pair is None:
            return ""
        return translate("Undo", "{mentor} and {mentee}").format(
            mentor=pair.mentor.full_name, mentee=pair.mentee.full_name
        )


def _session_pair(database: Database, session_id: int) -> str:
    with database.reading() as session:
        row = session.get(SessionRow, session_id)
        pair_id = row.pair_id if row is not None else None
    return _pair(database, pair_id) if pair_id is not None else ""


def _skill(database: Database, skill_id: int) -> str:
    with database.reading() as session:
        skill = session.get(Skill, skill_id)
        return skill.name if skill is not None else ""


def _programme(database: Database, programme_id: int) -> str:
    with database.reading() as session:
        programme = session.get(Programme, programme_id)
        return programme.name if programme is not None else ""


# --- staff ----------------------------------------------------------------------------------
def new_person(database: Database, data: Any) -> str:
    name = f"{data.first_name.strip()} {data.last_name.strip()}".strip()
    return translate("Undo", "new person {name}").format(name=name)


def person_fields(database: Database, person_id: int, *_: Any, **__: Any) -> str:
    return translate("Undo", "changes to {name}").format(name=_person(database, person_id))


def person_archived(database: Database, person_id: int, *_: Any, **__: Any) -> str:
    return translate("Undo", "archiving of {name}").format(name=_person(database, person_id))


def person_restored(database: Database, person_id: int) -> str:
    return translate("Undo", "restoring of {name}").format(name=_person(database, person_id))


def person_deleted(database: Database, person_id: int) -> str:
    return translate("Undo", "deletion of {name}").format(name=_person(database, person_id))


def person_skill(database: Database, person_id: int, skill_id: int, **_: Any) -> str:
    return translate("Undo", "level of {skill} for {name}").format(
        skill=_skill(database, skill_id), name=_person(database, person_id)
    )


def person_skill_cleared(database: Database, person_id: int, skill_id: int) -> str:
    return translate("Undo", "removal of {skill} for {name}").format(
        skill=_skill(database, skill_id), name=_person(database, person_id)
    )


def skill_archived(database: Database, skill_id: int, archived: bool) -> str:
    if archived:
        text = translate("Undo", "archiving of skill {skill}")
    else:
        text = translate("Undo", "restoring of skill {skill}")
    return text.format(skill=_skill(database, skill_id))


def staff_import(database: Database, *_: Any, **__: Any) -> str:
    return translate("Undo", "staff import")


# --- programmes and pairs -------------------------------------------------------------------
def participants(database: Database, programme_id: int, *_: Any) -> str:
    return translate("Undo", "participants of {programme}").format(
        programme=_programme(database, programme_id)
    )


def programme_archived(database: Database, programme_id: int) -> str:
    return translate("Undo", "archiving of programme {programme}").format(
        programme=_programme(database, programme_id)
    )


def new_pair(
    database: Database, programme_id: int, mentor_id: int, mentee_id: int, **_: Any
) -> str:
    pair = translate("Undo", "{mentor} and {mentee}").format(
        mentor=_person(database, mentor_id), mentee=_person(database, mentee_id)
    )
    return translate("Undo", "new pair {pair}").format(pair=pair)


def pair_edited(database: Database, pair_id: int, *_: Any, **__: Any) -> str:
    return translate("Undo", "pair {pair}").format(pair=_pair(database, pair_id))


def pair_status(database: Database, pair_id: int, *_: Any, **__: Any) -> str:
    return translate("Undo", "status of the pair {pair}").format(pair=_pair(database, pair_id))


def pair_removed(database: Database, pair_id: int) -> str:
    return translate("Undo", "removal of the pair {pair}").format(pair=_pair(database, pair_id))


def proposals(database: Database, *_: Any, **__: Any) -> str:
    return translate("Undo", "suggested pairs accepted")


# --- sessions -------------------------------------------------------------------------------
def sessions_planned(database: Database, plan: Any) -> str:
    return translate("Undo", "sessions planned for {pair}").format(
        pair=_pair(database, plan.pair_id)
    )


def _of_session(text: Callable[[], str]) -> Callable[..., str]:
    """A label naming the session's pair: the service's second argument is the session."""

    def describe(database: Database, session_id: int, *_: Any, **__: Any) -> str:
        return text().format(pair=_session_pair(database, session_id))

    return describe


session_moved = _of_session(lambda: translate("Undo", "date and place of a session of {pair}"))
session_status = _of_session(lambda: translate("Undo", "status of a session of {pair}"))
agenda = _of_session(lambda: translate("Undo", "agenda of a session of {pair}"))
preparation = _of_session(lambda: translate("Undo", "preparation notes of a session of {pair}"))
journal = _of_session(lambda: translate("Undo", "journal of a session of {pair}"))


def action_done(database: Database, action_id: int, done: bool) -> str:
    if done:
        return translate("Undo", "action item ticked")
    return translate("Undo", "action item unticked")


def category_archived(database: Database, category_id: int, archived: bool) -> str:
    name = _category(database, category_id)
    if archived:
        text = translate("Undo", "archiving of category {category}")
    else:
        text = translate("Undo", "restoring of category {category}")
    return text.format(category=name)


def new_programme(database: Database, data: Any) -> str:
    return translate("Undo", "new programme {programme}").format(programme=data.name.strip())


def _of_programme(text: Callable[[], str]) -> Callable[..., str]:
    """A label naming the programme: the service's second argument is the programme."""

    def describe(database: Database, programme_id: int, *_: Any, **__: Any) -> str:
        return text().format(programme=_programme(database, programme_id))

    return describe


programme_edited = _of_programme(lambda: translate("Undo", "programme {programme}"))
programme_started = _of_programme(lambda: translate("Undo", "start of {programme}"))
programme_closed = _of_programme(lambda: translate("Undo", "closing of {programme}"))
assessments = _of_programme(lambda: translate("Undo", "assessments of {programme}"))


# --- the catalogue and departments ----------------------------------------------------------
def _category(database: Database, category_id: int) -> str:
    with database.reading() as session:
        category = session.get(SkillCategory, category_id)
        return category.name if category is not None else ""


def new_category(database: Database, name: str) -> str:
    return translate("Undo", "new category {category}").format(category=name.strip())


def new_skill(database: Database, category_id: int, name: str, *_: Any) -> str:
    return translate("Undo", "new skill {skill}").format(skill=name.strip())


def skill_renamed(database: Database, skill_id: int, *_: Any) -> str:
    return translate("Undo", "name of the skill {skill}").format(skill=_skill(database, skill_id))


def skill_moved(database: Database, skill_id: int, *_: Any) -> str:
    return translate("Undo", "category of the skill {skill}").format(
        skill=_skill(database, skill_id)
    )


def category_renamed(database: Database, category_id: int, *_: Any) -> str:
    return translate("Undo", "name of the category {category}").format(
        category=_category(database, category_id)
    )


def category_moved(database: Database, category_id: int, *_: Any) -> str:
    return translate("Undo", "order of the categories")


def new_department(database: Database, name: str) -> str:
    return translate("Undo", "new department {department}").format(department=name.strip())
