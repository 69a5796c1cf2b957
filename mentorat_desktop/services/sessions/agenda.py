"""A session's agenda: ordered items, templates, and the pair's open action items."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.database import Database, bump_counter
from mentorat_desktop.db.enums import ActionOwner, SessionStatus
from mentorat_desktop.db.models import ActionItem, AgendaItem, Journal, Person, Session
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.undo import undoable

FIRST, REGULAR, MIDPOINT, CLOSING = "first", "regular", "midpoint", "closing"
TEMPLATES = (FIRST, REGULAR, MIDPOINT, CLOSING)


@dataclass(frozen=True)
class AgendaEntry:
    topic: str
    minutes: int


@dataclass(frozen=True)
class OpenAction:
    id: int
    text: str
    owner: ActionOwner
    due_on: date | None
    session_start: datetime


@dataclass(frozen=True)
class AgendaData:
    session_id: int
    starts_at: datetime
    duration_minutes: int
    mentor_name: str
    mentee_name: str
    reciprocal: bool
    items: tuple[AgendaEntry, ...]
    open_actions: tuple[OpenAction, ...]
    suggested_template: str
    agenda_version: int = 1
    preparation_notes: str = ""
    preparation_version: int = 1


def template_names() -> dict[str, str]:
    return {
        FIRST: translate("AgendaTemplate", "First session"),
        REGULAR: translate("AgendaTemplate", "Regular session"),
        MIDPOINT: translate("AgendaTemplate", "Mid-point review"),
        CLOSING: translate("AgendaTemplate", "Closing session"),
    }


def _shares(kind: str, reciprocal: bool, mentor: str, mentee: str) -> list[tuple[str, int]]:
    """Topics and their share of the session, in percent."""
    if kind == FIRST:
        return [
            (
                translate("AgendaTemplate", "Get to know each other: background and expectations"),
                25,
            ),
            (translate("AgendaTemplate", "Goals of the pair"), 30),
            (translate("AgendaTemplate", "Rhythm, time slots and how to reach each other"), 15),
            (translate("AgendaTemplate", "Read and sign the charter"), 20),
            (translate("AgendaTemplate", "Next session and actions"), 10),
        ]
    if kind == MIDPOINT:
        return [
            (translate("AgendaTemplate", "Mid-point review: what each has learned"), 30),
            (translate("AgendaTemplate", "Goals: where do we stand?"), 25),
            (translate("AgendaTemplate", "What works, what to change"), 25),
            (translate("AgendaTemplate", "Plan for the second half"), 20),
        ]
    if kind == CLOSING:
        return [
            (translate("AgendaTemplate", "Review of the programme"), 30),
            (translate("AgendaTemplate", "Skill self-assessment"), 30),
            (translate("AgendaTemplate", "Feedback to each other"), 25),
            (translate("AgendaTemplate", "What comes next, and thanks"), 15),
        ]
    review = translate("AgendaTemplate", "Follow-up of the last session's actions")
    wrap_up = translate("AgendaTemplate", "Actions for the next session")
    teach = translate("AgendaTemplate", "{teacher} shows {learner}")
    if reciprocal:  # half the time each way
        return [
            (review, 10),
            (teach.format(teacher=mentor, learner=mentee), 40),
            (teach.format(teacher=mentee, learner=mentor), 40),
            (wrap_up, 10),
        ]
    return [(review, 10), (teach.format(teacher=mentor, learner=mentee), 75), (wrap_up, 15)]


def template_items(
    kind: str, duration_minutes: int, reciprocal: bool, mentor: str, mentee: str
) -> list[AgendaEntry]:
    """A template fitted to the session: 5-minute steps that add up to its length."""
    shares = _shares(kind, reciprocal, mentor, mentee)
    minutes = [max(5, round(duration_minutes * share / 100 / 5) * 5) for _, share in shares]
    biggest = minutes.index(max(minutes))
    minutes[biggest] = max(5, minutes[biggest] + duration_minutes - sum(minutes))
    return [AgendaEntry(topic, m) for (topic, _), m in zip(shares, minutes, strict=True)]


def _first_name(person: Person) -> str:
    return person.first_name or person.last_name


def get_agenda(database: Database, session_id: int) -> AgendaData:
    with database.reading() as session:
        row = session.get(Session, session_id)
        if row is None:
            raise NotFoundError(translate("Validation", "This session no longer exists."))
        pair = row.pair
        others = session.execute(
            select(Session.starts_at)
            .where(
                Session.pair_id == pair.id,
                Session.id != row.id,
                Session.status != SessionStatus.CANCELLED,
            )
            .order_by(Session.starts_at)
        ).scalars()
        earlier = later = 0
        for start in others:
            if start < row.starts_at:
                earlier += 1
            else:
                later += 1
        programme = pair.programme
        middle = programme.start_date + (programme.end_date - programme.start_date) / 2
        local_day = row.starts_at.date()
        if earlier == 0:
            suggested = FIRST
        elif later == 0 and (programme.end_date - local_day).days <= 7 * programme.rhythm_weeks:
            suggested = CLOSING
        elif pair.programme.midpoint_review and abs((local_day - middle).days) <= 7:
            suggested = MIDPOINT
        else:
            suggested = REGULAR
        return AgendaData(
            row.id,
            row.starts_at,
            row.duration_minutes,
            _first_name(pair.mentor),
            _first_name(pair.mentee),
            pair.reciprocal,
            tuple(AgendaEntry(item.topic, item.minutes) for item in row.agenda_items),
            tuple(_open_actions(session, pair.id, row.starts_at)),
            suggested,
            row.agenda_version,
            row.preparation_notes,
            row.preparation_version,
        )


def _open_actions(session: OrmSession, pair_id: int, before: datetime) -> list[OpenAction]:
    query = (
        select(ActionItem, Session.starts_at)
        .join(Journal, Journal.id == ActionItem.journal_id)
        .join(Session, Session.id == Journal.session_id)
        .where(Session.pair_id == pair_id, Session.starts_at < before, ActionItem.done.is_(False))
        .order_by(Session.starts_at, ActionItem.id)
    )
    return [
        OpenAction(item.id, item.text, item.owner, item.due_on, start)
        for item, start in session.execute(query)
    ]


def open_actions(database: Database, pair_id: int, before: datetime) -> list[OpenAction]:
    """Action items not yet done from the pair's sessions before ``before``."""
    with database.reading() as session:
        return _open_actions(session, pair_id, before)


@mutates(sessions=True)
@undoable(labels.agenda)
def save_agenda(
    database: Database,
    session_id: int,
    items: Sequence[AgendaEntry],
    *,
    expected_version: int | None = None,
) -> int:
    """Replace the agenda with these items, in this order; the agenda's new version.

    An agenda saved by someone else since ``expected_version`` was read is refused.
    """
    cleaned = []
    for index, item in enumerate(items):
        topic = item.topic.strip()
        if not topic:
            raise ValidationError(
                f"items.{index}", translate("Validation", "Every agenda item needs a topic.")
            )
        if len(topic) > 500:
            raise ValidationError(
                f"items.{index}",
                translate("Validation", "A topic is too long (500 characters at most)."),
            )
        if not 1 <= item.minutes <= 480:
            raise ValidationError(
                f"items.{index}",
                translate("Validation", "An item lasts between 1 and 480 minutes."),
            )
        cleaned.append(AgendaEntry(topic, item.minutes))
    with database.transaction() as session:
        version = bump_counter(
            session, Session.agenda_version, session_id, expected_version, _missing()
        )
        session.execute(delete(AgendaItem).where(AgendaItem.session_id == session_id))
        session.flush()
        session.add_all(
            AgendaItem(session_id=session_id, position=i, topic=item.topic, minutes=item.minutes)
            for i, item in enumerate(cleaned)
        )
        return version


@mutates(sessions=True)
@undoable(labels.preparation)
def save_preparation_notes(
    database: Database, session_id: int, notes: str, *, expected_version: int | None = None
) -> int:
    """What the pair prepares for the session, printed on its agenda; their new version.

    Kept apart from the session's time and place: editing one never makes the other stale.
    """
    notes = notes.strip()
    with database.transaction() as session:
        version = bump_counter(
            session, Session.preparation_version, session_id, expected_version, _missing()
        )
        session.execute(
            update(Session)
            .where(Session.id == session_id)
            .values(preparation_notes=notes)
            .execution_options(synchronize_session=False)
        )
        return version


def _missing() -> str:
    return translate("Validation", "This session no longer exists.")
