"""Finding a person's name wherever it is written, and the copies that still hold it.

Names are compared folded (case, accents, ligatures, punctuation: "HERVÉ GUÉRIN",
"Guérin, Hervé" and "herve\u00a0guerin" are one name) in Python, never with SQL LIKE,
which folds ASCII letters only in SQLite.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Enum as SqlEnum
from sqlalchemy import String, Table, Text, select, update
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.sqlite_files import companions
from mentorat_desktop.search_text import fold
from mentorat_desktop.services.safety.backup import list_backups

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o"})
_DROPPED = frozenset("'’‘`´.")
CHECKPOINT_WAIT_MS = 2000


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """What one character becomes in fold(): letters and digits, or one space."""
    if char in _DROPPED:
        return ""
    decomposed = unicodedata.normalize("NFKD", char.translate(_LIGATURES).casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c if c.isalnum() else " " for c in kept)


_TABLE: dict[int, str] = {}  # each character seen so far, folded: str.translate runs in C


def _fast_fold(text: str) -> str:
    """fold(text), through one translation table instead of a loop over the characters."""
    for char in set(text):
        if ord(char) not in _TABLE:
            _TABLE[ord(char)] = _fold_char(char)
    return " ".join(text.translate(_TABLE).split())


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """fold(text) without its trimming, and for each of its characters the source index."""
    folded: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        for piece in _fold_char(char):
            if piece == " " and (not folded or folded[-1] == " "):
                continue
            folded.append(piece)
            positions.append(index)
    return "".join(folded), positions


def confirmation_matches(typed: str, full_name: str) -> bool:
    """The typed confirmation names the person: "duboeuf" confirms "Dubœuf"."""
    return bool(fold(typed)) and fold(typed) == fold(full_name)


def name_patterns(first_name: str, last_name: str, email: str | None) -> list[re.Pattern[str]]:
    """Folded forms of the person: first last, last first (a comma or any space between)."""
    first, last = fold(first_name), fold(last_name)
    forms = {f"{first} {last}".strip(), f"{last} {first}".strip()}
    if email:
        forms.add(fold(email))
    return [
        re.compile(rf"(?<!\w){re.escape(form)}(?!\w)") for form in sorted(forms) if len(form) >= 3
    ]


def replace_mentions(text: str, patterns: Sequence[re.Pattern[str]], label: str) -> str:
    """``text`` with every mention of the person made ``label``, the rest kept as written."""
    if not text or not patterns:
        return text
    quick = _fast_fold(text)  # most texts do not name the person: no map of positions
    if not any(pattern.search(quick) for pattern in patterns):
        return text
    folded, positions = _folded_with_positions(text)
    spans = sorted(
        (positions[m.start()], positions[m.end() - 1] + 1)
        for pattern in patterns
        for m in pattern.finditer(folded)
    )
    if not spans:
        return text
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    pieces, cursor = [], 0
    for start, end in merged:
        pieces += [text[cursor:start], label]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def scrub_free_text(
    session: OrmSession, tables: Iterable[Table], patterns: Sequence[re.Pattern[str]], label: str
) -> int:
    """Every text column of every table, read and matched in Python; the rows changed."""
    if not patterns:
        return 0
    changed = 0
    for table in tables:
        keys = list(table.primary_key.columns)
        for column in table.columns:
            is_text = isinstance(column.type, String | Text) and not isinstance(
                column.type, SqlEnum
            )
            if not is_text or column in keys:
                continue
            rows = session.execute(
                select(*keys, column).where(column.is_not(None), column != "")
            ).all()
            for *key_values, value in rows:
                cleaned = replace_mentions(value, patterns, label)
                if cleaned != value:
                    condition = [k == v for k, v in zip(keys, key_values, strict=True)]
                    session.execute(update(table).where(*condition).values({column.name: cleaned}))
                    changed += 1
    return changed


def compact_file(db_file: Path) -> bool:
    """Rewrite the file so erased text leaves free pages and the WAL; False if a reader
    (another window or program) kept a snapshot and the checkpoint could not complete."""
    raw = sqlite3.connect(db_file, isolation_level=None, timeout=CHECKPOINT_WAIT_MS / 1000)
    try:
        raw.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
        raw.execute("VACUUM")
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error:
        return False
    finally:
        raw.close()
    return bool(busy == 0)


class CopyKind(Enum):
    SAFETY_BACKUP = "safety_backup"  # the one taken just before the anonymisation
    BACKUP = "backup"
    ENCRYPTED_BACKUP = "encrypted_backup"  # cannot be read without its password
    DAMAGED_COPY = "damaged_copy"  # a damaged database set aside by a restore


@dataclass(frozen=True)
class HeldCopy:
    path: Path
    kind: CopyKind
    taken_at: datetime

    @property
    def can_be_anonymised(self) -> bool:
        return self.kind in (CopyKind.SAFETY_BACKUP, CopyKind.BACKUP)


def _needles(names: Sequence[str]) -> list[bytes]:
    found = set()
    for name in names:
        if len(name) >= 3:
            for variant in (name, name.casefold(), name.upper(), fold(name)):
                found.add(variant.encode("utf-8"))
    return sorted(found)


def _holds(path: Path, needles: Sequence[bytes]) -> bool:
    data = b"".join(p.read_bytes() for p in companions(path) if p.is_file())
    lowered = data.lower()
    return any(n in data or n.lower() in lowered for n in needles)


def damaged_copies(db_file: Path) -> list[Path]:
    return sorted(db_file.parent.glob(f"{db_file.stem}-damaged-*.sqlite3"))


def copies_holding(db_file: Path, names: Sequence[str], safety: Path | None) -> list[HeldCopy]:
    """The backups and damaged copies beside the database in which a name can be read
    (encrypted backups count: nobody can tell without the password)."""
    needles = _needles(names)
    held = []
    for backup in list_backups(db_file):
        if backup.encrypted:
            held.append(HeldCopy(backup.path, CopyKind.ENCRYPTED_BACKUP, backup.taken_at))
        elif _holds(backup.path, needles):
            kind = CopyKind.SAFETY_BACKUP if backup.path == safety else CopyKind.BACKUP
            held.append(HeldCopy(backup.path, kind, backup.taken_at))
    for damaged in damaged_copies(db_file):
        if _holds(damaged, needles):
            taken = datetime.fromtimestamp(damaged.stat().st_mtime)
            held.append(HeldCopy(damaged, CopyKind.DAMAGED_COPY, taken))
    return held


def delete_copies(copies: Iterable[HeldCopy]) -> list[Path]:
    """Remove the copies (and a damaged copy's WAL); the paths that could not be removed."""
    failed = []
    for copy in copies:
        for path in companions(copy.path):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                failed.append(path)
    return failed
