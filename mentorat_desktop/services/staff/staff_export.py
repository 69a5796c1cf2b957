"""Export the staff list and the skills matrix to XLSX or CSV, in a form the import reads back.

CSV is written as French Excel expects it: UTF-8 with a BOM and `;` between fields, so
accents survive a double-click; XLSX holds real dates and one sheet per table.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mentorat_desktop.db.database import Database
from mentorat_desktop.files import replacing
from mentorat_desktop.i18n import translate
from mentorat_desktop.io.tables import StaffFileError
from mentorat_desktop.services.staff.skill_matrix import MatrixCell, skill_matrix
from mentorat_desktop.services.staff.staff_directory import StaffRow, list_staff

Progress = Callable[[float], None]


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    people: int
    skills: int


def staff_headers() -> list[str]:
    return [
        translate("Export", "Last name"),
        translate("Export", "First name"),
        translate("Export", "Email"),
        translate("Export", "Department"),
        translate("Export", "Job title"),
        translate("Export", "Hire date"),
        translate("Export", "Birth year"),
        translate("Export", "Manager"),
        translate("Export", "Can teach"),
        translate("Export", "Wants to learn"),
        translate("Export", "Active pairs"),
        translate("Export", "Archived"),
    ]


def cell_marks(cell: MatrixCell | None) -> str:
    """A matrix cell as text: the level, then T (can teach) and L (wants to learn)."""
    if cell is None:
        return ""
    marks = [str(cell.level)]
    if cell.can_teach:
        marks.append(translate("Matrix", "T", "can teach"))
    if cell.wants_to_learn:
        marks.append(translate("Matrix", "L", "wants to learn"))
    return " ".join(marks)


def _staff_values(rows: list[StaffRow]) -> list[list[object]]:
    by_id = {row.id: row for row in rows}
    yes = translate("Export", "yes")

    def manager(row: StaffRow) -> str:
        boss = by_id.get(row.manager_id) if row.manager_id is not None else None
        return "" if boss is None else (boss.email or boss.full_name)

    return [
        [
            row.last_name,
            row.first_name,
            row.email or "",
            row.department_name,
            row.job_title,
            row.hire_date,
            row.birth_year,
            manager(row),
            ", ".join(row.teaches),
            ", ".join(row.learns),
            row.active_pairs,
            yes if row.archived else "",
        ]
        for row in rows
    ]


def _matrix_values(database: Database) -> tuple[list[str], list[list[object]], int]:
    matrix = skill_matrix(database)
    headers = [translate("Export", "Person"), translate("Export", "Department")]
    headers += [f"{s.category_name} / {s.name}" for s in matrix.skills]
    rows = [
        [
            p.name,
            p.department_name,
            *(cell_marks(matrix.cells.get((p.id, s.id))) for s in matrix.skills),
        ]
        for p in matrix.people
    ]
    return headers, rows, len(matrix.skills)


def export_staff(
    database: Database, path: Path, *, matrix: bool = False, progress: Progress | None = None
) -> ExportSummary:
    """XLSX: a staff sheet and a matrix sheet. CSV: the staff list, or the matrix if asked."""
    report = progress or (lambda _done: None)
    report(0.0)
    staff = list_staff(database)
    try:
        with replacing(path) as partial:
            if path.suffix.lower() == ".xlsx":
                skills = _write_xlsx(database, partial, staff, report)
            else:
                if matrix:
                    headers, rows, skills = _matrix_values(database)
                else:
                    headers, rows, skills = staff_headers(), _staff_values(staff), 0
                with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.writer(handle, delimiter=";")
                    writer.writerow(headers)
                    writer.writerows(
                        [v.isoformat() if hasattr(v, "isoformat") else v for v in row]
                        for row in rows
                    )
    except OSError as exc:
        raise StaffFileError(
            translate("Export", "Cannot write “{path}”: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    report(1.0)
    return ExportSummary(path, len(staff), skills)


def _write_xlsx(database: Database, path: Path, staff: list[StaffRow], report: Progress) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)

    def header_row(sheet, headers: list[str]) -> list[WriteOnlyCell]:  # type: ignore[no-untyped-def]
        cells = []
        for text in headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            cells.append(cell)
        return cells

    sheet = book.create_sheet(translate("Export", "Staff"))
    sheet.freeze_panes = "A2"
    sheet.append(header_row(sheet, staff_headers()))
    for values in _staff_values(staff):
        row = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            if hasattr(value, "isoformat"):
                cell.number_format = "DD/MM/YYYY"
            row.append(cell)
        sheet.append(row)
    report(0.3)
    headers, rows, skills = _matrix_values(database)
    report(0.5)
    grid = book.create_sheet(translate("Export", "Skills matrix"))
    grid.freeze_panes = "C2"
    grid.append(header_row(grid, headers))
    for row in rows:
        grid.append(row)
    book.save(path)
    return skills
