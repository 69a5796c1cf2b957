"""The dashboard's to-do list: what needs doing, each line pointing to where it is done.

Each kind is one aggregated query. Long kinds (journals, overdue actions) are cut at
``MAX_LINES`` lines followed by a line for the rest, which opens the full list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import (
    AssessmentKind,
    Direction,
    PairStatus,
    ProgrammeStatus,
    SessionStatus,
)
from mentorat_desktop.db.models import (
    ActionItem,
    Certificate,
    Journal,
    Pair,
    PairFocusSkill,
    Person,
    PersonSkill,
    Programme,
    ProgrammeParticipant,
    Session,
    Skill,
    SkillAssessment,
)
from mentorat_desktop.i18n import format_short_date, translate
from mentorat_desktop.services.dashboard.dashboard_data import (
    ACTION as ACTION,
)
from mentorat_desktop.services.dashboard.dashboard_data import (
    ACTIONS_MORE as ACTIONS_MORE,
)
from mentorat_desktop.services.dashboard.dashboard_data import (
    CERTIFICATES as CERTIFICATES,
)
from mentorat_desktop.services.dashboard.dashboard_data import (
    END_ASSESSMENTS as END_ASSESSMENTS,
)
from mentorat_desktop.services.dashboard.dashboard_data import (
    ENDING as ENDING,
)
from mentorat_desktop.services.dashboard.dashboard_data import (
    JOURNAL as JOURNAL,
)
from mentorat_desktop.services.dashboard.dashboard_data import (
    JOURNALS_MORE as JOURNALS_MORE,
)
from mentorat_desktop.services.dashboard.dashboard_data import (  # re-exported
    LATE_PAIR as LATE_PAIR,
)
from mentorat_desktop.services.dashboard.dashboard_data import (
    LATE_PAIRS_MORE as LATE_PAIRS_MORE,
)
from mentorat_desktop.services.dashboard.dashboard_data import (
    NOT_A_FIT as NOT_A_FIT,
)
from mentorat_desktop.services.dashboard.dashboard_data import (
    UNTAUGHT as UNTAUGHT,
)
from mentorat_desktop.services.dashboard.dashboard_data import (
    TodoItem as TodoItem,
)
from mentorat_desktop.services.programmes.pair_table import LATE, STALLED, _to_date, health_of
from mentorat_desktop.services.sessions.journals import pairs_not_a_fit
from mentorat_desktop.services.sessions.session_list import (
    JOURNAL_GRACE_DAYS,
    _to_journal_condition,
)

MAX_LINES = 15
ENDING_DAYS = 30


def _day(day: date) -> str:
    return format_short_date(day)


def _name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def _late_pairs(session: OrmSession, ids: Sequence[int], today: date) -> list[TodoItem]:
    last_held = (
        select(Session.pair_id, func.max(Session.starts_at).label("last"))
        .join(Pair, Pair.id == Session.pair_id)
        .where(Pair.programme_id.in_(ids), Session.status == SessionStatus.HELD)
        .group_by(Session.pair_id)
        .subquery()
    )
    mentor, mentee = aliased(Person), aliased(Person)
    rows = session.execute(
        select(
            Pair.id,
            Pair.started_on,
            Programme.rhythm_weeks,
            last_held.c.last,
            mentor.first_name,
            mentor.last_name,
            mentee.first_name,
            mentee.last_name,
        )
        .join(Programme, Programme.id == Pair.programme_id)
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .outerjoin(last_held, last_held.c.pair_id == Pair.id)
        .where(
            Pair.programme_id.in_(ids),
            Pair.archived_at.is_(None),
            Pair.status == PairStatus.ACTIVE,
        )
    )
    found = []
    for pair_id, started, rhythm, last, mf, ml, ef, el in rows:
        health, days = health_of(PairStatus.ACTIVE, _to_date(last), started, rhythm, today)
        if days is None or health not in (LATE, STALLED):
            continue
        if last is None:
            text = translate(
                "Dashboard",
                "{mentor} and {mentee}: no session held in the %n days since the start ({rhythm})",
                None,
                days,
            )
        else:
            text = translate(
                "Dashboard", "{mentor} and {mentee}: no session for %n days ({rhythm})", None, days
            )
        text = text.format(
            mentor=_name(mf, ml),
            mentee=_name(ef, el),
            rhythm=translate("Dashboard", "one every %n weeks planned", None, rhythm),
        )
        if health == STALLED:
            text = translate("Dashboard", "Stalled: {text}").format(text=text)
        found.append((days, TodoItem(LATE_PAIR, text, "pairs", pair_id, health == STALLED)))
    items = [item for _, item in sorted(found, key=lambda f: -f[0])]
    if len(items) > MAX_LINES:
        more = len(items) - MAX_LINES
        text = translate("Dashboard", "… and %n more pairs without a recent session", None, more)
        items = [*items[:MAX_LINES], TodoItem(LATE_PAIRS_MORE, text, "pairs", None)]
    return items


def _not_a_fit(session: OrmSession, database: Database, ids: Sequence[int]) -> list[TodoItem]:
    in_scope = set(session.scalars(select(Pair.id).where(Pair.programme_id.in_(ids))))
    items = []
    for pair in pairs_not_a_fit(database):
        if pair.pair_id not in in_scope:
            continue
        who = (
            translate("Dashboard", "both")
            if len(pair.said_by) == 2
            else translate("Dashboard", "the mentor")
            if pair.said_by == ("mentor",)
            else translate("Dashboard", "the mentee")
        )
        text = translate(
            "Dashboard", "{mentor} and {mentee}: “not a fit”, said by {who}. Talk to them."
        ).format(mentor=pair.mentor_name, mentee=pair.mentee_name, who=who)
        items.append(TodoItem(NOT_A_FIT, text, "pairs", pair.pair_id, True))
    return items


def _journals(session: OrmSession, ids: Sequence[int], now: datetime) -> list[TodoItem]:
    mentor, mentee = aliased(Person), aliased(Person)
    scope = and_(Pair.programme_id.in_(ids), Pair.archived_at.is_(None))
    base = (
        select(Session.id)
        .join(Pair, Pair.id == Session.pair_id)
        .where(scope, _to_journal_condition(now))
    )
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.execute(
        select(
            Session.id,
            Session.starts_at,
            mentor.first_name,
            mentor.last_name,
            mentee.first_name,
            mentee.last_name,
        )
        .join(Pair, Pair.id == Session.pair_id)
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .where(scope, _to_journal_condition(now))
        .order_by(Session.starts_at, Session.id)
        .limit(MAX_LINES)
    )
    overdue_before = now - timedelta(days=JOURNAL_GRACE_DAYS)
    items = []
    for session_id, starts_at, mf, ml, ef, el in rows:
        starts = starts_at if starts_at.tzinfo else starts_at.replace(tzinfo=UTC)
        overdue = starts < overdue_before
        text = (
            translate("Dashboard", "Journal overdue: {mentor} and {mentee}, session of {day}")
            if overdue
            else translate("Dashboard", "Journal to write: {mentor} and {mentee}, session of {day}")
        ).format(mentor=_name(mf, ml), mentee=_name(ef, el), day=_day(starts.date()))
        items.append(TodoItem(JOURNAL, text, "sessions", session_id, overdue))
    if total > len(items):
        more = total - len(items)
        text = translate("Dashboard", "… and %n more sessions to journal", None, more)
        items.append(TodoItem(JOURNALS_MORE, text, "sessions", None))
    return items


def _actions(session: OrmSession, ids: Sequence[int], today: date) -> list[TodoItem]:
    mentor, mentee = aliased(Person), aliased(Person)
    conditions = (
        Pair.programme_id.in_(ids),
        Pair.archived_at.is_(None),
        ActionItem.done.is_(False),
        ActionItem.due_on < today,
    )
    total = session.scalar(
        select(func.count())
        .select_from(ActionItem)
        .join(Journal, Journal.id == ActionItem.journal_id)
        .join(Session, Session.id == Journal.session_id)
        .join(Pair, Pair.id == Session.pair_id)
        .where(*conditions)
    )
    rows = session.execute(
        select(
            Session.id,
            ActionItem.text,
            ActionItem.due_on,
            mentor.first_name,
            mentor.last_name,
            mentee.first_name,
            mentee.last_name,
        )
        .select_from(ActionItem)
        .join(Journal, Journal.id == ActionItem.journal_id)
        .join(Session, Session.id == Journal.session_id)
        .join(Pair, Pair.id == Session.pair_id)
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .where(*conditions)
        .order_by(ActionItem.due_on, ActionItem.id)
        .limit(MAX_LINES)
    )
    items = []
    for session_id, action, due, mf, ml, ef, el in rows:
        short = action if len(action) <= 60 else action[:57].rstrip() + "…"
        text = translate(
            "Dashboard", "Action due on {day}, still open: “{action}” ({mentor} and {mentee})"
        ).format(
            day=_day(due) if due else "", action=short, mentor=_name(mf, ml), mentee=_name(ef, el)
        )
        items.append(TodoItem(ACTION, text, "sessions", session_id, True))
    if (total or 0) > len(items):
        more = (total or 0) - len(items)
        text = translate("Dashboard", "… and %n more overdue actions", None, more)
        items.append(TodoItem(ACTIONS_MORE, text, "sessions", None))
    return items


def _ending(session: OrmSession, ids: Sequence[int], today: date) -> list[TodoItem]:
    programmes = session.execute(
        select(Programme.id, Programme.name, Programme.end_date)
        .where(
            Programme.id.in_(ids),
            Programme.status == ProgrammeStatus.RUNNING,
            Programme.end_date <= today + timedelta(days=ENDING_DAYS),
        )
        .order_by(Programme.end_date)
    ).all()
    items = []
    for programme_id, name, end in programmes:
        words = (
            translate("Dashboard", "“{programme}” ended on {day}: close it")
            if end < today
            else translate("Dashboard", "“{programme}” ends on {day}")
        )
        items.append(
            TodoItem(
                ENDING, words.format(programme=name, day=_day(end)), "pairs", None, end < today
            )
        )
        # people in a pair (not stopped) with no certificate yet
        in_pairs = (
            select(Pair.mentor_id.label("person_id"))
            .where(Pair.programme_id == programme_id, Pair.archived_at.is_(None))
            .where(Pair.status != PairStatus.STOPPED)
            .union(
                select(Pair.mentee_id)
                .where(Pair.programme_id == programme_id, Pair.archived_at.is_(None))
                .where(Pair.status != PairStatus.STOPPED)
            )
            .subquery()
        )
        certificates = session.scalar(
            select(func.count())
            .select_from(in_pairs)
            .where(
                ~exists().where(
                    Certificate.programme_id == programme_id,
                    Certificate.person_id == in_pairs.c.person_id,
                )
            )
        )
        if certificates:
            text = translate(
                "Dashboard", "“{programme}”: %n certificates to issue", None, certificates
            ).format(programme=name)
            items.append(TodoItem(CERTIFICATES, text, "documents", programme_id))
        missing = _end_assessments_missing(session, programme_id)
        if missing:
            text = translate(
                "Dashboard", "“{programme}”: end assessment to record for %n people", None, missing
            ).format(programme=name)
            items.append(TodoItem(END_ASSESSMENTS, text, "assessment", programme_id))
    return items


def _end_assessments_missing(session: OrmSession, programme_id: int) -> int:
    """Learners of the programme's pairs with a focus skill that has no end snapshot."""
    learner = case(
        (PairFocusSkill.direction == Direction.MENTOR_TO_MENTEE, Pair.mentee_id),
        else_=Pair.mentor_id,
    )
    return (
        session.scalar(
            select(func.count(func.distinct(learner)))
            .select_from(PairFocusSkill)
            .join(Pair, Pair.id == PairFocusSkill.pair_id)
            .where(
                Pair.programme_id == programme_id,
                Pair.archived_at.is_(None),
                Pair.status != PairStatus.STOPPED,
                ~exists().where(
                    SkillAssessment.programme_id == programme_id,
                    SkillAssessment.person_id == learner,
                    SkillAssessment.skill_id == PairFocusSkill.skill_id,
                    SkillAssessment.kind == AssessmentKind.END,
                ),
            )
        )
        or 0
    )


def _untaught(session: OrmSession) -> list[TodoItem]:
    """Skills people want to learn that no participant of a running programme can teach."""
    teachers = (
        select(PersonSkill.skill_id)
        .join(ProgrammeParticipant, ProgrammeParticipant.person_id == PersonSkill.person_id)
        .join(Programme, Programme.id == ProgrammeParticipant.programme_id)
        .join(Person, Person.id == PersonSkill.person_id)
        .where(
            PersonSkill.can_teach.is_(True),
            Programme.status == ProgrammeStatus.RUNNING,
            Programme.archived_at.is_(None),
            Person.archived_at.is_(None),
        )
    )
    rows = session.execute(
        select(Skill.id, Skill.name, func.count())
        .join(PersonSkill, PersonSkill.skill_id == Skill.id)
        .join(Person, Person.id == PersonSkill.person_id)
        .where(
            PersonSkill.wants_to_learn.is_(True),
            Person.archived_at.is_(None),
            Skill.archived_at.is_(None),
            Skill.id.not_in(teachers),
        )
        .group_by(Skill.id, Skill.name)
        .order_by(func.count().desc(), Skill.name)
        .limit(MAX_LINES)
    )
    return [
        TodoItem(
            UNTAUGHT,
            translate(
                "Dashboard",
                "%n people want to learn “{skill}”, which nobody in a running programme teaches",
                None,
                count,
            ).format(skill=name),
            "skills",
            skill_id,
        )
        for skill_id, name, count in rows
    ]


def todo_list(
    session: OrmSession,
    database: Database,
    programme_ids: Sequence[int],
    now: datetime,
    today: date,
) -> tuple[TodoItem, ...]:
    ids = tuple(programme_ids)
    return tuple(
        _late_pairs(session, ids, today)
        + _not_a_fit(session, database, ids)
        + _journals(session, ids, now)
        + _actions(session, ids, today)
        + _ending(session, ids, today)
        + _untaught(session)
    )
