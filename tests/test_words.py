"""The words of the interface: plurals by Qt's numerus forms, French typography and grammar."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from mentorat_desktop.i18n import install_translators, translate

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
