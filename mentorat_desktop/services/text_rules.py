"""Texts the same on SQLite and PostgreSQL: lengths and characters checked before a flush.

SQLite stores a 300-character name in a VARCHAR(120) and a NUL byte in any text; PostgreSQL
refuses both, so data typed on one PC could not move to a server. Every short text column
(String with a length) is checked against its length and refused with invisible control
characters (tabs and line breaks pass);
every long one (Text) with a NUL. A name's normalised key (NFKC, casefold: "ﬃ" becomes
"ffi") can outgrow the name: the message then names the name's field.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session

from mentorat_desktop.errors import ValidationError
from mentorat_desktop.i18n import translate

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab and line breaks pass
_NUL = "\x00"
_KEY_SUFFIX = "_key"


def _field(column_key: str) -> str:
    return column_key[: -len(_KEY_SUFFIX)] if column_key.endswith(_KEY_SUFFIX) else column_key


def length_problem(text: str, limit: int, *, key: bool = False) -> str:
    """Why ``text`` does not fit a column of ``limit`` characters, or "" when it does.

    ``key``: the text is a name's normalised key, which can outgrow the name itself.
    """
    if len(text) <= limit:
        return ""
    if key:
        return translate(
            "Validation",
            "Too long once accents and ligatures are spelled out: at most %n characters.",
            None,
            limit,
        )
    return translate("Validation", "At most %n characters.", None, limit)


def check_row(row: Any) -> None:
    """Raise ValidationError at the first text of ``row`` that PostgreSQL would refuse."""
    for attribute in inspect(row).mapper.column_attrs:
        column = attribute.columns[0]
        value = getattr(row, attribute.key, None)
        if not isinstance(value, str):
            continue
        kind = column.type
        if isinstance(kind, String) and not isinstance(kind, Text) and kind.length:
            if _CONTROL.search(value):
                raise ValidationError(
                    _field(attribute.key),
                    translate(
                        "Validation",
                        "This text holds an invisible control character: remove it.",
                    ),
                )
            if problem := length_problem(
                value, kind.length, key=attribute.key.endswith(_KEY_SUFFIX)
            ):
                raise ValidationError(_field(attribute.key), problem)
        elif _NUL in value:
            raise ValidationError(
                _field(attribute.key),
                translate("Validation", "This text holds a NUL character: remove it."),
            )


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    for row in list(session.new) + list(session.dirty):
        check_row(row)


def install() -> None:
    """Check every ORM session's rows before they are written (once per process)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
