"""The figures of a programme's report (bilan), aggregated in SQL.

The dashboard shares these figures; skill progress comes from the start and end
assessments recorded, not from the current levels.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from mentorat_desktop.db.enums import AssessmentKind, PairStatus, SessionStatus
from mentorat_desktop.db.models import (
    Journal,
    Pair,
    Programme,
    ProgrammeParticipant,
    Session,
    Skill,
    SkillAssessment,
    SkillCategory,
)
from mentorat_desktop.documents.report import (
    CategoryProgress,
    MonthCount,
    PairLine,
    ReportDocument,
)
from mentorat_desktop.services.database import Database
from mentorat_desktop.services.document_data import (
    held_by_pair,
    letterhead,
    load_programme,
    organisation_settings,
    pair_status_word,
    programme_pairs,
)

MAX_QUOTES = 6


def _months(session, programme_id: int, zone_name: str) -> tuple[MonthCount, ...]:  # type: ignore[no-untyped-def]
    """Sessions per month by status; months counted in the organisation's time zone."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(zone_name)
    rows = session.execute(
        select(Session.starts_at, Session.status)
        .join(Pair, Pair.id == Session.pair_id)
        .where(
            Pair.programme_id == programme_id,
            Session.status.in_([SessionStatus.HELD, SessionStatus.CANCELLED, SessionStatus.MISSED]),
        )
    )
    counts: dict[date, dict[SessionStatus, int]] = defaultdict(lambda: defaultdict(int))
    for starts_at, status in rows:
        local = starts_at.astimezone(zone)
        counts[date(local.year, local.month, 1)][SessionStatus(status)] += 1
    return tuple(
        MonthCount(
            month,
            by[SessionStatus.HELD],
            by[SessionStatus.CANCELLED],
            by[SessionStatus.MISSED],
        )
        for month, by in sorted(counts.items())
    )


def _progress(session, programme_id: int) -> tuple[CategoryProgress, ...]:  # type: ignore[no-untyped-def]
    rows = session.execute(
        select(
            SkillCategory.name,
            SkillAssessment.kind,
            func.avg(SkillAssessment.level),
            func.count(func.distinct(SkillAssessment.person_id)),
        )
        .join(Skill, Skill.id == SkillAssessment.skill_id)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .where(
            SkillAssessment.programme_id == programme_id,
            SkillAssessment.kind.in_([AssessmentKind.START, AssessmentKind.END]),
        )
        .group_by(SkillCategory.name, SkillAssessment.kind, SkillCategory.position)
        .order_by(SkillCategory.position)
    )
    found: dict[str, dict[str, float]] = {}
    for category, kind, average, people in rows:
        entry = found.setdefault(category, {})
        entry[AssessmentKind(kind).value] = float(average)
        entry["people"] = max(entry.get("people", 0), people)
    return tuple(
        CategoryProgress(name, values["start"], values["end"], int(values["people"]))
        for name, values in found.items()
        if "start" in values and "end" in values
    )


def report_document(
    database: Database, programme_id: int, today: date | None = None
) -> ReportDocument:
    today = today or date.today()
    end_of_today = datetime.combine(today + timedelta(days=1), time(), UTC)
    with database.reading() as session:
        programme: Programme = load_programme(session, programme_id)
        language = programme.language.value
        pairs = programme_pairs(session, programme_id)
        held = held_by_pair(session, programme_id)
        statuses = [pair.status for pair, _, _ in pairs]
        planned_to_date = session.scalar(
            select(func.count())
            .select_from(Session)
            .join(Pair, Pair.id == Session.pair_id)
            .where(
                Pair.programme_id == programme_id,
                Session.status != SessionStatus.CANCELLED,
                Session.starts_at < end_of_today,
            )
        )
        ratings = session.execute(
            select(func.avg(Journal.mentor_rating), func.avg(Journal.mentee_rating))
            .join(Session, Session.id == Journal.session_id)
            .join(Pair, Pair.id == Session.pair_id)
            .where(Pair.programme_id == programme_id)
        ).one()
        quotes = session.scalars(
            select(Journal.shared_quote)
            .join(Session, Session.id == Journal.session_id)
            .join(Pair, Pair.id == Session.pair_id)
            .where(Pair.programme_id == programme_id, Journal.shared_quote != "")
            .order_by(Session.starts_at)
            .limit(MAX_QUOTES)
        ).all()
        participants = session.scalar(
            select(func.count())
            .select_from(ProgrammeParticipant)
            .where(ProgrammeParticipant.programme_id == programme_id)
        )

        zone = organisation_settings(session).timezone
        return ReportDocument(
            letterhead=letterhead(session, language),
            programme=programme.name,
            start=programme.start_date,
            end=programme.end_date,
            participants=participants
            or len({person for pair, _, _ in pairs for person in (pair.mentor_id, pair.mentee_id)}),
            pairs=len(pairs),
            active_pairs=statuses.count(PairStatus.ACTIVE),
            completed_pairs=statuses.count(PairStatus.COMPLETED),
            stopped_pairs=statuses.count(PairStatus.STOPPED),
            sessions_held=sum(count for count, _ in held.values()),
            sessions_planned=planned_to_date or 0,
            minutes_held=sum(minutes for _, minutes in held.values()),
            mentor_rating=float(ratings[0]) if ratings[0] is not None else None,
            mentee_rating=float(ratings[1]) if ratings[1] is not None else None,
            months=_months(session, programme_id, zone),
            progress=_progress(session, programme_id),
            pair_lines=tuple(
                PairLine(
                    mentor,
                    mentee,
                    pair_status_word(pair.status, language),
                    held.get(pair.id, (0, 0))[0],
                )
                for pair, mentor, mentee in pairs
            ),
            quotes=tuple(quotes),
        )
