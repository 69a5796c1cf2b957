"""The sentences a mail failure gives, in French with no English system text inside them
(issue #19): the operating system's and OpenSSL's words are ours; only the mail server's own
answer is quoted, as its words."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from mentorat_desktop.errors import MailError
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.mail import MailKind, MailRequest
from mentorat_desktop.services.mail.delivery import deliver, describe
from mentorat_desktop.services.mail.outbox import queue_mail
from mentorat_desktop.services.mail.settings import CA_FILE_VARIABLE, tls_context
from tests.mail_helpers import smtp_settings, world_with_sessions


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(QCoreApplication.instance(), "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def _untrusted(code: int, message: str) -> ssl.SSLCertVerificationError:
    exc = ssl.SSLCertVerificationError(1, f"[SSL: CERTIFICATE_VERIFY_FAILED] {message}")
    exc.verify_code, exc.verify_message = code, message
    return exc


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (
            _untrusted(10, "certificate has expired"),
            "Le serveur de courriel smtp.exemple.fr présente un certificat auquel cet "
            "ordinateur ne fait pas confiance (il a expiré). Demandez à votre prestataire "
            "informatique le certificat de l’entreprise.",
        ),
        (
            _untrusted(20, "unable to get local issuer certificate"),
            "(il vient d’une autorité inconnue de cet ordinateur)",
        ),
        (
            _untrusted(62, "Hostname mismatch, certificate is not valid for 'smtp.exemple.fr'."),
            "(il est établi pour un autre nom que smtp.exemple.fr)",
        ),
        (_untrusted(99, "some new OpenSSL reason"), "(il ne peut pas être vérifié)"),
        (
            ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"),
            "La connexion sécurisée à smtp.exemple.fr:587 a échoué : vérifiez TLS ou "
            "STARTTLS et le port.",
        ),
        (
            smtplib.SMTPNotSupportedError("SMTPUTF8 not supported by server"),
            "Le serveur de courriel smtp.exemple.fr n’accepte pas les adresses avec des "
            "lettres accentuées : utilisez-en une sans.",
        ),
    ],
)
def test_failures_are_told_in_french_only(french, exc: BaseException, expected: str) -> None:
    settings = smtp_settings(587, smtp_host="smtp.exemple.fr")

    sentence = describe(exc, settings)

    assert expected in sentence
    english = ("certificate", "version", "OpenSSL", "supported", "unable", "Hostname")
    assert not any(word in sentence for word in english), sentence


def test_an_unwritable_drafts_folder_says_why_in_french(
    french, sqlite_database, tmp_path: Path
) -> None:
    blocker = tmp_path / "un fichier"
    blocker.write_text("x")
    world, (first, _second) = world_with_sessions(sqlite_database, blocker / "sous-dossier")
    ids = queue_mail(sqlite_database, MailRequest(MailKind.INVITATIONS, world.programme, (first,)))

    (error,) = deliver(sqlite_database, ids).errors

    assert error == (
        f"Impossible d’écrire le brouillon dans « {blocker / 'sous-dossier'} » : "
        "une partie du chemin n’est pas un dossier"
    )


def test_a_company_certificate_file_missing_or_not_one(
    french, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "absent.pem"
    monkeypatch.setenv(CA_FILE_VARIABLE, str(missing))
    with pytest.raises(MailError) as absent:
        tls_context()
    assert absent.value.message == (
        f"Le fichier de certificat « {missing} » est illisible : il n’existe pas (ou plus)"
    )
    not_pem = tmp_path / "notes.pem"
    not_pem.write_text("pas un certificat")
    monkeypatch.setenv(CA_FILE_VARIABLE, str(not_pem))
    with pytest.raises(MailError) as refused:
        tls_context()
    assert refused.value.message == (
        f"Le fichier de certificat « {not_pem} » ne contient aucun certificat au format PEM."
    )
