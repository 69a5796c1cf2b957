"""Calendars: a random part of this database in every session's iCalendar UID.

Revision ID: 0006
Revises: 0005

Until now a session's UID was ``session-<id>@mentorat.invalid``, so another database, or one
made anew, gave the same UIDs to other sessions and a calendar could take a new invitation
for an update of an old event. The one row made here holds a random part for the UIDs of
sessions made from now on, and the last session id that existed before: those sessions keep
their old UID, since their .ics files and invitations may already be in calendars, which
would otherwise show each of them twice. A database with no session yet gets its row when
its first calendar is made (services/sessions/calendar_key.py), so that a new database stays
empty (a transfer's destination must be).
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "calendar_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid_part", sa.String(length=32), nullable=False),
        sa.Column("legacy_last_session", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_calendar_key_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_key")),
    )
    sessions = sa.table("session", sa.column("id", sa.Integer()))
    last = op.get_bind().execute(sa.select(sa.func.max(sessions.c.id))).scalar()
    if last:  # a new database gets its row on its first calendar (it must stay empty)
        op.bulk_insert(
            table, [{"id": 1, "uid_part": secrets.token_hex(6), "legacy_last_session": last}]
        )


def downgrade() -> None:
    op.drop_table("calendar_key")
