"""People, departments, skills and the organisation settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from mentorat_desktop.db.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
        sa.UniqueConstraint("name_key", name=op.f("uq_department_name_key")),
    )
    op.create_table(
        "organisation_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("signatory_name", sa.String(length=200), nullable=False),
        sa.Column("signatory_title", sa.String(length=200), nullable=False),
        sa.Column(
            "language",
            sa.Enum(
                "fr",
                "en",
                name=op.f("ck_organisation_settings_language"),
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("default_session_minutes", sa.Integer(), nullable=False),
        sa.Column("reminder_days", sa.Integer(), nullable=False),
        sa.Column("retention_months", sa.Integer(), nullable=False),
        sa.Column(
            "setup_done",
            sa.Boolean(create_constraint=True, name=op.f("ck_organisation_settings_setup_done")),
            nullable=False,
        ),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "default_session_minutes > 0",
            name=op.f("ck_organisation_settings_positive_session_length"),
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_organisation_settings_single_row")),
        sa.CheckConstraint(
            "reminder_days > 0", name=op.f("ck_organisation_settings_positive_reminder_days")
        ),
        sa.CheckConstraint(
            "retention_months > 0", name=op.f("ck_organisation_settings_positive_retention")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_settings")),
    )
    op.create_table(
        "skill_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_category")),
        sa.UniqueConstraint("name_key", name=op.f("uq_skill_category_name_key")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=120), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("email_key", sa.String(length=254), nullable=True),
        sa.Column("job_title", sa.String(length=300), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("first_name <> '' OR last_name <> ''", name=op.f("ck_person_has_name")),
        sa.CheckConstraint(
            "birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100",
            name=op.f("ck_person_birth_year"),
        ),
        sa.CheckConstraint(
            "manager_id IS NULL OR manager_id <> id", name=op.f("ck_person_not_own_manager")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"], name=op.f("fk_person_department_id_department")
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["person.id"], name=op.f("fk_person_manager_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("email_key", name=op.f("uq_person_email_key")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_department_id"), ["department_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_manager_id"), ["manager_id"], unique=False)
    op.create_table(
        "skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_id"], ["skill_category.id"], name=op.f("fk_skill_category_id_skill_category")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill")),
        sa.UniqueConstraint("category_id", "name_key", name=op.f("uq_skill_category_id_name_key")),
    )
    with op.batch_alter_table("skill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skill_category_id"), ["category_id"], unique=False)
    op.create_table(
        "person_skill",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column(
            "can_teach",
            sa.Boolean(create_constraint=True, name=op.f("ck_person_skill_can_teach")),
            nullable=False,
        ),
        sa.Column(
            "wants_to_learn",
            sa.Boolean(create_constraint=True, name=op.f("ck_person_skill_wants_to_learn")),
            nullable=False,
        ),
        sa.Column("target_level", sa.Integer(), nullable=True),
        sa.CheckConstraint("level BETWEEN 0 AND 4", name=op.f("ck_person_skill_level")),
        sa.CheckConstraint(
            "target_level IS NULL OR target_level BETWEEN 0 AND 4",
            name=op.f("ck_person_skill_target_level"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_skill_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skill.id"], name=op.f("fk_person_skill_skill_id_skill")
        ),
        sa.PrimaryKeyConstraint("person_id", "skill_id", name=op.f("pk_person_skill")),
    )
    with op.batch_alter_table("person_skill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_skill_skill_id"), ["skill_id"], unique=False)


def downgrade() -> None:
    op.drop_table("person_skill")
    op.drop_table("skill")
    op.drop_table("person")
    op.drop_table("skill_category")
    op.drop_table("organisation_settings")
    op.drop_table("department")
