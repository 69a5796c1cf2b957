"""The user guide shipped under ``resources/guide/<language>/``: its pages, and finding words.

One Markdown file per page, the same file names in every language; a page's title is its
first heading, so the guide's text lives in the guide and nowhere else. Screenshots are in
``resources/guide/images/``. No Qt here: the help window renders and highlights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mentorat_desktop.config import resource_path
from mentorat_desktop.search_text import fold, matches, search_terms

LANGUAGES = ("fr", "en")
FIRST_PAGE = "getting-started"
VIEW_PAGES = ("dashboard", "staff", "skills", "pairs", "sessions", "documents")  # by view key
# In reading order: getting started, one page per view of the main window, then safety and FAQ.
PAGES = (FIRST_PAGE, *VIEW_PAGES, "backups", "faq")
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\(([^)\s]+)\)")
_MARKUP = re.compile(r"[#*_`>|]+")


@dataclass(frozen=True)
class GuidePage:
    key: str
    language: str
    title: str
    path: Path
    text: str  # Markdown
    plain: str  # the words a reader sees, folded for searching

    def matches(self, query: str) -> bool:
        """Every word of the query appears in the page (case and accents ignored)."""
        return matches(self.plain, search_terms(query))


def guide_folder(language: str) -> Path:
    return resource_path("guide", language if language in LANGUAGES else "en")


def page_for_view(view_key: str) -> str:
    """The page about a view of the main window (its key is the page's), else the first."""
    return view_key if view_key in PAGES else FIRST_PAGE


def visible_text(markdown: str) -> str:
    """Roughly what a reader sees: link and image targets and markup characters removed."""
    text = _IMAGE.sub("", markdown)
    text = _LINK.sub(r"\1", text)
    return _MARKUP.sub(" ", text)


def image_targets(markdown: str) -> list[str]:
    return _IMAGE.findall(markdown)


def link_targets(markdown: str) -> list[str]:
    return [target for _text, target in _LINK.findall(markdown)]


def _title(markdown: str, key: str) -> str:
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return key


@lru_cache(maxsize=len(LANGUAGES))
def load_pages(language: str) -> tuple[GuidePage, ...]:
    """The guide's pages in one language, in reading order (read once per run)."""
    folder = guide_folder(language)
    pages = []
    for key in PAGES:
        path = folder / f"{key}.md"
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        pages.append(
            GuidePage(key, language, _title(text, key), path, text, fold(visible_text(text)))
        )
    return tuple(pages)


def find_pages(language: str, query: str) -> list[str]:
    """The keys of the pages holding every word of the query, in reading order."""
    return [page.key for page in load_pages(language) if page.matches(query)]


@lru_cache(maxsize=256)
def _separator(char: str) -> str:
    """What fold() makes of a character that is not a letter: nothing (an apostrophe, a
    dot) or a space between words."""
    return "" if fold(f"a{char}b") == "ab" else " "


def occurrences(text: str, query: str) -> list[tuple[int, int]]:
    """(start, length) in text of each word of the query, found as the search finds it."""
    pieces, positions = [], []
    for index, char in enumerate(text):
        piece = fold(char) or _separator(char)
        pieces.append(piece)
        positions.extend([index] * len(piece))
    haystack = "".join(pieces)
    found = []
    for word in search_terms(query):
        start = haystack.find(word)
        while start >= 0:
            first, last = positions[start], positions[start + len(word) - 1]
            found.append((first, last - first + 1))
            start = haystack.find(word, start + len(word))
    return sorted(found)
