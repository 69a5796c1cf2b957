"""The views of the main window: key, icon, translated title and purpose, and key figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the window's shell is built before the database layer is imported
    from mentorat_desktop.services.dashboard.overview import Overview

translate = QCoreApplication.translate

Figure = tuple[int, str]


@dataclass(frozen=True)
class ViewSpec:
    key: str
    icon: str
    title: str
    purpose: str
    figures: Callable[[Overview], list[Figure]]


def view_specs() -> list[ViewSpec]:
    """Built at run time so the titles come out in the installed language."""
    return [
        ViewSpec(
            "dashboard",
            "layout-dashboard",
            translate("Views", "Dashboard"),
            translate(
                "Views",
                "What is happening in your programmes, what needs doing today, "
                "and whether the programme works.",
            ),
            lambda o: [
                (o.running_programmes, translate("Views", "running programmes")),
                (o.active_pairs, translate("Views", "active pairs")),
                (o.upcoming_sessions, translate("Views", "sessions to come")),
                (o.held_sessions, translate("Views", "sessions held")),
            ],
        ),
        ViewSpec(
            "staff",
            "users",
            translate("Views", "Staff"),
            translate(
                "Views",
                "The people of the company, who can teach what and who wants to learn what.",
            ),
            lambda o: [
                (o.people, translate("Views", "people")),
                (o.departments, translate("Views", "departments")),
            ],
        ),
        ViewSpec(
            "skills",
            "graduation-cap",
            translate("Views", "Skills"),
            translate(
                "Views", "The skills catalogue by category, with supply and demand for each skill."
            ),
            lambda o: [
                (o.skill_categories, translate("Views", "categories")),
                (o.skills, translate("Views", "skills")),
            ],
        ),
        ViewSpec(
            "pairs",
            "handshake",
            translate("Views", "Pairs"),
            translate(
                "Views",
                "The mentor and mentee pairs of each programme, and how each pair is doing.",
            ),
            lambda o: [
                (o.programmes, translate("Views", "programmes")),
                (o.pairs, translate("Views", "pairs")),
                (o.active_pairs, translate("Views", "active pairs")),
            ],
        ),
        ViewSpec(
            "sessions",
            "calendar-days",
            translate("Views", "Sessions"),
            translate(
                "Views", "Every meeting of every pair: planned, held, cancelled, and its journal."
            ),
            lambda o: [
                (o.sessions, translate("Views", "sessions")),
                (o.upcoming_sessions, translate("Views", "to come")),
                (o.journals, translate("Views", "journals written")),
            ],
        ),
        ViewSpec(
            "documents",
            "file-text",
            translate("Views", "Documents"),
            translate(
                "Views",
                "Programme charters, session agendas, certificates and the programme report, "
                "to preview, print or save as PDF.",
            ),
            lambda o: [
                (o.programmes, translate("Views", "programmes")),
                (o.pairs, translate("Views", "pairs")),
            ],
        ),
    ]
