"""Turn a database constraint failure into our translated ValidationError."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from mentorat_desktop.errors import ValidationError
from mentorat_desktop.i18n import translate


def _messages() -> list[tuple[str, str, str]]:
    """(fragment of the constraint name or message, field, translated message)."""
    return [
        (
            "email_key",
            "email",
            translate("Validation", "Another person already has this email address."),
        ),
        (
            "department.name_key",
            "name",
            translate("Validation", "A department with this name exists."),
        ),
        ("uq_department", "name", translate("Validation", "A department with this name exists.")),
        (
            "skill_category.name_key",
            "name",
            translate("Validation", "A category with this name exists."),
        ),
        ("uq_skill_category", "name", translate("Validation", "A category with this name exists.")),
        (
            "skill.category_id",
            "name",
            translate("Validation", "This category already has this skill."),
        ),
        (
            "uq_skill_category_id",
            "name",
            translate("Validation", "This category already has this skill."),
        ),
        (
            "programme.name_key",
            "name",
            translate("Validation", "A programme with this name exists."),
        ),
        ("uq_programme", "name", translate("Validation", "A programme with this name exists.")),
        ("birth_year", "birth_year", translate("Validation", "The birth year is out of range.")),
        (
            "not_own_manager",
            "manager",
            translate("Validation", "A person cannot be their own manager."),
        ),
        (
            "distinct_people",
            "mentee",
            translate("Validation", "Mentor and mentee must be two people."),
        ),
        (
            "end_after_start",
            "end_date",
            translate("Validation", "The end cannot be before the start."),
        ),
        ("level", "level", translate("Validation", "A level goes from 0 to 4.")),
        ("rating", "rating", translate("Validation", "A rating goes from 1 to 5.")),
        ("positive", "duration", translate("Validation", "The length must be more than zero.")),
        (
            "foreign key",
            "id",
            translate("Validation", "This refers to something that no longer exists."),
        ),
        ("fk_", "id", translate("Validation", "This refers to something that no longer exists.")),
    ]


def validation_error_from(exc: IntegrityError) -> ValidationError:
    detail = str(exc.orig) if exc.orig is not None else str(exc)
    for fragment, field, message in _messages():
        if fragment.lower() in detail.lower():
            return ValidationError(field, message)
    return ValidationError(
        "",
        translate("Validation", "The change breaks a rule of the database."),
    )
