"""The words of the interface: plurals by Qt's numerus forms, French typography and grammar."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import Person
from mentorat_desktop.i18n import (
    fill,
    format_long_date,
    install_translators,
    long_date_format,
    translate,
)
from mentorat_desktop.services.programmes.charter import default_charter
from mentorat_desktop.services.sessions import sessions
from mentorat_desktop.services.sessions.sessions import PlanInput
from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog
from mentorat_desktop.ui.widgets.date_field import parse_date
from mentorat_desktop.ui.words import literal
from tests.test_services_sessions import make_world

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LAZY_PLURAL = re.compile(r"\w\((s|e|es|e\)s|x)\)", re.IGNORECASE)


def _texts(language: str) -> Iterator[tuple[str, str, str]]:
    """(context, source, translated text) for every message and every plural form."""
    tree = ET.parse(TRANSLATIONS / f"mentorat_{language}.ts")
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            for text in [f.text or "" for f in forms] or [message.findtext("translation") or ""]:
                yield name, source, text


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_lazy_plural_anywhere(language: str) -> None:
    """ "page(s)", "semaine(s)", "manquant(s)": a count is written with Qt's plural forms."""
    found = [
        f"{context}: {text!r}"
        for context, source, translated in _texts(language)
        for text in (source, translated)
        if LAZY_PLURAL.search(text)
    ]
    assert not found, found


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "fr")
    yield
    install_translators(app, "en")


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize(
    ("context", "source", "one", "two"),
    [
        (
            "ParticipantsDialog",
            "%n participants chosen",
            "1 participant choisi",
            "2 participants choisis",
        ),
        (
            "SkillCatalogueModel",
            "{name} (%n skills)",
            "{name} (1 compétence)",
            "{name} (2 compétences)",
        ),
        ("DocumentsView", "{title} — %n pages", "{title} — 1 page", "{title} — 2 pages"),
        ("SkillCatalogueModel", "%n short", "1 manquant", "2 manquants"),
        (
            "ImportDialog",
            "%n left out because of problems",
            "1 écartée à cause de problèmes",
            "2 écartées à cause de problèmes",
        ),
        (
            "PlanSessionsDialog",
            "%n sessions will be planned.",
            "1 séance sera planifiée.",
            "2 séances seront planifiées.",
        ),
        ("PairsView", "every %n weeks", "chaque semaine", "toutes les 2 semaines"),
    ],
)
def test_french_plurals(context: str, source: str, one: str, two: str) -> None:
    assert translate(context, source, None, 1) == one
    assert translate(context, source, None, 2) == two
    assert translate(context, source, None, 0) == one.replace("1", "0", 1)  # French: 0 is singular


def test_english_singular(qapp) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "en")
    assert (
        translate("ParticipantsDialog", "%n participants chosen", None, 1) == "1 participant chosen"
    )
    assert (
        translate("ParticipantsDialog", "%n participants chosen", None, 3)
        == "3 participants chosen"
    )


def _shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(kind, text) of every widget whose text Qt reads for a "&" shortcut mark."""
    found: list[tuple[str, str]] = []
    for label in root.findChildren(QLabel):
        if label.buddy() is not None:
            found.append(("label", label.text()))
    for button in root.findChildren(QAbstractButton):
        found.append(("button", button.text()))
    for box in root.findChildren(QGroupBox):
        found.append(("group", box.title()))
    return found


def test_a_name_with_an_ampersand_is_never_a_shortcut(qtbot, sqlite_database) -> None:  # type: ignore[no-untyped-def]
    """ "Note de Zoë O'Brien _<Fils>": the "&" of a name once became Alt+<."""
    world = make_world(sqlite_database)
    with sqlite_database.transaction() as s:
        s.get(Person, world.mentee).last_name = "Dupont &<Fils>"
    (record,) = sessions.plan_sessions(
        sqlite_database, PlanInput(world.pair, date(2026, 3, 3), time(14), 60)
    )
    sessions.set_status(sqlite_database, record.id, None, SessionStatus.HELD)
    dialog = JournalDialog(sqlite_database, record.id)
    qtbot.addWidget(dialog)
    dialog.show()
    named = [(kind, text) for kind, text in _shown_texts(dialog) if "Fils" in text]
    assert len(named) >= 2  # the rating and the pairing fit of the mentee
    for kind, text in named:
        assert "Dupont &<Fils>" in text.replace("&&", "\0").replace("\0", "&"), (kind, text)
        assert QKeySequence.mnemonic(text).isEmpty(), (kind, text)
    dialog.close()


def test_literal_escapes_every_ampersand() -> None:
    assert literal("Durand & Fils && Co") == "Durand && Fils &&&& Co"


def test_french_uses_one_apostrophe_and_says_courriel() -> None:
    straight, mail = [], []
    for context, _source, text in _texts("fr"):
        if "'" in text:
            straight.append(f"{context}: {text!r}")
        if re.search(r"\be-?mail\b|adresse électronique", re.sub(r"\{\w+\}", "", text), re.I):
            mail.append(f"{context}: {text!r}")
    assert not straight, straight
    assert not mail, mail


def test_french_elides_before_a_vowel_or_a_mute_h() -> None:
    assert fill("attestation de {name}", True, name="Ancien participant n° 3") == (
        "attestation d’Ancien participant n° 3"
    )
    assert fill("L’application de {organisation}", True, organisation="Ateliers Lumière") == (
        "L’application d’Ateliers Lumière"
    )
    assert fill("Note de {name} :", True, name="Hélène") == "Note d’Hélène :"
    assert fill("Note de {name} :", True, name="Zoë") == "Note de Zoë :"
    assert fill("Le {day} tombe", True, day="1er mai") == "Le 1er mai tombe"
    assert fill("certificate of {name}", False, name="Anne") == "certificate of Anne"


@pytest.mark.usefixtures("french")
def test_french_long_dates_write_the_first_as_1er() -> None:
    assert format_long_date(date(2026, 12, 1)) == "mardi 1er décembre 2026"
    assert format_long_date(date(2026, 12, 3)) == "jeudi 3 décembre 2026"
    first = long_date_format(date(2026, 12, 1))
    assert parse_date("mardi 1er décembre 2026", shown=first) == QDate(2026, 12, 1)
    assert parse_date("jeudi 3 décembre 2026", shown=first) == QDate(2026, 12, 3)
    shown = long_date_format(date(2026, 12, 3))
    assert parse_date("mardi 1er décembre 2026", shown=shown) == QDate(2026, 12, 1)


@pytest.mark.usefixtures("french")
def test_the_journal_elides_in_french(qtbot, sqlite_database) -> None:  # type: ignore[no-untyped-def]
    world = make_world(sqlite_database)  # Léa Martin teaches Bernard Dupont
    (record,) = sessions.plan_sessions(
        sqlite_database, PlanInput(world.pair, date(2026, 12, 1), time(14), 60)
    )
    dialog = JournalDialog(sqlite_database, record.id)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Note de Léa Martin :" in labels and "Note de Bernard Dupont :" in labels
    assert any("mardi 1er décembre 2026" in text for text in labels), labels


def test_the_default_french_charter_is_typeset_and_neutral() -> None:
    charter = default_charter("fr")
    assert "'" not in charter and "(e)" not in charter
    assert "l’écoute" in charter
