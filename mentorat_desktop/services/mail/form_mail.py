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
from mentorat_desktop.db.models import Pair, Programme, Session
from mentorat_desktop.documents.language import clock, document_translator, long_date
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.forms import FormKind, FormRequest
from mentorat_desktop.services.mail import MailKind, MailRequest, PreparedMessage
from mentorat_desktop.services.mail.compose import (
    Pending,
    Prepared,
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


def _charter_title(language: str, programme: str) -> str:
    translate = document_translator(language)  # the programme's language
    return translate("Mail", "Charter — {programme}").format(programme=programme)


def _held_sessions(database: Database, request: MailRequest) -> list[int]:
    with database.reading() as session:
        query = (
            select(Session.id)
            .join(Pair, Pair.id == Session.pair_id)
            .where(Pair.programme_id == request.programme_id)
            .order_by(Session.starts_at, Session.id)
        )
        if request.session_ids:
            found = list(session.scalars(query.where(Session.id.in_(request.session_ids))))
            missing = sorted(set(request.session_ids) - set(found))
            if missing:
                raise ValidationError(
                    "session",
                    translate("Mail", "Session {id} is not a session of this programme.").format(
                        id=missing[0]
                    ),
                )
            return found
        return list(session.scalars(query.where(Session.status == SessionStatus.HELD)))


def form_messages(
    database: Database, request: MailRequest, language: str, programme_name: str
) -> Prepared:
    from mentorat_desktop.services.documents.document_export import safe_filename
    from mentorat_desktop.services.forms.build import _file_label  # the forms' own file names
    from mentorat_desktop.services.forms.form_data import form_plans

    kind = MailKind(request.kind)
    form_kind = FORM_OF.get(kind, FormKind.END)
    document = document_translator(language)
    targets: list[int | None] = (
        list(_held_sessions(database, request)) if kind is MailKind.FEEDBACK else [None]
    )
    plans = []
    with database.reading() as session:
        programme = session.get(Programme, request.programme_id)
        if programme is None:
            raise NotFoundError(translate("Mail", "This programme no longer exists."))
        for session_id in targets:
            form_request = FormRequest(form_kind, programme.id, session_id, request.person_ids)
            plans.extend(form_plans(session, programme, form_kind, form_request))
        sessions = [t for t in targets if t is not None]
        days = {
            s.id: s.starts_at
            for s in session.scalars(select(Session).where(Session.id.in_(sessions)))
        }
    from mentorat_desktop.services.sessions.sessions import database_zone

    zone = database_zone(database)
    pairs = partners(database, request.programme_id)
    keys = [f"{kind.value}:{p.session_id or request.programme_id}:{p.person_id}" for p in plans]
    previous = previous_messages(database, keys)
    text = template_for(database, kind, language)
    result = Prepared()
    common = sender_values(database)
    for plan, key in zip(plans, keys, strict=True):
        if not plan.email:
            result.no_address(plan.person_name)
            continue
        if key in previous and not request.resend:
            result.already_sent += 1
            continue
        person, partner, pair_id, pair_count = pairs[plan.person_id]
        values = base_values(common, person, programme_name) | {"partner": partner.name}
        if plan.session_id is not None:
            local = days[plan.session_id].astimezone(zone)
            values |= {"date": long_date(local.date(), language), "time": clock(local, language)}
        name = f"{_file_label(form_kind, document)} - {plan.person_name}"
        if plan.session_id is not None:
            name += f" - {plan.session_day}"
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

            def charter(pair: int | None = one_pair) -> bytes:
                return _charter_pdf(database, request.programme_id, pair)

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
