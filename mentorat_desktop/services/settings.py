"""Organisation settings: the one row of company-wide choices."""

from __future__ import annotations

from dataclasses import dataclass, fields
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import Language
from mentorat_desktop.db.models import OrganisationSettings
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.changes import mutates

MAX_LOGO_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class OrganisationData:
    company_name: str = ""
    address: str = ""
    logo: bytes | None = None
    signatory_name: str = ""
    signatory_title: str = ""
    language: str = Language.FRENCH.value
    timezone: str = "Europe/Paris"
    country: str = "FR"
    default_session_minutes: int = 60
    reminder_days: int = 21
    retention_months: int = 24
    setup_done: bool = False


_FIELDS = [f.name for f in fields(OrganisationData)]


def _row(session) -> OrganisationSettings:  # type: ignore[no-untyped-def]
    row = session.get(OrganisationSettings, 1)
    if row is None:
        row = OrganisationSettings(id=1)
        session.add(row)
        session.flush()
    return row


def _to_data(row: OrganisationSettings) -> OrganisationData:
    values = {name: getattr(row, name) for name in _FIELDS}
    values["language"] = Language(row.language).value
    return OrganisationData(**values)


def get_settings(database: Database) -> OrganisationData:
    with database.reading() as session:
        row = session.get(OrganisationSettings, 1)
        return _to_data(row) if row is not None else OrganisationData()


def validate(data: OrganisationData) -> None:
    if len(data.company_name.strip()) > 200:
        raise ValidationError(
            "company_name", translate("Validation", "The company name is too long (200 at most).")
        )
    if data.language not in {lang.value for lang in Language}:
        raise ValidationError("language", translate("Validation", "Choose French or English."))
    try:
        ZoneInfo(data.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            "timezone",
            translate("Validation", "“{zone}” is not a known time zone.").format(
                zone=data.timezone
            ),
        ) from exc
    if not 5 <= data.default_session_minutes <= 480:
        raise ValidationError(
            "default_session_minutes",
            translate("Validation", "A session lasts between 5 and 480 minutes."),
        )
    if data.logo is not None and len(data.logo) > MAX_LOGO_BYTES:
        raise ValidationError(
            "logo", translate("Validation", "The logo is too large (5 MB at most).")
        )
    if not 1 <= data.reminder_days <= 365:
        raise ValidationError(
            "reminder_days", translate("Validation", "Reminders come after 1 to 365 days.")
        )
    if not 1 <= data.retention_months <= 240:
        raise ValidationError(
            "retention_months", translate("Validation", "Retention is 1 to 240 months.")
        )


@mutates(settings=True)
def save_settings(database: Database, data: OrganisationData) -> OrganisationData:
    """Validate and store every field at once; nothing is written when one is wrong."""
    cleaned = OrganisationData(
        **{
            **{name: getattr(data, name) for name in _FIELDS},
            "company_name": data.company_name.strip(),
            "signatory_name": data.signatory_name.strip(),
            "signatory_title": data.signatory_title.strip(),
            "timezone": data.timezone.strip(),
        }
    )
    validate(cleaned)
    with database.transaction() as session:
        row = _row(session)
        for name in _FIELDS:
            value = getattr(cleaned, name)
            setattr(row, name, Language(value) if name == "language" else value)
        session.flush()
        return _to_data(row)


def complete_first_start(database: Database, company_name: str, language: str) -> OrganisationData:
    """Record what the welcome dialog asked, so it is not asked again."""
    current = get_settings(database)
    return save_settings(
        database,
        OrganisationData(
            **{
                **{name: getattr(current, name) for name in _FIELDS},
                "company_name": company_name,
                "language": language,
                "setup_done": True,
            }
        ),
    )
