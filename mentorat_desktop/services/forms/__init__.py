"""Fillable PDF forms the participants fill in their own PDF reader, and their return.

Out: `build_forms` makes one AcroForm PDF per participant (per side for session feedback),
each carrying a hidden identifier (what, for whom, for which session or programme) and an
integrity code keyed to this database. Back: `review_returned_forms` reads returned files
and says, per form, what it would change or why it is refused, changing nothing;
`apply_returned_forms` writes the accepted ones in one transaction.

The contract below is shared by the forms services, the mail services (which attach the
forms) and the UI. Keep the names and shapes; add fields at the end with defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FormKind(StrEnum):
    SKILLS = "skills"  # skills questionnaire (start of programme, or any time)
    FEEDBACK = "feedback"  # after one session, one per side
    END = "end"  # end of programme


@dataclass(frozen=True)
class FormRequest:
    kind: FormKind
    programme_id: int
    session_id: int | None = None  # FEEDBACK: the session (required)
    person_ids: tuple[int, ...] = ()  # empty: every participant (both sides for FEEDBACK)
    skill_ids: tuple[int, ...] = ()  # SKILLS: a chosen subset; empty: the whole catalogue


@dataclass(frozen=True)
class BuiltForm:
    kind: FormKind
    person_id: int
    person_name: str
    email: str | None
    session_id: int | None
    filename: str  # a safe file name in the programme's language, ".pdf"
    pdf: bytes


@dataclass(frozen=True)
class FieldChange:
    """One value a returned form would write, beside what is recorded now."""

    label: str  # translated, e.g. "Note de la mentorée" / "Niveau en Excel"
    current: str  # as shown to the user ("" when nothing is recorded)
    new: str
    conflict: bool = False  # another value is recorded, or the other side answered otherwise


@dataclass(frozen=True)
class FormReview:
    """What one returned file is and what applying it would do; `problem` when refused."""

    path: str
    kind: FormKind | None
    person_name: str
    subject: str  # translated: the session ("séance du 3 mars 2027, A → B") or the programme
    changes: tuple[FieldChange, ...]
    problem: str | None = None  # one translated sentence: unreadable, foreign, tampered, twice…

    @property
    def accepted(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class AppliedForms:
    applied: int
    values_written: int
