"""Message texts: a built-in one per kind and language, which the coordinator may change.

The built-in texts are written in English in the code and translated through the
programme's language (as the documents are), so a French programme's participants get
French whatever the interface's language is. A changed text is stored whole; resetting it
deletes the row and the built-in text shows again. Texts hold {placeholders} from a fixed
list; an unknown one is refused when saved, so a message never goes out with a stray brace.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from datetime import datetime

from sqlalchemy import delete, select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import Language
from mentorat_desktop.db.models import MailTemplateRow, OrganisationSettings
from mentorat_desktop.documents.language import clock, document_translator, long_date
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.mail import MailKind, MessageTemplate

LANGUAGES = tuple(language.value for language in Language)
MAX_SUBJECT = 500
MAX_BODY = 20_000


def _meanings() -> dict[str, str]:
    return {
        "first_name": translate("MailPlaceholder", "the recipient's first name"),
        "last_name": translate("MailPlaceholder", "the recipient's last name"),
        "full_name": translate("MailPlaceholder", "the recipient's full name"),
        "partner": translate("MailPlaceholder", "the other person of the pair"),
        "programme": translate("MailPlaceholder", "the programme's name"),
        "date": translate("MailPlaceholder", "the session's date"),
        "time": translate("MailPlaceholder", "the session's start time"),
        "place": translate("MailPlaceholder", "the session's place or video link"),
        "coordinator": translate("MailPlaceholder", "your name, as Settings › Email gives it"),
        "company": translate("MailPlaceholder", "the company's name"),
    }


class _Placeholders(Mapping[str, str]):
    """Name → meaning, translated when read (the interface's language may change)."""

    def __getitem__(self, name: str) -> str:
        return _meanings()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(_meanings())

    def __len__(self) -> int:
        return len(_meanings())


PLACEHOLDERS: Mapping[str, str] = _Placeholders()
NAMES = frozenset(_meanings())


def built_in(kind: MailKind, language: str) -> tuple[str, str]:
    """The built-in subject and body of ``kind`` in ``language``."""
    translate = document_translator(language)  # the programme's language, as its documents
    texts = {
        MailKind.INVITATIONS: (
            translate("MailTemplate", "Mentoring session on {date} at {time}"),
            translate(
                "MailTemplate",
                "Hello {first_name},\n\n"
                "You are invited to your mentoring session with {partner} on {date} at "
                "{time}.\nPlace: {place}\n\n"
                "The agenda is attached. The invitation puts the session in your calendar: "
                "accept it to keep it there.\n\n"
                "See you soon,\n{coordinator}",
            ),
        ),
        MailKind.CANCELLATION: (
            translate("MailTemplate", "Cancelled: mentoring session on {date} at {time}"),
            translate(
                "MailTemplate",
                "Hello {first_name},\n\n"
                "Your mentoring session with {partner} on {date} at {time} is cancelled. "
                "This message takes it out of your calendar.\n\n"
                "Best regards,\n{coordinator}",
            ),
        ),
        MailKind.WELCOME: (
            translate("MailTemplate", "Welcome to the programme {programme}"),
            translate(
                "MailTemplate",
                "Hello {first_name},\n\n"
                "Welcome to the mentoring programme {programme}. You will work with "
                "{partner}.\n\n"
                "Attached are the programme's charter and a short questionnaire about your "
                "skills: please fill it in with your PDF reader, save it and send it back to "
                "me by replying to this message.\n\n"
                "Best regards,\n{coordinator}",
            ),
        ),
        MailKind.FEEDBACK: (
            translate("MailTemplate", "Your session of {date}: a few questions"),
            translate(
                "MailTemplate",
                "Hello {first_name},\n\n"
                "Thank you for your session with {partner} on {date}. Could you take two "
                "minutes to fill in the attached form with your PDF reader, save it and send "
                "it back to me by replying to this message?\n\n"
                "Thank you,\n{coordinator}",
            ),
        ),
        MailKind.END: (
            translate("MailTemplate", "End of the programme {programme}"),
            translate(
                "MailTemplate",
                "Hello {first_name},\n\n"
                "The programme {programme} is coming to an end: thank you for taking part. "
                "The attached questionnaire lets you say what you learned: please fill it in "
                "with your PDF reader, save it and send it back to me by replying to this "
                "message.\n\n"
                "Best regards,\n{coordinator}",
            ),
        ),
        MailKind.CERTIFICATES: (
            translate("MailTemplate", "Your certificate for the programme {programme}"),
            translate(
                "MailTemplate",
                "Hello {first_name},\n\n"
                "Please find attached your certificate of participation in the mentoring "
                "programme {programme}. Congratulations, and thank you for your "
                "commitment.\n\n"
                "Best regards,\n{coordinator}",
            ),
        ),
    }
    return texts[kind]


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError("language", translate("Validation", "Choose French or English."))
    return language


def check_text(field: str, text: str) -> None:
    """Refuse an unknown {placeholder} or a lone brace, naming it."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        raise ValidationError(
            field,
            translate("Mail", "A brace is alone: write {{ or }} to show a brace itself."),
        ) from None
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in NAMES or spec or conversion:
            raise ValidationError(
                field,
                translate(
                    "Mail", "“{{{name}}}” is not a known placeholder. Known ones: {known}."
                ).format(name=name, known=", ".join(f"{{{n}}}" for n in sorted(NAMES))),
            )


OPTIONAL = ("place",)
"""Placeholders a session may leave empty: a line of a message's text naming one that is
empty is left out ("Place: " with nothing after it says nothing)."""


def fill(text: str, values: Mapping[str, str]) -> str:
    return text.format_map({name: values.get(name, "") for name in NAMES})


def fill_body(text: str, values: Mapping[str, str]) -> str:
    """``fill`` for a message's text, leaving out the lines of an empty optional value."""
    empty = [f"{{{name}}}" for name in OPTIONAL if not values.get(name, "").strip()]
    if empty:
        text = "\n".join(
            line for line in text.split("\n") if not any(mark in line for mark in empty)
        )
    return fill(text, values)


def template_for(database: Database, kind: MailKind, language: str) -> MessageTemplate:
    with database.reading() as session:
        row = session.scalar(
            select(MailTemplateRow).where(
                MailTemplateRow.kind == kind.value, MailTemplateRow.language == language
            )
        )
        if row is not None:
            return MessageTemplate(kind, language, row.subject, row.body, customised=True)
    subject, body = built_in(kind, language)
    return MessageTemplate(kind, language, subject, body)


def list_templates(database: Database, language: str) -> list[MessageTemplate]:
    _check_language(language)
    return [template_for(database, kind, language) for kind in MailKind]


@mutates(mail=True)
def save_template(database: Database, template: MessageTemplate) -> MessageTemplate:
    language = _check_language(template.language)
    subject = template.subject.strip()
    body = template.body.strip("\n")
    if not subject:
        raise ValidationError("subject", translate("Mail", "Enter the message's subject."))
    if len(subject) > MAX_SUBJECT or "\n" in subject:
        raise ValidationError(
            "subject", translate("Mail", "The subject is one line of 500 characters at most.")
        )
    if not body.strip():
        raise ValidationError("body", translate("Mail", "Enter the message's text."))
    if len(body) > MAX_BODY:
        raise ValidationError(
            "body", translate("Mail", "The text is too long (20,000 characters at most).")
        )
    check_text("subject", subject)
    check_text("body", body)
    kind = MailKind(template.kind)
    if (subject, body) == built_in(kind, language):
        return reset_template(database, kind, language)
    with database.transaction() as session:
        row = session.scalar(
            select(MailTemplateRow).where(
                MailTemplateRow.kind == kind.value, MailTemplateRow.language == language
            )
        )
        if row is None:
            row = MailTemplateRow(kind=kind.value, language=language)
            session.add(row)
        row.subject, row.body = subject, body
    return MessageTemplate(kind, language, subject, body, customised=True)


@mutates(mail=True)
def reset_template(database: Database, kind: MailKind, language: str) -> MessageTemplate:
    _check_language(language)
    with database.transaction() as session:
        session.execute(
            delete(MailTemplateRow).where(
                MailTemplateRow.kind == MailKind(kind).value, MailTemplateRow.language == language
            )
        )
    subject, body = built_in(MailKind(kind), language)
    return MessageTemplate(MailKind(kind), language, subject, body)


def example_values(database: Database, language: str) -> dict[str, str]:
    from mentorat_desktop.services.mail.settings import get_mail_settings

    translate = document_translator(language)
    example = datetime(2026, 3, 17, 14, 0)
    with database.reading() as session:
        organisation = session.get(OrganisationSettings, 1)
    settings = get_mail_settings(database)
    return {
        "first_name": "Camille",
        "last_name": "Lefèvre",
        "full_name": "Camille Lefèvre",
        "partner": "Dominique Martin",
        "programme": translate("MailTemplate", "Reverse mentoring 2026"),
        "date": long_date(example.date(), language),
        "time": clock(example, language),
        "place": translate("MailTemplate", "Meeting room 2"),
        "coordinator": settings.sender_name or translate("MailTemplate", "The coordinator"),
        "company": organisation.company_name if organisation else "",
    }


def sample_message(
    database: Database, kind: MailKind, language: str, subject: str, body: str
) -> tuple[str, str]:
    """The subject and body as a participant would read them, with example values."""
    _check_language(language)
    check_text("subject", subject)
    check_text("body", body)
    values = example_values(database, language)
    return fill(subject, values), fill(body, values)
