"""The one rule for names of departments, skills and categories, typed or imported.

The database keeps a normalised key (NFKC, case folded) of 120 characters for uniqueness,
and NFKC can lengthen a name ("ﬃ" is three letters), so both the name and its key are
checked here, before anything is written, the same on SQLite and PostgreSQL (which would
refuse with a DataError). How long a key may be is ``text_rules.length_problem``, the rule
that also checks every row before a flush.
"""

from __future__ import annotations

import unicodedata

from mentorat_desktop.db.types import normalise_key
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.text_rules import length_problem

NAME_LIMIT = 120


def name_problem(name: str, limit: int = NAME_LIMIT) -> str:
    """Why a name cannot be stored (a translated sentence), or "" when it can."""
    if any(unicodedata.category(char) == "Cc" for char in name):
        return translate("Validation", "A name cannot hold control characters (tab, line break…).")
    if len(name.strip()) > limit:
        return translate("Validation", "A name has 120 characters at most.")
    return length_problem(normalise_key(name) or "", limit, key=True)
