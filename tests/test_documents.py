"""Every printed document, built with tricky data and read back with pypdf."""

from __future__ import annotations

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from mentorat_desktop.documents.agenda import (
    AgendaDocument,
    AgendaItemLine,
    OpenAction,
    build_agenda,
    build_agendas,
)
from mentorat_desktop.documents.certificate import (
    CertificateDocument,
    build_certificate,
    build_certificates,
)
from mentorat_desktop.documents.charter import CharterDocument, PairPart, build_charter
from mentorat_desktop.documents.layout import Letterhead
from mentorat_desktop.documents.report import build_report
from mentorat_desktop.documents.report_data import (
    CategoryProgress,
    MonthCount,
    PairLine,
    ReportDocument,
)
from tests.documents_helpers import fonts_not_embedded, page_count, pdf_text

TRICKY = ("Łukasz Nguyễn", "Zoë O'Brien & Fils", "<Marketing>")
LONG_TITLE = "Responsable " + "de la transformation numérique et " * 6 + "des services"
PARIS = ZoneInfo("Europe/Paris")


def _png(width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


LOGOS = {"no logo": None, "small logo": "small", "huge logo": "huge"}


@pytest.fixture(params=list(LOGOS))
def letterhead(request, qapp) -> Letterhead:  # type: ignore[no-untyped-def]
    kind = LOGOS[request.param]
    logo = None if kind is None else _png(64, 32) if kind == "small" else _png(4000, 300)
    return Letterhead(company_name=TRICKY[1], logo=logo, paper="A4", language="fr")


def _assert_clean(data: bytes, *expected: str) -> str:
    assert data.startswith(b"%PDF")
    assert fonts_not_embedded(data) == []
    found = pdf_text(data)
    for text in expected:
        assert text in found, f"{text!r} missing from the PDF text"
    return found


def _plain_certificate(
    letterhead: Letterhead, participant: str, role: str, code: str
) -> CertificateDocument:
    """A certificate with nothing but the required parts: no skills, no signatory."""
    return CertificateDocument(
        letterhead,
        participant,
        role,
        "P",
        date(2026, 1, 1),
        date(2026, 6, 1),
        6,
        360,
        (),
        (),
        "",
        "",
        date(2026, 6, 2),
        code,
    )


def test_certificate(letterhead: Letterhead) -> None:
    doc = CertificateDocument(
        letterhead=letterhead,
        participant=TRICKY[0],
        role="both",
        programme=TRICKY[2],
        start=date(2026, 1, 5),
        end=date(2026, 6, 30),
        sessions=11,
        minutes=690,
        skills_taught=("Assistants IA", "LinkedIn"),
        skills_learned=("Négociation client",),
        signatory_name="Hélène Marchand-Lefèvre",
        signatory_title=LONG_TITLE,
        issued_on=date(2026, 7, 1),
        code="MNT-7K2Q-94XD",
        place="Lyon",
    )
    data = build_certificate(doc)
    text = _assert_clean(data, TRICKY[0], TRICKY[2], "MNT-7K2Q-94XD", "11 h 30")
    assert TRICKY[1] in text
    assert page_count(data) == 1
    assert page_count(build_certificates([doc, doc, doc])) == 3


def test_a_huge_logo_is_printed_at_print_resolution_not_at_its_own(qapp) -> None:
    """A 4,000-pixel logo, compressed again into each file of a batch, once made every
    certificate over a megabyte and 300 ms; the box is 34 x 14 mm, 402 x 165 px at 300 dpi."""
    import io

    from pypdf import PdfReader

    from mentorat_desktop.documents.charter import CharterDocument, build_charter

    charter = CharterDocument(
        Letterhead("Atelier", _png(4000, 3000)),
        "Cohorte 2026",
        "Objectifs",
        date(2026, 1, 5),
        date(2026, 6, 30),
        2,
        60,
        True,
        "Hélène",
        "PDG",
        24,
    )
    data = build_charter(charter)
    (image,) = PdfReader(io.BytesIO(data)).pages[0].images
    assert image.image.size == (220, 165)  # 4:3, as tall as the box allows
    assert len(data) < 100_000


def test_agenda_with_forty_items_continues_with_its_header(letterhead: Letterhead) -> None:
    items = tuple(AgendaItemLine(f"Sujet n° {i} — {TRICKY[2]}", 3) for i in range(40))
    doc = AgendaDocument(
        letterhead=letterhead,
        programme="Cohorte 2026",
        mentor=TRICKY[0],
        mentee=TRICKY[1],
        starts_at=datetime(2026, 12, 3, 14, 0, tzinfo=PARIS),
        duration_minutes=120,
        location=LONG_TITLE,
        items=items,
        preparation="",
        open_actions=(
            OpenAction("Créer un compte LinkedIn & <profil>", TRICKY[1], date(2026, 12, 10)),
        ),
        number=3,
    )
    data = build_agenda(doc)
    text = _assert_clean(data, TRICKY[0], TRICKY[1], "Sujet n° 39", "jeudi 3 décembre 2026")
    assert "14 h 00" in text and "16 h 00" in text
    assert page_count(data) >= 2
    assert text.count("Minutes") >= 2  # the table's header repeated on the next page


def test_agenda_bundle_one_session_per_page(letterhead: Letterhead) -> None:
    docs = [
        AgendaDocument(
            letterhead,
            "Cohorte",
            f"Mentor {i}",
            f"Mentoré {i}",
            datetime(2026, 12, i + 1, 9, 30, tzinfo=PARIS),
            60,
            "",
            (),
        )
        for i in range(4)
    ]
    data = build_agendas(docs, "Semaine 49")
    assert page_count(data) == 4
    _assert_clean(data, "Mentor 0", "Mentoré 3", "9 h 30")


def test_charter_programme_and_pair_versions(letterhead: Letterhead) -> None:
    base = CharterDocument(
        letterhead=letterhead,
        programme=TRICKY[2],
        objectives="Objectifs & <priorités>",
        start=date(2026, 1, 5),
        end=date(2026, 6, 30),
        rhythm_weeks=2,
        session_minutes=60,
        midpoint_review=True,
        coordinator="Hélène Marchand-Lefèvre",
        coordinator_title=LONG_TITLE,
        retention_months=24,
    )
    programme_only = build_charter(base)
    _assert_clean(programme_only, TRICKY[2], "Objectifs & <priorités>")
    from dataclasses import replace

    with_pair = build_charter(
        replace(base, pair=PairPart(TRICKY[0], TRICKY[1], "", ("IA",), ("Négociation",), True))
    )
    text = _assert_clean(with_pair, TRICKY[0], TRICKY[1], "Négociation")
    assert page_count(with_pair) >= page_count(programme_only)
    assert "Signatures" in text or "signature" in text.lower()


def test_report_with_empty_and_full_data(letterhead: Letterhead) -> None:
    empty = ReportDocument(
        letterhead,
        TRICKY[2],
        date(2026, 1, 5),
        date(2026, 6, 30),
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        None,
        None,
        (),
        (),
        (),
    )
    empty_text = " ".join(_assert_clean(build_report(empty), TRICKY[2]).split())
    # French plural rule: zero takes the singular.
    assert "0 participant ; 0 binôme actif, 0 terminé, 0 arrêté avant terme." in empty_text
    full = ReportDocument(
        letterhead,
        "Cohorte",
        date(2026, 1, 5),
        date(2026, 6, 30),
        24,
        12,
        9,
        2,
        1,
        64,
        80,
        3840,
        4.3,
        4.1,
        tuple(MonthCount(date(2026, m, 1), 10 + m, 1, 1) for m in range(1, 7)),
        (CategoryProgress("Information et données", 1.2, 2.6, 8),),
        tuple(PairLine(f"{TRICKY[0]} {i}", TRICKY[1], "actif", i) for i in range(60)),
        ("J'ai appris « beaucoup » & plus",),
    )
    data = build_report(full)
    text = _assert_clean(data, f"{TRICKY[0]} 59", "Information et données", "64 h")
    assert "4,3 / 4,1" in text
    assert "24 participants ; 9 binômes actifs, 2 terminés, 1 arrêté avant terme." in " ".join(
        text.split()
    )
    assert page_count(data) >= 2


def test_english_documents_print_in_english(qapp) -> None:
    letterhead = Letterhead("Atelier", None, "Letter", "en")
    doc = _plain_certificate(letterhead, "Ann", "mentor", "MNT-AAAA-BBBB")
    data = build_certificate(doc)
    text = pdf_text(data)
    assert "Certificate of participation" in text and "1 January 2026" in text
    from pypdf import PdfReader

    width = float(PdfReader(io.BytesIO(data)).pages[0].mediabox.width)
    assert round(width) == 612  # US Letter


def test_documents_take_the_plural_of_their_language(qapp) -> None:
    """The documents' translator picks the plural form of the document's language, whatever
    the interface's: French writes "0 séance", "1 séance", "2 séances"; English "0 sessions"."""
    from mentorat_desktop.documents.language import document_translator

    french, english = document_translator("fr"), document_translator("en")
    rhythm = "One session every %n weeks, of {minutes} minutes."
    assert [french("Report", "%n pairs active", None, n) for n in (0, 1, 2)] == [
        "0 binôme actif",
        "1 binôme actif",
        "2 binômes actifs",
    ]
    assert [english("Report", "%n participants", None, n) for n in (0, 1, 2)] == [
        "0 participants",
        "1 participant",
        "2 participants",
    ]
    assert french("Charter", rhythm, None, 1).startswith("Une séance par semaine")
    assert french("Charter", rhythm, None, 3).startswith("Une séance toutes les 3 semaines")
    assert english("Charter", rhythm, None, 1).startswith("One session every week,")
    assert french("Report", "Programme report") == "Bilan du programme"
    assert english("Report", "Programme report") == "Programme report"


def test_qr_code_scans_back_to_the_code(tmp_path, qapp) -> None:
    """Decoded by zbar from the rendered page (CI installs zbar-tools and poppler-utils)."""
    import shutil
    import subprocess

    if not (shutil.which("zbarimg") and shutil.which("pdftoppm")):
        pytest.skip("zbarimg or pdftoppm missing: install zbar-tools and poppler-utils")
    doc = _plain_certificate(Letterhead("Atelier", None), "Zoë", "mentee", "MNT-7K2Q-94XD")
    (tmp_path / "c.pdf").write_bytes(build_certificate(doc))
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(tmp_path / "c.pdf"), str(tmp_path / "p")], check=True
    )
    page = next(tmp_path.glob("p*.png"))
    found = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True)
    assert found.stdout.strip() == "MENTORAT-CERTIFICATE MNT-7K2Q-94XD"


def test_batch_on_every_core_writes_each_file_and_can_stop(tmp_path, qapp) -> None:
    from mentorat_desktop.documents.batch import PARALLEL_FROM, write_certificate_files

    docs = [
        _plain_certificate(
            Letterhead("Atelier", None), f"{TRICKY[0]} {i}", "mentor", f"MNT-{i:04d}-TEST"
        )
        for i in range(PARALLEL_FROM + 2)
    ]
    jobs = [(doc, tmp_path / f"{i}.pdf") for i, doc in enumerate(docs)]
    seen: list[int] = []

    written = write_certificate_files(jobs, seen.append)

    assert written == [path for _, path in jobs]
    assert seen[-1] == len(jobs)
    assert f"{TRICKY[0]} 3" in pdf_text((tmp_path / "3.pdf").read_bytes())
    stopped = write_certificate_files(
        [(doc, tmp_path / f"again-{i}.pdf") for i, doc in enumerate(docs)], None, lambda: True
    )
    assert len(stopped) < len(jobs)
