"""Anonymisation keeps its promise: every spelling of the name, the file, and its copies.

SQLite's LIKE folds ASCII only: "HERVÉ DUBŒUF" in another pair's goals survived, and so did
"Dubœuf, Hervé" and a no-break space. A reader's snapshot kept the name in the file, and the
backups beside it were not mentioned.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.models import Pair, Person
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.services.safety.backup import create_backup
from mentorat_desktop.services.safety.erasure import (
    CopyKind,
    confirmation_matches,
    name_patterns,
    replace_mentions,
)
from mentorat_desktop.services.safety.privacy import (
    anonymise_person,
    finish_anonymisation,
    remove_copies,
)
from tests.test_services_sessions import make_world

FIRST, LAST, EMAIL = "Hervé", "Dubœuf", "herve.duboeuf@exemple.fr"
MENTIONS = (
    "Suivre HERVÉ DUBŒUF",
    "Dubœuf, Hervé l'a proposé",
    "avec Hervé\u00a0Dubœuf",
    "comme herve duboeuf",
    f"écrire à {EMAIL.upper()}",
)
TRACES = ("Dubœuf", "DUBŒUF", "duboeuf", "Duboeuf", EMAIL, "herve.duboeuf")


def _hervé(database: Database) -> int:
    world = make_world(database)
    with database.transaction() as session:
        person = session.get(Person, world.mentee)
        person.first_name, person.last_name, person.email = FIRST, LAST, EMAIL
        other = session.get(Pair, world.other_pair)
        other.goals = " / ".join(MENTIONS) + " / Guérinet reste."
    return world.mentee


def _folder_traces(folder: Path) -> list[str]:
    """Every file under the data folder in which a spelling of the name can be read."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for trace in TRACES:
                if trace.encode() in data or trace.casefold().encode() in data.lower():
                    found.append(f"{path.name}: {trace}")
    return found


def test_the_confirmation_ignores_case_accents_and_ligatures() -> None:
    assert confirmation_matches("herve  DUBOEUF", "Hervé Dubœuf")
    assert confirmation_matches("Éloïse N’Diaye", "Eloise N'Diaye")
    assert not confirmation_matches("Hervé", "Hervé Dubœuf")
    assert not confirmation_matches("  ", "")


def test_mentions_are_found_however_they_are_written() -> None:
    patterns = name_patterns(FIRST, LAST, EMAIL)
    for mention in MENTIONS:
        cleaned = replace_mentions(mention, patterns, "Ancien participant #2")
        assert "Ancien participant #2" in cleaned, mention
        assert not any(t.casefold() in cleaned.casefold() for t in TRACES), cleaned
    assert replace_mentions("Dubœufs et Hervé", patterns, "X") == "Dubœufs et Hervé"
    assert replace_mentions("Dubœuf, Hervé l'a proposé", patterns, "X") == "X l'a proposé"


def test_typing_duboeuf_finds_and_anonymises_dubœuf(sqlite_database: Database) -> None:
    person_id = _hervé(sqlite_database)
    with pytest.raises(ValidationError):
        anonymise_person(sqlite_database, person_id, "Duboeuf")
    outcome = anonymise_person(sqlite_database, person_id, "herve duboeuf")

    with sqlite_database.reading() as session:
        goals = session.scalars(select(Pair.goals)).all()
    other = next(g for g in goals if "Guérinet" in g)
    assert other.count(outcome.label) == len(MENTIONS)
    assert outcome.file_compacted


def test_a_reader_snapshot_is_reported_and_compacting_again_completes(
    sqlite_database: Database,
) -> None:
    person_id = _hervé(sqlite_database)
    db_file = sqlite_database.sqlite_file
    assert db_file is not None
    reader = sqlite3.connect(db_file, isolation_level=None)  # another window, reading
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM person").fetchone()

    outcome = anonymise_person(sqlite_database, person_id, f"{FIRST} {LAST}")

    assert not outcome.file_compacted
    assert any(db_file.name in t for t in _folder_traces(db_file.parent))
    reader.execute("COMMIT")
    reader.close()
    again = finish_anonymisation(sqlite_database, outcome)
    assert again.file_compacted
    assert not any(t.startswith(db_file.name) for t in _folder_traces(db_file.parent)), (
        _folder_traces(db_file.parent)
    )


def test_the_copies_are_named_then_anonymised_or_deleted(
    sqlite_database: Database, tmp_path: Path
) -> None:
    person_id = _hervé(sqlite_database)
    db_file = sqlite_database.sqlite_file
    assert db_file is not None and db_file.parent == tmp_path
    now = datetime.now()
    older = create_backup(db_file, now=now - timedelta(days=2)).path
    encrypted = create_backup(db_file, password="motdepasse-long", now=now - timedelta(days=1)).path
    damaged = db_file.with_name(f"{db_file.stem}-damaged-20260105-093000.sqlite3")
    shutil.copyfile(older, damaged)

    outcome = anonymise_person(sqlite_database, person_id, f"{FIRST} {LAST}")

    kinds = {copy.path: copy.kind for copy in outcome.copies}
    assert kinds == {
        outcome.backup: CopyKind.SAFETY_BACKUP,
        older: CopyKind.BACKUP,
        encrypted: CopyKind.ENCRYPTED_BACKUP,
        damaged: CopyKind.DAMAGED_COPY,
    }
    assert not any(t.startswith(f"{db_file.name}:") for t in _folder_traces(tmp_path))

    anonymised = finish_anonymisation(sqlite_database, outcome, anonymise=True)

    assert {copy.path for copy in anonymised.copies} == {encrypted, damaged}
    assert older.exists() and outcome.backup is not None and outcome.backup.exists()
    copy = open_database(str(older))
    with copy.reading() as session:
        assert session.get(Person, person_id).last_name == outcome.label
        assert session.scalars(select(Person.id)).all()  # the others are still there
    copy.close()

    cleared = remove_copies(sqlite_database, anonymised)

    assert cleared.copies == ()
    assert not encrypted.exists() and not damaged.exists()
    assert _folder_traces(tmp_path) == []
