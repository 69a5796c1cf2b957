"""The programme, participants, pair and matcher dialogs on demo data, for screenshots."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.services.programmes.matching import MatchOptions, propose
from mentorat_desktop.services.programmes.pair_table import list_pairs
from mentorat_desktop.services.programmes.pairs import get_pair
from mentorat_desktop.services.programmes.programmes import list_programmes


def pair_dialogs(database: Database, parent: QWidget) -> list[tuple[QDialog, str]]:
    from mentorat_desktop.ui.dialogs.match_dialog import MatchDialog
    from mentorat_desktop.ui.dialogs.pair_dialog import PairDialog
    from mentorat_desktop.ui.dialogs.participants_dialog import ParticipantsDialog
    from mentorat_desktop.ui.dialogs.programme_dialog import ProgrammeDialog

    programmes = list_programmes(database)
    draft = next((p for p in programmes if p.status is ProgrammeStatus.DRAFT), None)
    running = next((p for p in programmes if p.status is ProgrammeStatus.RUNNING), None)
    dialogs: list[tuple[QDialog, str]] = []
    if draft is None or running is None:
        return dialogs
    dialogs.append((ProgrammeDialog(database, draft, parent), "programme-dialog"))
    dialogs.append((ParticipantsDialog(database, draft.id, parent), "participants-dialog"))
    rows = list_pairs(database, running.id)
    if rows:
        pair = get_pair(database, rows[0].id)
        dialogs.append((PairDialog(database, running.id, pair, parent), "pair-dialog"))
    matcher = MatchDialog(database, draft.id, parent)
    matcher._show_outcome(propose(database, draft.id, MatchOptions()))  # no thread for a picture
    dialogs.append((matcher, "match-dialog"))
    return dialogs
