"""`mentorat export …` and `mentorat verify`, run as a user runs them."""

from __future__ import annotations

from pathlib import Path

from mentorat_desktop.db.database import open_database
from mentorat_desktop.demo import load_demo
from tests.documents_helpers import page_count, pdf_text
from tests.test_cli import mentorat


def _demo(sqlite_target: str) -> str:
    database = open_database(sqlite_target)
    load_demo(database, "small", seed=2)
    database.close()
    return sqlite_target


def test_export_report_charter_and_verify(sqlite_target: str, tmp_path: Path) -> None:
    target = _demo(sqlite_target)
    report = tmp_path / "bilan.pdf"
    result = mentorat(
        "--lang",
        "en",
        "--database",
        target,
        "export",
        "report",
        "--programme",
        "1",
        "--out",
        str(report),
    )
    assert result.returncode == 0, result.stderr
    assert page_count(report.read_bytes()) >= 1

    folder = tmp_path / "certs"
    batch = mentorat(
        "--lang",
        "en",
        "--database",
        target,
        "export",
        "certificates",
        "--programme",
        "1",
        "--out",
        str(folder),
    )
    assert batch.returncode == 0, batch.stderr
    files = sorted(folder.glob("*.pdf"))
    assert len(files) >= 2
    code = files[0].stem.rsplit(" - ", 1)[-1]
    assert code in pdf_text(files[0].read_bytes())

    verified = mentorat("--lang", "en", "--database", target, "verify", code)
    assert verified.returncode == 0, verified.stderr
    assert files[0].stem.rsplit(" - ", 1)[0] in verified.stdout

    unknown = mentorat("--lang", "en", "--database", target, "verify", "MNT-NOPE-NOPE")
    assert unknown.returncode != 0 and "Traceback" not in unknown.stderr


def test_export_errors_are_clear(sqlite_target: str, tmp_path: Path) -> None:
    target = _demo(sqlite_target)
    missing = mentorat(
        "--lang",
        "en",
        "--database",
        target,
        "export",
        "report",
        "--programme",
        "Nulle part",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert missing.returncode != 0
    assert "Nulle part" in missing.stderr and "Traceback" not in missing.stderr
    no_subject = mentorat(
        "--lang", "en", "--database", target, "export", "charter", "--out", str(tmp_path / "x.pdf")
    )
    assert no_subject.returncode != 0 and "Traceback" not in no_subject.stderr
    assert not (tmp_path / "x.pdf").exists()
