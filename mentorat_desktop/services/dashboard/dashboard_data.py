"""What the dashboard shows, as plain data: frozen dataclasses, enums and the figures' wording,
with no database layer behind them. The start paints the dashboard from a snapshot of these
(``snapshot``) before SQLAlchemy is imported, so this module imports neither it nor the models;
the services that compute them (``evaluation``, ``dashboard_todo``, ``first_steps``,
``dashboard``) re-export them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.documents.report_data import CategoryProgress, MonthCount
from mentorat_desktop.i18n import format_integer, format_number, translate

RECENT_DAYS = 30  # an active pair "met recently" when it held a session in these days

# What a line is about, and where it is done ("view" keys of the main window, and
# "assessment": the dashboard's own end-assessment dialog).
LATE_PAIR = "late_pair"
LATE_PAIRS_MORE = "late_pairs_more"
NOT_A_FIT = "not_a_fit"
JOURNAL = "journal"
JOURNALS_MORE = "journals_more"
ACTION = "action"
ACTIONS_MORE = "actions_more"
ENDING = "ending"
CERTIFICATES = "certificates"
END_ASSESSMENTS = "end_assessments"
UNTAUGHT = "untaught"


@dataclass(frozen=True)
class TodoItem:
    kind: str
    text: str  # translated, one sentence
    view: str  # "pairs", "sessions", "skills", "documents" or "assessment"
    item_id: int | None  # the row to select there (pair, session, skill, programme)
    urgent: bool = False  # shown with a warning icon and the word "Overdue"/"Stalled"


@dataclass(frozen=True)
class Figures:
    participants: int  # enrolled
    current_participants: int  # enrolled and not archived
    matched: int  # of those, in an active pair
    pairs: int
    active_pairs: int
    met_recently: int  # active pairs with a held session in the last 30 days
    completed_pairs: int
    stopped_pairs: int
    held_this_month: int
    planned_this_month: int  # planned sessions still to come this month
    sessions_held: int
    sessions_due: int  # not cancelled and begun before now
    minutes_held: int
    mentor_rating: float | None
    mentee_rating: float | None
    ratings: int  # journals with at least one rating
    fit_good: int
    fit_unsure: int
    fit_not: int
    journals_to_write: int
    journals_overdue: int

    @property
    def match_rate(self) -> float | None:
        return self.matched / self.current_participants if self.current_participants else None

    @property
    def met_recently_share(self) -> float | None:
        return self.met_recently / self.active_pairs if self.active_pairs else None

    @property
    def completion(self) -> float | None:
        return self.sessions_held / self.sessions_due if self.sessions_due else None

    @property
    def hours_held(self) -> float:
        return self.minutes_held / 60


@dataclass(frozen=True)
class MonthRating:
    month: date
    mentor_rating: float | None
    mentee_rating: float | None
    journals: int


class FirstStep(StrEnum):
    """In the order they are done; each value is also where the step is done."""

    ORGANISATION = "organisation"
    STAFF = "staff"
    SKILLS = "skills"
    PROGRAMME = "programme"
    PAIRS = "pairs"
    SESSIONS = "sessions"

    @property
    def view(self) -> str:
        """The view where the step is done ("settings": the settings dialog)."""
        return {
            FirstStep.ORGANISATION: "settings",
            FirstStep.PROGRAMME: "pairs",
        }.get(self, self.value)


@dataclass(frozen=True)
class FirstSteps:
    done: frozenset[FirstStep]

    @property
    def all_done(self) -> bool:
        return self.done == frozenset(FirstStep)

    def next_step(self) -> FirstStep | None:
        return next((step for step in FirstStep if step not in self.done), None)


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
