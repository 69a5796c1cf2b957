"""The journal of a session: what happened, skills worked, ratings, actions, pairing fit.

Confidential notes are stored here and read back only by the journal editor: every report,
export and printout goes through other functions that never select them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database, check_version, insert_first
from mentorat_desktop.db.enums import ActionOwner, PairingFit, PairStatus, SessionStatus
from mentorat_desktop.db.models import (
    ActionItem,
    Journal,
    JournalSkill,
    Pair,
    PairFocusSkill,
    Person,
    Programme,
    Session,
    Skill,
)
from mentorat_desktop.db.types import utc_now
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.undo import undoable


@dataclass(frozen=True)
class ActionData:
    text: str
    owner: ActionOwner = ActionOwner.MENTEE
    due_on: date | None = None
    done: bool = False
    id: int | None = None


@dataclass(frozen=True)
class JournalInput:
    summary: str = ""
    learned: str = ""
    skill_ids: tuple[int, ...] = ()
    mentor_rating: int | None = None
    mentee_rating: int | None = None
    mentor_fit: PairingFit | None = None
    mentee_fit: PairingFit | None = None
    action_items: tuple[ActionData, ...] = ()
    confidential_notes: str = ""
    shared_quote: str = ""


@dataclass(frozen=True)
class NewAction:
    """An action item stored for the first time: its place in ``JournalInput.action_items``
    and the id it got, so the editor updates that same item next time."""

    position: int
    id: int


@dataclass(frozen=True)
class SkillChoice:
    id: int
    name: str
    focus: bool


@dataclass(frozen=True)
class JournalData:
    session_id: int
    pair_id: int
    starts_at: datetime
    duration_minutes: int
    status: SessionStatus
    cancel_reason: str
    version: int  # the session's: its status is set from the journal editor
    mentor_name: str
    mentee_name: str
    exists: bool
    asks_fit: bool
    content: JournalInput
    skills: tuple[SkillChoice, ...] = field(default=())
    journal_version: int = 0  # 0 while the session has no journal yet
    new_actions: tuple[NewAction, ...] = ()  # filled by save_journal only


@dataclass(frozen=True)
class NotAFitPair:
    pair_id: int
    programme_name: str
    mentor_name: str
    mentee_name: str
    said_by: tuple[str, ...]  # "mentor", "mentee"
    session_id: int


def _asks_fit(session: OrmSession, row: Session) -> bool:
    """The fit question belongs to the pair's first held session."""
    first_held = session.scalar(
        select(Session.id)
        .where(Session.pair_id == row.pair_id, Session.status == SessionStatus.HELD)
        .order_by(Session.starts_at, Session.id)
        .limit(1)
    )
    return first_held == row.id or (
        row.journal is not None and (row.journal.mentor_fit or row.journal.mentee_fit) is not None
    )


def recorded_journal(session: OrmSession, row: Session) -> JournalInput:
    """What a session's journal holds now, as the journal editor's input (empty when none)."""
    journal = row.journal
    if journal is None:
        return JournalInput()
    skill_ids = session.scalars(
        select(JournalSkill.skill_id).where(JournalSkill.journal_id == journal.id)
    ).all()
    actions = sorted(journal.action_items, key=lambda a: a.id)
    return JournalInput(
        journal.summary,
        journal.learned,
        tuple(sorted(skill_ids)),
        journal.mentor_rating,
        journal.mentee_rating,
        journal.mentor_fit,
        journal.mentee_fit,
        tuple(ActionData(a.text, a.owner, a.due_on, a.done, a.id) for a in actions),
        journal.confidential_notes,
        journal.shared_quote,
    )


def get_journal(database: Database, session_id: int) -> JournalData:
    with database.reading() as session:
        row = session.get(Session, session_id)
        if row is None:
            raise NotFoundError(translate("Validation", "This session no longer exists."))
        pair = row.pair
        journal = row.journal
        content = recorded_journal(session, row)
        focus = set(
            session.scalars(
                select(PairFocusSkill.skill_id).where(PairFocusSkill.pair_id == pair.id)
            )
        )
        skills = session.execute(
            select(Skill.id, Skill.name)
            .where(or_(Skill.archived_at.is_(None), Skill.id.in_(content.skill_ids or [-1])))
            .order_by(Skill.name)
        ).all()
        choices = sorted(
            (SkillChoice(i, name, i in focus) for i, name in skills),
            key=lambda c: (not c.focus, c.name.casefold()),
        )
        return JournalData(
            row.id,
            pair.id,
            row.starts_at,
            row.duration_minutes,
            row.status,
            row.cancel_reason,
            row.version_id,
            pair.mentor.full_name,
            pair.mentee.full_name,
            journal is not None,
            _asks_fit(session, row),
            content,
            tuple(choices),
            journal.version_id if journal is not None else 0,
        )


def _check(data: JournalInput) -> None:
    for name in ("mentor_rating", "mentee_rating"):
        value = getattr(data, name)
        if value is not None and not 1 <= value <= 5:
            raise ValidationError(name, translate("Validation", "A rating goes from 1 to 5."))
    for name in ("mentor_fit", "mentee_fit"):
        value = getattr(data, name)
        if value is not None and value not in {f.value for f in PairingFit}:
            raise ValidationError(name, translate("Validation", "Choose an answer."))
    for index, action in enumerate(data.action_items):
        if action.owner not in {o.value for o in ActionOwner}:
            raise ValidationError(
                f"action_items.{index}", translate("Validation", "Choose who does it.")
            )


@mutates(sessions=True, pairs=True)
@undoable(labels.journal)
def save_journal(
    database: Database,
    session_id: int,
    data: JournalInput,
    *,
    expected_version: int | None = None,
) -> JournalData:
    """Store the whole journal at once (the editor calls this a moment after each edit).

    ``expected_version`` is the ``journal_version`` the editor read (0: no journal yet); a
    journal saved by someone else since is refused, never overwritten. Action items keep
    their ids; a new one with no text yet is not stored until it has some.
    """
    with database.transaction() as session:
        row = session.get(Session, session_id)
        if row is None:
            raise NotFoundError(translate("Validation", "This session no longer exists."))
        new_actions = write_journal(session, row, data, expected_version)
    return replace(get_journal(database, session_id), new_actions=new_actions)


def write_journal(
    session: OrmSession, row: Session, data: JournalInput, expected_version: int | None = None
) -> tuple[NewAction, ...]:
    """Store a session's whole journal inside the caller's transaction (the editor's save,
    and returned feedback forms), with the journal's one set of rules."""
    _check(data)
    journal = row.journal
    if journal is None:
        journal = Journal(session_id=row.id)
    else:
        check_version(journal, expected_version)
        # Always an UPDATE, so the version moves even when only skills or actions change.
        journal.updated_at = utc_now()
    journal.summary = data.summary.strip()
    journal.learned = data.learned.strip()
    journal.mentor_rating = data.mentor_rating
    journal.mentee_rating = data.mentee_rating
    journal.mentor_fit = PairingFit(data.mentor_fit) if data.mentor_fit else None
    journal.mentee_fit = PairingFit(data.mentee_fit) if data.mentee_fit else None
    journal.confidential_notes = data.confidential_notes.strip()
    journal.shared_quote = data.shared_quote.strip()
    if journal.id is None:
        insert_first(session, journal)
        row.journal = journal  # a second write in the same transaction finds it
    session.flush()
    session.execute(delete(JournalSkill).where(JournalSkill.journal_id == journal.id))
    session.add_all(
        JournalSkill(journal_id=journal.id, skill_id=s) for s in sorted(set(data.skill_ids))
    )
    return _save_actions(session, journal, data.action_items)


def _save_actions(
    session: OrmSession, journal: Journal, actions: Sequence[ActionData]
) -> tuple[NewAction, ...]:
    existing = {a.id: a for a in journal.action_items}
    kept: set[int] = set()
    created: list[tuple[int, ActionItem]] = []
    for position, action in enumerate(actions):
        text = action.text.strip()
        target = existing.get(action.id) if action.id is not None else None
        if target is None:
            if not text:
                continue
            target = ActionItem(journal_id=journal.id, text=text, owner=ActionOwner.MENTEE)
            session.add(target)
            created.append((position, target))
        elif text:
            target.text = text
        target.owner = ActionOwner(action.owner)
        target.due_on = action.due_on
        target.done = action.done
        session.flush()
        kept.add(target.id)
    for stale_id, stale in existing.items():
        if stale_id not in kept:
            session.delete(stale)
    return tuple(NewAction(position, item.id) for position, item in created)


@mutates(sessions=True)
@undoable(labels.action_done)
def set_action_done(database: Database, action_id: int, done: bool) -> None:
    with database.transaction() as session:
        action = session.get(ActionItem, action_id)
        if action is None:
            raise NotFoundError(translate("Validation", "This action item no longer exists."))
        action.done = done
        action.journal.updated_at = utc_now()  # part of the journal: an open editor is stale


def pairs_not_a_fit(database: Database) -> list[NotAFitPair]:
    """Pairs still going where a side answered "not a fit": the dashboard's to-do list."""
    mentor, mentee = aliased(Person), aliased(Person)
    query = (
        select(
            Pair.id,
            Programme.name,
            mentor.first_name,
            mentor.last_name,
            mentee.first_name,
            mentee.last_name,
            Journal.mentor_fit,
            Journal.mentee_fit,
            Session.id,
        )
        .join(Session, Session.pair_id == Pair.id)
        .join(Journal, Journal.session_id == Session.id)
        .join(Programme, Programme.id == Pair.programme_id)
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .where(
            Pair.archived_at.is_(None),
            Pair.status.in_((PairStatus.PROPOSED, PairStatus.ACTIVE)),
            or_(
                Journal.mentor_fit == PairingFit.NOT_A_FIT,
                Journal.mentee_fit == PairingFit.NOT_A_FIT,
            ),
        )
        .order_by(Session.starts_at.desc())
    )
    found: dict[int, NotAFitPair] = {}
    with database.reading() as session:
        for pair_id, programme, mf, ml, ef, el, mentor_fit, mentee_fit, sid in session.execute(
            query
        ):
            if pair_id in found:
                continue
            said = tuple(
                side
                for side, fit in (("mentor", mentor_fit), ("mentee", mentee_fit))
                if fit is PairingFit.NOT_A_FIT
            )
            found[pair_id] = NotAFitPair(
                pair_id, programme, f"{mf} {ml}".strip(), f"{ef} {el}".strip(), said, sid
            )
    return list(found.values())
