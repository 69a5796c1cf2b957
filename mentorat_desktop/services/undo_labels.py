"""The words Edit › Undo uses for each kind of edit: "level of Canva for Léa Martin".

Each label takes the arguments of the service it names, and reads the names it needs
before the service runs (a row about to be deleted can still be named). The texts are
lambdas so that they are translated when used, in the language of the moment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import Pair, Person, Programme, Skill, SkillCategory
from mentorat_desktop.db.models import Session as SessionRow
from mentorat_desktop.i18n import fill, translate

Text = Callable[[], str]
Label = Callable[..., str]


# --- names of rows --------------------------------------------------------------------------
def _row(
    database: Database, model: type[Any], row_id: int | None, name: Callable[[Any], str]
) -> str:
    if row_id is None:
        return ""
    with database.reading() as session:
        row = session.get(model, row_id)
        return name(row) if row is not None else ""


def _person(database: Database, person_id: int) -> str:
    return _row(database, Person, person_id, lambda p: p.full_name)


def _skill(database: Database, skill_id: int) -> str:
    return _row(database, Skill, skill_id, lambda s: s.name)


def _category(database: Database, category_id: int) -> str:
    return _row(database, SkillCategory, category_id, lambda c: c.name)


def _programme(database: Database, programme_id: int) -> str:
    return _row(database, Programme, programme_id, lambda p: p.name)


def _two(mentor: str, mentee: str) -> str:
    return fill(translate("Undo", "{mentor} and {mentee}"), mentor=mentor, mentee=mentee)


def _pair(database: Database, pair_id: int | None) -> str:
    return _row(database, Pair, pair_id, lambda p: _two(p.mentor.full_name, p.mentee.full_name))


def _session_pair(database: Database, session_id: int) -> str:
    with database.reading() as session:
        pair_id = session.scalar(select(SessionRow.pair_id).where(SessionRow.id == session_id))
    return _pair(database, pair_id)


def _of(name: Callable[[Database, int], str], field: str, text: Text) -> Label:
    """A label naming the row given as the service's second argument (after the database)."""

    def describe(database: Database, row_id: int, *_: Any, **__: Any) -> str:
        return fill(text(), **{field: name(database, row_id)})

    return describe


def _fixed(text: Text) -> Label:
    return lambda *_, **__: text()


def _archiving(name: Callable[[Database, int], str], field: str, on: Text, off: Text) -> Label:
    def describe(database: Database, row_id: int, archived: bool) -> str:
        return fill((on if archived else off)(), **{field: name(database, row_id)})

    return describe


# --- staff ----------------------------------------------------------------------------------
def new_person(database: Database, data: Any) -> str:
    name = f"{data.first_name.strip()} {data.last_name.strip()}".strip()
    return fill(translate("Undo", "new person {name}"), name=name)


person_fields = _of(_person, "name", lambda: translate("Undo", "changes to {name}"))
person_archived = _of(_person, "name", lambda: translate("Undo", "archiving of {name}"))
person_restored = _of(_person, "name", lambda: translate("Undo", "restoring of {name}"))
person_deleted = _of(_person, "name", lambda: translate("Undo", "deletion of {name}"))
staff_import = _fixed(lambda: translate("Undo", "staff import"))


def new_department(database: Database, name: str) -> str:
    return fill(translate("Undo", "new department {department}"), department=name.strip())


def person_skill(database: Database, person_id: int, skill_id: int, **_: Any) -> str:
    return fill(
        translate("Undo", "level of {skill} for {name}"),
        skill=_skill(database, skill_id),
        name=_person(database, person_id),
    )


def person_skill_cleared(database: Database, person_id: int, skill_id: int) -> str:
    return fill(
        translate("Undo", "removal of {skill} for {name}"),
        skill=_skill(database, skill_id),
        name=_person(database, person_id),
    )


# --- the catalogue --------------------------------------------------------------------------
def new_category(database: Database, name: str) -> str:
    return fill(translate("Undo", "new category {category}"), category=name.strip())


def new_skill(database: Database, category_id: int, name: str, *_: Any) -> str:
    return fill(translate("Undo", "new skill {skill}"), skill=name.strip())


skill_renamed = _of(_skill, "skill", lambda: translate("Undo", "name of the skill {skill}"))
skill_moved = _of(_skill, "skill", lambda: translate("Undo", "category of the skill {skill}"))
category_renamed = _of(
    _category, "category", lambda: translate("Undo", "name of the category {category}")
)
category_moved = _fixed(lambda: translate("Undo", "order of the categories"))
skill_archived = _archiving(
    _skill,
    "skill",
    lambda: translate("Undo", "archiving of skill {skill}"),
    lambda: translate("Undo", "restoring of skill {skill}"),
)
category_archived = _archiving(
    _category,
    "category",
    lambda: translate("Undo", "archiving of category {category}"),
    lambda: translate("Undo", "restoring of category {category}"),
)


# --- programmes and pairs -------------------------------------------------------------------
def new_programme(database: Database, data: Any) -> str:
    return fill(translate("Undo", "new programme {programme}"), programme=data.name.strip())


def _of_programme(text: Text) -> Label:
    return _of(_programme, "programme", text)


programme_edited = _of_programme(lambda: translate("Undo", "programme {programme}"))
programme_started = _of_programme(lambda: translate("Undo", "start of {programme}"))
programme_closed = _of_programme(lambda: translate("Undo", "closing of {programme}"))
programme_archived = _of_programme(lambda: translate("Undo", "archiving of programme {programme}"))
participants = _of_programme(lambda: translate("Undo", "participants of {programme}"))
assessments = _of_programme(lambda: translate("Undo", "assessments of {programme}"))


def new_pair(
    database: Database, programme_id: int, mentor_id: int, mentee_id: int, **_: Any
) -> str:
    pair = _two(_person(database, mentor_id), _person(database, mentee_id))
    return fill(translate("Undo", "new pair {pair}"), pair=pair)


pair_edited = _of(_pair, "pair", lambda: translate("Undo", "pair {pair}"))
pair_status = _of(_pair, "pair", lambda: translate("Undo", "status of the pair {pair}"))
pair_removed = _of(_pair, "pair", lambda: translate("Undo", "removal of the pair {pair}"))
proposals = _fixed(lambda: translate("Undo", "suggested pairs accepted"))


# --- sessions -------------------------------------------------------------------------------
def sessions_planned(database: Database, plan: Any) -> str:
    return fill(
        translate("Undo", "sessions planned for {pair}"), pair=_pair(database, plan.pair_id)
    )


def _of_session(text: Text) -> Label:
    return _of(_session_pair, "pair", text)


session_moved = _of_session(lambda: translate("Undo", "date and place of a session of {pair}"))
session_status = _of_session(lambda: translate("Undo", "status of a session of {pair}"))
journal = _of_session(lambda: translate("Undo", "journal of a session of {pair}"))
agenda, preparation = (
    _of_session(lambda: translate("Undo", "agenda of a session of {pair}")),
    _of_session(lambda: translate("Undo", "preparation notes of a session of {pair}")),
)


def action_done(database: Database, action_id: int, done: bool) -> str:
    if done:
        return translate("Undo", "action item ticked")
    return translate("Undo", "action item unticked")
