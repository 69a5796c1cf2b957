"""Accent- and case-insensitive text for searching: "eloise" finds "Éloïse", "ndiaye" "N'Diaye"."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters Unicode does not decompose into a base letter and an accent.
_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "ı": "i",
    }
)
_DROPPED = re.compile(r"['’‘`´.]")
_SEPARATORS = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower case, no accents, apostrophes and dots dropped, other punctuation made a space."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", _DROPPED.sub("", text.casefold())).strip()


@lru_cache(maxsize=8192)
def fold_cached(text: str) -> str:
    """fold() for the values that repeat across rows: names, departments, skills."""
    return fold(text)


@lru_cache(maxsize=8192)
def collation_key(text: str) -> str:
    """The key people are sorted by, as a French reader expects: accents and case count only
    to break a tie (Éloïse before Zoë, Łucja among the L, Œ as OE)."""
    return f"{fold(text)}\x00{text.casefold()}"


def search_terms(query: str) -> list[str]:
    """The folded words of a query; a row matches when it contains every one of them."""
    return fold(query).split()


def matches(haystack: str, terms: list[str]) -> bool:
    return all(term in haystack for term in terms)
