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
from mentorat_desktop.os_errors import os_reason

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


DEPTH = 32  # deeper than any form; a loop of /Parent or /Kids in a damaged file ends here


@dataclass(frozen=True)
class _Widget:
    node: Any  # a widget, or a field with no widgets
    former_parent: Any  # the field whose /Kids still list a widget that lost its /Parent


def _up(node: Any) -> Any:
    parent = node.get("/Parent")
    return parent.get_object() if parent is not None else None


def _inherited(widget: _Widget, key: str) -> Any:
    """A field attribute, from the widget or the nearest field above it, or else from the
    field that listed it before it was detached."""
    for start in (widget.node, widget.former_parent):
        node, depth = start, 0
        while node is not None and depth < DEPTH:
            if key in node:
                return node[key]
            node, depth = _up(node), depth + 1
    return None


def _full_name(node: Any) -> str:
    parts: list[str] = []
    while node is not None and len(parts) < DEPTH:
        if "/T" in node:
            parts.append(str(node["/T"]))
        node = _up(node)
    return ".".join(reversed(parts))


def _key(node: Any) -> object:
    reference = getattr(node, "indirect_reference", None)
    return (reference.idnum, reference.generation) if reference is not None else id(node)


def _widgets_by_field(reader: Any) -> dict[str, list[_Widget]]:
    """Each field's widgets by the field's full name: those the form's field tree ends in
    and those on the pages, each once. A name given twice is one field: macOS Preview saves
    a radio choice into the chosen button, detached from its group and given the group's
    name, the group left as it was (Apple developer forum, thread 735073)."""
    found: dict[str, list[_Widget]] = {}
    seen: set[object] = set()

    def add(node: Any, former_parent: Any = None) -> None:
        if _key(node) not in seen:
            seen.add(_key(node))
            found.setdefault(_full_name(node), []).append(_Widget(node, former_parent))

    def walk(node: Any, depth: int, parent: Any) -> None:
        kids = [k.get_object() for k in node.get("/Kids") or ()]
        if not kids or depth >= DEPTH:
            add(node, parent if parent is not None and "/Parent" not in node else None)
        for kid in kids:
            walk(kid, depth + 1, node)

    form = reader.trailer["/Root"].get("/AcroForm")
    for top in (form.get_object().get("/Fields") or ()) if form is not None else ():
        walk(top.get_object(), 0, None)
    for page in reader.pages:
        for annotation in page.get("/Annots") or ():
            widget = annotation.get_object()
            if widget.get("/Subtype") == "/Widget":
                add(widget)
    return found


def _options(widgets: list[_Widget]) -> tuple[str, ...]:
    found = []
    for option in _inherited(widgets[0], "/Opt") or ():
        option = option.get_object() if hasattr(option, "get_object") else option
        if isinstance(option, list):
            option = option[0]
        found.append(str(option))
    return tuple(found)


def _states(widgets: list[_Widget]) -> tuple[str, ...]:
    """The values of a radio group: the states its buttons can show."""
    states: list[str] = []
    for widget in widgets:
        appearance: Any = widget.node.get("/AP")
        normal: Any = appearance.get_object().get("/N") if appearance is not None else None
        normal = normal.get_object() if normal is not None else None
        keys = normal.keys() if hasattr(normal, "keys") else ()
        states.extend(s for s in (_name(k) for k in keys) if s and s not in states)
    return tuple(states)


def _chosen(widgets: list[_Widget]) -> str | None:
    """A button field's value: a value saved on a button itself first (Preview's, newer
    than its group's), then the field's, then the state a button shows (/AS), for a reader
    that set that and not the value."""
    own = [_name(w.node.get("/V")) for w in widgets]
    shared = [_name(_inherited(w, "/V")) for w in widgets]
    shown = [_name(w.node.get("/AS")) for w in widgets]
    return next((v for v in (*own, *shared, *shown) if v is not None), None)


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
                name=name, reason=os_reason(exc)
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
    identifier: str | None = None
    values: dict[str, str | bool | None] = {}
    shapes: list[FieldShape] = []
    for full_name, widgets in _widgets_by_field(reader).items():
        kinds = {str(_inherited(w, "/FT")) for w in widgets}
        kind = kinds.pop() if len(kinds) == 1 else "mixed"  # never one of our fields
        flags = 0
        for widget in widgets:
            flags |= int(_inherited(widget, "/Ff") or 0)
        value = _inherited(widgets[0], "/V")
        if full_name == IDENTIFIER_FIELD:
            identifier = str(value) if value is not None else ""
            continue
        if kind == "/Tx":
            shapes.append(FieldShape(full_name, "text"))
            values[full_name] = "" if value is None else str(value)
        elif kind == "/Btn" and flags & RADIO:
            shapes.append(FieldShape(full_name, "radio", _states(widgets)))
            values[full_name] = _chosen(widgets)
        elif kind == "/Btn":
            shapes.append(FieldShape(full_name, "check"))
            values[full_name] = _chosen(widgets) is not None
        elif kind == "/Ch":
            shapes.append(FieldShape(full_name, "choice", _options(widgets)))
            values[full_name] = None if value is None else str(value)
        else:
            shapes.append(FieldShape(full_name, kind))
    return ReadForm(identifier, values, layout_digest(shapes))
