"""The domain model of DESIGN.md as SQLAlchemy 2 typed models.

Integrity lives in the database as well as in the services: foreign keys, unique
constraints on normalised keys, and CHECK constraints on ranges and enums.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from mentorat_desktop.db.base import Base, enum_type, flag_type, versioned
from mentorat_desktop.db.enums import (
    ActionOwner,
    AssessmentKind,
    CertificateRole,
    Direction,
    Language,
    PairingFit,
    PairStatus,
    ProgrammeStatus,
    SessionStatus,
)
from mentorat_desktop.db.types import UTCDateTime, normalise_key, utc_now

LEVEL_RANGE = "BETWEEN 0 AND 4"


class OrganisationSettings(Base):
    """The single row of company-wide settings (id is always 1)."""

    __tablename__ = "organisation_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("default_session_minutes > 0", name="positive_session_length"),
        CheckConstraint("reminder_days > 0", name="positive_reminder_days"),
        CheckConstraint("retention_months > 0", name="positive_retention"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    company_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[Language] = mapped_column(
        enum_type(Language, "language"), default=Language.FRENCH
    )
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    country: Mapped[str] = mapped_column(String(2), default="FR")
    default_session_minutes: Mapped[int] = mapped_column(Integer, default=60)
    reminder_days: Mapped[int] = mapped_column(Integer, default=21)
    retention_months: Mapped[int] = mapped_column(Integer, default=24)
    setup_done: Mapped[bool] = mapped_column(flag_type("setup_done"), default=False)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = versioned(version_id)


class Department(Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), unique=True)

    @validates("name")
    def _set_key(self, _key: str, value: str) -> str:
        self.name_key = normalise_key(value) or ""
        return value


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint(
            "birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100", name="birth_year"
        ),
        CheckConstraint("manager_id IS NULL OR manager_id <> id", name="not_own_manager"),
        CheckConstraint("first_name <> '' OR last_name <> ''", name="has_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    email_key: Mapped[str | None] = mapped_column(String(254), unique=True)
    job_title: Mapped[str] = mapped_column(String(300), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    hire_date: Mapped[date | None] = mapped_column(Date)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    department: Mapped[Department | None] = relationship()
    manager: Mapped[Person | None] = relationship(remote_side=[id])
    skills: Mapped[list[PersonSkill]] = relationship(back_populates="person")

    __mapper_args__ = versioned(version_id)

    @validates("email")
    def _set_email_key(self, _key: str, value: str | None) -> str | None:
        cleaned = (value or "").strip() or None
        self.email_key = normalise_key(cleaned)
        return cleaned

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class SkillCategory(Base):
    __tablename__ = "skill_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    skills: Mapped[list[Skill]] = relationship(back_populates="category")

    @validates("name")
    def _set_key(self, _key: str, value: str) -> str:
        self.name_key = normalise_key(value) or ""
        return value


class Skill(Base):
    __tablename__ = "skill"
    __table_args__ = (UniqueConstraint("category_id", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("skill_category.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    category: Mapped[SkillCategory] = relationship(back_populates="skills")

    @validates("name")
    def _set_key(self, _key: str, value: str) -> str:
        self.name_key = normalise_key(value) or ""
        return value


class PersonSkill(Base):
    """A person's level in a skill, and whether they can teach it or want to learn it."""

    __tablename__ = "person_skill"
    __table_args__ = (
        CheckConstraint(f"level {LEVEL_RANGE}", name="level"),
        CheckConstraint(f"target_level IS NULL OR target_level {LEVEL_RANGE}", name="target_level"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id"), primary_key=True, index=True)
    level: Mapped[int] = mapped_column(Integer, default=0)
    can_teach: Mapped[bool] = mapped_column(flag_type("can_teach"), default=False)
    wants_to_learn: Mapped[bool] = mapped_column(flag_type("wants_to_learn"), default=False)
    target_level: Mapped[int | None] = mapped_column(Integer)

    person: Mapped[Person] = relationship(back_populates="skills")
    skill: Mapped[Skill] = relationship()


class Programme(Base):
    __tablename__ = "programme"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="end_after_start"),
        CheckConstraint("rhythm_weeks > 0", name="positive_rhythm"),
        CheckConstraint("session_minutes > 0", name="positive_session_length"),
        CheckConstraint("mentor_capacity > 0", name="positive_capacity"),
        CheckConstraint("certificate_min_sessions >= 0", name="min_sessions"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    objectives: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    rhythm_weeks: Mapped[int] = mapped_column(Integer, default=2)
    session_minutes: Mapped[int] = mapped_column(Integer, default=60)
    mentor_capacity: Mapped[int] = mapped_column(Integer, default=2)
    midpoint_review: Mapped[bool] = mapped_column(flag_type("midpoint_review"), default=True)
    language: Mapped[Language] = mapped_column(
        enum_type(Language, "language"), default=Language.FRENCH
    )
    status: Mapped[ProgrammeStatus] = mapped_column(
        enum_type(ProgrammeStatus, "status"), default=ProgrammeStatus.DRAFT
    )
    charter_text: Mapped[str] = mapped_column(Text, default="")
    certificate_min_sessions: Mapped[int] = mapped_column(Integer, default=6)
    certificate_needs_end_assessment: Mapped[bool] = mapped_column(
        flag_type("certificate_needs_end_assessment"), default=True
    )
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    pairs: Mapped[list[Pair]] = relationship(back_populates="programme")

    __mapper_args__ = versioned(version_id)

    @validates("name")
    def _set_key(self, _key: str, value: str) -> str:
        self.name_key = normalise_key(value) or ""
        return value


class ProgrammeParticipant(Base):
    __tablename__ = "programme_participant"

    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True, index=True)


class SkillAssessment(Base):
    """A dated snapshot of a person's level in a skill, for before/after progress."""

    __tablename__ = "skill_assessment"
    __table_args__ = (CheckConstraint(f"level {LEVEL_RANGE}", name="level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id"), index=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"), index=True)
    kind: Mapped[AssessmentKind] = mapped_column(enum_type(AssessmentKind, "kind"))
    level: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[date] = mapped_column(Date)


class Pair(Base):
    """A binôme: the mentor teaches the mentee, who may teach something back."""

    __tablename__ = "pair"
    __table_args__ = (
        CheckConstraint("mentor_id <> mentee_id", name="distinct_people"),
        CheckConstraint(
            "ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
            name="end_after_start",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    reciprocal: Mapped[bool] = mapped_column(flag_type("reciprocal"), default=False)
    goals: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[PairStatus] = mapped_column(
        enum_type(PairStatus, "status"), default=PairStatus.PROPOSED
    )
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    charter_signed_on: Mapped[date | None] = mapped_column(Date)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    programme: Mapped[Programme] = relationship(back_populates="pairs")
    mentor: Mapped[Person] = relationship(foreign_keys=[mentor_id])
    mentee: Mapped[Person] = relationship(foreign_keys=[mentee_id])
    focus_skills: Mapped[list[PairFocusSkill]] = relationship(back_populates="pair")

    __mapper_args__ = versioned(version_id)


class PairFocusSkill(Base):
    __tablename__ = "pair_focus_skill"

    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id"), primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id"), primary_key=True, index=True)
    direction: Mapped[Direction] = mapped_column(
        enum_type(Direction, "direction"), primary_key=True
    )

    pair: Mapped[Pair] = relationship(back_populates="focus_skills")


class Session(Base):
    """One meeting of a pair. Named after the domain; SQLAlchemy's Session is aliased."""

    __tablename__ = "session"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="positive_duration"),
        CheckConstraint("ics_sequence >= 0", name="ics_sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[SessionStatus] = mapped_column(
        enum_type(SessionStatus, "status"), default=SessionStatus.PLANNED
    )
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    preparation_notes: Mapped[str] = mapped_column(Text, default="")
    ics_sequence: Mapped[int] = mapped_column(Integer, default=0)
    version_id: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # The agenda and the preparation notes are edited apart from the session's time and
    # place, each with its own counter, so editing one never makes the other stale.
    agenda_version: Mapped[int] = mapped_column(
        Integer, nullable=False, default=1, server_default=text("1")
    )
    preparation_version: Mapped[int] = mapped_column(
        Integer, nullable=False, default=1, server_default=text("1")
    )

    pair: Mapped[Pair] = relationship()
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="session", order_by="AgendaItem.position"
    )
    journal: Mapped[Journal | None] = relationship(back_populates="session")

    __mapper_args__ = versioned(version_id)


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (
        UniqueConstraint("session_id", "position"),
        CheckConstraint("minutes > 0", name="positive_minutes"),
        CheckConstraint("position >= 0", name="position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id"))
    position: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(String(500))
    minutes: Mapped[int] = mapped_column(Integer)

    session: Mapped[Session] = relationship(back_populates="agenda_items")


class Journal(Base):
    """The record of a held session. confidential_notes never leave the app."""

    __tablename__ = "journal"
    __table_args__ = (
        CheckConstraint(
            "mentor_rating IS NULL OR mentor_rating BETWEEN 1 AND 5", name="mentor_rating"
        ),
        CheckConstraint(
            "mentee_rating IS NULL OR mentee_rating BETWEEN 1 AND 5", name="mentee_rating"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id"), unique=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    learned: Mapped[str] = mapped_column(Text, default="")
    mentor_rating: Mapped[int | None] = mapped_column(Integer)
    mentee_rating: Mapped[int | None] = mapped_column(Integer)
    mentor_fit: Mapped[PairingFit | None] = mapped_column(enum_type(PairingFit, "mentor_fit"))
    mentee_fit: Mapped[PairingFit | None] = mapped_column(enum_type(PairingFit, "mentee_fit"))
    confidential_notes: Mapped[str] = mapped_column(Text, default="")
    shared_quote: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    version_id: Mapped[int] = mapped_column(
        Integer, nullable=False, default=1, server_default=text("1")
    )

    session: Mapped[Session] = relationship(back_populates="journal")
    action_items: Mapped[list[ActionItem]] = relationship(back_populates="journal")

    __mapper_args__ = versioned(version_id)


class JournalSkill(Base):
    """A skill worked during a journaled session."""

    __tablename__ = "journal_skill"

    journal_id: Mapped[int] = mapped_column(ForeignKey("journal.id"), primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id"), primary_key=True, index=True)


class ActionItem(Base):
    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journal.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[ActionOwner] = mapped_column(enum_type(ActionOwner, "owner"))
    due_on: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(flag_type("done"), default=False)

    journal: Mapped[Journal] = relationship(back_populates="action_items")


class Certificate(Base):
    """An issued attestation; printing it again gives the same code."""

    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("person_id", "programme_id"),
        CheckConstraint("sessions_count >= 0", name="sessions_count"),
        CheckConstraint("minutes_count >= 0", name="minutes_count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    role: Mapped[CertificateRole] = mapped_column(enum_type(CertificateRole, "role"))
    issued_on: Mapped[date] = mapped_column(Date)
    sessions_count: Mapped[int] = mapped_column(Integer)
    minutes_count: Mapped[int] = mapped_column(Integer)
    verification_code: Mapped[str] = mapped_column(String(32), unique=True)
    override_reason: Mapped[str] = mapped_column(Text, default="")


class FormKey(Base):
    """This database's identity and the secret that signs its forms (one row, made once).

    A copy of the database (a backup restored, a transfer) keeps both, so its forms still
    come home; another database has its own, so its forms are told apart as foreign.
    """

    __tablename__ = "form_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    database_uid: Mapped[str] = mapped_column(String(32), unique=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class CalendarKey(Base):
    """The random part of this database in its sessions' iCalendar UIDs (one row, made by
    migration 0006). Sessions up to ``legacy_last_session`` existed before it and keep their
    old UID (see io/ics.session_uid)."""

    __tablename__ = "calendar_key"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    uid_part: Mapped[str] = mapped_column(String(32))
    legacy_last_session: Mapped[int] = mapped_column(Integer)


class ReturnedForm(Base):
    """A form already imported, by its random identifier: the same form twice is refused."""

    __tablename__ = "returned_form"

    form_uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("session.id"), index=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ProgrammeFeedback(Base):
    """A participant's overall rating and quote at the end of a programme (the end form)."""

    __tablename__ = "programme_feedback"
    __table_args__ = (CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id"), primary_key=True, index=True
    )
    rating: Mapped[int | None] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class MailSettingsRow(Base):
    """How messages leave: SMTP or .eml drafts (one row, id 1). The password is in the
    system keyring, never here."""

    __tablename__ = "mail_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("smtp_port BETWEEN 1 AND 65535", name="smtp_port"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    transport: Mapped[str] = mapped_column(String(16), default="drafts")
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    sender_email: Mapped[str] = mapped_column(String(254), default="")
    smtp_host: Mapped[str] = mapped_column(String(255), default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=587)
    smtp_security: Mapped[str] = mapped_column(String(16), default="starttls")
    smtp_user: Mapped[str] = mapped_column(String(254), default="")
    drafts_folder: Mapped[str] = mapped_column(Text, default="")
    version_id: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = versioned(version_id)


class MailTemplateRow(Base):
    """A message text the coordinator changed; absent: the built-in text."""

    __tablename__ = "mail_template"
    __table_args__ = (UniqueConstraint("kind", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)


class OutboxMessage(Base):
    """One message to one person, kept whole (its MIME bytes) from the moment it is queued,
    so a retry sends exactly what the preview showed and the outbox shows what went."""

    __tablename__ = "outbox_message"
    __table_args__ = (CheckConstraint("attempts >= 0", name="attempts"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True
    )
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme.id", ondelete="SET NULL"), index=True
    )
    recipient_name: Mapped[str] = mapped_column(String(250), default="")
    recipient_email: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(500), default="")
    message: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    draft_path: Mapped[str] = mapped_column(Text, default="")
    ics_sequence: Mapped[int | None] = mapped_column(Integer)
    dedupe_key: Mapped[str] = mapped_column(String(200), default="", index=True)


def prepare_models() -> None:
    """SQLAlchemy's one-time set-up of these models, done ahead (the app does it on a worker
    thread while its window shows) so that the first query does not pay for it."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
