"""Real and hostile staff files: payroll totals, level words, bombs, huge widths, control
characters and over-long names, all answered with a sentence, never a traceback."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.io import workbooks
from mentorat_desktop.io.skill_lists import SkillMention, format_skill_list, parse_skill_list
from mentorat_desktop.io.tables import StaffFileError, read_grid
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.services.staff.staff_directory import list_staff, person_detail
from mentorat_desktop.services.staff.staff_export import export_staff
from mentorat_desktop.services.staff.staff_import import Action
from tests.spreadsheet_helpers import import_file


def _payroll(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Paie"
    sheet.append(["Export paie — décembre"])
    sheet.append(["Matricule", "Nom", "Prénom", "Service", "Salaire brut"])
    sheet.append([101, "Durand", "Alice", "Compta", 3200])
    sheet.append([102, "Petit", "Bruno", "Compta", 2800])
    sheet.append([None, None, None, None, None])
    sheet.append([103, "Roux", "Chloé", "Atelier", 2500])
    sheet.append([None, "", "", "", "=SOMME(E3:E6)"])
    sheet.append([3, None, None, None, 8500])
    sheet.append([None, "TOTAL", None, None, 8500])
    book.save(path)
    return path


def test_payroll_total_rows_are_skipped_with_a_reason(database: Database, tmp_path: Path) -> None:
    summary = import_file(database, _payroll(tmp_path / "paie.xlsx"))

    assert summary.written
    assert summary.count(Action.CREATE) == 3
    skipped = {row.line: " ".join(row.reasons) for row in summary.rows if row.action is Action.SKIP}
    assert set(skipped) == {7, 8, 9}
    assert "=SOMME(E3:E6)" in skipped[7] and "Total row" in skipped[7]
    assert "numbers without a name" in skipped[8]
    assert "TOTAL" in skipped[9]
    assert sorted(r.full_name for r in list_staff(database)) == [
        "Alice Durand",
        "Bruno Petit",
        "Chloé Roux",
    ]


def test_blank_row_is_skipped_and_formula_advice_is_true(
    sqlite_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "blank.csv"
    path.write_text(
        "Nom;Prénom;Service;Remarque\nDurand;Alice;;\n;;;à voir\nPetit;Bruno;;\n"
        ";;;8 500,00 €\n;;Compta;\n",
        "utf-8",
    )
    summary = import_file(sqlite_database, path)
    assert summary.count(Action.CREATE) == 2
    assert [r.reasons for r in summary.rows if r.action is Action.SKIP] == [
        ("Blank row: nothing to import.",),
        ("Total row (numbers without a name): not a person.",),
    ]
    assert "first or a last name" in summary.rejected[0].reasons[0]  # text, but nobody

    book = openpyxl.Workbook()
    book.active.append(["Nom", "Prénom"])
    book.active.append(['=CONCAT("Du";"pont")', "Jean"])
    formula = tmp_path / "formule.xlsx"
    book.save(formula)
    rejected = import_file(sqlite_database, formula).rejected[0].reasons[0]
    assert "without its result" in rejected and "Type the value" in rejected


def test_level_words_in_skill_lists(sqlite_database: Database, tmp_path: Path) -> None:
    path = tmp_path / "mots.csv"
    path.write_text(
        "Nom;Prénom;Peut enseigner;Veut apprendre\n"
        'Durand;Alice;Canva (expert), Excel (avancé), "Word, Excel" (basics);'
        "Python (notions → avancé), LinkedIn (1 -> 3), Excel (VBA)\n",
        "utf-8",
    )
    assert import_file(sqlite_database, path).written
    person = list_staff(sqlite_database)[0]
    found = {
        s.skill_name: (s.level, s.target_level)
        for s in person_detail(sqlite_database, person.id).skills
    }
    assert found == {
        "Canva": (4, None),
        "Excel": (3, None),
        "Word, Excel": (1, None),
        "Python": (1, 3),
        "LinkedIn": (1, 3),
        "Excel (VBA)": (0, None),
    }


@pytest.mark.parametrize(
    "mentions",
    [
        [SkillMention('Le "bon" outil', 2), SkillMention("A, B; C | D", 0, 4)],
        [SkillMention("Excel (VBA)", 3), SkillMention(" espace ", None)],
        [SkillMention("=cmd|' /C calc'!A0", 1, 2), SkillMention("(3)", 3)],
    ],
)
def test_skill_lists_read_back(mentions: list[SkillMention]) -> None:
    expected = [SkillMention(" ".join(m.name.split()), m.level, m.target) for m in mentions]
    assert parse_skill_list(format_skill_list(mentions)) == expected


def _xlsx_rows(path: Path, rows: int, columns: int = 1) -> Path:
    """A workbook written part by part, as a hostile tool would, without openpyxl's help."""
    cells = "".join(f'<c t="inlineStr"><is><t>x{c}</t></is></c>' for c in range(columns))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlform'
            'ats-package.relationships+xml"/><Default Extension="xml" ContentType="application'
            '/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlf'
            'ormats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/works'
            'heets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.sprea'
            'dsheetml.worksheet+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/packag'
            'e/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
            'org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheet'
            'ml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relat'
            'ionships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/packag'
            'e/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
            'org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(
                b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main"><sheetData>'
            )
            sheet.write(b'<row><c t="inlineStr"><is><t>Nom</t></is></c></row>')
            row = f"<row>{cells}</row>".encode()
            for start in range(0, rows, 10_000):
                sheet.write(row * min(10_000, rows - start))
            sheet.write(b"</sheetData></worksheet>")
    return path


def test_xlsx_past_a_million_rows_is_refused_early(tmp_path: Path) -> None:
    path = _xlsx_rows(tmp_path / "long.xlsx", 1_048_600)
    started = time.monotonic()
    with pytest.raises(StaffFileError, match=r"^“long.xlsx” goes on past line 100.?000"):
        read_grid(path)
    assert time.monotonic() - started < 60


def test_xlsx_bomb_refused_before_unpacking(tmp_path: Path, monkeypatch) -> None:
    path = _xlsx_rows(tmp_path / "bomb.xlsx", 2_000, 50)  # 1.7 MB of XML, 25 KB of ZIP
    monkeypatch.setattr(workbooks, "MAX_XLSX_UNPACKED", 1024 * 1024)
    with pytest.raises(StaffFileError, match=r"would unpack to \d+ MB.*limit is 1 MB"):
        read_grid(path)


def test_xlsx_with_too_many_cells_refused_before_openpyxl_reads_it(
    tmp_path: Path, monkeypatch
) -> None:
    path = _xlsx_rows(tmp_path / "cells.xlsx", 3_000, 10)
    monkeypatch.setattr(workbooks, "MAX_CELLS", 10_000)
    monkeypatch.setattr(
        "openpyxl.load_workbook", lambda *a, **k: pytest.fail("openpyxl should not be reached")
    )
    with pytest.raises(StaffFileError, match=r"^“cells\.xlsx” goes on past line"):
        read_grid(path)


def test_xlsx_lying_about_its_sizes_is_refused(tmp_path: Path) -> None:
    path = _xlsx_rows(tmp_path / "liar.xlsx", 10)
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 4):  # every declared uncompressed size set to 10 bytes
        if data[offset : offset + 4] in (b"PK\x03\x04", b"PK\x01\x02"):
            field = offset + (22 if data[offset + 2] == 3 else 24)
            data[field : field + 4] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(StaffFileError):
        read_grid(path)


def test_csv_with_twenty_thousand_columns_is_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "large.csv"
    header = ";".join(["Nom", *(f"Compétence : S{i}" for i in range(20_000))])
    path.write_text(header + "\n" + ";".join(["Durand", *("3" * 20_000)]) + "\n", "utf-8")
    started = time.monotonic()
    with pytest.raises(StaffFileError, match=r"more than 1.?000 columns"):
        read_grid(path)
    assert time.monotonic() - started < 5


def test_a_thousand_skill_columns_import_in_linear_time(
    sqlite_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "wide.csv"
    header = ";".join(["Nom", "Prénom", *(f"Compétence : S{i}" for i in range(998))])
    lines = [";".join([f"Nom{n}", "Jean", *("2" * 998)]) for n in range(20)]
    path.write_text("\n".join([header, *lines]) + "\n", "utf-8")
    started = time.monotonic()
    summary = import_file(sqlite_database, path)
    assert summary.written and summary.count(Action.CREATE) == 20
    assert time.monotonic() - started < 60


def test_control_characters_are_stripped_and_the_export_works(
    sqlite_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "nul.csv"
    filler = "".join(f"Rempli{n};Jean;\n" for n in range(4_000))  # past the first 64 KB
    path.write_bytes(
        ("Nom;Prénom;Service\n" + filler + "Du\x00rand;Al\x07ice\x1b;Co\x0bmpta\tRH\n").encode()
    )
    summary = import_file(sqlite_database, path)
    assert summary.written, summary.rejected[:1]
    names = {r.full_name for r in list_staff(sqlite_database)}
    assert "Alice Durand" in names
    assert [d.name for d in people.list_departments(sqlite_database)] == ["Compta RH"]
    export_staff(sqlite_database, tmp_path / "x.xlsx")
    assert openpyxl.load_workbook(tmp_path / "x.xlsx").worksheets[0].max_row == 4_002


def test_control_characters_refused_at_the_field(database: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        people.create_person(database, PersonInput("Al\x00ice", "Durand"))
    assert caught.value.field == "first_name" and "control characters" in caught.value.message
    with pytest.raises(ValidationError):
        people.create_department(database, "Compta\x1b")
    category = skills.create_category(database, "Numérique")
    with pytest.raises(ValidationError):
        skills.create_skill(database, category.id, "Ex\x00cel")


def test_over_long_department_names_refused_at_the_field(database: Database, tmp_path) -> None:
    first, second = "D" * 120 + "-compta", "D" * 120 + "-paie"
    path = tmp_path / "long.csv"
    path.write_text(f"Nom;Prénom;Service\nDurand;Alice;{first}\nPetit;Bruno;{second}\n", "utf-8")
    summary = import_file(database, path)
    assert not summary.written
    reasons = [" ".join(r.reasons) for r in summary.rejected]
    assert len(reasons) == 2
    assert all("Department: A name has 120 characters at most." in r for r in reasons)
    assert not any("exists" in r for r in reasons)

    with pytest.raises(ValidationError, match="120 characters"):
        people.create_department(database, "ﬃ" * 41)  # 41 characters, a key of 123
    assert people.create_department(database, "D" * 120).name == "D" * 120
    long_skill = tmp_path / "skill.csv"
    long_skill.write_text(f"Nom;Peut enseigner\nDurand;{'S' * 121}\n", "utf-8")
    assert "Skill" in import_file(database, long_skill).rejected[0].reasons[0]


def test_cli_payroll_with_two_sheets(tmp_path: Path) -> None:
    from tests.test_staff_import import mentorat

    path = _payroll(tmp_path / "paie.xlsx")
    book = openpyxl.load_workbook(path)
    book.create_sheet("Notes")["A1"] = "À lire"
    book.save(path)
    database = str(tmp_path / "cli.sqlite3")

    unsure = mentorat("--database", database, "import-staff", str(path))
    assert unsure.returncode == 2 and "--sheet" in unsure.stderr

    done = mentorat("--database", database, "import-staff", str(path), "--sheet", "Paie")
    assert done.returncode == 0, done.stderr
    assert "line 7: skipped: Total row (the formula =SOMME(E3:E6))" in done.stdout
    assert "3 created" in done.stdout and "Traceback" not in done.stderr
