"""Programmes, participants, pairs, sessions, journals, assessments and certificates.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from mentorat_desktop.db.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("rhythm_weeks", sa.Integer(), nullable=False),
        sa.Column("session_minutes", sa.Integer(), nullable=False),
        sa.Column("mentor_capacity", sa.Integer(), nullable=False),
        sa.Column(
            "midpoint_review",
            sa.Boolean(create_constraint=True, name=op.f("ck_programme_midpoint_review")),
            nullable=False,
        ),
        sa.Column(
            "language",
            sa.Enum(
                "fr",
                "en",
                name=op.f("ck_programme_language"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "running",
                "closed",
                name=op.f("ck_programme_status"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("charter_text", sa.Text(), nullable=False),
        sa.Column("certificate_min_sessions", sa.Integer(), nullable=False),
        sa.Column(
            "certificate_needs_end_assessment",
            sa.Boolean(
                create_constraint=True, name=op.f("ck_programme_certificate_needs_end_assessment")
            ),
            nullable=False,
        ),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("certificate_min_sessions >= 0", name=op.f("ck_programme_min_sessions")),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_programme_end_after_start")),
        sa.CheckConstraint("mentor_capacity > 0", name=op.f("ck_programme_positive_capacity")),
        sa.CheckConstraint("rhythm_weeks > 0", name=op.f("ck_programme_positive_rhythm")),
        sa.CheckConstraint(
            "session_minutes > 0", name=op.f("ck_programme_positive_session_length")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("name_key", name=op.f("uq_programme_name_key")),
    )
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "mentor",
                "mentee",
                "both",
                name=op.f("ck_certificate_role"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("sessions_count", sa.Integer(), nullable=False),
        sa.Column("minutes_count", sa.Integer(), nullable=False),
        sa.Column("verification_code", sa.String(length=32), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.CheckConstraint("minutes_count >= 0", name=op.f("ck_certificate_minutes_count")),
        sa.CheckConstraint("sessions_count >= 0", name=op.f("ck_certificate_sessions_count")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_certificate_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_certificate_programme_id_programme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint(
            "person_id", "programme_id", name=op.f("uq_certificate_person_id_programme_id")
        ),
        sa.UniqueConstraint("verification_code", name=op.f("uq_certificate_verification_code")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_programme_id"), ["programme_id"], unique=False
        )
    op.create_table(
        "pair",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column(
            "reciprocal",
            sa.Boolean(create_constraint=True, name=op.f("ck_pair_reciprocal")),
            nullable=False,
        ),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "active",
                "completed",
                "stopped",
                name=op.f("ck_pair_status"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("charter_signed_on", sa.Date(), nullable=True),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
            name=op.f("ck_pair_end_after_start"),
        ),
        sa.CheckConstraint("mentor_id <> mentee_id", name=op.f("ck_pair_distinct_people")),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["person.id"], name=op.f("fk_pair_mentee_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["person.id"], name=op.f("fk_pair_mentor_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_pair_programme_id_programme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pair")),
    )
    with op.batch_alter_table("pair", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pair_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pair_mentor_id"), ["mentor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pair_programme_id"), ["programme_id"], unique=False)
    op.create_table(
        "programme_participant",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_programme_participant_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_programme_participant_programme_id_programme"),
        ),
        sa.PrimaryKeyConstraint("programme_id", "person_id", name=op.f("pk_programme_participant")),
    )
    with op.batch_alter_table("programme_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_participant_person_id"), ["person_id"], unique=False
        )
    op.create_table(
        "skill_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "start",
                "end",
                "other",
                name=op.f("ck_skill_assessment_kind"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.CheckConstraint("level BETWEEN 0 AND 4", name=op.f("ck_skill_assessment_level")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_skill_assessment_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_skill_assessment_programme_id_programme"),
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skill.id"], name=op.f("fk_skill_assessment_skill_id_skill")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_assessment")),
    )
    with op.batch_alter_table("skill_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_skill_assessment_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_skill_assessment_programme_id"), ["programme_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_skill_assessment_skill_id"), ["skill_id"], unique=False
        )
    op.create_table(
        "pair_focus_skill",
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "mentor_to_mentee",
                "mentee_to_mentor",
                name=op.f("ck_pair_focus_skill_direction"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["pair_id"], ["pair.id"], name=op.f("fk_pair_focus_skill_pair_id_pair")
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skill.id"], name=op.f("fk_pair_focus_skill_skill_id_skill")
        ),
        sa.PrimaryKeyConstraint(
            "pair_id", "skill_id", "direction", name=op.f("pk_pair_focus_skill")
        ),
    )
    with op.batch_alter_table("pair_focus_skill", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pair_focus_skill_skill_id"), ["skill_id"], unique=False
        )
    op.create_table(
        "session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=500), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "held",
                "cancelled",
                "missed",
                name=op.f("ck_session_status"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("preparation_notes", sa.Text(), nullable=False),
        sa.Column("ics_sequence", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("duration_minutes > 0", name=op.f("ck_session_positive_duration")),
        sa.CheckConstraint("ics_sequence >= 0", name=op.f("ck_session_ics_sequence")),
        sa.ForeignKeyConstraint(["pair_id"], ["pair.id"], name=op.f("fk_session_pair_id_pair")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session")),
    )
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_pair_id"), ["pair_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_starts_at"), ["starts_at"], unique=False)
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=500), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_agenda_item_positive_minutes")),
        sa.CheckConstraint("position >= 0", name=op.f("ck_agenda_item_position")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_agenda_item_session_id_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint(
            "session_id", "position", name=op.f("uq_agenda_item_session_id_position")
        ),
    )
    op.create_table(
        "journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("mentor_rating", sa.Integer(), nullable=True),
        sa.Column("mentee_rating", sa.Integer(), nullable=True),
        sa.Column(
            "mentor_fit",
            sa.Enum(
                "good",
                "unsure",
                "not_a_fit",
                name=op.f("ck_journal_mentor_fit"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "mentee_fit",
            sa.Enum(
                "good",
                "unsure",
                "not_a_fit",
                name=op.f("ck_journal_mentee_fit"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("confidential_notes", sa.Text(), nullable=False),
        sa.Column("shared_quote", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "mentee_rating IS NULL OR mentee_rating BETWEEN 1 AND 5",
            name=op.f("ck_journal_mentee_rating"),
        ),
        sa.CheckConstraint(
            "mentor_rating IS NULL OR mentor_rating BETWEEN 1 AND 5",
            name=op.f("ck_journal_mentor_rating"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_journal_session_id_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal")),
        sa.UniqueConstraint("session_id", name=op.f("uq_journal_session_id")),
    )
    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("journal_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "owner",
            sa.Enum(
                "mentor",
                "mentee",
                "both",
                name=op.f("ck_action_item_owner"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "done",
            sa.Boolean(create_constraint=True, name=op.f("ck_action_item_done")),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["journal_id"], ["journal.id"], name=op.f("fk_action_item_journal_id_journal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_journal_id"), ["journal_id"], unique=False)
    op.create_table(
        "journal_skill",
        sa.Column("journal_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["journal_id"], ["journal.id"], name=op.f("fk_journal_skill_journal_id_journal")
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skill.id"], name=op.f("fk_journal_skill_skill_id_skill")
        ),
        sa.PrimaryKeyConstraint("journal_id", "skill_id", name=op.f("pk_journal_skill")),
    )
    with op.batch_alter_table("journal_skill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_skill_skill_id"), ["skill_id"], unique=False)


def downgrade() -> None:
    op.drop_table("journal_skill")
    op.drop_table("action_item")
    op.drop_table("journal")
    op.drop_table("agenda_item")
    op.drop_table("session")
    op.drop_table("pair_focus_skill")
    op.drop_table("skill_assessment")
    op.drop_table("programme_participant")
    op.drop_table("pair")
    op.drop_table("certificate")
    op.drop_table("programme")
