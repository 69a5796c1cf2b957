"""What each column of a staff file holds, and each row read into plain values.

Headers are recognised in French and English, ignoring case, accents and punctuation;
dates in French (31/12/2024) and ISO (2024-12-31) forms; levels as 0–4 or as words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from mentorat_desktop.i18n import translate
from mentorat_desktop.io.skill_lists import (
    SkillMention,
    parse_matrix_cell,
    parse_skill_list,
)
from mentorat_desktop.io.tables import Cell, Grid, StaffFileError
from mentorat_desktop.search_text import fold

HEADER_SEARCH_ROWS = 10
EXCEL_EPOCH = date(1899, 12, 30)


class Role(StrEnum):
    IGNORE = "ignore"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    EMAIL = "email"
    DEPARTMENT = "department"
    JOB_TITLE = "job_title"
    HIRE_DATE = "hire_date"
    BIRTH_YEAR = "birth_year"
    MANAGER = "manager"
    CAN_TEACH = "can_teach"
    WANTS_TO_LEARN = "wants_to_learn"
    SKILL_LEVEL = "skill_level"
    SKILLS = "skills"  # skills with a level, neither taught nor wanted


def role_names() -> dict[Role, str]:
    return {
        Role.IGNORE: translate("Import", "(ignore)"),
        Role.FIRST_NAME: translate("Import", "First name"),
        Role.LAST_NAME: translate("Import", "Last name"),
        Role.FULL_NAME: translate("Import", "Full name"),
        Role.EMAIL: translate("Import", "Email"),
        Role.DEPARTMENT: translate("Import", "Department"),
        Role.JOB_TITLE: translate("Import", "Job title"),
        Role.HIRE_DATE: translate("Import", "Hire date"),
        Role.BIRTH_YEAR: translate("Import", "Birth year"),
        Role.MANAGER: translate("Import", "Manager"),
        Role.CAN_TEACH: translate("Import", "Can teach (skills)"),
        Role.WANTS_TO_LEARN: translate("Import", "Wants to learn (skills)"),
        Role.SKILL_LEVEL: translate("Import", "Level in a skill"),
        Role.SKILLS: translate("Import", "Other skills (with levels)"),
    }


_SYNONYMS: dict[Role, tuple[str, ...]] = {
    Role.FIRST_NAME: ("prénom", "prenoms", "first name", "firstname", "given name", "forename"),
    Role.LAST_NAME: ("nom", "nom de famille", "nom d'usage", "last name", "lastname", "surname",
                     "family name"),
    Role.FULL_NAME: ("nom complet", "nom et prénom", "nom prénom", "prénom nom", "prénom et nom",
                     "name", "full name", "collaborateur", "collaboratrice", "salarié", "salariée",
                     "employé", "employee", "personne", "person", "agent"),
    Role.EMAIL: ("courriel", "email", "e-mail", "mail", "adresse mail", "adresse e-mail",
                 "adresse électronique", "email address", "e-mail address", "mél"),
    Role.DEPARTMENT: ("service", "département", "department", "direction", "équipe", "team",
                      "pôle", "division", "unité", "site"),
    Role.JOB_TITLE: ("poste", "fonction", "intitulé du poste", "intitulé de poste", "emploi",
                     "métier", "job title", "title", "job", "position", "role", "rôle"),
    Role.HIRE_DATE: ("date d'entrée", "entrée", "date d'embauche", "embauche", "date d'arrivée",
                     "arrivée", "hire date", "start date", "date hired", "hired", "joined"),
    Role.BIRTH_YEAR: ("année de naissance", "naissance", "date de naissance", "né en", "née en",
                      "birth year", "year of birth", "date of birth", "birth date", "born"),
    Role.MANAGER: ("responsable", "manager", "n+1", "supérieur", "supérieur hiérarchique",
                   "responsable hiérarchique", "line manager", "reports to", "chef de service"),
    Role.CAN_TEACH: ("peut enseigner", "compétences enseignées", "peut transmettre",
                     "sait transmettre", "enseigne", "can teach", "teaches", "skills to teach",
                     "can share"),
    Role.WANTS_TO_LEARN: ("veut apprendre", "souhaite apprendre", "souhaits", "à apprendre",
                          "besoins", "envies", "wants to learn", "to learn", "learning wishes",
                          "would like to learn"),
    Role.SKILLS: ("autres compétences", "compétences", "other skills", "skills", "niveaux"),
}  # fmt: skip
_BY_HEADER = {fold(text): role for role, texts in _SYNONYMS.items() for text in texts}
_SKILL_PREFIX = re.compile(r"^(competence|skill|niveau|level)\s+(.+)$")
_DATE_FR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_TOTAL_WORDS = re.compile(r"^(sous |sub ?|grand )?(total|totaux)\b|^effectif")
_NUMBER_TEXT = re.compile(r"^[-+]?[\d\s\u00a0\u202f.,]*\d[\d\s\u00a0\u202f.,]*(€|%)?$")


@dataclass(frozen=True)
class Column:
    role: Role
    skill: str = ""  # the skill's name for SKILL_LEVEL


def guess_column(header: str, known_skills: dict[str, str] | None = None) -> Column:
    key = fold(header)
    if not key:
        return Column(Role.IGNORE)
    role = _BY_HEADER.get(key)
    if role is not None:
        return Column(role)
    prefixed = _SKILL_PREFIX.match(key)
    if prefixed:
        original = re.sub(r"^\s*\S+\s*[:\-–]?\s*", "", header.strip()).strip()
        return Column(Role.SKILL_LEVEL, original or prefixed.group(2))
    if known_skills and key in known_skills:
        return Column(Role.SKILL_LEVEL, known_skills[key])
    return Column(Role.IGNORE)


def known_skill_headers(skills: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headings that name a known skill: "Excel", or "Numérique / Excel" as the matrix writes.

    ``skills`` holds (category, skill) names; the result maps a folded heading to the skill.
    """
    found: dict[str, str] = {}
    for category, name in skills:
        found.setdefault(fold(name), name)
        found[fold(f"{category} / {name}")] = name
    return found


@dataclass
class StaffSheet:
    """The header and data rows of a staff file, and what each column holds."""

    headers: list[str]
    columns: list[Column]
    rows: list[tuple[int, list[Cell]]]
    grid: Grid
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)

    def has_name_column(self) -> bool:
        names = {Role.FIRST_NAME, Role.LAST_NAME, Role.FULL_NAME}
        return any(c.role in names for c in self.columns)


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def _looks_like_data(cells: list[Cell]) -> bool:
    for cell in cells:
        text = _text(cell)
        if "@" in text or isinstance(cell, date | int | float) or _DATE_FR.match(text):
            return True
        if text.isdigit() or _DATE_ISO.match(text):
            return True
    return False


def staff_sheet(grid: Grid, name: str, known_skills: dict[str, str] | None = None) -> StaffSheet:
    """Find the header (a title line above it is allowed) and guess each column's role."""
    header_index = 0
    for index, (_line, cells) in enumerate(grid.lines[:HEADER_SEARCH_ROWS]):
        if any(guess_column(_text(c), known_skills).role is not Role.IGNORE for c in cells):
            header_index = index
            break
    else:
        if _looks_like_data(grid.lines[0][1]):
            raise StaffFileError(
                translate(
                    "Import",
                    "The first line of “{name}” holds data, not column headings. Add a line of "
                    "headings such as: Nom;Prénom;Courriel;Service;Poste.",
                ).format(name=name)
            )
    header_line, header_cells = grid.lines[header_index]
    for merged in grid.merged:
        if merged.last_row >= header_line:
            raise StaffFileError(
                translate(
                    "Import",
                    "The sheet “{sheet}” has merged cells ({cells}). In Excel, select the sheet, "
                    "unmerge the cells (Home › Merge & Center) and import again.",
                ).format(sheet=grid.sheet, cells=merged.text)
            )
    headers = [_text(c) for c in header_cells]
    rows = grid.lines[header_index + 1 :]
    width = max([len(headers), *(len(cells) for _, cells in rows)])
    headers += [""] * (width - len(headers))
    columns = [guess_column(h, known_skills) for h in headers]
    if not rows:
        raise StaffFileError(
            translate("Import", "“{name}” has column headings but no one under them.").format(
                name=name
            )
        )
    return StaffSheet(headers, columns, rows, grid, grid.formulas)


def require_name_column(sheet: StaffSheet) -> None:
    if not sheet.has_name_column():
        raise StaffFileError(
            translate(
                "Import",
                "No column holds names: the file needs a “Nom” (last name) column, a “Prénom” "
                "(first name) column or a “Nom complet” (full name) column.",
            )
        )


def parse_date(cell: Cell) -> date | None:
    """A date from a cell; ValueError with a translated message when it is not one."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int) and 10_000 < cell < 80_000:  # an Excel serial number
        return EXCEL_EPOCH + timedelta(days=cell)
    text = _text(cell).split(" ")[0].split("T")[0]
    try:
        if match := _DATE_FR.match(text):
            day, month, year = (int(g) for g in match.groups())
            if year < 100:
                year += 2000 if year <= date.today().year % 100 else 1900
            return date(year, month, day)
        if match := _DATE_ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise ValueError(
        translate("Import", "“{value}” is not a date (write 31/12/2024 or 2024-12-31).").format(
            value=_text(cell)
        )
    )


def parse_year(cell: Cell) -> int | None:
    if cell is None or cell == "":
        return None
    if isinstance(cell, int) and 1000 <= cell <= 9999:
        return cell
    text = _text(cell)
    if text.isdigit() and len(text) == 4:
        return int(text)
    try:
        found = parse_date(cell)
    except ValueError:
        found = None
    if found is not None:
        return found.year
    raise ValueError(
        translate("Import", "“{value}” is not a year of birth (write 1990).").format(value=text)
    )


def split_full_name(text: str) -> tuple[str, str]:
    """ "DUPONT Jean" or "Jean Dupont" → ("Jean", "Dupont")."""
    words = text.split()
    if not words:
        return "", ""
    upper = [w for w in words if w.isupper() and len(w) > 1]
    if upper and len(upper) < len(words):
        return " ".join(w for w in words if w not in upper), " ".join(upper)
    return words[0], " ".join(words[1:])


@dataclass
class StaffLine:
    """One data row read into values; problems stop it from being imported."""

    line: int
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    department: str = ""
    job_title: str = ""
    hire_date: date | None = None
    birth_year: int | None = None
    manager: str = ""
    skills: list[SkillMention] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skip_reason: str = ""  # a total or blank row, left out of the import

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


_NAME_ROLES = (Role.FIRST_NAME, Role.LAST_NAME, Role.FULL_NAME)


def _is_number(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return False
    return isinstance(cell, int | float) or bool(_NUMBER_TEXT.match(_text(cell)))


def _skip_reason(sheet: StaffSheet, line: int, cells: list[Cell]) -> str:
    """Why a row is not a person: a blank row, or a total row (a sum, a count, "Total")."""

    def at(index: int) -> Cell:
        return cells[index] if index < len(cells) else None

    names = [_text(at(i)) for i, c in enumerate(sheet.columns) if c.role in _NAME_ROLES]
    emails = [_text(at(i)) for i, c in enumerate(sheet.columns) if c.role is Role.EMAIL]
    if any(emails):
        return ""
    named = [n for n in names if n]
    if named and any(_TOTAL_WORDS.match(fold(n)) for n in named):
        return translate("Import", "Total row (“{text}”): not a person.").format(text=named[0])
    if not named:
        sums = [f for (row, _), f in sheet.formulas.items() if row == line]
        if sums:
            return translate("Import", "Total row (the formula {formula}): not a person.").format(
                formula=sums[0]
            )
        filled = [c for c in cells if _text(c)]
        if filled and all(_is_number(c) for c in filled):
            return translate("Import", "Total row (numbers without a name): not a person.")
    mapped = [i for i, c in enumerate(sheet.columns) if c.role is not Role.IGNORE]
    if all(_text(at(i)) == "" for i in mapped):
        return translate("Import", "Blank row: nothing to import.")
    return ""


def read_lines(sheet: StaffSheet) -> list[StaffLine]:
    names = role_names()
    result = []
    for line, cells in sheet.rows:
        row = StaffLine(line)
        row.skip_reason = _skip_reason(sheet, line, cells)
        if row.skip_reason:
            result.append(row)
            continue
        for index, column in enumerate(sheet.columns):
            if column.role is Role.IGNORE:
                continue
            cell = cells[index] if index < len(cells) else None
            if (line, index) in sheet.formulas:
                row.problems.append(
                    translate(
                        "Import",
                        "{column}: the file holds the formula {formula} without its result "
                        "(the program that wrote the file did not compute it). Type the value "
                        "in the cell, or open and save the file in Excel or LibreOffice, and "
                        "import again.",
                    ).format(column=sheet.headers[index], formula=sheet.formulas[(line, index)])
                )
                continue
            try:
                _fill(row, column, cell)
            except ValueError as exc:
                label = sheet.headers[index] or names[column.role]
                row.problems.append(f"{label}: {exc}")
        result.append(row)
    return result


def _one_line(text: str) -> str:
    """A name on one line: tabs and line breaks inside a cell become single spaces."""
    return " ".join(text.split())


def _fill(row: StaffLine, column: Column, cell: Cell) -> None:
    role, text = column.role, _text(cell)
    if role is Role.FIRST_NAME:
        row.first_name = _one_line(text)
    elif role is Role.LAST_NAME:
        row.last_name = _one_line(text)
    elif role is Role.FULL_NAME and text:
        row.first_name, row.last_name = split_full_name(text)
    elif role is Role.EMAIL:
        row.email = text
    elif role is Role.DEPARTMENT:
        row.department = _one_line(text)
    elif role is Role.JOB_TITLE:
        row.job_title = _one_line(text)
    elif role is Role.HIRE_DATE:
        row.hire_date = parse_date(cell)
    elif role is Role.BIRTH_YEAR:
        row.birth_year = parse_year(cell)
    elif role is Role.MANAGER:
        row.manager = _one_line(text)
    elif role is Role.CAN_TEACH:
        row.skills += [replace(m, can_teach=True) for m in parse_skill_list(cell)]
    elif role is Role.WANTS_TO_LEARN:
        row.skills += [replace(m, wants_to_learn=True) for m in parse_skill_list(cell)]
    elif role is Role.SKILLS:
        row.skills += parse_skill_list(cell)
    elif role is Role.SKILL_LEVEL:
        level, teach, learn = parse_matrix_cell(cell)
        if (level is not None or teach or learn) and column.skill:
            row.skills.append(SkillMention(column.skill, level, None, teach, learn))
