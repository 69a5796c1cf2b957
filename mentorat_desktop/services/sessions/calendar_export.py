"""Choose the sessions to export and turn them into an .ics file.

The description carries the agenda and the preparation notes; a journal, and above all its
confidential notes, is never read here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import (
    AgendaItem,
    Pair,
    Person,
    Programme,
    Session,
)
from mentorat_desktop.documents.language import clock, document_translator
from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.files import write_file
from mentorat_desktop.i18n import translate
from mentorat_desktop.io.ics import IcsEvent, build_calendar
from mentorat_desktop.os_errors import os_reason
from mentorat_desktop.services.sessions.calendar_key import calendar_key
from mentorat_desktop.services.sessions.sessions import organisation_zone


@dataclass(frozen=True)
class ExportSelection:
    """One session, a pair's series, a programme, or everything from a day on.

    Without ``from_day``: a pair's or the chosen sessions are exported whole, anything
    else from today on. Cancelled sessions are included, marked cancelled, so a calendar
    that imported them before shows them called off.
    """

    session_ids: tuple[int, ...] = ()
    pair_id: int | None = None
    programme_id: int | None = None
    programme_name: str | None = None
    from_day: date | None = None


def _programme_id(session: OrmSession, name: str) -> int:
    from mentorat_desktop.services.programmes.programmes import programme_named

    found = programme_named(session, name)
    if found is None:
        raise ValidationError(
            "programme",
            translate("Calendar", "No programme is named “{name}”.").format(name=name),
        )
    return int(found)


def _description(
    agenda: list[tuple[int, str]], start: datetime, preparation: str, language: str
) -> str:
    translate = document_translator(language)  # the programme's language, as its documents
    lines: list[str] = []
    if agenda:
        lines.append(translate("Calendar", "Agenda:"))
        moment = start
        for minutes, topic in agenda:
            lines.append(
                translate("Calendar", "{time} {topic} ({minutes} min)").format(
                    time=clock(moment, language), topic=topic, minutes=minutes
                )
            )
            moment += timedelta(minutes=minutes)
    if preparation:
        if lines:
            lines.append("")
        lines.append(translate("Calendar", "To prepare: {notes}").format(notes=preparation))
    return "\n".join(lines)


def _summary(mentor: str, mentee: str, cancelled: bool, language: str) -> str:
    translate = document_translator(language)
    summary = translate("Calendar", "Mentoring: {mentor} and {mentee}").format(
        mentor=mentor, mentee=mentee
    )
    if cancelled:  # Google and Outlook ignore STATUS on import: say it in the title
        summary = translate("Calendar", "Cancelled: {title}").format(title=summary)
    return summary


def collect_events(
    database: Database, selection: ExportSelection, now: datetime | None = None
) -> list[IcsEvent]:
    now = now or datetime.now(UTC)
    mentor, mentee = aliased(Person), aliased(Person)
    uid_part, legacy_last = calendar_key(database)
    with database.reading() as session:
        zone = organisation_zone(session)[0]
        ids = select(Session.id).join(Pair, Pair.id == Session.pair_id)
        if selection.session_ids:
            ids = ids.where(Session.id.in_(selection.session_ids))
        programme_id = selection.programme_id
        if selection.programme_name:
            programme_id = _programme_id(session, selection.programme_name)
        if programme_id is not None:
            ids = ids.where(Pair.programme_id == programme_id)
        if selection.pair_id is not None:
            ids = ids.where(Session.pair_id == selection.pair_id)
        if selection.from_day is not None:
            start = datetime.combine(selection.from_day, time(0), tzinfo=zone)
            ids = ids.where(Session.starts_at >= start)
        elif not selection.session_ids and selection.pair_id is None:
            today = datetime.combine(now.astimezone(zone).date(), time(0), tzinfo=zone)
            ids = ids.where(Session.starts_at >= today)
        chosen = ids.subquery()
        agendas: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for session_id, minutes, topic in session.execute(
            select(AgendaItem.session_id, AgendaItem.minutes, AgendaItem.topic)
            .where(AgendaItem.session_id.in_(select(chosen.c.id)))
            .order_by(AgendaItem.session_id, AgendaItem.position)
        ):
            agendas[session_id].append((minutes, topic))
        rows = session.execute(
            select(
                Session.id,
                Session.starts_at,
                Session.duration_minutes,
                Session.location,
                Session.status,
                Session.ics_sequence,
                Session.preparation_notes,
                mentor.first_name,
                mentor.last_name,
                mentor.email,
                mentee.first_name,
                mentee.last_name,
                mentee.email,
                Programme.language,
            )
            .join(Pair, Pair.id == Session.pair_id)
            .join(Programme, Programme.id == Pair.programme_id)
            .join(mentor, mentor.id == Pair.mentor_id)
            .join(mentee, mentee.id == Pair.mentee_id)
            .where(Session.id.in_(select(chosen.c.id)))
            .order_by(Session.starts_at, Session.id)
        ).all()
    events = []
    for row in rows:
        sid, starts, minutes, place, status, sequence, prep, mf, ml, me, ef, el, ee, lang = row
        language = str(getattr(lang, "value", lang))
        mentor_name, mentee_name = f"{mf} {ml}".strip(), f"{ef} {el}".strip()
        cancelled = status is SessionStatus.CANCELLED
        summary = _summary(mentor_name, mentee_name, cancelled, language)
        events.append(
            IcsEvent(
                session_id=sid,
                sequence=sequence,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=minutes),
                summary=summary,
                location=place,
                description=_description(
                    agendas.get(sid, []), starts.astimezone(zone), prep, language
                ),
                cancelled=cancelled,
                attendees=tuple((n, e) for n, e in ((mentor_name, me), (mentee_name, ee)) if e),
                uid_part="" if sid <= legacy_last else uid_part,
            )
        )
    return events


def export_ics(
    database: Database, selection: ExportSelection, path: Path, now: datetime | None = None
) -> int:
    """Write the chosen sessions to ``path`` (atomically); the number of events written."""
    events = collect_events(database, selection, now)
    data = build_calendar(events, name=translate("Calendar", "Mentoring sessions"), stamp=now)
    path = Path(path)
    try:
        write_file(path, data)
    except OSError as exc:
        raise ServiceError(
            translate("Calendar", "Cannot write “{path}”: {reason}").format(
                path=path, reason=os_reason(exc)
            )
        ) from exc
    return len(events)
