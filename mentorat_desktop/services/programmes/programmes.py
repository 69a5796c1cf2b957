"""Programmes (cohorts): creation, editing, draft → running → closed, archiving.

Pairs live in ``pairs.py``; ``archive_pair`` is re-exported here, and ``create_pair`` kept
for the callers that knew it from this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database, archive_row, check_version
from mentorat_desktop.db.enums import AssessmentKind, Language, PairStatus, ProgrammeStatus
from mentorat_desktop.db.models import Pair, Person, PersonSkill, Programme, SkillAssessment
from mentorat_desktop.db.types import normalise_key
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.search_text import fold
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.programmes import pairs
from mentorat_desktop.services.programmes.charter import default_charter
from mentorat_desktop.services.programmes.pairs import (
    PairRecord,
    archive_pair,
    day_in_programme,
    end_pair,
)
from mentorat_desktop.services.programmes.participants import enrol
from mentorat_desktop.services.sessions.sessions import cancel_future_sessions
from mentorat_desktop.services.undo import undoable

__all__ = ["archive_pair"]


@dataclass(frozen=True)
class ProgrammeInput:
    name: str
    start_date: date
    end_date: date
    objectives: str = ""
    rhythm_weeks: int = 2
    session_minutes: int = 60
    mentor_capacity: int = 2
    language: str = "fr"
    charter_text: str | None = None  # None: the default template in ``language``
    midpoint_review: bool = True


@dataclass(frozen=True)
class ProgrammeRecord:
    id: int
    name: str
    start_date: date
    end_date: date
    status: ProgrammeStatus
    archived: bool
    objectives: str = ""
    rhythm_weeks: int = 2
    session_minutes: int = 60
    mentor_capacity: int = 2
    language: str = "fr"
    charter_text: str = ""
    midpoint_review: bool = True
    version: int = 1


@dataclass(frozen=True)
class PairEnding:
    """How closing a programme ends the pairs still going: completed or stopped, on a day."""

    status: PairStatus = PairStatus.COMPLETED
    on: date | None = None  # None: the closing day
    reason: str = ""  # needed when they stop


@dataclass(frozen=True)
class Assessment:
    """An end-of-programme level to record for a learner's focus skill."""

    person_id: int
    person_name: str
    skill_id: int
    skill_name: str
    level: int


def _programme_record(p: Programme) -> ProgrammeRecord:
    return ProgrammeRecord(
        id=p.id,
        name=p.name,
        start_date=p.start_date,
        end_date=p.end_date,
        status=p.status,
        archived=p.archived_at is not None,
        objectives=p.objectives,
        rhythm_weeks=p.rhythm_weeks,
        session_minutes=p.session_minutes,
        mentor_capacity=p.mentor_capacity,
        language=p.language.value,
        charter_text=p.charter_text,
        midpoint_review=p.midpoint_review,
        version=p.version_id,
    )


def _validate(data: ProgrammeInput) -> str:
    name = data.name.strip()
    if not name:
        raise ValidationError("name", translate("Validation", "Enter the programme's name."))
    if data.end_date < data.start_date:
        raise ValidationError(
            "end_date", translate("Validation", "The end cannot be before the start.")
        )
    if data.rhythm_weeks < 1:
        raise ValidationError(
            "rhythm_weeks", translate("Validation", "Sessions come at least every week.")
        )
    if not 5 <= data.session_minutes <= 480:
        raise ValidationError(
            "session_minutes", translate("Validation", "A session lasts between 5 and 480 minutes.")
        )
    if data.mentor_capacity < 1:
        raise ValidationError(
            "mentor_capacity", translate("Validation", "A mentor takes at least one mentee.")
        )
    if data.language not in {language.value for language in Language}:
        raise ValidationError("language", translate("Validation", "Choose French or English."))
    return name


def _check_name_free(session: OrmSession, name: str, programme_id: int | None) -> None:
    query = select(Programme.id).where(Programme.name_key == normalise_key(name))
    if programme_id is not None:
        query = query.where(Programme.id != programme_id)
    if session.scalar(query):
        raise ValidationError("name", translate("Validation", "A programme with this name exists."))


def _apply(programme: Programme, name: str, data: ProgrammeInput) -> None:
    programme.name = name
    programme.objectives = data.objectives.strip()
    programme.start_date = data.start_date
    programme.end_date = data.end_date
    programme.rhythm_weeks = data.rhythm_weeks
    programme.session_minutes = data.session_minutes
    programme.mentor_capacity = data.mentor_capacity
    programme.language = Language(data.language)
    programme.midpoint_review = data.midpoint_review
    charter = data.charter_text
    programme.charter_text = (
        default_charter(data.language) if charter is None or not charter.strip() else charter
    )


@mutates(programmes=True)
@undoable(labels.new_programme)
def create_programme(database: Database, data: ProgrammeInput) -> ProgrammeRecord:
    name = _validate(data)
    with database.transaction() as session:
        _check_name_free(session, name, None)
        programme = Programme(status=ProgrammeStatus.DRAFT)
        _apply(programme, name, data)
        session.add(programme)
        session.flush()
        return _programme_record(programme)


def _editable(session: OrmSession, programme_id: int, expected_version: int | None) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFoundError(translate("Validation", "This programme no longer exists."))
    check_version(programme, expected_version)
    return programme


@mutates(programmes=True)
@undoable(labels.programme_edited)
def update_programme(
    database: Database, programme_id: int, data: ProgrammeInput, expected_version: int | None
) -> ProgrammeRecord:
    name = _validate(data)
    with database.transaction() as session:
        programme = _editable(session, programme_id, expected_version)
        _check_name_free(session, name, programme_id)
        if programme.mentor_capacity != data.mentor_capacity:
            _check_capacity(session, programme_id, data.mentor_capacity)
        _apply(programme, name, data)
        session.flush()
        return _programme_record(programme)


def _check_capacity(session: OrmSession, programme_id: int, capacity: int) -> None:
    loads = session.execute(
        select(Pair.mentor_id)
        .where(Pair.programme_id == programme_id, Pair.archived_at.is_(None))
        .where(Pair.status.in_((PairStatus.PROPOSED, PairStatus.ACTIVE)))
    ).scalars()
    counts: dict[int, int] = {}
    for mentor in loads:
        counts[mentor] = counts.get(mentor, 0) + 1
    most = max(counts.values(), default=0)
    if most > capacity:
        raise ValidationError(
            "mentor_capacity",
            translate(
                "Validation", "A mentor already has %n mentees in this programme.", None, most
            ),
        )


def programme_named(session: OrmSession, name: str) -> int | None:
    """The programme a user typed, as the app's search finds it: case, accents, apostrophes
    and dashes (typographic or not) ignored; None when no programme, or several, match.
    """
    exact = session.scalar(select(Programme.id).where(Programme.name_key == normalise_key(name)))
    if exact is not None:
        return int(exact)
    wanted = fold(name)
    found = [
        i for i, n in session.execute(select(Programme.id, Programme.name)) if fold(n) == wanted
    ]
    return found[0] if len(found) == 1 else None


def get_programme(database: Database, programme_id: int) -> ProgrammeRecord:
    with database.reading() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise NotFoundError(translate("Validation", "This programme no longer exists."))
        return _programme_record(programme)


def list_programmes(database: Database) -> list[ProgrammeRecord]:
    """Programmes not archived, the most recent first."""
    with database.reading() as session:
        rows = session.scalars(
            select(Programme)
            .where(Programme.archived_at.is_(None))
            .order_by(Programme.start_date.desc(), Programme.id.desc())
        )
        return [_programme_record(p) for p in rows]


@mutates(programmes=True, pairs=True)
@undoable(labels.programme_started)
def start_programme(
    database: Database, programme_id: int, expected_version: int | None
) -> ProgrammeRecord:
    with database.transaction() as session:
        programme = _editable(session, programme_id, expected_version)
        if programme.status is not ProgrammeStatus.DRAFT:
            raise ValidationError(
                "status", translate("Validation", "Only a draft programme can be started.")
            )
        programme.status = ProgrammeStatus.RUNNING
        session.flush()
        return _programme_record(programme)


def _ongoing_pairs(session: OrmSession, programme_id: int) -> list[tuple[Pair, str]]:
    mentor, mentee = aliased(Person), aliased(Person)
    rows = session.execute(
        select(Pair, mentor.first_name, mentor.last_name, mentee.first_name, mentee.last_name)
        .join(mentor, Pair.mentor_id == mentor.id)
        .join(mentee, Pair.mentee_id == mentee.id)
        .where(Pair.programme_id == programme_id, Pair.archived_at.is_(None))
        .where(Pair.status.in_((PairStatus.PROPOSED, PairStatus.ACTIVE)))
        .order_by(mentor.last_name, mentor.first_name, Pair.id)
    )
    return [(pair, f"{a} {b} → {c} {d}".strip()) for pair, a, b, c, d in rows]


def ongoing_pairs(database: Database, programme_id: int) -> list[str]:
    """The pairs closing must end, as "mentor → mentee", for the close dialog to ask once."""
    with database.reading() as session:
        return [name for _pair, name in _ongoing_pairs(session, programme_id)]


def _end_ongoing(
    session: OrmSession, programme: Programme, ending: PairEnding | None, day: date
) -> None:
    ongoing = _ongoing_pairs(session, programme.id)
    if not ongoing:
        return
    if ending is None:
        raise ValidationError(
            "pair_ending",
            translate(
                "Validation",
                "Say how to end the pairs still going before closing the programme: {pairs}",
            ).format(pairs="; ".join(name for _pair, name in ongoing)),
        )
    status = PairStatus(ending.status)
    if status not in (PairStatus.COMPLETED, PairStatus.STOPPED):
        raise ValidationError(
            "pair_ending", translate("Validation", "Pairs end completed or stopped.")
        )
    if status is PairStatus.STOPPED and not ending.reason.strip():
        raise ValidationError("end_reason", translate("Validation", "Say why the pair stops."))
    on = ending.on or day
    if not programme.start_date <= on <= max(programme.end_date, day):
        raise ValidationError(
            "pair_end_date",
            translate("Validation", "The pairs end between the programme's start and today."),
        )
    for pair, _name in ongoing:
        if pair.status is PairStatus.PROPOSED:  # never started: it can only stop
            end_pair(
                session,
                pair,
                PairStatus.STOPPED,
                ending.reason.strip()
                or translate("Validation", "The programme closed before the pair started."),
                on,
            )
        else:
            end_pair(session, pair, status, ending.reason, on)


def closing_assessments(database: Database, programme_id: int) -> list[Assessment]:
    """What to assess at the end: each learner's focus skills, with their current level."""
    from mentorat_desktop.services.programmes.pair_table import learner_skills

    with database.reading() as session:
        return [Assessment(*row) for row in learner_skills(session, programme_id)]


@mutates(programmes=True, pairs=True, sessions=True, skills=True)
@undoable(labels.programme_closed)
def close_programme(
    database: Database,
    programme_id: int,
    expected_version: int | None,
    assessments: list[tuple[int, int, int]],
    on: date | None = None,
    ending: PairEnding | None = None,
) -> ProgrammeRecord:
    """Close a running programme in one transaction: end the pairs still going as ``ending``
    says, record the end assessments (person, skill, level), call off the sessions to come.
    """
    with database.transaction() as session:
        programme = _editable(session, programme_id, expected_version)
        day = on or day_in_programme(programme)
        if programme.status is not ProgrammeStatus.RUNNING:
            raise ValidationError(
                "status", translate("Validation", "Only a running programme can be closed.")
            )
        _end_ongoing(session, programme, ending, day)
        for person_id, skill_id, level in assessments:
            if not 0 <= level <= 4:
                raise ValidationError(
                    "assessments", translate("Validation", "A level goes from 0 to 4.")
                )
            session.add(
                SkillAssessment(
                    person_id=person_id,
                    skill_id=skill_id,
                    programme_id=programme_id,
                    kind=AssessmentKind.END,
                    level=level,
                    assessed_on=day,
                )
            )
            profile = session.get(PersonSkill, (person_id, skill_id))
            if profile is not None:  # progress shows on the person's profile too
                profile.level = level
        programme.status = ProgrammeStatus.CLOSED
        pair_ids = session.scalars(select(Pair.id).where(Pair.programme_id == programme_id)).all()
        cancel_future_sessions(
            session, list(pair_ids), translate("Sessions", "The programme is closed.")
        )
        session.flush()
        return _programme_record(programme)


@mutates(programmes=True)
@undoable(labels.programme_archived)
def archive_programme(database: Database, programme_id: int) -> ProgrammeRecord:
    missing = translate("Validation", "This programme no longer exists.")
    return archive_row(database, Programme, programme_id, missing, _programme_record)


@mutates(programmes=True, pairs=True)
@undoable(labels.new_pair)
def create_pair(
    database: Database,
    programme_id: int,
    mentor_id: int,
    mentee_id: int,
    *,
    reciprocal: bool = False,
) -> PairRecord:
    """A proposed pair whose two people join the programme first if they are not in it yet.

    The pair dialog and the matcher use ``pairs.create_pair``, which refuses non-participants.
    """
    with database.transaction() as session:
        if session.get(Programme, programme_id) is not None and mentor_id != mentee_id:
            for person_id in (mentor_id, mentee_id):
                pairs._person(session, person_id, "mentor" if person_id == mentor_id else "mentee")
            enrol(session, programme_id, {mentor_id, mentee_id})
        return pairs._create(
            session, programme_id, mentor_id, mentee_id, reciprocal, "", (), active=False
        )
