"""What the programme report shows, as plain data: no ReportLab here, so the dashboard can
share these types without loading the PDF engine at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # layout loads ReportLab
    from mentorat_desktop.documents.layout import Letterhead


@dataclass(frozen=True)
class MonthCount:
    month: date  # first day of the month
    held: int
    cancelled: int
    missed: int


@dataclass(frozen=True)
class CategoryProgress:
    category: str
    start_level: float
    end_level: float
    people: int


@dataclass(frozen=True)
class PairLine:
    mentor: str
    mentee: str
    status: str  # already translated
    sessions_held: int


@dataclass(frozen=True)
class ReportDocument:
    letterhead: Letterhead
    programme: str
    start: date
    end: date
    participants: int
    pairs: int
    active_pairs: int
    completed_pairs: int
    stopped_pairs: int
    sessions_held: int
    sessions_planned: int
    minutes_held: int
    mentor_rating: float | None
    mentee_rating: float | None
    months: tuple[MonthCount, ...]
    progress: tuple[CategoryProgress, ...]
    pair_lines: tuple[PairLine, ...]
    quotes: tuple[str, ...] = ()
