"""Export the staff list and the skills matrix to XLSX or CSV, in a form the import reads back.

Every skill a person has is written with its level (``Excel (3)``) and target level
(``Python (1 → 3)``), in the lists the import reads: what they can teach, what they want to
learn, and their other skills. CSV is written as French Excel expects it (UTF-8 with a
BOM, ``;``); every cell goes through ``io.sheets``, so no cell can run as a formula.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import PersonSkill, Skill, SkillCategory
from mentorat_desktop.files import replacing
from mentorat_desktop.i18n import translate
from mentorat_desktop.io import sheets
from mentorat_desktop.io.skill_lists import SkillMention, format_skill_list
from mentorat_desktop.io.tables import StaffFileError
from mentorat_desktop.os_errors import os_reason
from mentorat_desktop.search_text import fold
from mentorat_desktop.services.staff.skill_matrix import MatrixCell, skill_matrix
from mentorat_desktop.services.staff.staff_directory import StaffRow, list_staff

if TYPE_CHECKING:
    pass

Progress = Callable[[float], None]
CellValue = str | int | date | None


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
        translate("Export", "Other skills"),
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


def _skill_mentions(database: Database) -> dict[int, list[SkillMention]]:
    """Each person's skills (active skills of active categories), sorted by name."""
    found: dict[int, list[SkillMention]] = defaultdict(list)
    query = (
        select(
            PersonSkill.person_id,
            Skill.name,
            PersonSkill.level,
            PersonSkill.target_level,
            PersonSkill.can_teach,
            PersonSkill.wants_to_learn,
        )
        .join(Skill, Skill.id == PersonSkill.skill_id)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .where(Skill.archived_at.is_(None), SkillCategory.archived_at.is_(None))
    )
    with database.reading() as session:
        for person_id, name, level, target, teach, learn in session.execute(query):
            found[person_id].append(SkillMention(name, level, target, bool(teach), bool(learn)))
    for mentions in found.values():
        mentions.sort(key=lambda m: fold(m.name))
    return found


def _staff_values(
    rows: list[StaffRow], skills: dict[int, list[SkillMention]]
) -> list[list[CellValue]]:
    by_id = {row.id: row for row in rows}
    yes = translate("Export", "yes")

    def manager(row: StaffRow) -> str:
        boss = by_id.get(row.manager_id) if row.manager_id is not None else None
        return "" if boss is None else (boss.email or boss.full_name)

    values = []
    for row in rows:
        mentions = skills.get(row.id, [])
        values.append(
            [
                row.last_name,
                row.first_name,
                row.email or "",
                row.department_name,
                row.job_title,
                row.hire_date,
                row.birth_year,
                manager(row),
                format_skill_list(m for m in mentions if m.can_teach),
                format_skill_list(m for m in mentions if m.wants_to_learn),
                format_skill_list(m for m in mentions if not (m.can_teach or m.wants_to_learn)),
                row.active_pairs,
                yes if row.archived else "",
            ]
        )
    return values


def _matrix_values(
    database: Database, staff: list[StaffRow]
) -> tuple[list[str], list[list[CellValue]], int]:
    """People (named and with their email, so ``--update`` finds them) × skills."""
    matrix = skill_matrix(database)
    by_id = {row.id: row for row in staff}
    headers = [
        translate("Export", "Last name"),
        translate("Export", "First name"),
        translate("Export", "Email"),
        translate("Export", "Department"),
    ]
    headers += [f"{s.category_name} / {s.name}" for s in matrix.skills]
    rows: list[list[CellValue]] = []
    for p in matrix.people:
        person = by_id.get(p.id)
        names = (
            [person.last_name, person.first_name, person.email or ""]
            if person
            else [p.name, "", ""]
        )
        rows.append(
            [
                *names,
                p.department_name,
                *(cell_marks(matrix.cells.get((p.id, s.id))) for s in matrix.skills),
            ]
        )
    return headers, rows, len(matrix.skills)


def export_staff(
    database: Database, path: Path, *, matrix: bool = False, progress: Progress | None = None
) -> ExportSummary:
    """XLSX: a staff sheet and a matrix sheet. CSV: the staff list, or the matrix if asked."""
    report = progress or (lambda _done: None)
    report(0.0)
    staff = list_staff(database)
    try:
        with replacing(path) as partial:  # a full disk leaves no half-written export
            if path.suffix.lower() == ".xlsx":
                skills = _write_xlsx(database, partial, staff, report)
            else:
                if matrix:
                    headers, rows, skills = _matrix_values(database, staff)
                else:
                    headers = staff_headers()
                    rows = _staff_values(staff, _skill_mentions(database))
                    skills = 0
                sheets.write_csv(partial, [headers, *rows])
    except OSError as exc:
        raise StaffFileError(
            translate("Export", "Cannot write “{path}”: {reason}").format(
                path=path, reason=os_reason(exc)
            )
        ) from exc
    report(1.0)
    return ExportSummary(path, len(staff), skills)


def _write_xlsx(database: Database, path: Path, staff: list[StaffRow], report: Progress) -> int:
    book = sheets.new_workbook()
    values = _staff_values(staff, _skill_mentions(database))
    sheets.add_xlsx_sheet(book, translate("Export", "Staff"), staff_headers(), values)
    report(0.3)
    headers, rows, skills = _matrix_values(database, staff)
    report(0.5)
    sheets.add_xlsx_sheet(book, translate("Export", "Skills matrix"), headers, rows, freeze="C2")
    book.save(path)
    return skills
