"""Batch certificates against raw ReportLab, and the time to preview one document.

    python benchmarks/documents.py [--count 500]

Target (issue 8): 500 certificates, separate files (built on every core, as the app does)
and one combined file, within 2x a baseline of raw ReportLab writing 500 plain one-page
certificates with the same embedded font; a single document preview shown in under 1 s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from mentorat_desktop.config import resource_path
from mentorat_desktop.documents.batch import write_certificate_files
from mentorat_desktop.documents.certificate import CertificateDocument, build_certificates
from mentorat_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from mentorat_desktop.documents.layout import Letterhead


def baseline(folder: Path, count: int) -> float:
    register_fonts()
    began = time.perf_counter()
    for index in range(count):
        page = canvas.Canvas(str(folder / f"raw-{index}.pdf"), pagesize=A4, initialFontName=REGULAR)
        page.setFont(BOLD, 20)
        page.drawString(72, 700, "Attestation de participation")
        page.setFont(REGULAR, 12)
        page.drawString(72, 660, f"Łukasz Nguyễn {index} — Cohorte 2026")
        page.drawString(72, 640, "11 séances, 11 h 30 — MNT-7K2Q-94XD")
        page.showPage()
        page.save()
    return time.perf_counter() - began


def ours(folder: Path, count: int) -> tuple[float, float]:
    logo = resource_path("icons", "app", "mentorat-256.png")
    letterhead = Letterhead("Atelier Lumière & Fils", logo.read_bytes() if logo.exists() else None)
    docs = [
        CertificateDocument(
            letterhead,
            f"Łukasz Nguyễn {i}",
            "both",
            "Cohorte 2026",
            date(2026, 1, 5),
            date(2026, 6, 30),
            11,
            690,
            ("Assistants IA", "LinkedIn"),
            ("Négociation client",),
            "Hélène Marchand-Lefèvre",
            "Présidente",
            date(2026, 7, 1),
            f"MNT-{i:04d}-TEST",
            "Lyon",
        )
        for i in range(count)
    ]
    began = time.perf_counter()
    write_certificate_files([(doc, folder / f"cert-{i}.pdf") for i, doc in enumerate(docs)])
    separate = time.perf_counter() - began
    began = time.perf_counter()
    (folder / "all.pdf").write_bytes(build_certificates(docs))
    return separate, time.perf_counter() - began


def preview_time() -> float:
    """Build a charter and show its first page as the preview does (QtPdf render)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from mentorat_desktop.documents.charter import CharterDocument, build_charter

    app = QApplication.instance() or QApplication(sys.argv[:1])
    began = time.perf_counter()
    pdf = build_charter(
        CharterDocument(
            Letterhead("Atelier"),
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
    )
    document = QPdfDocument(None)
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    document.render(0, QSize(900, 1270))
    elapsed = time.perf_counter() - began
    document.close()
    del app
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        raw = baseline(Path(folder), args.count)
        separate, combined = ours(Path(folder), args.count)
    preview = preview_time()
    print(f"baseline, raw ReportLab, {args.count} files : {raw:6.2f} s")
    print(
        f"Mentorat, {args.count} separate certificates : {separate:6.2f} s"
        f"  ({separate / raw:.2f}x baseline)"
    )
    print(
        f"Mentorat, one combined file of {args.count}    : {combined:6.2f} s"
        f"  ({combined / raw:.2f}x baseline)"
    )
    print(f"one document preview (build + first page)  : {preview * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
