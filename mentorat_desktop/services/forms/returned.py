"""Returned forms: review them (read-only), then apply the accepted ones in one transaction.

A form is refused, with one sentence, when its file cannot be read or is not a PDF, has
none of our fields, comes from another database (foreign), has a changed identifier or
integrity code (tampered), had fields added, removed, renamed or given other options
(edited outside its fields), was imported already or appears twice among the files, or is
for someone no longer in that pair or programme (wrong person); also when its session was
cancelled or has not taken place yet, or when nothing was filled in.

Applying is undoable (Edit › Undo) as one step: the rows written are captured like any
other service's, including the record of the forms imported, so after an undo the same
files can be imported again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import Person, Programme, ReturnedForm, Session
from mentorat_desktop.db.types import utc_now
from mentorat_desktop.documents.forms import fields as f
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.i18n import format_short_date, translate
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.forms import AppliedForms, FormKind, FormReview, answers
from mentorat_desktop.services.forms.feedback_answers import feedback_answer
from mentorat_desktop.services.forms.form_data import live_pairs, participant_ids
from mentorat_desktop.services.forms.identity import (
    FormIdentity,
    NotOurs,
    genuine,
    known_key,
    parse,
)
from mentorat_desktop.services.forms.reading import ReadForm, Unreadable, read_form
from mentorat_desktop.services.sessions.sessions import organisation_zone
from mentorat_desktop.services.undo import undoable


@dataclass(frozen=True)
class _Examined:
    review: FormReview
    identity: FormIdentity | None = None
    answer: answers.Answer | None = None


def expand(paths: Sequence[Path]) -> list[Path]:
    """Folders become the PDFs they hold (not their sub-folders), by name."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                sorted(
                    (p for p in path.iterdir() if p.suffix.lower() == ".pdf" and p.is_file()),
                    key=lambda p: p.name.casefold(),
                )
            )
        else:
            found.append(path)
    return found


def _refused(path: Path, problem: str, kind: FormKind | None = None, name: str = "") -> _Examined:
    return _Examined(FormReview(str(path), kind, name, "", (), problem))


def review_returned_forms(database: Database, paths: Sequence[Path]) -> list[FormReview]:
    """One review per file (folders expanded); changes nothing."""
    with database.reading() as session:
        return [e.review for e in _examine_all(database, session, paths)]


def _label(database: Database, paths: Sequence[Path]) -> str:
    return translate("Undo", "import of returned forms")


@mutates(sessions=True, skills=True, programmes=True)
@undoable(_label)
def apply_returned_forms(database: Database, paths: Sequence[Path]) -> AppliedForms:
    """Review again and write every form's changes in one transaction; all or nothing."""
    with database.transaction() as session:
        examined = _examine_all(database, session, paths)
        refused = [e.review for e in examined if not e.review.accepted]
        if refused:
            first = refused[0]
            raise ValidationError(
                "paths",
                translate("Forms", "“{name}” is refused: {problem}").format(
                    name=Path(first.path).name, problem=first.problem
                ),
            )
        written = 0
        for item in examined:
            assert item.answer is not None and item.identity is not None
            written += item.answer.write(session)
            identity = item.identity
            session.add(
                ReturnedForm(
                    form_uid=identity.form_uid,
                    kind=identity.kind.value,
                    person_id=identity.person_id,
                    programme_id=identity.programme_id,
                    session_id=identity.session_id,
                    imported_at=utc_now(),
                )
            )
            session.flush()
    return AppliedForms(len(examined), written)


def _examine_all(database: Database, session: OrmSession, paths: Sequence[Path]) -> list[_Examined]:
    key = known_key(database)
    files = expand(paths)
    read: list[tuple[Path, ReadForm | str]] = []
    for path in files:
        try:
            read.append((path, read_form(path)))
        except Unreadable as exc:
            read.append((path, exc.message))
    held_answers: dict[tuple[int, str], str] = {}
    for _path, form in read:
        if isinstance(form, ReadForm) and form.identifier:
            try:
                identity = parse(form.identifier)[0]
            except NotOurs:
                continue
            held = form.values.get(f.HELD)
            if identity.session_id and isinstance(held, str):
                held_answers[(identity.session_id, identity.side)] = held
    seen: set[str] = set()
    examined = []
    for path, form in read:
        if isinstance(form, str):
            examined.append(_refused(path, form))
        else:
            examined.append(_examine(session, path, form, key, seen, held_answers))
    return examined


def _examine(
    session: OrmSession,
    path: Path,
    form: ReadForm,
    key: tuple[str, bytes] | None,
    seen: set[str],
    held_answers: dict[tuple[int, str], str],
) -> _Examined:
    if form.identifier is None:
        return _refused(
            path, translate("Forms", "This PDF is not a Mentorat form: it has none of its fields.")
        )
    try:
        identity, payload, code = parse(form.identifier)
    except NotOurs:
        return _refused(path, _tampered())
    if key is None or identity.database_uid != key[0]:
        return _refused(
            path,
            translate(
                "Forms",
                "This form comes from another Mentorat database: import it into the one "
                "that made it.",
            ),
        )
    if not genuine(payload, code, key[1]):
        return _refused(path, _tampered())
    kind = identity.kind
    person = session.get(Person, identity.person_id)
    name = person.full_name if person else ""
    if identity.layout != form.layout:
        return _refused(
            path,
            translate(
                "Forms",
                "This form was changed outside its fields (fields added, removed or renamed): "
                "its answers cannot be trusted.",
            ),
            kind,
            name,
        )
    if identity.form_uid in seen:
        return _refused(
            path, translate("Forms", "The same form is among these files twice."), kind, name
        )
    seen.add(identity.form_uid)
    done = session.get(ReturnedForm, identity.form_uid)
    if done is not None:
        return _refused(
            path,
            translate("Forms", "This form was already imported on {day}.").format(
                day=format_short_date(done.imported_at.date())
            ),
            kind,
            name,
        )
    programme = session.get(Programme, identity.programme_id)
    if person is None or programme is None:
        return _refused(
            path,
            translate("Forms", "The person or programme of this form no longer exists."),
            kind,
            name,
        )
    return _check_person(session, path, form, identity, person, programme, held_answers)


def _tampered() -> str:
    return translate(
        "Forms",
        "This form’s identifier or integrity code was changed: its answers cannot be trusted.",
    )


def _wrong_person(path: Path, kind: FormKind, name: str, where: str) -> _Examined:
    return _refused(
        path,
        translate("Forms", "This form was made for {name}, who is no longer {where}.").format(
            name=name, where=where
        ),
        kind,
        name,
    )


def _check_person(
    session: OrmSession,
    path: Path,
    form: ReadForm,
    identity: FormIdentity,
    person: Person,
    programme: Programme,
    held_answers: dict[tuple[int, str], str],
) -> _Examined:
    kind, name = identity.kind, person.full_name
    subject = programme.name
    answer: answers.Answer
    if kind is FormKind.FEEDBACK:
        row = session.get(Session, identity.session_id) if identity.session_id else None
        if row is None or row.pair.programme_id != programme.id:
            return _refused(
                path, translate("Forms", "This form’s session no longer exists."), kind, name
            )
        pair = row.pair
        expected = pair.mentor_id if identity.side == "mentor" else pair.mentee_id
        if identity.side not in ("mentor", "mentee") or expected != person.id or pair.archived_at:
            return _wrong_person(path, kind, name, translate("Forms", "in this session’s pair"))
        if row.status is SessionStatus.CANCELLED:
            return _refused(
                path,
                translate("Forms", "This session was cancelled: its feedback cannot be recorded."),
                kind,
                name,
            )
        other = "mentee" if identity.side == "mentor" else "mentor"
        answer = feedback_answer(session, identity, form.values, held_answers.get((row.id, other)))
        subject = translate("Forms", "session of {day}, {mentor} → {mentee}").format(
            day=format_short_date(row.starts_at.astimezone(organisation_zone(session)[0]).date()),
            mentor=pair.mentor.full_name,
            mentee=pair.mentee.full_name,
        )
        if answer.marks_session and row.starts_at > utc_now():
            return _refused(
                path,
                translate(
                    "Forms",
                    "This session has not taken place yet: import its feedback once its "
                    "time has come.",
                ),
                kind,
                name,
            )
    elif kind is FormKind.SKILLS:
        if person.id not in participant_ids(session, programme.id):
            return _wrong_person(path, kind, name, translate("Forms", "in this programme"))
        answer = answers.skills_answer(session, identity, form.values)
    else:
        members = {i for p in live_pairs(session, programme.id) for i in (p.mentor_id, p.mentee_id)}
        if person.id not in members:
            return _wrong_person(
                path, kind, name, translate("Forms", "in a pair of this programme")
            )
        answer = answers.end_answer(session, identity, form.values)
    if not _filled(form):
        return _refused(path, translate("Forms", "Nothing was filled in on this form."), kind, name)
    review = FormReview(str(path), kind, name, subject, answer.changes)
    return _Examined(review, identity, answer)


def _filled(form: ReadForm) -> bool:
    values: list[Any] = list(form.values.values())
    return any(v for v in values if v not in (f.NO_TARGET, "", None, False))
