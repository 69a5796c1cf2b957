"""Gather what each printed document shows, as plain data for the builders in documents/.

Confidential journal notes are never read here: no printout can show them.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import Direction, PairStatus, SessionStatus
from mentorat_desktop.db.models import (
    ActionItem,
    AgendaItem,
    Journal,
    OrganisationSettings,
    Pair,
    PairFocusSkill,
    Person,
    Programme,
    Session,
    Skill,
)
from mentorat_desktop.documents.agenda import AgendaDocument, AgendaItemLine, OpenAction
from mentorat_desktop.documents.charter import CharterDocument, PairPart
from mentorat_desktop.documents.language import document_translator
from mentorat_desktop.documents.layout import Letterhead
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import system_territory_uses_letter, translate


def paper_for_locale() -> str:
    """A4, except where the system's locale prints on US Letter."""
    return "Letter" if system_territory_uses_letter() else "A4"


def full_name(person: Person) -> str:
    return f"{person.first_name} {person.last_name}".strip()


def organisation_settings(session: OrmSession) -> OrganisationSettings:
    """The settings row, or its defaults before the settings were ever saved (a new database
    prints its first documents too): an unsaved row has None, not its column defaults.
    """
    found = session.get(OrganisationSettings, 1)
    if found is not None:
        return found
    blank = OrganisationSettings(id=1)
    for column in OrganisationSettings.__table__.columns:
        default = column.default
        if getattr(blank, column.key) is None and default is not None and default.is_scalar:
            setattr(blank, column.key, default.arg)
    return blank


def letterhead(session: OrmSession, language: str) -> Letterhead:
    settings = organisation_settings(session)
    return Letterhead(settings.company_name, settings.logo, paper_for_locale(), language)


def load_programme(session: OrmSession, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFoundError(translate("Documents", "This programme no longer exists."))
    return programme


def focus_skills(session: OrmSession, pair_id: int) -> dict[Direction, tuple[str, ...]]:
    rows = session.execute(
        select(PairFocusSkill.direction, Skill.name)
        .join(Skill, Skill.id == PairFocusSkill.skill_id)
        .where(PairFocusSkill.pair_id == pair_id)
        .order_by(Skill.name)
    )
    found: dict[Direction, list[str]] = {d: [] for d in Direction}
    for direction, name in rows:
        found[Direction(direction)].append(name)
    return {d: tuple(names) for d, names in found.items()}


def charter_document(
    database: Database, programme_id: int | None, pair_id: int | None = None
) -> CharterDocument:
    """The programme's charter, or a pair's (whose programme is the pair's own if not given)."""
    with database.reading() as session:
        if programme_id is None and pair_id is not None:
            found = session.get(Pair, pair_id)
            if found is None:
                raise NotFoundError(translate("Documents", "This pair no longer exists."))
            programme_id = found.programme_id
        if programme_id is None:
            raise ValidationError(
                "programme", translate("Export", "Choose what the document is about.")
            )
        programme = load_programme(session, programme_id)
        settings = organisation_settings(session)
        language = programme.language.value
        pair_part = None
        if pair_id is not None:
            pair = session.get(Pair, pair_id)
            if pair is None or pair.programme_id != programme_id:
                raise NotFoundError(translate("Documents", "This pair no longer exists."))
            skills = focus_skills(session, pair.id)
            pair_part = PairPart(
                mentor=full_name(pair.mentor),
                mentee=full_name(pair.mentee),
                goals=pair.goals,
                mentor_teaches=skills[Direction.MENTOR_TO_MENTEE],
                mentee_teaches=skills[Direction.MENTEE_TO_MENTOR],
                reciprocal=pair.reciprocal,
            )
        return CharterDocument(
            letterhead=letterhead(session, language),
            programme=programme.name,
            objectives=programme.objectives,
            start=programme.start_date,
            end=programme.end_date,
            rhythm_weeks=programme.rhythm_weeks,
            session_minutes=programme.session_minutes,
            midpoint_review=programme.midpoint_review,
            coordinator=settings.signatory_name,
            coordinator_title=settings.signatory_title,
            retention_months=settings.retention_months,
            specific_rules=programme.charter_text,
            pair=pair_part,
        )


def _open_actions(session: OrmSession, meeting: Session, pair: Pair) -> tuple[OpenAction, ...]:
    names = {"mentor": full_name(pair.mentor), "mentee": full_name(pair.mentee)}
    translate = document_translator(pair.programme.language.value)  # the document's language
    names["both"] = translate("Documents", "both")
    rows = session.execute(
        select(ActionItem.text, ActionItem.owner, ActionItem.due_on)
        .join(Journal, Journal.id == ActionItem.journal_id)
        .join(Session, Session.id == Journal.session_id)
        .where(
            Session.pair_id == pair.id,
            Session.starts_at < meeting.starts_at,
            ActionItem.done.is_(False),
        )
        .order_by(Session.starts_at, ActionItem.id)
    )
    return tuple(OpenAction(text, names.get(owner.value, ""), due) for text, owner, due in rows)


def _agenda(session: OrmSession, meeting: Session, zone: ZoneInfo) -> AgendaDocument:
    pair = meeting.pair
    programme = pair.programme
    number = session.scalar(
        select(func.count())
        .select_from(Session)
        .where(
            Session.pair_id == pair.id,
            Session.starts_at <= meeting.starts_at,
            Session.status != SessionStatus.CANCELLED,
        )
    )
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.session_id == meeting.id).order_by(AgendaItem.position)
    )
    return AgendaDocument(
        letterhead=letterhead(session, programme.language.value),
        programme=programme.name,
        mentor=full_name(pair.mentor),
        mentee=full_name(pair.mentee),
        starts_at=meeting.starts_at.astimezone(zone),
        duration_minutes=meeting.duration_minutes,
        location=meeting.location,
        items=tuple(AgendaItemLine(i.topic, i.minutes) for i in items),
        preparation=meeting.preparation_notes,
        open_actions=_open_actions(session, meeting, pair),
        number=number or None,
    )


def agenda_document(database: Database, session_id: int) -> AgendaDocument:
    with database.reading() as session:
        meeting = session.get(Session, session_id)
        if meeting is None:
            raise NotFoundError(translate("Documents", "This session no longer exists."))
        return _agenda(session, meeting, ZoneInfo(organisation_settings(session).timezone))


def agenda_documents(database: Database, start: datetime, end: datetime) -> list[AgendaDocument]:
    """Every planned session from start (included) to end (excluded), in time order."""
    with database.reading() as session:
        zone = ZoneInfo(organisation_settings(session).timezone)
        meetings = session.scalars(
            select(Session)
            .where(
                Session.starts_at >= start,
                Session.starts_at < end,
                Session.status == SessionStatus.PLANNED,
            )
            .order_by(Session.starts_at, Session.id)
        ).all()
        return [_agenda(session, meeting, zone) for meeting in meetings]


def pair_status_word(status: PairStatus, language: str) -> str:
    translate = document_translator(language)  # the document's language
    words = {
        PairStatus.PROPOSED: translate("Report", "proposed"),
        PairStatus.ACTIVE: translate("Report", "active"),
        PairStatus.COMPLETED: translate("Report", "completed"),
        PairStatus.STOPPED: translate("Report", "stopped"),
    }
    return words[status]


def held_by_pair(session: OrmSession, programme_id: int) -> dict[int, tuple[int, int]]:
    """Pair id → (held sessions, minutes held)."""
    rows = session.execute(
        select(Session.pair_id, func.count(), func.coalesce(func.sum(Session.duration_minutes), 0))
        .join(Pair, Pair.id == Session.pair_id)
        .where(Pair.programme_id == programme_id, Session.status == SessionStatus.HELD)
        .group_by(Session.pair_id)
    )
    return {pair_id: (count, minutes) for pair_id, count, minutes in rows}


def programme_pairs(session: OrmSession, programme_id: int) -> list[tuple[Pair, str, str]]:
    mentor, mentee = aliased(Person), aliased(Person)
    rows = session.execute(
        select(Pair, mentor, mentee)
        .join(mentor, and_(mentor.id == Pair.mentor_id))
        .join(mentee, and_(mentee.id == Pair.mentee_id))
        .where(Pair.programme_id == programme_id, Pair.archived_at.is_(None))
        .order_by(mentor.last_name, mentor.first_name, Pair.id)
    )
    return [(pair, full_name(a), full_name(b)) for pair, a, b in rows]


__all__ = ["date"]
