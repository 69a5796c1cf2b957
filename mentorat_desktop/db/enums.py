"""The fixed vocabularies of the domain, stored by value."""

from __future__ import annotations

from enum import StrEnum


class ProgrammeStatus(StrEnum):
    DRAFT = "draft"
    RUNNING = "running"
    CLOSED = "closed"


class PairStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    COMPLETED = "completed"
    STOPPED = "stopped"


class Direction(StrEnum):
    """Who teaches a focus skill inside a pair."""

    MENTOR_TO_MENTEE = "mentor_to_mentee"
    MENTEE_TO_MENTOR = "mentee_to_mentor"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    MISSED = "missed"


class PairingFit(StrEnum):
    GOOD = "good"
    UNSURE = "unsure"
    NOT_A_FIT = "not_a_fit"


class AssessmentKind(StrEnum):
    START = "start"
    END = "end"
    OTHER = "other"


class ActionOwner(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    BOTH = "both"


class CertificateRole(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    BOTH = "both"


class Language(StrEnum):
    FRENCH = "fr"
    ENGLISH = "en"
