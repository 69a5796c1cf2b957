"""Everything the app holds about one person, for a right-of-access request (GDPR art. 15).

Written as JSON (machine-readable, stable English keys) and as a readable PDF. Confidential
session notes concern both participants, so they are left out unless the coordinator
chooses to include them after reading them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop import __version__
from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import (
    ActionItem,
    AgendaItem,
    Certificate,
    Journal,
    Pair,
    PairFocusSkill,
    Person,
    PersonSkill,
    Programme,
    ProgrammeFeedback,
    ProgrammeParticipant,
    Session,
    Skill,
    SkillAssessment,
    SkillCategory,
)
from mentorat_desktop.db.sqlite_files import restrict_to_owner
from mentorat_desktop.errors import NotFoundError, ServiceError
from mentorat_desktop.files import write_file
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.settings import get_settings


@dataclass(frozen=True)
class PersonDataFiles:
    json_path: Path
    pdf_path: Path


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(obj: object, *names: str) -> dict[str, Any]:
    return {name: _plain(getattr(obj, name)) for name in names}


def collect_person_data(
    database: Database, person_id: int, *, include_confidential_notes: bool = False
) -> dict[str, Any]:
    with database.reading() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFoundError(translate("Validation", "This person no longer exists."))
        skills = {k.id: k for k in s.scalars(select(Skill))}
        categories = {c.id: c.name for c in s.scalars(select(SkillCategory))}
        programmes: dict[int | None, str] = {p.id: p.name for p in s.scalars(select(Programme))}

        def skill_name(skill_id: int) -> str:
            skill = skills[skill_id]
            return f"{categories.get(skill.category_id, '')} › {skill.name}"

        def name_of(other_id: int | None) -> str | None:
            other = s.get(Person, other_id) if other_id else None
            return other.full_name if other else None

        data: dict[str, Any] = {
            "person": {
                **_row(person, "id", "first_name", "last_name", "email", "job_title"),
                "department": person.department.name if person.department else None,
                "manager": name_of(person.manager_id),
                **_row(person, "birth_year", "hire_date", "archived_at", "created_at"),
            }
        }
        data["skills"] = [
            {"skill": skill_name(ps.skill_id)}
            | _row(ps, "level", "can_teach", "wants_to_learn", "target_level")
            for ps in s.scalars(select(PersonSkill).where(PersonSkill.person_id == person_id))
        ]
        data["assessments"] = [
            {"skill": skill_name(a.skill_id), "programme": programmes.get(a.programme_id)}
            | _row(a, "kind", "level", "assessed_on")
            for a in s.scalars(
                select(SkillAssessment)
                .where(SkillAssessment.person_id == person_id)
                .order_by(SkillAssessment.assessed_on)
            )
        ]
        data["programmes"] = [
            programmes[p.programme_id]
            for p in s.scalars(
                select(ProgrammeParticipant).where(ProgrammeParticipant.person_id == person_id)
            )
        ]
        pairs = s.scalars(
            select(Pair)
            .where(or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id))
            .order_by(Pair.id)
        ).all()
        data["pairs"] = [_pair(s, pair, person_id, name_of, skill_name) for pair in pairs]
        for pair_data, pair in zip(data["pairs"], pairs, strict=True):
            pair_data["sessions"] = _sessions(s, pair.id, include_confidential_notes)
        data["certificates"] = [
            {"programme": programmes[c.programme_id]}
            | _row(c, "role", "issued_on", "sessions_count", "minutes_count", "verification_code")
            for c in s.scalars(select(Certificate).where(Certificate.person_id == person_id))
        ]
        data["programme_feedback"] = [
            {"programme": programmes[f.programme_id]} | _row(f, "rating", "quote")
            for f in s.scalars(
                select(ProgrammeFeedback).where(ProgrammeFeedback.person_id == person_id)
            )
        ]
    data["export"] = {
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "application": f"Mentorat {__version__}",
        "organisation": get_settings(database).company_name,
        "confidential_notes_included": include_confidential_notes,
    }
    return data


def _pair(
    s: OrmSession,
    pair: Pair,
    person_id: int,
    name_of: Callable[[int | None], str | None],
    skill_name: Callable[[int], str],
) -> dict[str, Any]:
    mentor = pair.mentor_id == person_id
    focus = s.scalars(select(PairFocusSkill).where(PairFocusSkill.pair_id == pair.id))
    return {
        "programme": pair.programme.name,
        "role": "mentor" if mentor else "mentee",
        "with": name_of(pair.mentee_id if mentor else pair.mentor_id),
        **_row(pair, "reciprocal", "status", "goals", "started_on", "ended_on", "end_reason"),
        "charter_signed_on": _plain(pair.charter_signed_on),
        "focus_skills": [
            {"skill": skill_name(f.skill_id), "direction": f.direction.value} for f in focus
        ],
    }


def _sessions(s: OrmSession, pair_id: int, confidential: bool) -> list[dict[str, Any]]:
    found = []
    for meeting in s.scalars(
        select(Session).where(Session.pair_id == pair_id).order_by(Session.starts_at)
    ):
        item = _row(
            meeting,
            "starts_at",
            "duration_minutes",
            "location",
            "status",
            "cancel_reason",
            "preparation_notes",
        )
        item["agenda"] = [
            _row(a, "topic", "minutes")
            for a in s.scalars(
                select(AgendaItem)
                .where(AgendaItem.session_id == meeting.id)
                .order_by(AgendaItem.position)
            )
        ]
        journal = s.scalar(select(Journal).where(Journal.session_id == meeting.id))
        if journal is not None:
            names = ["summary", "learned", "mentor_rating", "mentee_rating"]
            names += ["mentor_fit", "mentee_fit", "shared_quote"]
            if confidential:
                names.append("confidential_notes")
            item["journal"] = _row(journal, *names)
            item["journal"]["action_items"] = [
                _row(a, "text", "owner", "due_on", "done")
                for a in s.scalars(select(ActionItem).where(ActionItem.journal_id == journal.id))
            ]
        found.append(item)
    return found


def _file_label(language: str) -> str:
    """The files' names in the language of the PDF they go with."""
    from mentorat_desktop.documents.language import document_translator

    translate = document_translator(language)
    return translate("Privacy", "personal-data")


def export_person_data(
    database: Database,
    person_id: int,
    folder: Path,
    *,
    include_confidential_notes: bool = False,
    language: str | None = None,
) -> PersonDataFiles:
    """``<name>-<id>-personal-data.json`` and ``.pdf`` (in the export's language) in ``folder``,
    readable by the owner only."""
    from mentorat_desktop.documents.person_data_pdf import build_person_data_pdf

    data = collect_person_data(
        database, person_id, include_confidential_notes=include_confidential_notes
    )
    person = data["person"]
    stem = "-".join(
        "".join(c for c in part if c.isalnum()) or "x"
        for part in (person["first_name"], person["last_name"])
        if part
    )
    language = language or get_settings(database).language
    json_path = folder / f"{stem}-{person_id}-{_file_label(language)}.json"
    pdf_path = json_path.with_suffix(".pdf")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_file(json_path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
        restrict_to_owner(json_path)
        language = language or get_settings(database).language
        write_file(pdf_path, build_person_data_pdf(data, language=language))
        restrict_to_owner(pdf_path)
    except OSError as exc:
        raise ServiceError(
            translate("Privacy", "Cannot write into “{folder}”: {reason}").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc
    return PersonDataFiles(json_path, pdf_path)
