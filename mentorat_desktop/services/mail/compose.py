"""What a request would send, to whom, with which attachments: read-only, for the preview
and for queueing the very same messages.

One message per person, not one per session with both in To: each participant gets their
own greeting, and each row of the outbox is one address, so a refused address fails alone
and is retried alone. An invitation still names both participants as ATTENDEE.

Nothing goes twice by accident: every message has a dedupe key (kind, session or
certificate, person); one already in the outbox (queued, sent, drafted or failed) is
skipped unless the request asks to resend, except an invitation whose session has moved or
been cancelled since (its iCalendar SEQUENCE grew), which goes as an update or a CANCEL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import (
    MailSettingsRow,
    OrganisationSettings,
    OutboxMessage,
    Pair,
    Person,
    Programme,
    Session,
)
from mentorat_desktop.documents.language import clock, document_translator, long_date
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.io.email_message import CALENDAR_FILE
from mentorat_desktop.io.ics import IcsEvent
from mentorat_desktop.services.mail import (
    MailKind,
    MailPreview,
    MailRequest,
    OutboxStatus,
    PreparedMessage,
)
from mentorat_desktop.services.mail.templates import fill, fill_body, template_for

DELIVERED = (OutboxStatus.SENT.value, OutboxStatus.DRAFTED.value, "sending")
LIVE = (OutboxStatus.QUEUED.value, OutboxStatus.FAILED.value, *DELIVERED)


@dataclass(frozen=True)
class Pending:
    """A message ready to be built: its preview, and what building it needs."""

    message: PreparedMessage
    kind: MailKind
    programme_id: int
    dedupe_key: str
    attachments: tuple[tuple[str, Callable[[], bytes]], ...] = ()
    event: IcsEvent | None = None  # an invitation's session
    calendar_method: str = "REQUEST"


@dataclass
class Prepared:
    pending: list[Pending] = field(default_factory=list)
    without_email: list[str] = field(default_factory=list)
    already_sent: int = 0
    notes: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)  # keys whose waiting message is void

    def no_address(self, name: str) -> None:
        if name not in self.without_email:
            self.without_email.append(name)

    def preview(self) -> MailPreview:
        return MailPreview(
            tuple(p.message for p in self.pending),
            tuple(self.without_email),
            self.already_sent,
            tuple(self.notes),
        )


@dataclass(frozen=True)
class Recipient:
    id: int
    first_name: str
    last_name: str
    email: str | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _person(row: Person) -> Recipient:
    return Recipient(row.id, row.first_name, row.last_name, row.email)


def previous_messages(
    database: Database, keys: list[str], statuses: tuple[str, ...] | None = None
) -> dict[str, int | None]:
    """The last live message of each key (or the last in ``statuses``), with the SEQUENCE
    it carried."""
    wanted = statuses or LIVE
    found: dict[str, int | None] = {}
    if not keys:
        return found
    with database.reading() as session:
        for start in range(0, len(keys), 500):
            for key, sequence in session.execute(
                select(OutboxMessage.dedupe_key, OutboxMessage.ics_sequence)
                .where(OutboxMessage.dedupe_key.in_(keys[start : start + 500]))
                .where(OutboxMessage.status.in_(wanted))
                .order_by(OutboxMessage.id)
            ):
                found[key] = sequence
    return found


def sender_values(database: Database) -> dict[str, str]:
    """The placeholders that are the same in every message: read once per request."""
    with database.reading() as session:
        row = session.get(MailSettingsRow, 1)
        organisation = session.get(OrganisationSettings, 1)
    return {
        "coordinator": (row.sender_name or row.sender_email) if row else "",
        "company": organisation.company_name if organisation else "",
    }


def base_values(common: dict[str, str], person: Recipient, programme: str) -> dict[str, str]:
    return common | {
        "first_name": person.first_name or person.name,
        "last_name": person.last_name,
        "full_name": person.name,
        "programme": programme,
    }


def _programme_words(language: str) -> dict[str, str]:
    """Words added to a message, in the programme's language (as the message's text)."""
    translate = document_translator(language)
    return {
        "updated": translate("Mail", "Updated: {subject}"),
        "updated_line": translate("Mail", "This session has changed: here is its new time."),
        "agenda": translate("Mail", "Agenda {date}"),
        "certificate": translate("Mail", "Certificate — {name}"),
    }


def partners(
    database: Database, programme_id: int
) -> dict[int, tuple[Recipient, Recipient, int, int]]:
    """Each person in a pair of the programme: themself, their first partner, that pair, and
    how many pairs they are in."""
    mentor, mentee = aliased(Person), aliased(Person)
    found: dict[int, tuple[Recipient, Recipient, int, int]] = {}
    counts: dict[int, int] = {}
    with database.reading() as session:
        for pair_id, a, b in session.execute(
            select(Pair.id, mentor, mentee)
            .join(mentor, mentor.id == Pair.mentor_id)
            .join(mentee, mentee.id == Pair.mentee_id)
            .where(Pair.programme_id == programme_id)
            .order_by(Pair.id)
        ):
            for one, other in ((a, b), (b, a)):
                counts[one.id] = counts.get(one.id, 0) + 1
                found.setdefault(one.id, (_person(one), _person(other), pair_id, 0))
    return {k: (p, o, pair, counts[k]) for k, (p, o, pair, _n) in found.items()}


def prepare(database: Database, request: MailRequest, now: datetime | None = None) -> Prepared:
    now = now or datetime.now(UTC)
    with database.reading() as session:
        programme = session.get(Programme, request.programme_id)
        if programme is None:
            raise NotFoundError(translate("Mail", "This programme no longer exists."))
        language = str(getattr(programme.language, "value", programme.language))
        name = programme.name
    kind = MailKind(request.kind)
    if kind is MailKind.INVITATIONS:
        return _invitations(database, request, language, name, now)
    if kind is MailKind.CERTIFICATES:
        return _certificates(database, request, language, name)
    from mentorat_desktop.services.mail.form_mail import form_messages

    return form_messages(database, request, language, name)


def preview_mail(database: Database, request: MailRequest) -> MailPreview:
    """The messages a request would queue, the people without an address, what is skipped."""
    return prepare(database, request).preview()


def _invitations(
    database: Database, request: MailRequest, language: str, programme: str, now: datetime
) -> Prepared:
    from mentorat_desktop.documents.agenda import build_agenda
    from mentorat_desktop.services.documents.document_data import agenda_document
    from mentorat_desktop.services.documents.document_export import safe_filename
    from mentorat_desktop.services.sessions.calendar_export import ExportSelection, collect_events
    from mentorat_desktop.services.sessions.sessions import organisation_zone

    mentor, mentee = aliased(Person), aliased(Person)
    with database.reading() as session:
        zone = organisation_zone(session)[0]
        query = (
            select(Session, mentor, mentee)
            .join(Pair, Pair.id == Session.pair_id)
            .join(mentor, mentor.id == Pair.mentor_id)
            .join(mentee, mentee.id == Pair.mentee_id)
            .where(Pair.programme_id == request.programme_id)
            .order_by(Session.starts_at, Session.id)
        )
        if request.session_ids:
            query = query.where(Session.id.in_(request.session_ids))
        else:
            query = query.where(Session.starts_at >= now)
        rows = [
            (s.id, s.status, s.ics_sequence, s.starts_at, s.location, _person(a), _person(b))
            for s, a, b in session.execute(query)
        ]
    missing = sorted(set(request.session_ids) - {row[0] for row in rows})
    if missing:
        raise ValidationError(
            "session",
            translate("Mail", "Session {id} is not a session of this programme.").format(
                id=missing[0]
            ),
        )
    events = {
        e.session_id: e
        for e in (
            collect_events(database, ExportSelection(session_ids=tuple(r[0] for r in rows)), now)
            if rows
            else []
        )
    }
    keys = [f"invitations:{r[0]}:{p.id}" for r in rows for p in (r[5], r[6])]
    previous = previous_messages(database, keys)
    delivered = previous_messages(database, keys, DELIVERED)
    text = template_for(database, MailKind.INVITATIONS, language)
    cancellation = template_for(database, MailKind.CANCELLATION, language)
    words = _programme_words(language)
    result = Prepared()
    common = sender_values(database)
    agendas: dict[int, bytes] = {}
    for sid, status, sequence, starts, place, first, second in rows:
        local = starts.astimezone(zone)
        for person, partner in ((first, second), (second, first)):
            if request.person_ids and person.id not in request.person_ids:
                continue
            key = f"invitations:{sid}:{person.id}"
            cancelled = status is SessionStatus.CANCELLED
            sent_before = key in delivered
            if cancelled and not sent_before:
                if key in previous:  # an invitation still waiting: it must not go now
                    result.withdrawn.append(key)
                continue  # never invited: nothing to call off
            if not person.email:
                result.no_address(person.name)
                continue
            if key in previous and previous[key] == sequence and not request.resend:
                result.already_sent += 1
                continue
            values = base_values(common, person, programme) | {
                "partner": partner.name,
                "date": long_date(local.date(), language),
                "time": clock(local, language),
                "place": place or "",
            }
            subject, body = fill(text.subject, values), fill_body(text.body, values)
            note = ""
            if cancelled:  # its own text: the invitation's speaks of an agenda and accepting
                subject = fill(cancellation.subject, values)
                body = fill_body(cancellation.body, values)
                note = translate("Mail", "cancellation")
            elif sent_before and (delivered[key] or 0) < sequence:
                subject = words["updated"].format(subject=subject)
                body = words["updated_line"] + "\n\n" + body
                note = translate("Mail", "update (moved)")
            elif sent_before:
                note = translate("Mail", "sent again")
            attachments: tuple[tuple[str, Callable[[], bytes]], ...] = ()
            if not cancelled:
                title = words["agenda"].format(date=local.date().isoformat())

                def agenda(session_id: int = sid) -> bytes:  # one PDF for both participants
                    if session_id not in agendas:
                        agendas[session_id] = build_agenda(agenda_document(database, session_id))
                    return agendas[session_id]

                attachments = ((safe_filename(title) + ".pdf", agenda),)
            names = (*(n for n, _ in attachments), CALENDAR_FILE)
            result.pending.append(
                Pending(
                    PreparedMessage(
                        person.id, person.name, person.email, subject, body, names, sid, note
                    ),
                    MailKind.INVITATIONS,
                    request.programme_id,
                    key,
                    attachments,
                    events[sid],
                    "CANCEL" if cancelled else "REQUEST",
                )
            )
    return result


def _certificates(
    database: Database, request: MailRequest, language: str, programme: str
) -> Prepared:
    from mentorat_desktop.documents.certificate import build_certificate
    from mentorat_desktop.services.documents.certificates import (
        certificate_document,
        certificates_of_programme,
    )
    from mentorat_desktop.services.documents.document_export import safe_filename

    issued = {r.person_id: r for r in certificates_of_programme(database, request.programme_id)}
    people = sorted(
        partners(database, request.programme_id).values(), key=lambda p: p[0].name.casefold()
    )
    keys = [f"certificates:{r.id}:{r.person_id}" for r in issued.values()]
    previous = previous_messages(database, keys)
    text = template_for(database, MailKind.CERTIFICATES, language)
    words = _programme_words(language)
    result = Prepared()
    common = sender_values(database)
    for person, partner, _pair, _count in people:
        if request.person_ids and person.id not in request.person_ids:
            continue
        record = issued.get(person.id)
        if record is None:
            result.notes.append(
                translate("Mail", "{name} has no certificate yet (issue it in Documents).").format(
                    name=person.name
                )
            )
            continue
        if not person.email:
            result.no_address(person.name)
            continue
        key = f"certificates:{record.id}:{person.id}"
        if key in previous and not request.resend:
            result.already_sent += 1
            continue
        values = base_values(common, person, programme) | {"partner": partner.name}
        title = words["certificate"].format(name=person.name)

        def pdf(certificate_id: int = record.id) -> bytes:
            return build_certificate(certificate_document(database, certificate_id))

        attachments = ((safe_filename(title) + ".pdf", pdf),)
        result.pending.append(
            Pending(
                PreparedMessage(
                    person.id,
                    person.name,
                    person.email,
                    fill(text.subject, values),
                    fill(text.body, values),
                    tuple(n for n, _ in attachments),
                    None,
                    translate("Mail", "sent again") if key in previous else "",
                ),
                MailKind.CERTIFICATES,
                request.programme_id,
                key,
                attachments,
            )
        )
    return result
