"""The names and values of the forms' fields: what the builders write and the import reads.

Names and values are plain ASCII so that every reader keeps them as they are; what a
participant sees beside each button is printed text in the programme's language.
"""

from __future__ import annotations

HELD = "held"
HELD_YES = "yes"
HELD_NO = "no"
RATING = "rating"
RATINGS = tuple(f"v{n}" for n in range(1, 6))  # "v1" … "v5"
LEARNED = "learned"
ACTIONS = "actions"
QUOTE = "quote"
FIT = "fit"
FITS = ("good", "unsure", "not_a_fit")  # PairingFit's values
LEVELS = tuple(f"l{n}" for n in range(5))  # "l0" … "l4"
NO_TARGET = "-"
TARGETS = (NO_TARGET, "0", "1", "2", "3", "4")


def worked(skill_id: int) -> str:
    return f"worked_{skill_id}"


def level(skill_id: int) -> str:
    return f"level_{skill_id}"


def teach(skill_id: int) -> str:
    return f"teach_{skill_id}"


def learn(skill_id: int) -> str:
    return f"learn_{skill_id}"


def target(skill_id: int) -> str:
    return f"target_{skill_id}"


def reached(skill_id: int) -> str:
    return f"reached_{skill_id}"


def rating_value(value: str | None) -> int | None:
    """'v4' → 4; anything else (no answer) → None."""
    return RATINGS.index(value) + 1 if value in RATINGS else None


def level_value(value: str | None) -> int | None:
    return LEVELS.index(value) if value in LEVELS else None
