"""One entry point for every document: what the CLI and the Documents view call.

Returns PDF bytes with a title and a file name; writes batches of certificates to a
folder with progress and a way to cancel.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path

from mentorat_desktop.db.database import Database
from mentorat_desktop.documents.agenda import build_agenda, build_agendas
from mentorat_desktop.documents.batch import write_certificate_files
from mentorat_desktop.documents.certificate import build_certificate, build_certificates
from mentorat_desktop.documents.charter import build_charter
from mentorat_desktop.documents.language import document_translator, short_date
from mentorat_desktop.documents.report import build_report
from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.files import write_file
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.documents import certificates, document_data, programme_report
from mentorat_desktop.services.documents.document_kinds import (
    BatchResult,
    DocumentKind,
    RenderedDocument,
)


def safe_filename(text: str) -> str:
    """A file name that Windows, macOS and Linux all accept, accents kept."""
    cleaned = unicodedata.normalize("NFC", text)
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")
    return cleaned[:120] or "document"


def agendas_title(language: str, start: datetime, end: datetime) -> str:
    """The week's file title (and page footer) in the documents' language and dates."""
    translate = document_translator(language)  # the document's language, not the interface's
    return translate("Export", "Agendas from {start} to {end}").format(
        start=short_date(start.date(), language),
        end=short_date((end - timedelta(days=1)).date(), language),
    )


def _need(value: int | None, field: str) -> int:
    if value is None:
        raise ValidationError(field, translate("Export", "Choose what the document is about."))
    return value


def render(
    database: Database,
    kind: DocumentKind,
    *,
    programme_id: int | None = None,
    pair_id: int | None = None,
    session_id: int | None = None,
    person_id: int | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    override_reason: str = "",
) -> RenderedDocument:
    if kind is DocumentKind.CHARTER:
        doc = document_data.charter_document(database, programme_id, pair_id)
        name = doc.programme if doc.pair is None else f"{doc.pair.mentor} - {doc.pair.mentee}"
        title = translate("Export", "Charter — {name}").format(name=name)
        return RenderedDocument(title, safe_filename(title) + ".pdf", build_charter(doc))
    if kind is DocumentKind.AGENDA:
        agenda = document_data.agenda_document(database, _need(session_id, "session"))
        title = translate("Export", "Agenda — {mentor} and {mentee}, {date}").format(
            mentor=agenda.mentor, mentee=agenda.mentee, date=agenda.starts_at.date().isoformat()
        )
        return RenderedDocument(title, safe_filename(title) + ".pdf", build_agenda(agenda))
    if kind is DocumentKind.AGENDAS:
        if start is None or end is None:
            raise ValidationError("start", translate("Export", "Choose the dates to print."))
        docs = document_data.agenda_documents(database, start, end)
        if not docs:
            raise ServiceError(translate("Export", "No session is planned in these dates."))
        title = agendas_title(docs[0].letterhead.language, start, end)
        return RenderedDocument(title, safe_filename(title) + ".pdf", build_agendas(docs, title))
    if kind is DocumentKind.CERTIFICATE:
        record = certificates.issue_certificate(
            database,
            _need(person_id, "person"),
            _need(programme_id, "programme"),
            override_reason=override_reason,
        )
        certificate = certificates.certificate_document(database, record.id)
        title = translate("Export", "Certificate — {name}").format(name=record.person)
        pdf = build_certificate(certificate)
        return RenderedDocument(title, safe_filename(title) + ".pdf", pdf)
    report = programme_report.report_document(database, _need(programme_id, "programme"))
    title = translate("Export", "Programme report — {name}").format(name=report.programme)
    return RenderedDocument(title, safe_filename(title) + ".pdf", build_report(report))


@mutates(documents=True)
def certificates_batch(
    database: Database,
    programme_id: int,
    folder: Path,
    progress: Callable[[int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    overrides: Mapping[int, str] | None = None,
) -> BatchResult:
    """A certificate for everyone who earned one, or whose override reason is given (person
    id → reason): one file each plus one combined file.
    """
    overrides = {k: v.strip() for k, v in (overrides or {}).items() if v.strip()}
    eligible = [
        e
        for e in certificates.eligibility(database, programme_id)
        # newly earned, issued earlier (printed again), or issued by override
        if e.eligible or e.certificate_code or e.person_id in overrides
    ]
    if not eligible:
        raise ServiceError(
            translate("Export", "Nobody in this programme has met the certificate's criteria yet.")
        )
    folder.mkdir(parents=True, exist_ok=True)
    jobs = []
    for index, person in enumerate(eligible):
        if cancelled and cancelled():
            return BatchResult((), None, True)
        record = certificates.issue_certificate(
            database,
            person.person_id,
            programme_id,
            override_reason="" if person.eligible else overrides.get(person.person_id, ""),
        )
        doc = certificates.certificate_document(database, record.id)
        jobs.append((doc, folder / (safe_filename(f"{record.person} - {record.code}") + ".pdf")))
        if progress:
            progress(int(15 * (index + 1) / len(eligible)), record.person)
    names = [doc.participant for doc, _ in jobs]
    written = write_certificate_files(
        jobs,
        (lambda count: progress(15 + int(75 * count / len(jobs)), names[count - 1]))
        if progress
        else None,
        cancelled,
    )
    if len(written) < len(jobs):
        return BatchResult(tuple(written), None, True)
    docs = [doc for doc, _ in jobs]
    combined = folder / (
        safe_filename(
            translate("Export", "All certificates — {programme}").format(
                programme=docs[0].programme
            )
        )
        + ".pdf"
    )
    write_file(combined, build_certificates(docs))
    if progress:
        progress(100, "")
    return BatchResult(tuple(written), combined, False)
