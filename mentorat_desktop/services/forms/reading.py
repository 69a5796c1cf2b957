"""Reading a returned PDF: its hidden identifier, the values of its fields, their shape.

pypdf (pure Python, shipped with the app) is imported here only, when a form is read, so
that starting the app does not pay for it. Anything a file can be (not a PDF, damaged,
encrypted, a PDF with no fields) ends as one translated sentence, never as an exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentorat_desktop.documents.forms.page import IDENTIFIER_FIELD, FieldShape, layout_digest
from mentorat_desktop.i18n import translate

LARGEST = 30 * 1024 * 1024  # a returned form is far smaller; anything larger is not one
RADIO = 1 << 15


@dataclass(frozen=True)
class ReadForm:
    identifier: str | None  # None: the file has none of our fields
    values: dict[str, str | bool | None]
    layout: str  # the digest of the fields found, as the builder computes it


class Unreadable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _name(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    text = text[1:] if text.startswith("/") else text
    return None if text in ("", "Off") else text


def _options(field: Any) -> tuple[str, ...]:
    found = []
    for option in field.get("/Opt") or ():
        option = option.get_object() if hasattr(option, "get_object") else option
        if isinstance(option, list):
            option = option[0]
        found.append(str(option))
    return tuple(found)


def _switched_on(field: Any) -> str | None:
    """The state shown by a button's widgets, for a reader that set the widget's appearance
    state (/AS) and not the field's value (/V)."""
    widgets = [k.get_object() for k in field.get("/Kids") or ()] or [field]
    for widget in widgets:
        state = _name(widget.get("/AS"))
        if state is not None:
            return state
    return None


def read_form(path: Path) -> ReadForm:
    """The form in ``path``; raises Unreadable with the sentence to show."""
    name = path.name
    damaged = translate("Forms", "“{name}” cannot be read: it is damaged or not a PDF.").format(
        name=name
    )
    try:
        if path.is_dir():
            raise Unreadable(translate("Forms", "“{name}” is a folder.").format(name=name))
        size = path.stat().st_size
        if size > LARGEST:
            raise Unreadable(damaged)
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise Unreadable(
            translate("Forms", "“{name}” cannot be opened: {reason}").format(
                name=name, reason=exc.strerror or exc
            )
        ) from exc
    if b"%PDF-" not in head:
        raise Unreadable(damaged)
    try:
        return _read(path)
    except Unreadable:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise Unreadable(damaged) from exc


def _read(path: Path) -> ReadForm:
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file is told in one sentence
    reader = PdfReader(path, strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise Unreadable(
            translate("Forms", "“{name}” is protected by a password.").format(name=path.name)
        )
    fields = reader.get_fields() or {}
    identifier: str | None = None
    values: dict[str, str | bool | None] = {}
    shapes: list[FieldShape] = []
    for full_name, field in fields.items():
        kind = field.get("/FT")
        flags = int(field.get("/Ff") or 0)
        value = field.get("/V")
        if full_name == IDENTIFIER_FIELD:
            identifier = str(value) if value is not None else ""
            continue
        if kind == "/Tx":
            shapes.append(FieldShape(full_name, "text"))
            values[full_name] = "" if value is None else str(value)
        elif kind == "/Btn" and flags & RADIO:
            states = tuple(s for s in (_name(x) for x in field.get("/_States_") or ()) if s)
            shapes.append(FieldShape(full_name, "radio", states))
            values[full_name] = _name(value) or _switched_on(field)
        elif kind == "/Btn":
            shapes.append(FieldShape(full_name, "check"))
            values[full_name] = (_name(value) or _switched_on(field)) is not None
        elif kind == "/Ch":
            shapes.append(FieldShape(full_name, "choice", _options(field)))
            values[full_name] = None if value is None else str(value)
        else:
            shapes.append(FieldShape(full_name, str(kind)))
    return ReadForm(identifier, values, layout_digest(shapes))
