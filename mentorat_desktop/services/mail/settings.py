"""How messages leave: the SMTP server or `.eml` drafts, and the sender's name and address.

The settings live in the database (one row, with a version counter so two windows do not
overwrite each other); the SMTP password goes to the system keyring as the shared server's
does, keyed by user and server, never to the database or a file.
"""

from __future__ import annotations

import contextlib
import os
import ssl
from dataclasses import replace
from pathlib import Path

from mentorat_desktop.db.database import Database, check_version, insert_first
from mentorat_desktop.db.models import MailSettingsRow
from mentorat_desktop.errors import MailError, ServiceError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.io.email_message import address
from mentorat_desktop.os_errors import os_reason
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.mail import MailSettings, SmtpSecurity, Transport
from mentorat_desktop.services.staff.people import is_email_address

KEYRING_SERVICE = "Mentorat mail server"
SMTP_TIMEOUT_S = 10
# A PEM file of extra certificate authorities to trust (a company's own CA, or the tests'
# self-signed one), on top of the system's; verification itself is never turned off.
CA_FILE_VARIABLE = "MENTORAT_SMTP_CA_FILE"


def keyring_user(settings: MailSettings) -> str:
    return f"{settings.smtp_user}@{settings.smtp_host}:{settings.smtp_port}"


def _to_settings(row: MailSettingsRow, has_password: bool) -> MailSettings:
    return MailSettings(
        transport=Transport(row.transport),
        sender_name=row.sender_name,
        sender_email=row.sender_email,
        smtp_host=row.smtp_host,
        smtp_port=row.smtp_port,
        smtp_security=SmtpSecurity(row.smtp_security),
        smtp_user=row.smtp_user,
        drafts_folder=row.drafts_folder,
        has_password=has_password,
        version=row.version_id,
    )


def get_mail_settings(database: Database) -> MailSettings:
    with database.reading() as session:
        row = session.get(MailSettingsRow, 1)
        settings = _to_settings(row, False) if row is not None else MailSettings()
    if settings.smtp_user:
        settings = replace(settings, has_password=stored_password(settings) is not None)
    return settings


def default_drafts_folder() -> Path:
    from platformdirs import user_documents_path

    return user_documents_path() / translate("Mail", "Mentorat drafts")


def drafts_folder(settings: MailSettings) -> Path:
    return Path(settings.drafts_folder) if settings.drafts_folder else default_drafts_folder()


def _check_address(field: str, text: str) -> None:
    """The staff's rule for an address (one rule), and one a message header can carry."""
    try:
        if not is_email_address(text):
            raise ValueError(text)
        address("", text)
    except ValueError:
        raise ValidationError(
            field,
            translate("Mail", "“{text}” is not an email address such as name@company.fr.").format(
                text=text
            ),
        ) from None


def validate(data: MailSettings) -> MailSettings:
    try:
        transport, security = Transport(data.transport), SmtpSecurity(data.smtp_security)
    except ValueError:
        raise ValidationError(
            "smtp_security",
            translate("Mail", "Choose how messages leave and how they are secured."),
        ) from None
    cleaned = replace(
        data,
        transport=transport,
        smtp_security=security,
        sender_name=data.sender_name.strip(),
        sender_email=data.sender_email.strip(),
        smtp_host=data.smtp_host.strip(),
        smtp_user=data.smtp_user.strip(),
        drafts_folder=data.drafts_folder.strip(),
    )
    if len(cleaned.sender_name) > 200:
        raise ValidationError(
            "sender_name", translate("Mail", "The sender's name is too long (200 at most).")
        )
    if not cleaned.sender_email:
        raise ValidationError(
            "sender_email",
            translate("Mail", "Enter the address the messages come from (yours, usually)."),
        )
    _check_address("sender_email", cleaned.sender_email)
    if not 1 <= cleaned.smtp_port <= 65535:
        raise ValidationError("smtp_port", translate("Mail", "A port is a number from 1 to 65535."))
    if cleaned.transport is Transport.SMTP and not cleaned.smtp_host:
        raise ValidationError(
            "smtp_host", translate("Mail", "Enter the mail server's name, such as smtp.company.fr.")
        )
    if len(cleaned.smtp_host) > 255 or any(c.isspace() for c in cleaned.smtp_host):
        raise ValidationError(
            "smtp_host",
            translate("Mail", "“{host}” is not a server name.").format(host=cleaned.smtp_host),
        )
    folder = Path(cleaned.drafts_folder) if cleaned.drafts_folder else None
    if folder is not None and folder.exists() and not folder.is_dir():
        raise ValidationError(
            "drafts_folder",
            translate("Mail", "“{path}” is a file, not a folder.").format(
                path=cleaned.drafts_folder
            ),
        )
    return cleaned


@mutates(mail=True)
def save_mail_settings(
    database: Database, data: MailSettings, password: str | None = None
) -> MailSettings:
    """Save the settings; ``password`` None keeps the keyring's, "" removes it.

    The keyring goes first: when it refuses, nothing is saved, rather than settings that
    count on a password the keyring does not hold.
    """
    cleaned = validate(data)
    before = get_mail_settings(database)
    moved = bool(before.smtp_user) and keyring_user(before) != keyring_user(cleaned)
    carried = stored_password(before) if password is None and moved else None
    if password == "":
        forget_password(cleaned)
    elif password is not None and cleaned.smtp_user:
        store_password(cleaned, password)
    elif carried is not None and cleaned.smtp_user:
        store_password(cleaned, carried)  # the same password, for the renamed server or user
    with database.transaction() as session:
        found = session.get(MailSettingsRow, 1)
        if found is not None:
            check_version(found, data.version or None)
        row = found or MailSettingsRow(id=1)
        row.transport = cleaned.transport.value
        row.sender_name = cleaned.sender_name
        row.sender_email = cleaned.sender_email
        row.smtp_host = cleaned.smtp_host
        row.smtp_port = cleaned.smtp_port
        row.smtp_security = cleaned.smtp_security.value
        row.smtp_user = cleaned.smtp_user
        row.drafts_folder = cleaned.drafts_folder
        if found is None:
            insert_first(session, row)
        session.flush()
    if moved:
        with contextlib.suppress(ServiceError):
            forget_password(before)
    return get_mail_settings(database)


def _keyring_failure() -> ServiceError:
    return ServiceError(
        translate(
            "Mail",
            "The system keyring is not available, so the mail password cannot be saved "
            "safely. Leave the password empty: it will be asked for at each sending.",
        )
    )


def store_password(settings: MailSettings, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(settings), password)
    except KeyringError as exc:
        raise _keyring_failure() from exc


def stored_password(settings: MailSettings) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(settings))
    except KeyringError:
        return None


def forget_password(settings: MailSettings) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_user(settings))
    except PasswordDeleteError:
        pass  # there was none
    except KeyringError as exc:
        raise _keyring_failure() from exc


def tls_context() -> ssl.SSLContext:
    """The system's trusted authorities, plus the company's own CA file when one is set."""
    context = ssl.create_default_context()
    extra = os.environ.get(CA_FILE_VARIABLE, "").strip()
    if extra:
        try:
            context.load_verify_locations(cafile=extra)
        except ssl.SSLError as exc:  # before OSError, of which it is a kind
            raise MailError(
                translate(
                    "Mail", "The certificate file “{path}” holds no certificate in PEM form."
                ).format(path=extra)
            ) from exc
        except OSError as exc:
            raise MailError(
                translate("Mail", "The certificate file “{path}” cannot be read: {reason}").format(
                    path=extra, reason=os_reason(exc)
                )
            ) from exc
    return context


def send_test_email(database: Database, to: str, password: str | None = None) -> str:
    """Send a short message through the saved SMTP server; the sentence to show."""
    from mentorat_desktop.services.mail.delivery import send_one_test

    settings = get_mail_settings(database)
    if not settings.sender_email:
        raise ValidationError(
            "sender_email",
            translate("Mail", "Enter the address the messages come from (yours, usually)."),
        )
    if not settings.smtp_host:
        raise ValidationError(
            "smtp_host", translate("Mail", "Enter the mail server's name, such as smtp.company.fr.")
        )
    _check_address("to", to.strip())
    send_one_test(settings, to.strip(), password)
    return translate("Mail", "A test message went to {address} through {host}.").format(
        address=to.strip(), host=settings.smtp_host
    )
