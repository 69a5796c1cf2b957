"""The attestation of participation: one page, signed, with its verification code and QR code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, TableStyle

from mentorat_desktop.db.enums import CertificateRole
from mentorat_desktop.documents import layout
from mentorat_desktop.documents.language import document_translator, hours, short_date
from mentorat_desktop.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    INK,
    RULE,
    Letterhead,
    Table,
    Translate,
    paragraph,
)

QR_SIZE = 26 * mm
FIXED_MASK = 2


@dataclass(frozen=True)
class CertificateDocument:
    letterhead: Letterhead
    participant: str
    role: CertificateRole
    programme: str
    start: date
    end: date
    sessions: int
    minutes: int
    skills_taught: tuple[str, ...]
    skills_learned: tuple[str, ...]
    signatory_name: str
    signatory_title: str
    issued_on: date
    code: str
    place: str = ""


def qr_payload(code: str) -> str:
    return f"MENTORAT-CERTIFICATE {code}"


class QrCode(Flowable):
    """A QR code drawn as one filled path: ReportLab's QR widget takes ~100 ms a code."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)  # None: smallest fit
        code.addData(payload)
        # A fixed mask instead of scoring all eight (a third of a certificate's build time);
        # every mask gives a valid code, and short codes like ours scan well with any.
        code.version = code.calculate_version()
        code.makeImpl(False, FIXED_MASK)
        count = code.getModuleCount()
        self.dark = [(r, c) for r in range(count) for c in range(count) if code.isDark(r, c)]
        self.modules = count + 8  # a quiet zone of 4 modules on each side
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        module = self.size / self.modules
        path = self.canv.beginPath()
        for row, column in self.dark:
            x = (column + 4) * module
            y = self.size - (row + 5) * module
            path.rect(x, y, module, module)
        self.canv.setFillColor(INK)
        self.canv.drawPath(path, stroke=0, fill=1)


def _qr(code: str) -> QrCode:
    return QrCode(qr_payload(code), QR_SIZE)


def _role_phrase(role: CertificateRole, translate: Translate) -> str:
    return {
        CertificateRole.MENTOR: translate("Certificate", "as a mentor, sharing their knowledge"),
        CertificateRole.MENTEE: translate("Certificate", "as a mentee, learning from a colleague"),
        CertificateRole.BOTH: translate(
            "Certificate", "both as a mentor and as a mentee, in a reciprocal pair"
        ),
    }.get(role, "")


def certificate_story(doc: CertificateDocument, translate: Translate) -> list[Flowable]:
    s = layout.styles()
    lang = doc.letterhead.language
    story: list[Flowable] = [
        Spacer(1, 14 * mm),
        paragraph(translate("Certificate", "Certificate of participation"), s.title),
        paragraph(
            translate("Certificate", "Reverse-mentoring programme “{programme}”").format(
                programme=doc.programme
            ),
            s.subtitle,
        ),
        Spacer(1, 10 * mm),
        paragraph(translate("Certificate", "We certify that"), s.body),
        Spacer(1, 2 * mm),
        paragraph(doc.participant, s.name),
        Spacer(1, 3 * mm),
        paragraph(
            translate(
                "Certificate",
                "took part in the programme “{programme}” from {start} to {end}, {role}.",
            ).format(
                programme=doc.programme,
                start=short_date(doc.start, lang),
                end=short_date(doc.end, lang),
                role=_role_phrase(doc.role, translate),
            ),
            s.body,
        ),
        Spacer(1, 8 * mm),
    ]
    figures = Table(
        [
            [
                paragraph(str(doc.sessions), s.title),
                paragraph(hours(doc.minutes, lang), s.title),
            ],
            [
                paragraph(translate("Certificate", "sessions held"), s.label),
                paragraph(translate("Certificate", "of mentoring"), s.label),
            ],
        ],
        colWidths=[45 * mm, 45 * mm],
        hAlign="LEFT",
    )
    figures.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    story.append(figures)
    story.extend(_skills(doc, translate))
    story.append(Spacer(1, 14 * mm))
    story.append(KeepTogether(_signature_and_code(doc, translate)))
    return story


def _skills(doc: CertificateDocument, translate: Translate) -> list[Flowable]:
    s = layout.styles()
    parts: list[Flowable] = []
    for title, names in (
        (translate("Certificate", "Skills passed on"), doc.skills_taught),
        (translate("Certificate", "Skills learned"), doc.skills_learned),
    ):
        if names:
            parts.append(paragraph(title, s.heading))
            parts.append(paragraph(" · ".join(names), s.body))
    return parts


def _signature_and_code(doc: CertificateDocument, translate: Translate) -> list[Flowable]:
    s = layout.styles()
    lang = doc.letterhead.language
    where = (
        translate("Certificate", "Issued in {place} on {date}").format(
            place=doc.place, date=short_date(doc.issued_on, lang)
        )
        if doc.place
        else translate("Certificate", "Issued on {date}").format(
            date=short_date(doc.issued_on, lang)
        )
    )
    signature = [
        paragraph(where, s.body),
        Spacer(1, 18 * mm),
        HRFlowable(width=60 * mm, thickness=0.5, color=RULE, hAlign="LEFT", spaceAfter=3),
        paragraph(doc.signatory_name or " ", s.cell_bold),
        paragraph(doc.signatory_title or " ", s.small),
    ]
    code = [
        _qr(doc.code),
        paragraph(translate("Certificate", "Verification code"), s.label),
        paragraph(doc.code, s.cell_bold),
    ]
    table = Table([[signature, code]], colWidths=[None, QR_SIZE + 20 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def build_certificate(doc: CertificateDocument) -> bytes:
    translate = document_translator(doc.letterhead.language)
    title = translate("Certificate", "Certificate — {name}").format(name=doc.participant)
    return layout.build(certificate_story(doc, translate), doc.letterhead, title, translate)


def build_certificates(docs: Sequence[CertificateDocument]) -> bytes:
    """Many certificates in one file for printing at once, one per page."""
    from reportlab.platypus import PageBreak

    if not docs:
        raise ValueError("no certificate to build")
    translate = document_translator(docs[0].letterhead.language)
    story: list[Flowable] = []
    for index, doc in enumerate(docs):
        if index:
            story.append(PageBreak())
        story.extend(certificate_story(doc, translate))
    title = translate("Certificate", "Certificates — {programme}").format(
        programme=docs[0].programme
    )
    return layout.build(story, docs[0].letterhead, title, translate)
