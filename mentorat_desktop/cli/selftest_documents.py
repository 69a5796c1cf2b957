"""The self-test's documents check: one of each printed document, built from the demo data.

Goes through services.document_export.render, the entry point the Documents view and
`mentorat export` use, so a document added there is one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from mentorat_desktop.db.database import Database

if TYPE_CHECKING:
    from mentorat_desktop.services.documents.document_kinds import RenderedDocument


def build_sample_documents(database: Database) -> dict[str, bytes]:
    """Every document kind, for the demo programme with the most pairs."""
    from mentorat_desktop.services.documents import certificates, subjects
    from mentorat_desktop.services.documents.document_export import render
    from mentorat_desktop.services.documents.document_kinds import DocumentKind

    programme, pairs = max(
        ((p, subjects.pairs_of(database, p.id)) for p in subjects.programmes(database)),
        key=lambda found: len(found[1]),
    )
    if not pairs:
        raise RuntimeError("the demo data has no pair to print documents for")
    now = datetime.now(UTC)
    sessions = subjects.upcoming_sessions(database, now, limit=1)
    if not sessions:
        raise RuntimeError("the demo data has no planned session for an agenda")
    people = certificates.eligibility(database, programme.id)
    person = next((e for e in people if e.eligible), people[0])
    week = sessions[0].starts_at.replace(hour=0, minute=0, second=0, microsecond=0)
    requests: dict[str, Callable[[], RenderedDocument]] = {
        "charter": lambda: render(database, DocumentKind.CHARTER, programme_id=programme.id),
        "charter-pair": lambda: render(
            database, DocumentKind.CHARTER, programme_id=programme.id, pair_id=pairs[0].id
        ),
        "agenda": lambda: render(database, DocumentKind.AGENDA, session_id=sessions[0].id),
        "agendas": lambda: render(
            database, DocumentKind.AGENDAS, start=week, end=week + timedelta(7)
        ),
        "certificate": lambda: render(
            database,
            DocumentKind.CERTIFICATE,
            programme_id=programme.id,
            person_id=person.person_id,
            override_reason="" if person.eligible else "self-test",
        ),
        "report": lambda: render(database, DocumentKind.REPORT, programme_id=programme.id),
    }
    return {name: build().pdf for name, build in requests.items()}
