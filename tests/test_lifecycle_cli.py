"""The command line does what it promises: codes as scanned, names as typed, the right language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import vobject
from sqlalchemy import select

from mentorat_desktop.db.database import open_database
from mentorat_desktop.db.enums import ProgrammeStatus
from mentorat_desktop.db.models import Pair, Programme
from mentorat_desktop.demo import load_demo
from mentorat_desktop.services.documents.certificates import normalise_code
from tests.documents_helpers import pdf_text
from tests.test_cli import mentorat


def _demo(target: str) -> tuple[str, str, int]:
    """The running programme's name, as a French user types it (no accent, plain dash)."""
    database = open_database(target)
    load_demo(database, "small", seed=2)
    with database.reading() as session:
        programme = session.scalars(
            select(Programme).where(Programme.status == ProgrammeStatus.RUNNING)
        ).first()
        pair_id = session.scalar(select(Pair.id).where(Pair.programme_id == programme.id))
        name = programme.name
    database.close()
    typed = name.replace("é", "e").replace("–", "-").upper()
    assert typed != name and "–" in name
    return name, typed, pair_id


def test_codes_as_the_qr_code_holds_them_or_typed_loosely() -> None:
    for typed in (
        "MENTORAT-CERTIFICATE MNT-AB2C-DE3F",
        "mnt-ab2c-de3f",
        "MNT AB2C DE3F",
        "ab2cde3f",
        " mnt ab2c-de3f ",
    ):
        assert normalise_code(typed) == "MNT-AB2C-DE3F", typed


def test_verify_in_french_from_the_qr_text(sqlite_target: str, tmp_path: Path) -> None:
    _name, typed, _pair = _demo(sqlite_target)
    folder = tmp_path / "attestations"
    running = mentorat(
        "--lang", "fr", "--database", sqlite_target, "export", "certificates",
        "--programme", typed, "--out", str(folder),
    )  # fmt: skip
    assert running.returncode == 1 and "Traceback" not in running.stderr
    refused = [line for line in running.stdout.splitlines() if line.startswith("✘")]
    assert refused and all("séance" in line for line in refused), running.stdout
    assert not folder.exists()  # nothing written for nobody
    batch = mentorat(
        "--lang", "fr", "--database", sqlite_target, "export", "certificates",
        "--programme", "1", "--out", str(folder),
    )  # fmt: skip
    assert batch.returncode == 0, batch.stderr
    listed = [line for line in batch.stdout.splitlines() if line[:1] in "✔✘"]
    assert len(listed) >= len(list(folder.glob("* - MNT-*.pdf")))
    first = sorted(folder.glob("* - MNT-*.pdf"))[0]
    code = first.stem.rsplit(" - ", 1)[-1]
    for spelled in (f"MENTORAT-CERTIFICATE {code}", code.lower().replace("-", "")):
        result = mentorat("--lang", "fr", "--database", sqlite_target, "verify", spelled)
        assert result.returncode == 0, result.stderr
        assert code in result.stdout and "certificate of" not in result.stdout
        assert " mentee" not in result.stdout and " both" not in result.stdout
        assert date.today().strftime("%d/%m/%Y") in result.stdout or "/20" in result.stdout
    spaced = mentorat("--lang", "fr", "--database", sqlite_target, "verify", *code.split("-"))
    assert spaced.returncode == 0, spaced.stderr


def test_programme_typed_without_accents_and_charter_of_a_pair(
    sqlite_target: str, tmp_path: Path
) -> None:
    name, typed, pair_id = _demo(sqlite_target)
    out = tmp_path / "seances.ics"
    ics = mentorat(
        "--lang", "en", "--database", sqlite_target, "export-ics", "--programme", typed,
        "--from", "2020-01-01", "--out", str(out),
    )  # fmt: skip
    assert ics.returncode == 0, ics.stderr
    text = out.read_text(encoding="utf-8")
    calendar = vobject.readOne(text)  # a second parser reads it too
    events = calendar.vevent_list
    assert events and calendar.method.value == "PUBLISH"
    assert all(not hasattr(e, "attendee") for e in events)  # RFC 5546: none in a PUBLISH
    assert all(e.summary.value.startswith(("Mentorat :", "Annulée :")) for e in events)

    charter = tmp_path / "charte.pdf"
    result = mentorat(
        "--lang", "en", "--database", sqlite_target, "export", "charter",
        "--pair", str(pair_id), "--out", str(charter),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert name in pdf_text(charter.read_bytes())
