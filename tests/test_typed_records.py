"""The services hand statuses, roles, owners and answers out as the enums of db/enums.py.

The widgets compare them with ``is``; a plain string such as "active" would make every such
comparison false without an error, so each record is checked for the enum itself.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import (
    ActionOwner,
    CertificateRole,
    Direction,
    PairingFit,
    PairStatus,
    ProgrammeStatus,
    SessionStatus,
)
from mentorat_desktop.db.models import ActionItem, Journal, Programme
from mentorat_desktop.demo import load_demo
from mentorat_desktop.services.dashboard.dashboard import programme_choices
from mentorat_desktop.services.documents.certificates import eligibility
from mentorat_desktop.services.programmes.pair_table import PairHealth, list_pairs
from mentorat_desktop.services.programmes.pairs import get_pair
from mentorat_desktop.services.programmes.programmes import list_programmes
from mentorat_desktop.services.sessions import session_list as sl
from mentorat_desktop.services.sessions.agenda import get_agenda
from mentorat_desktop.services.sessions.journals import get_journal

TODAY = date(2026, 12, 1)


def _running(database: Database) -> int:
    with database.reading() as s:
        return s.scalars(
            select(Programme.id).where(Programme.status == ProgrammeStatus.RUNNING)
        ).one()


def test_services_return_enums_not_their_values(sqlite_database: Database) -> None:
    database = sqlite_database
    load_demo(database, "small", seed=1, today=TODAY)
    running = _running(database)

    assert {type(p.status) for p in list_programmes(database)} == {ProgrammeStatus}
    assert {type(c.status) for c in programme_choices(database)} == {ProgrammeStatus}

    rows = list_pairs(database, running, today=TODAY)
    assert rows and {type(r.status) for r in rows} == {PairStatus}
    assert {type(r.health) for r in rows} == {PairHealth}
    assert {type(d) for r in rows for _, d in r.focus} == {Direction}
    assert type(get_pair(database, rows[0].id).status) is PairStatus

    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    sessions = sl.list_sessions(database, sl.SessionFilter(sl.ALL), now)
    assert sessions and {type(s.status) for s in sessions} == {SessionStatus}

    with database.reading() as s:
        session_id = s.scalars(
            select(Journal.session_id).join(ActionItem, ActionItem.journal_id == Journal.id)
        ).first()
    assert session_id is not None
    journal = get_journal(database, session_id)
    assert type(journal.status) is SessionStatus
    assert {type(a.owner) for a in journal.content.action_items} == {ActionOwner}
    for fit in (journal.content.mentor_fit, journal.content.mentee_fit):
        assert fit is None or type(fit) is PairingFit

    upcoming = [s for s in sessions if s.status is SessionStatus.PLANNED and s.starts_at > now]
    actions = [a for s in upcoming for a in get_agenda(database, s.id).open_actions]
    assert {type(a.owner) for a in actions} <= {ActionOwner}

    assert {type(e.role) for e in eligibility(database, running)} == {CertificateRole}


def test_the_widgets_compare_statuses_as_enums_not_as_text() -> None:
    """A status compared with its text in ui/ (``== "held"``) would pass the type checker and
    silently break if a value were renamed: every comparison goes through the enum."""
    import re
    from enum import StrEnum
    from pathlib import Path

    import mentorat_desktop.db.enums as enums

    values = {
        member.value
        for enum in vars(enums).values()
        if isinstance(enum, type) and issubclass(enum, StrEnum) and enum is not StrEnum
        for member in enum
    }
    compared = re.compile(r"""(?:==|!=|\bin\b)\s*\(?\s*["']([a-z_-]+)["']""")
    ui = Path(enums.__file__).resolve().parent.parent / "ui"
    found = [
        f"{path.relative_to(ui)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if not line.lstrip().startswith("for ")  # a loop over names, not a comparison
        for value in compared.findall(line)
        if value in values
    ]
    assert not found, found
