"""Messages that carry the participants' forms: the welcome pack (the charter and the skills
questionnaire), a feedback request after a held session, the end-of-programme questionnaire.

The preview reads who gets a form from the forms' own plans (read-only); the PDFs are built
only when the messages are queued, each form with its own identifier, so a form that is
previewed but never sent is never made, and each form sent can come back once.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import Pair, Person, Programme, Session
from mentorat_desktop.documents.language import clock, document_translator, long_date
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.forms import FormKind, FormRequest
from mentorat_desktop.services.mail import MailKind, MailRequest, PreparedMessage
from mentorat_desktop.services.mail.compose import (
    Pending,
    Prepared,
    Recipient,
    base_values,
    partners,
    previous_messages,
    sender_values,
)
from mentorat_desktop.services.mail.templates import fill, template_for

FORM_OF = {MailKind.WELCOME: FormKind.SKILLS, MailKind.FEEDBACK: FormKind.FEEDBACK}
Attachments = tuple[tuple[str, Callable[[], bytes]], ...]


def _form_pdf(
    database: Database, kind: FormKind, programme_id: int, person_id: int, session_id: int | None
) -> Callable[[], bytes]:
    def build() -> bytes:
        from mentorat_desktop.services.forms.build import build_forms

        request = FormRequest(kind, programme_id, session_id, (person_id,))
        return next(f.pdf for f in build_forms(database, request) if f.person_id == person_id)

    return build


def _charter_pdf(database: Database, programme_id: int, pair_id: int | None) -> bytes:
    from mentorat_desktop.documents.charter import build_charter
    from mentorat_desktop.services.documents.document_data import charter_document

    return build_charter(charter_document(database, programme_id, pair_id))


def _people(database: Database, ids: list[int]) -> dict[int, Recipient]:
    """The participants in no pair yet, by their names (a greeting uses the first name)."""
    with database.reading() as session:
        rows = session.scalars(select(Person).where(Person.id.in_(ids or [-1])))
        return {row.id: Recipient(row.id, row.first_name, row.last_name, row.email) for row in rows}


def _no_partner_yet(language: str) -> str:
    """{partner} in a welcome to someone in no pair yet, in the programme's language."""
    translate = document_translator(language)
    return translate("Mail", "a partner who will be introduced to you soon")


def _charter_title(language: str, programme: str) -> str:
    translate = document_translator(language)  # the programme's language
    return translate("Mail", "Charter — {programme}").format(programme=programme)


def _held_sessions(database: Database, request: MailRequest) -> dict[int, set[int]]:
    """The sessions asked for (or every held one), each with its pair's two people."""
    with database.reading() as session:
        query = (
            select(Session.id, Pair.mentor_id, Pair.mentee_id)
            .join(Pair, Pair.id == Session.pair_id)
            .where(Pair.programme_id == request.programme_id)
            .order_by(Session.starts_at, Session.id)
        )
        if request.session_ids:
            query = query.where(Session.id.in_(request.session_ids))
        else:
            query = query.where(Session.status == SessionStatus.HELD)
        found = {sid: {mentor, mentee} for sid, mentor, mentee in session.execute(query)}
    missing = sorted(set(request.session_ids) - set(found))
    if missing:
        raise ValidationError(
            "session",
            translate("Mail", "Session {id} is not a session of this programme.").format(
                id=missing[0]
            ),
        )
    return found


def form_messages(
    database: Database, request: MailRequest, language: str, programme_name: str
) -> Prepared:
    from mentorat_desktop.services.documents.document_export import safe_filename
    from mentorat_desktop.services.forms.build import form_file_stem  # the forms' file names
    from mentorat_desktop.services.forms.form_data import form_plans

    kind = MailKind(request.kind)
    form_kind = FORM_OF.get(kind, FormKind.END)
    document = document_translator(language)
    held = _held_sessions(database, request) if kind is MailKind.FEEDBACK else {}
    targets: list[int | None] = list(held) if kind is MailKind.FEEDBACK else [None]
    plans = []
    with database.reading() as session:
        programme = session.get(Programme, request.programme_id)
        if programme is None:
            raise NotFoundError(translate("Mail", "This programme no longer exists."))
        for session_id in targets:
            chosen = tuple(request.person_ids)
            if session_id is not None and chosen:  # only those of this session's pair
                chosen = tuple(p for p in chosen if p in held[session_id])
                if not chosen:
                    continue
            form_request = FormRequest(form_kind, programme.id, session_id, chosen)
            plans.extend(form_plans(session, programme, form_kind, form_request))
        sessions = [t for t in targets if t is not None]
        days = {
            s.id: s.starts_at
            for s in session.scalars(select(Session).where(Session.id.in_(sessions)))
        }
    from mentorat_desktop.services.sessions.sessions import database_zone

    zone = database_zone(database)
    pairs = partners(database, request.programme_id)
    unpaired = _people(database, [p.person_id for p in plans if p.person_id not in pairs])
    no_partner = _no_partner_yet(language)
    keys = [f"{kind.value}:{p.session_id or request.programme_id}:{p.person_id}" for p in plans]
    previous = previous_messages(database, keys)
    text = template_for(database, kind, language)
    result = Prepared()
    common = sender_values(database)
    charters: dict[int | None, bytes] = {}
    for plan, key in zip(plans, keys, strict=True):
        if not plan.email:
            result.no_address(plan.person_name)
            continue
        if key in previous and not request.resend:
            result.already_sent += 1
            continue
        found = pairs.get(plan.person_id)  # a participant may not be in a pair yet
        person = found[0] if found else unpaired[plan.person_id]
        pair_id, pair_count = (found[2], found[3]) if found else (None, 0)
        partner_name = found[1].name if found else no_partner
        values = base_values(common, person, programme_name) | {"partner": partner_name}
        if plan.session_id is not None:
            local = days[plan.session_id].astimezone(zone)
            values |= {"date": long_date(local.date(), language), "time": clock(local, language)}
        day = plan.session_day if plan.session_id is not None else None
        name = form_file_stem(form_kind, document, plan.person_name, day)
        attachments: Attachments = (
            (
                safe_filename(name) + ".pdf",
                _form_pdf(
                    database, form_kind, request.programme_id, plan.person_id, plan.session_id
                ),
            ),
        )
        if kind is MailKind.WELCOME:
            charter_title = _charter_title(language, programme_name)
            one_pair = pair_id if pair_count == 1 else None

            def charter(pair: int | None = one_pair) -> bytes:  # one per pair, both get it
                if pair not in charters:
                    charters[pair] = _charter_pdf(database, request.programme_id, pair)
                return charters[pair]

            attachments = ((safe_filename(charter_title) + ".pdf", charter), *attachments)
        result.pending.append(
            Pending(
                PreparedMessage(
                    plan.person_id,
                    plan.person_name,
                    plan.email,
                    fill(text.subject, values),
                    fill(text.body, values),
                    tuple(n for n, _ in attachments),
                    plan.session_id,
                    translate("Mail", "sent again") if key in previous else "",
                ),
                kind,
                request.programme_id,
                key,
                attachments,
            )
        )
    return result
