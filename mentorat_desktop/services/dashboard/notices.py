"""What the dashboard warns about: backups that stopped, personal data kept too long."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mentorat_desktop.db.database import Database
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.safety.backup import OVERDUE_AFTER, last_backup
from mentorat_desktop.services.safety.privacy import retention_due

BACKUP_OVERDUE = "backup_overdue"
RETENTION_DUE = "retention_due"
NAMES_SHOWN = 5


@dataclass(frozen=True)
class Notice:
    kind: str
    message: str
    person_ids: tuple[int, ...] = ()


def backup_notice(database: Database, now: datetime | None = None) -> Notice | None:
    """More than a week without a backup (never on a server: its administrator backs it up)."""
    db_file = database.sqlite_file
    if db_file is None:
        return None
    moment = now or datetime.now()
    last = last_backup(db_file)
    if last is None:
        return Notice(
            BACKUP_OVERDUE,
            translate("Notices", "This database has never been backed up. Back it up now."),
        )
    if moment - last.taken_at <= OVERDUE_AFTER:
        return None
    days = (moment - last.taken_at).days
    return Notice(
        BACKUP_OVERDUE,
        translate(
            "Notices",
            "The last backup is %n days old: back up now, ideally to a USB key.",
            None,
            days,
        ),
    )


def retention_notice(database: Database, today: date | None = None) -> Notice | None:
    due = retention_due(database, today)
    if not due:
        return None
    names = ", ".join(p.full_name for p in due[:NAMES_SHOWN])
    if len(due) > NAMES_SHOWN:
        more = len(due) - NAMES_SHOWN
        names = translate("Notices", "{names} and %n more", None, more).format(names=names)
    return Notice(
        RETENTION_DUE,
        translate(
            "Notices",
            "Archived longer than the retention period allows: {names}. Anonymise them.",
        ).format(names=names),
        tuple(p.id for p in due),
    )


def dashboard_notices(database: Database, now: datetime | None = None) -> list[Notice]:
    moment = now or datetime.now()
    found = [backup_notice(database, moment), retention_notice(database, moment.date())]
    return [n for n in found if n is not None]
