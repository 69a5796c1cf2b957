"""Fillable forms: the database's signing key, the forms already imported, end feedback.

Revision ID: 0004
Revises: 0003

The key row is not made here but on the first form built (services/forms/identity.py): a
database copied from a template before any form was built still gets a secret of its own.
"""

import sqlalchemy as sa
from alembic import op

from mentorat_desktop.db.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "form_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("database_uid", sa.String(length=32), nullable=False),
        sa.Column("secret", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_key")),
        sa.UniqueConstraint("database_uid", name=op.f("uq_form_key_database_uid")),
    )
    op.create_table(
        "returned_form",
        sa.Column("form_uid", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_returned_form_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_returned_form_programme_id_programme")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_returned_form_session_id_session")
        ),
        sa.PrimaryKeyConstraint("form_uid", name=op.f("pk_returned_form")),
    )
    for column in ("person_id", "programme_id", "session_id"):
        op.create_index(op.f(f"ix_returned_form_{column}"), "returned_form", [column])
    op.create_table(
        "programme_feedback",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "rating IS NULL OR rating BETWEEN 1 AND 5", name=op.f("ck_programme_feedback_rating")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_programme_feedback_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_programme_feedback_programme_id_programme"),
        ),
        sa.PrimaryKeyConstraint("person_id", "programme_id", name=op.f("pk_programme_feedback")),
    )
    op.create_index(
        op.f("ix_programme_feedback_programme_id"), "programme_feedback", ["programme_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_programme_feedback_programme_id"), table_name="programme_feedback")
    op.drop_table("programme_feedback")
    for column in ("person_id", "programme_id", "session_id"):
        op.drop_index(op.f(f"ix_returned_form_{column}"), table_name="returned_form")
    op.drop_table("returned_form")
    op.drop_table("form_key")
