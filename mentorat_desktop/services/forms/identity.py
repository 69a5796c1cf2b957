"""The hidden identifier every form carries, and the integrity code that signs it.

The identifier is one line of ASCII in a hidden, read-only field:
``MF1|database|kind|person|programme|session|side|form uid|skills|layout|code``. The code is
an HMAC-SHA256 (truncated to 128 bits, base64url) of everything before it, keyed with a
secret of this database (table ``form_key``, made on the first form built). So a form of
another database is told apart by its database identity (foreign), a changed identifier or
code fails the code (tampered), and the layout digest, signed with the rest, tells a form
whose fields were added, removed, renamed or given other options (edited outside its
fields). The form uid, random per form, lets a form returned twice be refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import FormKey
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.forms import FormKind

VERSION = "MF1"
KIND_CODES = {FormKind.SKILLS: "s", FormKind.FEEDBACK: "f", FormKind.END: "e"}
SIDES = ("mentor", "mentee", "")


@dataclass(frozen=True)
class FormIdentity:
    database_uid: str
    kind: FormKind
    person_id: int
    programme_id: int
    session_id: int | None
    side: str  # "mentor" or "mentee" for FEEDBACK, "" otherwise
    form_uid: str
    skill_ids: tuple[int, ...]
    layout: str

    def payload(self) -> str:
        return "|".join(
            (
                VERSION,
                self.database_uid,
                KIND_CODES[self.kind],
                str(self.person_id),
                str(self.programme_id),
                str(self.session_id or 0),
                self.side,
                self.form_uid,
                ".".join(str(s) for s in self.skill_ids),
                self.layout,
            )
        )


def form_key(database: Database) -> tuple[str, bytes]:
    """This database's identity and secret, made once, on the first form built."""
    with database.reading() as session:
        row = session.scalar(select(FormKey).where(FormKey.id == 1))
        if row is not None:
            return row.database_uid, row.secret
    try:
        with database.transaction() as session:
            session.add(
                FormKey(id=1, database_uid=secrets.token_hex(8), secret=secrets.token_bytes(32))
            )
    except Exception as exc:  # another process made it at the same moment: theirs counts
        failure: Exception | None = exc
    else:
        failure = None
    found = known_key(database)
    if found is None:
        raise ServiceError(
            translate("Forms", "Forms cannot be made: this database cannot be written to now.")
        ) from failure
    return found


def known_key(database: Database) -> tuple[str, bytes] | None:
    """The key if one was ever made (reviewing never makes one)."""
    with database.reading() as session:
        row = session.scalar(select(FormKey).where(FormKey.id == 1))
        return (row.database_uid, row.secret) if row is not None else None


def new_form_uid() -> str:
    return secrets.token_hex(8)


def code_for(payload: str, secret: bytes) -> str:
    digest = hmac.new(secret, payload.encode("utf-8"), hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def signed(identity: FormIdentity, secret: bytes) -> str:
    payload = identity.payload()
    return f"{payload}|{code_for(payload, secret)}"


class NotOurs(ValueError):
    """The text is not a Mentorat form identifier at all."""


def parse(text: str) -> tuple[FormIdentity, str, str]:
    """(identity, the payload as found, the code as found); NotOurs when it is not one."""
    parts = text.strip().split("|")
    if len(parts) != 11 or parts[0] != VERSION:
        raise NotOurs(text)
    db, kind_code, person, programme, session, side, uid, skills, layout, code = parts[1:]
    kinds = {code_: kind for kind, code_ in KIND_CODES.items()}
    try:
        identity = FormIdentity(
            db,
            kinds[kind_code],
            int(person),
            int(programme),
            int(session) or None,
            side if side in SIDES else "?",
            uid,
            tuple(int(s) for s in skills.split(".") if s),
            layout,
        )
    except (KeyError, ValueError) as exc:
        raise NotOurs(text) from exc
    return identity, "|".join(parts[:10]), code


def genuine(payload: str, code: str, secret: bytes) -> bool:
    return hmac.compare_digest(code_for(payload, secret), code)
