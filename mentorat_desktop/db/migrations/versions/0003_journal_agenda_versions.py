"""Version counters for journals, agendas and preparation notes (no lost updates).

Revision ID: 0003
Revises: 0002

Rows that exist already start at version 1, like a freshly created row. The server
default that fills them stays (the models declare it too): dropping it would make SQLite
rebuild the session table, which journals and agenda items reference.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COUNTERS = (
    ("journal", "version_id"),
    ("session", "agenda_version"),
    ("session", "preparation_version"),
)


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite supports it with a constant default, and a batch rebuild
    # would drop tables that others reference (foreign keys are enforced).
    for table, column in COUNTERS:
        op.add_column(
            table, sa.Column(column, sa.Integer(), nullable=False, server_default=sa.text("1"))
        )


def downgrade() -> None:
    for table, column in reversed(COUNTERS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
