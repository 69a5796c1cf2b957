"""Skills named in a cell, read and written the same way: ``Excel (3), "Word, Excel" (2)``.

A level is a digit 0–4 or a word in French or English (``Canva (expert)``,
``Excel (avancé)``); a target level follows an arrow (``Python (1 → 3)``). A name holding
a separator, a quote or a bracket is written in double quotes, so every name reads back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mentorat_desktop.i18n import translate
from mentorat_desktop.io.tables import Cell
from mentorat_desktop.search_text import fold

_LEVEL_SUFFIX = re.compile(r"^(.*?)\s*\(([^()]*)\)$")
_TARGET_ARROW = re.compile(r"\s*(?:→|->|>)\s*")
_LIST_SEPARATORS = ",;|\n"
_NEEDS_QUOTES = re.compile(r'[,;|\n"()]|^\s|\s$')
_TEACH_MARKS = {"t", "e"}  # the matrix's marks in English and French: teach / enseigne
_LEARN_MARKS = {"l", "a"}  # learn / apprend
_LEVEL_WORDS = {
    fold(word): level
    for level, words in enumerate(
        (
            ("aucun", "none", "néant", "non"),
            ("notions", "débutant", "débutante", "bases", "basics", "beginner", "basic"),
            ("intermédiaire", "intermediate", "moyen", "medium"),
            ("avancé", "avancée", "advanced", "confirmé", "confirmée", "bon"),
            ("expert", "experte", "expertise", "maîtrise"),
        )
    )
    for word in words
}


def _cell_text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def parse_level(cell: Cell) -> int | None:
    if cell is None or cell == "":
        return None
    if isinstance(cell, int) and 0 <= cell <= 4:
        return cell
    text = fold(_cell_text(cell))
    if text.isdigit() and 0 <= int(text) <= 4:
        return int(text)
    if text in _LEVEL_WORDS:
        return _LEVEL_WORDS[text]
    raise ValueError(
        translate("Import", "“{value}” is not a level (0 to 4, or none, basics, … expert).").format(
            value=_cell_text(cell)
        )
    )


@dataclass(frozen=True)
class SkillMention:
    """A skill named in a cell: ``Excel (3)``, ``Python (1 → 3)``, a matrix cell ``3 T L``."""

    name: str
    level: int | None = None
    target: int | None = None
    can_teach: bool = False
    wants_to_learn: bool = False


def _level_spec(text: str) -> tuple[int | None, int | None] | None:
    """ "3" → (3, None); "avancé → expert" → (3, 4); anything else → None."""
    parts = _TARGET_ARROW.split(text.strip())
    if len(parts) > 2 or not parts[0]:
        return None
    try:
        levels = [parse_level(part) for part in parts]
    except ValueError:
        return None
    return levels[0], (levels[1] if len(levels) == 2 else None)


def _list_items(text: str) -> list[str]:
    """Split on , ; | and line breaks, except inside double quotes."""
    items, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char in _LIST_SEPARATORS and not quoted:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def _unquote(item: str) -> tuple[str, str]:
    """'"Word, Excel" (3)' → ('Word, Excel', '(3)'); a doubled quote is one quote."""
    if not item.startswith('"'):
        return "", item
    index, name = 1, []
    while index < len(item):
        char = item[index]
        if char == '"':
            if item[index + 1 : index + 2] == '"':
                name.append('"')
                index += 2
                continue
            return "".join(name), item[index + 1 :].strip()
        name.append(char)
        index += 1
    return "".join(name), ""


def parse_skill_list(cell: Cell) -> list[SkillMention]:
    """ "Excel, Teams (3), Canva (expert), Python (1 → 3)": names with optional levels."""
    found = []
    for item in _list_items(_cell_text(cell)):
        name, rest = _unquote(item)
        level = target = None
        if name:
            spec = _LEVEL_SUFFIX.match(rest)
            if spec and not spec.group(1) and (levels := _level_spec(spec.group(2))):
                level, target = levels
        else:
            name = item
            if (spec := _LEVEL_SUFFIX.match(item)) and (levels := _level_spec(spec.group(2))):
                name, (level, target) = spec.group(1).strip(), levels
        name = " ".join(name.split())
        if name:
            found.append(SkillMention(name, level, target))
    return found


def format_skill(mention: SkillMention) -> str:
    """The reverse of one item of :func:`parse_skill_list`."""
    name = mention.name
    if _NEEDS_QUOTES.search(name):
        name = '"' + name.replace('"', '""') + '"'
    if mention.level is None:
        return name
    if mention.target is None:
        return f"{name} ({mention.level})"
    return f"{name} ({mention.level} → {mention.target})"


def format_skill_list(mentions: Iterable[SkillMention]) -> str:
    return ", ".join(format_skill(m) for m in mentions)


def parse_matrix_cell(cell: Cell) -> tuple[int | None, bool, bool]:
    """A level cell, with the matrix's marks if any: "3 T L" (or "3 E A") → (3, True, True)."""
    words = _cell_text(cell).split()
    teach = learn = False
    while len(words) > 1 and fold(words[-1]) in _TEACH_MARKS | _LEARN_MARKS:
        mark = fold(words.pop())
        teach, learn = teach or mark in _TEACH_MARKS, learn or mark in _LEARN_MARKS
    return parse_level(" ".join(words)), teach, learn
