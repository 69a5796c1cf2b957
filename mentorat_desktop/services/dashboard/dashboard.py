"""What the dashboard shows for one programme or for all running ones, read in one go.

Figures and charts come from ``evaluation`` (shared with the programme report), skill
progress from ``assessments``, the to-do list from ``dashboard_todo``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.db.models import Programme
from mentorat_desktop.services.dashboard.dashboard_data import (  # re-exported
    DashboardData as DashboardData,
)
from mentorat_desktop.services.dashboard.dashboard_data import FigureLine as FigureLine
from mentorat_desktop.services.dashboard.dashboard_data import ProgrammeChoice as ProgrammeChoice
from mentorat_desktop.services.dashboard.dashboard_data import decimal as decimal
from mentorat_desktop.services.dashboard.dashboard_data import figure_lines as figure_lines
from mentorat_desktop.services.dashboard.dashboard_data import percent as percent
from mentorat_desktop.services.dashboard.dashboard_todo import todo_list
from mentorat_desktop.services.dashboard.evaluation import (
    figures,
    ratings_per_month,
    sessions_per_month,
)
from mentorat_desktop.services.programmes.assessments import category_progress
from mentorat_desktop.services.sessions.sessions import organisation_zone


def programme_choices(database: Database) -> list[ProgrammeChoice]:
    """Programmes not archived: running first, then drafts, then closed, newest first."""
    order = {ProgrammeStatus.RUNNING: 0, ProgrammeStatus.DRAFT: 1, ProgrammeStatus.CLOSED: 2}
    with database.reading() as session:
        rows = list(
            session.execute(
                select(
                    Programme.id,
                    Programme.name,
                    Programme.status,
                    Programme.start_date,
                    Programme.end_date,
                ).where(Programme.archived_at.is_(None))
            )
        )
    rows.sort(key=lambda r: (order[ProgrammeStatus(r[2])], -r[3].toordinal(), r[1]))
    return [ProgrammeChoice(i, name, ProgrammeStatus(s), a, b) for i, name, s, a, b in rows]


def load_dashboard(
    database: Database, programme_id: int | None = None, now: datetime | None = None
) -> DashboardData:
    now = now or datetime.now(UTC)
    with database.reading() as session:
        zone = organisation_zone(session)[0]
        today = now.astimezone(zone).date()
        if programme_id is None:
            ids = tuple(
                session.scalars(
                    select(Programme.id).where(
                        Programme.status == ProgrammeStatus.RUNNING,
                        Programme.archived_at.is_(None),
                    )
                )
            )
        else:
            ids = (programme_id,) if session.get(Programme, programme_id) else ()
        return DashboardData(
            programme_id=programme_id,
            programme_ids=ids,
            figures=figures(session, ids, now, zone),
            months=sessions_per_month(session, ids, zone) if ids else (),
            ratings=ratings_per_month(session, ids, zone) if ids else (),
            progress=category_progress(session, ids) if ids else (),
            todo=todo_list(session, database, ids, now, today),
        )
