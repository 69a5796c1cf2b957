"""Staff import and export over real files the tests write: encodings, delimiters, bad files."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from mentorat_desktop.io.staff_columns import Role, require_name_column, staff_sheet
from mentorat_desktop.io.tables import SheetChoiceNeeded, StaffFileError, read_grid
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.services.staff.staff_directory import list_staff, person_detail
from mentorat_desktop.services.staff.staff_export import export_staff
from mentorat_desktop.services.staff.staff_import import Action, Existing, run_import

HEADER = [
    "Nom",
    "Prénom",
    "Courriel",
    "Service",
    "Poste",
    "Date d'entrée",
    "Année de naissance",
    "Responsable",
    "Peut enseigner",
    "Veut apprendre",
]
ROWS = [
    [
        "N'Diaye",
        "Éloïse",
        "eloise@example.fr",
        "Marketing",
        "Chargée web",
        "01/09/2022",
        "1998",
        "Martin Paul",
        "Canva, TikTok (4)",
        "Négociation",
    ],
    [
        "Martin",
        "Paul",
        "paul@example.fr",
        "Direction",
        "Directeur",
        "2001-02-03",
        "1965",
        "",
        "Négociation",
        "",
    ],
    ["Œuvray", "Zoé", "", "Marketing", "Stagiaire", "", "", "eloise@example.fr", "", "Canva"],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    """Written as Excel does: fields holding the delimiter are quoted."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def load(path: Path, sheet: str | None = None):  # type: ignore[no-untyped-def]
    staff = staff_sheet(read_grid(path, sheet), path.name)
    require_name_column(staff)
    return staff


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_each_encoding_and_delimiter(sqlite_database, tmp_path, encoding, delimiter) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADER, *ROWS], encoding, delimiter)
    staff = load(path)
    assert staff.grid.delimiter == delimiter
    assert (
        staff.grid.encoding
        == {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "cp1252": "Windows-1252"}[encoding]
    )
    assert [c.role for c in staff.columns[:3]] == [Role.LAST_NAME, Role.FIRST_NAME, Role.EMAIL]

    summary = run_import(sqlite_database, staff)

    assert summary.written and summary.count(Action.CREATE) == 3
    rows = {row.full_name: row for row in list_staff(sqlite_database)}
    assert set(rows) == {"Éloïse N'Diaye", "Paul Martin", "Zoé Œuvray"}
    eloise = rows["Éloïse N'Diaye"]
    assert eloise.hire_date == date(2022, 9, 1) and eloise.birth_year == 1998
    assert eloise.teaches == ("Canva", "TikTok") and eloise.learns == ("Négociation",)
    assert eloise.manager_id == rows["Paul Martin"].id
    assert rows["Zoé Œuvray"].manager_id == eloise.id
    assert rows["Paul Martin"].hire_date == date(2001, 2, 3)
    assert sorted(summary.new_departments) == ["Direction", "Marketing"]
    levels = {s.skill_name: s.level for s in person_detail(sqlite_database, eloise.id).skills}
    assert levels == {"Canva": 3, "TikTok": 4, "Négociation": 0}


def test_all_or_nothing_and_row_problems(database, tmp_path) -> None:
    bad = [
        *ROWS,
        ["Date", "Bad", "bad@example.fr", "", "", "31/02/2022", "1850", "", "", ""],
        ["Copy", "Mail", "paul@example.fr", "", "", "", "", "", "", ""],
        ["Self", "Boss", "boss@example.fr", "", "", "", "", "Boss Self", "", ""],
        ["", "", "nobody@example.fr", "", "", "", "", "", "", ""],
        ["Future", "Hire", "", "", "", "01/01/2999", "", "", "", ""],
    ]
    staff = load(write_csv(tmp_path / "staff.csv", [HEADER, *bad], "utf-8", ";"))

    summary = run_import(database, staff)

    assert not summary.written and list_staff(database) == []
    rejected = {row.line: " ".join(row.reasons) for row in summary.rejected}
    assert set(rejected) == {5, 6, 7, 8, 9}
    assert "31/02/2022" in rejected[5] and "birth year" in rejected[5]
    assert "line 3" in rejected[6]
    assert "own manager" in rejected[7]
    assert "first or a last name" in rejected[8]
    assert "future" in rejected[9]

    written = run_import(database, staff, skip_invalid=True)
    assert written.written and written.count(Action.CREATE) == 3
    assert len(list_staff(database)) == 3


def test_existing_people_updated_or_skipped(database, tmp_path) -> None:
    people.create_person(database, PersonInput("Paul", "Martin", "PAUL@example.fr", "Comptable"))
    people.create_person(database, PersonInput("Zoé", "Œuvray"))
    staff = load(write_csv(tmp_path / "staff.csv", [HEADER, *ROWS], "utf-8", ";"))

    skipped = run_import(database, staff, Existing.SKIP)
    assert [r.action for r in skipped.rows] == [Action.CREATE, Action.SKIP, Action.SKIP]
    assert "same email" in skipped.rows[1].reasons[0]
    assert "same first and last name" in skipped.rows[2].reasons[0]
    assert {r.job_title for r in list_staff(database)} == {"Chargée web", "Comptable", ""}

    updated = run_import(database, staff, Existing.UPDATE)
    assert [r.action for r in updated.rows] == [Action.UPDATE, Action.UPDATE, Action.UPDATE]
    rows = {row.full_name: row for row in list_staff(database)}
    assert len(rows) == 3
    assert rows["Paul Martin"].job_title == "Directeur"
    assert rows["Paul Martin"].email == "paul@example.fr"


def test_dry_run_writes_nothing(database, tmp_path) -> None:
    staff = load(write_csv(tmp_path / "staff.csv", [HEADER, *ROWS], "utf-8", ";"))
    summary = run_import(database, staff, dry_run=True)
    assert summary.count(Action.CREATE) == 3 and not summary.written
    assert list_staff(database) == [] and people.list_departments(database) == []


def test_xlsx_with_title_dates_and_several_sheets(sqlite_database, tmp_path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes["A1"] = "À lire"
    sheet = book.create_sheet("Personnel")
    sheet.append(["Liste du personnel 2025"])
    sheet.append(
        ["Nom complet", "E-mail", "Département", "Fonction", "Date d'entrée", "Compétence : Excel"]
    )
    sheet.append(
        ["DUPONT Jean", "jean@example.fr", "Finance", "Comptable", datetime(2020, 3, 15), 3]
    )
    sheet.append(["Amélie Poulain", None, "Finance", None, None, "expert"])
    path = tmp_path / "staff.xlsx"
    book.save(path)

    with pytest.raises(SheetChoiceNeeded) as caught:
        read_grid(path)
    assert caught.value.sheets == ["Notes", "Personnel"]
    staff = load(path, "Personnel")
    summary = run_import(sqlite_database, staff)

    assert summary.written, summary.rows
    rows = {row.full_name: row for row in list_staff(sqlite_database)}
    assert set(rows) == {"Jean DUPONT", "Amélie Poulain"}
    assert rows["Jean DUPONT"].hire_date == date(2020, 3, 15)
    detail = person_detail(sqlite_database, rows["Amélie Poulain"].id)
    assert [(s.skill_name, s.level) for s in detail.skills] == [("Excel", 4)]


def test_xlsx_merged_cells_and_formulas(sqlite_database, tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nom", "Prénom", "Année de naissance"])
    sheet.append(["Dupont", "Jean", "=1990+1"])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    summary = run_import(sqlite_database, load(path))
    assert not summary.written
    assert "=1990+1" in summary.rows[0].reasons[0]

    sheet.merge_cells("A2:B2")
    merged = tmp_path / "merged.xlsx"
    book.save(merged)
    with pytest.raises(StaffFileError, match="A2:B2"):
        load(merged)


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    files = {}

    def put(name: str, data: bytes, expected: str) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        files[name] = (path, expected)

    put("empty.csv", b"", "empty")
    put("blank.csv", b"\r\n ;; \r\n", "empty")
    put("no-header.csv", b"Dupont;Jean;jean@example.fr\n", "headings")
    put("no-name.csv", b"Courriel;Service\njean@example.fr;Finance\n", "holds names")
    put("only-header.csv", "Nom;Prénom\n".encode(), "no one")
    put("junk.csv", bytes(range(256)) * 40, "not a text or Excel file")
    put("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".xls")
    put("fake.xlsx", b"PK\x03\x04" + b"\0" * 100, "not an Excel workbook")
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.write("Nom;Prénom\n".encode())
        handle.truncate(50 * 1024 * 1024)
    files["big.csv"] = (big, "50 MB")
    return files


def test_bad_files_get_a_clear_message(tmp_path) -> None:
    for name, (path, expected) in _bad_files(tmp_path).items():
        with pytest.raises(StaffFileError) as caught:
            load(path)
        assert expected in caught.value.message, (name, caught.value.message)
        assert "Traceback" not in caught.value.message


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_reads_back(sqlite_database, tmp_path, suffix) -> None:
    staff = load(write_csv(tmp_path / "staff.csv", [HEADER, *ROWS], "utf-8", ";"))
    run_import(sqlite_database, staff)
    path = tmp_path / f"export{suffix}"
    exported = export_staff(sqlite_database, path)
    assert exported.people == 3

    again = tmp_path / "again.sqlite3"
    from mentorat_desktop.db.database import open_database

    fresh = open_database(str(again))
    summary = run_import(fresh, load(path, "Staff" if suffix == ".xlsx" else None))
    assert summary.written and summary.count(Action.CREATE) == 3
    before = sorted(
        (r.full_name, r.email, r.department_name, r.hire_date, r.teaches, r.manager_id is not None)
        for r in list_staff(sqlite_database)
    )
    after = sorted(
        (r.full_name, r.email, r.department_name, r.hire_date, r.teaches, r.manager_id is not None)
        for r in list_staff(fresh)
    )
    assert before == after
    fresh.close()


def mentorat(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "mentorat_desktop", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_import_and_export(tmp_path) -> None:
    database = str(tmp_path / "cli.sqlite3")
    bad = [*ROWS, ["Date", "Bad", "bad@example.fr", "", "", "31/02/2022", "", "", "", ""]]
    path = write_csv(tmp_path / "staff.csv", [HEADER, *bad], "cp1252", ";")

    refused = mentorat("--database", database, "import-staff", str(path))
    assert refused.returncode == 1
    assert "line 5: rejected:" in refused.stderr and "31/02/2022" in refused.stderr
    assert "Nothing was written" in refused.stderr

    dry = mentorat("--database", database, "import-staff", str(path), "--dry-run", "--skip-invalid")
    assert "Dry run" in dry.stdout

    partial = mentorat("--database", database, "import-staff", str(path), "--skip-invalid")
    assert partial.returncode == 1 and "3 created" in partial.stdout

    good = write_csv(tmp_path / "good.csv", [HEADER, *ROWS], "utf-8", ";")
    again = mentorat("--database", database, "import-staff", str(good), "--skip-existing")
    assert again.returncode == 0 and "3 skipped" in again.stdout

    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 10)
    failed = mentorat("--database", database, "import-staff", str(junk))
    assert failed.returncode == 2 and "Traceback" not in failed.stderr

    out = tmp_path / "out.xlsx"
    exported = mentorat("--database", database, "export-staff", str(out))
    assert exported.returncode == 0 and out.exists()
    assert openpyxl.load_workbook(out).sheetnames == ["Staff", "Skills matrix"]
