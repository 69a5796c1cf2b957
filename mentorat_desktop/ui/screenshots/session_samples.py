"""The session dialogs on demo data, for `mentorat screenshots`."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QDialog, QWidget

from mentorat_desktop.db.database import Database
from mentorat_desktop.services.sessions import session_list as sl
from mentorat_desktop.services.sessions.journals import pairs_not_a_fit


def session_dialogs(database: Database, parent: QWidget) -> list[tuple[QDialog, str]]:
    """The planning dialog, an upcoming session's agenda and move, a first session's journal."""
    from mentorat_desktop.ui.dialogs.agenda_dialog import AgendaDialog
    from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog
    from mentorat_desktop.ui.dialogs.move_session_dialog import MoveSessionDialog
    from mentorat_desktop.ui.dialogs.plan_programme_dialog import PlanProgrammeDialog
    from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog

    now = datetime.now(UTC)
    upcoming = sl.list_sessions(database, sl.SessionFilter(sl.UPCOMING), now)
    past = sl.list_sessions(database, sl.SessionFilter(sl.PAST), now)
    unfit = pairs_not_a_fit(database)
    dialogs: list[tuple[QDialog, str]] = []
    pair_id = upcoming[0].pair_id if upcoming else None
    dialogs.append((PlanSessionsDialog(database, pair_id, parent), "plan-sessions-dialog"))
    programme_id = upcoming[0].programme_id if upcoming else None
    dialogs.append((PlanProgrammeDialog(database, programme_id, parent), "plan-programme-dialog"))
    if upcoming:
        dialogs.append((AgendaDialog(database, upcoming[0].id, parent), "agenda-dialog"))
        move = MoveSessionDialog(database, upcoming[0].id, upcoming[0].version, parent)
        dialogs.append((move, "move-session-dialog"))
    journal_session = unfit[0].session_id if unfit else (past[0].id if past else None)
    if journal_session is not None:
        dialogs.append((JournalDialog(database, journal_session, parent), "journal-dialog"))
    return dialogs
