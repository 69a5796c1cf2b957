"""What a user action changed, so the window reloads only the views that show it.

In the spirit of Anki's ``OpChanges``: every service function that writes declares, with
``@mutates(...)``, the kinds of records it may touch. The declaration sits on the function
and not in its result, so the results the callers and tests already use stay as they are
(records, ids, ``None``); the UI asks ``changes_of(service)`` after a successful call and
hands the notice to the main window, which passes it on to the views that care.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True)
class Changes:
    """Kinds of records written by an action (or shown by a view)."""

    people: bool = False  # people and departments
    skills: bool = False  # the catalogue and each person's skills
    programmes: bool = False  # programmes, participants and assessments
    pairs: bool = False
    sessions: bool = False  # sessions, agendas, journals and their action items
    documents: bool = False  # certificates issued
    settings: bool = False  # the organisation's settings
    mail: bool = False  # the outbox, the mail settings and the message templates

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, other: Changes) -> bool:
        """Whether the two share a kind: a notice and what a view shows."""
        return any(getattr(self, f.name) and getattr(other, f.name) for f in fields(self))

    def kinds(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


NOTHING = Changes()
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})

_DECLARED: dict[Callable[..., object], Changes] = {}


def mutates(changes: Changes | None = None, /, **kinds: bool) -> Callable[[F], F]:
    """Declare what a service function writes: ``@mutates(people=True)``."""
    declared = (changes or NOTHING) | Changes(**kinds)

    def declare(function: F) -> F:
        _DECLARED[function] = declared
        return function

    return declare


def changes_of(*services: Callable[..., object]) -> Changes:
    """What these service functions may have changed, for the notice after calling them."""
    result = NOTHING
    for service in services:
        try:
            result |= _DECLARED[service]
        except KeyError:
            name = getattr(service, "__qualname__", repr(service))
            raise LookupError(f"{name} does not declare what it changes (@mutates)") from None
    return result


def declared_services() -> dict[Callable[..., object], Changes]:
    """Every declaration, for the test that each writing service has one."""
    return dict(_DECLARED)
