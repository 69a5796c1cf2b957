"""Argument values checked by argparse itself, so a bad value gets one sentence, exit 2.

Shared by every command: a record number (ASCII digits, fits a 64-bit id), a day in a
sensible range (date arithmetic on year 1 or 9999 overflows), a port, a path the system can
hold, a database path or URL. A value passing here may still be refused by the services,
which own the rules; these only keep Python's own limits out of the user's way. The few
shapes every command repeats (an on/off flag, a file or folder, a failure on stderr) are
here too, so a command module says only what is its own.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from typing import Any

from mentorat_desktop.i18n import translate

MAX_ID = 2**63 - 1
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)
MAX_PATH_CHARS = 4096
MAX_NAME_CHARS = 255
MAX_TEXT_CHARS = 1000
_DIGITS = re.compile(r"[0-9]{1,19}\Z", re.ASCII)


def _shown(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


def record_id(text: str) -> int:
    """A record's number such as 12 (not ², not 25 digits)."""
    value = text.strip()
    if not _DIGITS.match(value) or not 1 <= int(value) <= MAX_ID:
        raise argparse.ArgumentTypeError(
            translate("CLI", "“{text}” is not a record number (a whole number such as 12).").format(
                text=_shown(text)
            )
        )
    return int(value)


def whole_number(text: str) -> int:
    """A count or a seed: ASCII digits, at most 19 of them."""
    if not _DIGITS.match(text.strip()):
        raise argparse.ArgumentTypeError(
            translate("CLI", "“{text}” is not a whole number such as 3.").format(text=_shown(text))
        )
    return int(text.strip())


def calendar_day(text: str) -> date:
    """A day written 2026-03-17, between 1900 and 2199."""
    try:
        day = date.fromisoformat(text.strip()) if text.strip().isascii() else None
    except ValueError:
        day = None
    if day is None or len(text.strip()) != 10:
        raise argparse.ArgumentTypeError(
            translate("CLI", "“{text}” is not a date like 2026-03-17.").format(text=_shown(text))
        )
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            translate(
                "CLI", "{day} is out of range: give a day between {first} and {last}."
            ).format(day=day.isoformat(), first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat())
        )
    return day


def text_value(text: str) -> str:
    """A name, a reason, a code: printable, at most 1,000 characters."""
    if len(text) > MAX_TEXT_CHARS or any(ord(c) < 32 for c in text):
        raise argparse.ArgumentTypeError(
            translate(
                "CLI",
                "“{text}” is too long or holds control characters (at most %n characters).",
                None,
                MAX_TEXT_CHARS,
            ).format(text=_shown(text.replace("\x00", "")))
        )
    return text


def file_path(text: str) -> str:
    """A path the system can hold: no NUL, at most 4,096 characters and 255 per name."""
    names = re.split(r"[\\/]", text)
    if (
        not text.strip()
        or "\x00" in text
        or len(text) > MAX_PATH_CHARS
        or any(len(name.encode("utf-8", "surrogateescape")) > MAX_NAME_CHARS for name in names)
    ):
        raise argparse.ArgumentTypeError(
            translate(
                "CLI",
                "“{text}” is not a usable path (empty, a NUL character, or a name past "
                "255 characters).",
            ).format(text=_shown(text.replace("\x00", "")))
        )
    return text


def database_value(text: str) -> str:
    """A database file's path, or an SQLAlchemy URL whose port (if any) is 1–65535."""
    if "://" not in text:
        return file_path(text)
    from sqlalchemy.engine import make_url

    from mentorat_desktop.db.engine import shown_target

    try:
        url = make_url(text)
        port = url.port
    except (ValueError, TypeError) as exc:
        raise argparse.ArgumentTypeError(
            translate("CLI", "“{text}” is not a database URL (such as {example}).").format(
                text=_shown(shown_target(text)),
                example="postgresql+psycopg://user@server:5432/mentorat",
            )
        ) from exc
    if port is not None and not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            translate("CLI", "The port {port} does not exist: ports go from 1 to 65535.").format(
                port=port
            )
        )
    return text


# --- declaring arguments and failing: the same few shapes in every command ------------------
def flag(parser: argparse._ActionsContainer, name: str, help: str) -> None:
    """An on/off option such as ``--dry-run``."""
    parser.add_argument(name, action="store_true", help=help)


def path_argument(
    parser: argparse._ActionsContainer,
    name: str,
    metavar: str,
    help: str,
    *,
    required: bool = False,
    dest: str | None = None,
) -> None:
    """A file or folder, checked by ``file_path``: a positional ``file`` or an option."""
    extra: dict[str, Any] = {"dest": dest} if dest else {}
    if required:  # argparse refuses the word, even False, on a positional
        extra["required"] = True
    parser.add_argument(name, type=file_path, metavar=metavar, help=help, **extra)


def fail(message: str, code: int = 2) -> int:
    """Say why a command stops, on stderr, and give its exit code (2: the input was wrong)."""
    print(message, file=sys.stderr)
    return code
