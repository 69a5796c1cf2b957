"""Declarative base, constraint naming and the small column helpers every model uses."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Boolean, Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_type(enum_cls: type[enum.Enum], name: str) -> Enum:
    """A portable enum: VARCHAR plus a named CHECK constraint, storing the values."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def flag_type(name: str) -> Boolean:
    """A boolean with its CHECK constraint on databases without a native boolean."""
    return Boolean(create_constraint=True, name=name)


def versioned(column: Any) -> dict[str, Any]:
    """Mapper arguments for optimistic concurrency on an editable row."""
    return {"version_id_col": column}
