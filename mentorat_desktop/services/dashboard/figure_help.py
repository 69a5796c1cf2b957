"""How each dashboard figure is computed, in the user's words: the tiles' tooltips.

Each sentence follows the query in ``evaluation.figures``; the constants it names come from
there, so a changed threshold changes the explanation too.
"""

from __future__ import annotations

from mentorat_desktop.i18n import translate
from mentorat_desktop.services.dashboard.dashboard_data import RECENT_DAYS
from mentorat_desktop.services.sessions.journal_rules import JOURNAL_GRACE_DAYS


def figure_explanations() -> dict[str, str]:
    """The explanation of each figure, by the key of its ``FigureLine``."""
    days = RECENT_DAYS
    grace = JOURNAL_GRACE_DAYS
    return {
        "match_rate": translate(
            "FigureHelp",
            "Participants of the programmes shown who are the mentor or the mentee of an "
            "active pair, divided by all their participants. Archived people (who left the "
            "company) are counted on neither side.",
        ),
        "active_pairs": translate(
            "FigureHelp",
            "Pairs whose status is active. Below: how many of them held a session in the "
            "last %n days, and their share of the active pairs.",
            None,
            days,
        ),
        "sessions_month": translate(
            "FigureHelp",
            "Sessions marked held that took place this calendar month, in the organisation's "
            "time zone. Below: the planned sessions still to come before the month ends.",
        ),
        "hours": translate(
            "FigureHelp",
            "The total length of every session marked held, in hours; planned, cancelled "
            "and missed sessions do not count.",
        ),
        "completion": translate(
            "FigureHelp",
            "Sessions held divided by the sessions due to date: every session already begun "
            "that was not cancelled. A missed session, or one still marked planned after its "
            "date, counts as due but not as held.",
        ),
        "pairs_ended": translate(
            "FigureHelp",
            "Pairs whose status is completed (they went to the end), and pairs stopped before "
            "the end.",
        ),
        "ratings": translate(
            "FigureHelp",
            "The average of the ratings (1 to 5) written in the session journals, by the "
            "mentors and by the mentees separately. A journal without a rating is left out; "
            "“—” means no rating yet.",
        ),
        "fit": translate(
            "FigureHelp",
            "The answers to the pairing-fit question asked in the journals after a pair's "
            "first session, each side's answer counted: good fit, unsure, not a fit.",
        ),
        "journals": translate(
            "FigureHelp",
            "Past sessions, held or still marked planned, that have no journal yet. Overdue: "
            "more than %n days after the session.",
            None,
            grace,
        ),
    }


def figures_scope() -> str:
    """What every figure covers, said once under each explanation."""
    return translate(
        "FigureHelp",
        "Counted over the programme chosen above, or all running programmes; archived pairs "
        "and their sessions are left out.",
    )
