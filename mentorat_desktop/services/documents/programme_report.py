"""The programme report (bilan): the figures of ``evaluation``, shared with the dashboard.

Skill progress comes from the start and end assessments recorded (``assessments``), not
from the current levels.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import Journal, Pair, Programme, ProgrammeFeedback, Session
from mentorat_desktop.documents.report_data import PairLine, ReportDocument
from mentorat_desktop.services.dashboard.evaluation import figures, sessions_per_month
from mentorat_desktop.services.documents.document_data import (
    held_by_pair,
    letterhead,
    load_programme,
    pair_status_word,
    programme_pairs,
)
from mentorat_desktop.services.programmes.assessments import category_progress
from mentorat_desktop.services.sessions.sessions import organisation_zone

MAX_QUOTES = 6


def report_document(
    database: Database, programme_id: int, today: date | None = None
) -> ReportDocument:
    today = today or date.today()
    with database.reading() as session:
        programme: Programme = load_programme(session, programme_id)
        language = programme.language.value
        pairs = programme_pairs(session, programme_id)
        held = held_by_pair(session, programme_id)
        zone = organisation_zone(session)[0]
        end_of_today = datetime.combine(today + timedelta(days=1), time(), zone).astimezone(UTC)
        shared = figures(session, (programme_id,), end_of_today, zone)
        quotes = list(
            session.scalars(
                select(Journal.shared_quote)
                .join(Session, Session.id == Journal.session_id)
                .join(Pair, Pair.id == Session.pair_id)
                .where(Pair.programme_id == programme_id, Journal.shared_quote != "")
                .order_by(Session.starts_at)
                .limit(MAX_QUOTES)
            )
        )
        quotes += session.scalars(  # the end-of-programme forms' sentences, after the sessions'
            select(ProgrammeFeedback.quote)
            .where(ProgrammeFeedback.programme_id == programme_id, ProgrammeFeedback.quote != "")
            .order_by(ProgrammeFeedback.updated_at)
            .limit(max(0, MAX_QUOTES - len(quotes)))
        ).all()
        return ReportDocument(
            letterhead=letterhead(session, language),
            programme=programme.name,
            start=programme.start_date,
            end=programme.end_date,
            participants=shared.participants
            or len({person for pair, _, _ in pairs for person in (pair.mentor_id, pair.mentee_id)}),
            pairs=shared.pairs,
            active_pairs=shared.active_pairs,
            completed_pairs=shared.completed_pairs,
            stopped_pairs=shared.stopped_pairs,
            sessions_held=shared.sessions_held,
            sessions_planned=shared.sessions_due,
            minutes_held=shared.minutes_held,
            mentor_rating=shared.mentor_rating,
            mentee_rating=shared.mentee_rating,
            months=sessions_per_month(session, (programme_id,), zone),
            progress=category_progress(session, (programme_id,)),
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
