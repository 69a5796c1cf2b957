"""How many messages failed, for the status bar's hint at start and after each mail change.

Apart from the outbox's services on purpose: those import the calendar, keyring and PDF
libraries, and this count runs while the window opens.
"""

from __future__ import annotations

from sqlalchemy import func, select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import OutboxMessage
from mentorat_desktop.services.mail import OutboxStatus


def failed_count(database: Database) -> int:
    """The messages that failed and wait in the outbox for a retry or a discard."""
    with database.reading() as session:
        query = select(func.count()).where(OutboxMessage.status == OutboxStatus.FAILED.value)
        return session.scalar(query) or 0
