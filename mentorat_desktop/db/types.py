"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from typing import overload

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


@overload
def normalise_key(text: str) -> str: ...
@overload
def normalise_key(text: None) -> None: ...
def normalise_key(text: str | None) -> str | None:
    """The form used for case-insensitive uniqueness: NFKC then casefold.

    Computed in Python because SQLite's lower() and NOCASE only fold ASCII, so
    "Émile" and "émile" would not collide there.
    """
    if text is None:
        return None
    stripped = text.strip()
    if not stripped:
        return None
    return unicodedata.normalize("NFKC", stripped).casefold()


class UTCDateTime(TypeDecorator[datetime]):
    """Stores an aware datetime as UTC and always gives back an aware UTC datetime.

    Naive datetimes are refused: a wall-clock time without its zone is ambiguous.
    ``DateTime(timezone=True)`` alone drops the offset on SQLite.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"UTCDateTime needs a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("UTCDateTime refuses a naive datetime")
        utc_value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return utc_value.replace(tzinfo=None)
        return utc_value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)
