"""The one rule for names of departments, skills and categories, typed or imported.

The database keeps a normalised key (NFKC, case folded) of 120 characters for uniqueness,
and NFKC can lengthen a name ("ﬃ" is three letters), so both the name and its key are
checked here, the same on SQLite and PostgreSQL (which would refuse with a DataError).
"""

from __future__ import annotations

import unicodedata

from mentorat_desktop.db.types import normalise_key
from mentorat_desktop.i18n import translate

NAME_LIMIT = 120


def name_problem(name: str, limit: int = NAME_LIMIT) -> str:
    """Why a name cannot be stored (a translated sentence), or "" when it can."""
    if any(unicodedata.category(char) == "Cc" for char in name):
        return translate("Validation", "A name cannot hold control characters (tab, line break…).")
    key = normalise_key(name) or ""
    if len(name.strip()) > limit or len(key) > limit:
        return translate("Validation", "A name has 120 characters at most.")
    return ""
