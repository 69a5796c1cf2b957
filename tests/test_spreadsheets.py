"""Exports are data that read back: no cell runs as a formula, export → import is exact.

Each export is opened with openpyxl and the csv module, and with LibreOffice when it is
installed (``soffice --headless --convert-to csv``, as a user's spreadsheet program would).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import update

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import Person, PersonSkill
from mentorat_desktop.demo import load_demo
from mentorat_desktop.io.sheets import escape_csv_text, unescape_csv_text
from mentorat_desktop.services.dashboard.dashboard import load_dashboard
from mentorat_desktop.services.dashboard.dashboard_export import export_dashboard
from mentorat_desktop.services.safety.archive import export_archive, import_archive
from mentorat_desktop.services.staff.staff_export import export_staff
from mentorat_desktop.services.staff.staff_import import Action, Existing
from tests.spreadsheet_helpers import (
    HOSTILE_PEOPLE,
    add_hostile_people,
    formula_like,
    import_file,
    other_database,
    people_snapshot,
    skills_snapshot,
)


@pytest.mark.parametrize(
    "text",
    ["=1+1", "+33", "-x", "@SUM(A1)", "\tx", "\rx", "'=x", "''+y", "-12", "1,5", "plain", "'"],
)
def test_csv_escape_is_reversed_exactly(text: str) -> None:
    escaped = escape_csv_text(text)
    assert unescape_csv_text(escaped) == text
    assert not formula_like(escaped) or text == "-12"


@pytest.fixture
def company(sqlite_database: Database) -> Database:
    load_demo(sqlite_database, "small")
    add_hostile_people(sqlite_database)
    return sqlite_database


def _csv_rows(path: Path, delimiter: str = ";") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def _assert_no_formula_cell(rows: list[list[str]]) -> None:
    bad = [cell for row in rows for cell in row if formula_like(cell)]
    assert bad == []


def _exports(database: Database, folder: Path) -> dict[str, Path]:
    paths = {
        "staff.xlsx": folder / "staff.xlsx",
        "staff.csv": folder / "staff.csv",
        "matrix.csv": folder / "matrix.csv",
        "dashboard.xlsx": folder / "dashboard.xlsx",
        "dashboard.csv": folder / "dashboard.csv",
    }
    export_staff(database, paths["staff.xlsx"])
    export_staff(database, paths["staff.csv"])
    export_staff(database, paths["matrix.csv"], matrix=True)
    data = load_dashboard(database)
    export_dashboard(data, "=scope", paths["dashboard.xlsx"])
    export_dashboard(data, "=scope", paths["dashboard.csv"])
    return paths


def test_no_export_holds_a_formula_and_values_match(company: Database, tmp_path: Path) -> None:
    paths = _exports(company, tmp_path)
    for name in ("staff.xlsx", "dashboard.xlsx"):
        book = openpyxl.load_workbook(paths[name])
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (name, sheet.title, cell.coordinate)
    staff = openpyxl.load_workbook(paths["staff.xlsx"]).worksheets[0]
    values = [[c.value for c in row] for row in staff.iter_rows(min_row=2)]
    by_email = {row[2]: row for row in values if row[2]}
    first, last, email, job, department = HOSTILE_PEOPLE[1]
    assert by_email[email][:5] == [last, first, email, department, job]
    assert isinstance(by_email[email][6], int)  # the birth year stays a number

    for name in ("staff.csv", "matrix.csv", "dashboard.csv"):
        rows = _csv_rows(paths[name])
        _assert_no_formula_cell(rows)
    rows = _csv_rows(paths["staff.csv"])
    row = next(r for r in rows if r[2] == email)
    assert row[:5] == ["'" + last, "'" + first, email, "'" + department, "'" + job]
    assert [unescape_csv_text(c) for c in row[:5]] == [last, first, email, department, job]


def test_archive_tables_hold_no_formula_and_read_back(
    company: Database, tmp_path: Path, sqlite_template: Path
) -> None:
    path = tmp_path / "archive.zip"
    export_archive(company, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".csv"):
                text = archive.read(name).decode("utf-8-sig")
                _assert_no_formula_cell(list(csv.reader(io.StringIO(text, newline=""))))
    copy = other_database(tmp_path, sqlite_template)
    try:
        import_archive(copy, path)
        assert people_snapshot(copy) == people_snapshot(company)
        assert skills_snapshot(copy) == skills_snapshot(company)
    finally:
        copy.close()


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_export_then_import_is_exact(
    company: Database, tmp_path: Path, sqlite_template: Path, kind: str
) -> None:
    path = tmp_path / f"staff.{kind}"
    export_staff(company, path)
    empty = other_database(tmp_path, sqlite_template)
    try:
        summary = import_file(empty, path, "Staff" if kind == "xlsx" else None)
        assert summary.written, [r for r in summary.rows if r.action is Action.REJECT]
        expected_people, expected_skills = people_snapshot(company), skills_snapshot(company)
        assert len(expected_people) == 44 and len(expected_skills) > 250
        assert summary.count(Action.CREATE) == len(expected_people)
        assert people_snapshot(empty) == expected_people
        assert skills_snapshot(empty) == expected_skills
    finally:
        empty.close()


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_matrix_with_update_reads_the_levels(company: Database, tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"matrix.{kind}"
    export_staff(company, path, matrix=True)
    before = skills_snapshot(company)
    with company.transaction() as session:
        session.execute(update(PersonSkill).values(level=0))
        session.execute(update(Person).values(job_title="unchanged"))
    summary = import_file(
        company, path, "Skills matrix" if kind == "xlsx" else None, Existing.UPDATE
    )
    assert summary.written and summary.count(Action.UPDATE) > 40
    after = skills_snapshot(company)
    archived = {(r[0], r[1], r[2]) for r in people_snapshot(company)}  # all people, named
    assert len(archived) > 40
    levels = lambda rows: {(r[0], r[1], r[2], r[3]): r[4] for r in rows}  # noqa: E731
    assert {k: v for k, v in levels(after).items() if k in levels(before)} == levels(before)
    assert {r[4] for r in people_snapshot(company)} == {"unchanged"}


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    return found


def _convert(soffice: str, source: Path, out: Path, home: Path) -> list[list[str]]:
    """The file as LibreOffice opens it (CSV: `;`, UTF-8), saved back as CSV, every sheet."""
    out.mkdir(exist_ok=True)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{home}",
            "--headless",
            "--infilter=CSV:59,34,76,1",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    rows = []
    for produced in sorted(out.glob(f"{source.stem}*.csv")):
        rows += _csv_rows(produced)
    assert rows, f"LibreOffice wrote nothing for {source.name}"
    return rows


def test_libreoffice_runs_no_formula_of_ours(company: Database, tmp_path: Path) -> None:
    """LibreOffice 7.4 evaluates ``=1+1`` in a CSV file it opens: ours reach it as text."""
    soffice = _soffice()
    paths = _exports(company, tmp_path)
    home = tmp_path / "lo-profile"
    for name, path in paths.items():
        rows = _convert(soffice, path, tmp_path / f"lo-{name}", home)
        cells = {unescape_csv_text(cell) for row in rows for cell in row}
        assert not any(c.startswith(("Err:", "#NAME", "#VALUE")) for c in cells), name
        if name.startswith("dashboard"):
            assert "=scope" in cells, name
            continue
        width = 4 if name == "matrix.csv" else 5  # the matrix has no job title
        for first, last, email, job, department in HOSTILE_PEOPLE:
            expected = [last, first, email or "", department, job][:width]
            read = unescape_csv_text if name.endswith(".csv") else str  # ours, not LibreOffice's
            found = [[read(c) for c in r[:width]] for r in rows]
            assert expected in found, (name, expected)
