"""What the dashboard shows for one programme or for all running ones, read in one go.

Figures and charts come from ``evaluation`` (shared with the programme report), skill
progress from ``assessments``, the to-do list from ``dashboard_todo``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.db.models import Programme
from mentorat_desktop.documents.report_data import CategoryProgress, MonthCount
from mentorat_desktop.i18n import format_integer, format_number, translate
from mentorat_desktop.services.dashboard.dashboard_todo import TodoItem, todo_list
from mentorat_desktop.services.dashboard.evaluation import (
    Figures,
    MonthRating,
    figures,
    ratings_per_month,
    sessions_per_month,
)
from mentorat_desktop.services.programmes.assessments import category_progress
from mentorat_desktop.services.sessions.sessions import organisation_zone


@dataclass(frozen=True)
class ProgrammeChoice:
    id: int
    name: str
    status: ProgrammeStatus
    start_date: date
    end_date: date


@dataclass(frozen=True)
class DashboardData:
    programme_id: int | None  # None: all running programmes
    programme_ids: tuple[int, ...]
    figures: Figures
    months: tuple[MonthCount, ...]
    ratings: tuple[MonthRating, ...]
    progress: tuple[CategoryProgress, ...]
    todo: tuple[TodoItem, ...]

    @property
    def empty(self) -> bool:
        return not self.programme_ids


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


def percent(value: float | None) -> str:
    if value is None:
        return "—"
    return translate("Dashboard", "{value} %").format(value=format_number(float(value) * 100, 0))


def decimal(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else format_number(float(value), digits)


@dataclass(frozen=True)
class FigureLine:
    key: str
    label: str
    value: str
    detail: str  # what it counts, for the tooltip and the export


def figure_lines(f: Figures) -> list[FigureLine]:
    """The dashboard's figures as translated text, for the cards and the exports."""
    matched, met, planned, held, due = (
        f.matched,
        f.met_recently,
        f.planned_this_month,
        f.sessions_held,
        f.sessions_due,
    )
    good, unsure, bad = f.fit_good, f.fit_unsure, f.fit_not
    completed, stopped, rated, overdue = (
        f.completed_pairs,
        f.stopped_pairs,
        f.ratings,
        f.journals_overdue,
    )
    return [
        FigureLine(
            "match_rate",
            translate("Dashboard", "Match rate"),
            percent(f.match_rate),
            translate(
                "Dashboard",
                "%n of {participants} participants are in an active pair",
                None,
                matched,
            ).format(participants=f.current_participants),
        ),
        FigureLine(
            "active_pairs",
            translate("Dashboard", "Active pairs"),
            format_integer(f.active_pairs),
            translate("Dashboard", "{share} met in the last 30 days (%n pairs)", None, met).format(
                share=percent(f.met_recently_share)
            ),
        ),
        FigureLine(
            "sessions_month",
            translate("Dashboard", "Sessions this month"),
            format_integer(f.held_this_month),
            translate("Dashboard", "held this month; %n more planned", None, planned),
        ),
        FigureLine(
            "hours",
            translate("Dashboard", "Hours of mentoring"),
            decimal(f.hours_held, 0 if f.minutes_held % 60 == 0 else 1),
            translate("Dashboard", "in %n held sessions", None, held),
        ),
        FigureLine(
            "completion",
            translate("Dashboard", "Session completion"),
            percent(f.completion),
            translate("Dashboard", "{held} of %n planned to date", None, due).format(
                held=translate("Dashboard", "%n held", None, held)
            ),
        ),
        FigureLine(
            "pairs_ended",
            translate("Dashboard", "Pairs completed / stopped"),
            f"{format_integer(f.completed_pairs)} / {format_integer(f.stopped_pairs)}",
            translate("Dashboard", "{completed}, {stopped}").format(
                completed=translate("Dashboard", "%n completed", None, completed),
                stopped=translate("Dashboard", "%n stopped early", None, stopped),
            ),
        ),
        FigureLine(
            "ratings",
            translate("Dashboard", "Ratings (mentors / mentees)"),
            f"{decimal(f.mentor_rating)} / {decimal(f.mentee_rating)}",
            translate("Dashboard", "average out of 5, over %n rated journals", None, rated),
        ),
        FigureLine(
            "fit",
            translate("Dashboard", "Pairing fit (good / unsure / not)"),
            f"{f.fit_good} / {f.fit_unsure} / {f.fit_not}",
            translate("Dashboard", "{good}, {unsure}, {bad}").format(
                good=translate("Dashboard", "%n good fit", None, good),
                unsure=translate("Dashboard", "%n unsure", None, unsure),
                bad=translate("Dashboard", "%n not a fit", None, bad),
            ),
        ),
        FigureLine(
            "journals",
            translate("Dashboard", "Journals to write"),
            format_integer(f.journals_to_write),
            translate("Dashboard", "of which %n overdue (over a week)", None, overdue),
        ),
    ]
