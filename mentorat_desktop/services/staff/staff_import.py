"""Import a staff list, all or nothing: the same engine for the preview, the dialog and the CLI.

The whole file is written in one transaction; a dry run (the preview) does every step and
rolls back, so what the preview says is exactly what the import does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.models import Department, Person, PersonSkill, Skill, SkillCategory
from mentorat_desktop.db.types import normalise_key
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.i18n import translate
from mentorat_desktop.io.skill_lists import SkillMention
from mentorat_desktop.io.staff_columns import StaffLine, StaffSheet, read_lines
from mentorat_desktop.search_text import fold
from mentorat_desktop.services import undo_labels as labels
from mentorat_desktop.services.changes import mutates
from mentorat_desktop.services.staff.names import name_problem
from mentorat_desktop.services.staff.people import PersonInput, clean_person_input
from mentorat_desktop.services.undo import undoable

Progress = Callable[[float], None]


class Existing(StrEnum):
    UPDATE = "update"
    SKIP = "skip"


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    REJECT = "reject"


@dataclass(frozen=True)
class RowOutcome:
    line: int
    name: str
    email: str
    department: str
    action: Action
    reasons: tuple[str, ...] = ()  # why it was skipped or rejected
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    rows: tuple[RowOutcome, ...]
    written: bool
    new_departments: tuple[str, ...] = ()
    new_skills: tuple[str, ...] = ()

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action is action)

    @property
    def rejected(self) -> tuple[RowOutcome, ...]:
        return tuple(row for row in self.rows if row.action is Action.REJECT)


class _Rollback(Exception):
    def __init__(self, summary: ImportSummary) -> None:
        super().__init__("rollback")
        self.summary = summary


@dataclass
class _Known:
    """What the database holds, loaded once so each row costs no query."""

    by_email: dict[str, int]
    by_name: dict[str, list[int]]
    emails: dict[int, str | None]
    departments: dict[str, Department | int]
    skills: dict[str, Skill | int]
    new_departments: list[str] = field(default_factory=list)
    new_skills: list[str] = field(default_factory=list)
    imported_category: SkillCategory | None = None


def _name_key(first: str, last: str) -> str:
    return fold(f"{first} {last}")


def _load_known(session: OrmSession) -> _Known:
    by_email: dict[str, int] = {}
    by_name: dict[str, list[int]] = {}
    emails: dict[int, str | None] = {}
    for pid, first, last, email_key in session.execute(
        select(Person.id, Person.first_name, Person.last_name, Person.email_key)
    ):
        if email_key:
            by_email[email_key] = pid
        emails[pid] = email_key
        by_name.setdefault(_name_key(first, last), []).append(pid)
    departments = dict(session.execute(select(Department.name_key, Department.id)).all())
    skills: dict[str, Skill | int] = {}
    for key, sid in session.execute(
        select(Skill.name_key, Skill.id)
        .join(SkillCategory)
        .order_by(Skill.archived_at.is_not(None), SkillCategory.position.desc())
    ):
        skills[key] = sid  # the last write wins: the first category by position
    return _Known(by_email, by_name, emails, dict(departments), skills)


@mutates(people=True, skills=True)
@undoable(labels.staff_import)
def run_import(
    database: Database,
    sheet: StaffSheet,
    existing: Existing = Existing.SKIP,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import every row, or none: rows with problems stop the import unless ``skip_invalid``."""
    report = progress or (lambda _done: None)
    lines = read_lines(sheet)
    try:
        with database.transaction() as session:
            summary = _import(session, lines, existing, report)
            if dry_run or (summary.rejected and not skip_invalid):
                raise _Rollback(summary)
            report(1.0)
            return ImportSummary(summary.rows, True, summary.new_departments, summary.new_skills)
    except _Rollback as rollback:
        return rollback.summary


def _import(
    session: OrmSession, lines: list[StaffLine], existing: Existing, report: Progress
) -> ImportSummary:
    known = _load_known(session)
    outcomes: list[RowOutcome] = []
    seen_emails: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    written: list[tuple[StaffLine, Person, list[str]]] = []
    for index, line in enumerate(lines):
        if index % 200 == 0:
            report(0.8 * index / max(1, len(lines)))
        outcome, person = _one_row(session, line, existing, known, seen_emails, seen_names)
        if person is None:
            outcomes.append(outcome)
        else:
            written.append((line, person, []))
            outcomes.append(outcome)
    session.flush()
    in_file = _file_people(written)
    for line, person, warnings in written:
        _skills(session, line, person, known)
        _manager(line, person, known, in_file, warnings)
    session.flush()
    notes = {line.line: warnings for line, _, warnings in written}
    final = tuple(
        RowOutcome(
            o.line,
            o.name,
            o.email,
            o.department,
            o.action,
            o.reasons,
            (*o.warnings, *notes.get(o.line, ())),
        )
        for o in outcomes
    )
    return ImportSummary(final, False, tuple(known.new_departments), tuple(known.new_skills))


def _one_row(
    session: OrmSession,
    line: StaffLine,
    existing: Existing,
    known: _Known,
    seen_emails: dict[str, int],
    seen_names: dict[str, int],
) -> tuple[RowOutcome, Person | None]:
    def outcome(action: Action, *reasons: str) -> RowOutcome:
        return RowOutcome(line.line, line.full_name, line.email, line.department, action, reasons)

    if line.skip_reason:
        return outcome(Action.SKIP, line.skip_reason), None
    problems = list(line.problems)
    try:
        data = clean_person_input(
            PersonInput(
                line.first_name,
                line.last_name,
                line.email or None,
                line.job_title,
                None,
                None,
                line.birth_year,
                line.hire_date,
            )
        )
    except ValidationError as exc:
        problems.append(exc.message)
    problems += _name_problems(line)
    if problems:
        return outcome(Action.REJECT, *problems), None
    email_key = normalise_key(data.email)
    name_key = _name_key(data.first_name, data.last_name)
    manager_key = fold(line.manager)
    if line.manager and (
        manager_key in (name_key, _name_key(data.last_name, data.first_name))
        or (email_key is not None and normalise_key(line.manager) == email_key)
    ):
        return outcome(
            Action.REJECT, translate("Validation", "A person cannot be their own manager.")
        ), None
    if email_key is not None and email_key in seen_emails:
        return outcome(
            Action.REJECT,
            translate("Import", "Same email address as line {line}.").format(
                line=seen_emails[email_key]
            ),
        ), None
    if email_key is None and name_key in seen_names:
        return outcome(
            Action.REJECT,
            translate(
                "Import", "Same name as line {line} and no email address to tell them apart."
            ).format(line=seen_names[name_key]),
        ), None
    if email_key is not None:
        seen_emails[email_key] = line.line
    seen_names.setdefault(name_key, line.line)

    match_id, matched_by = None, ""
    if email_key is not None and email_key in known.by_email:
        match_id, matched_by = known.by_email[email_key], "email"
    else:
        namesakes = [
            pid
            for pid in known.by_name.get(name_key, [])
            if email_key is None or known.emails.get(pid) in (None, email_key)
        ]
        if len(namesakes) > 1:
            return outcome(
                Action.REJECT,
                translate(
                    "Import",
                    "Several people are already called {name}: add the email address to say "
                    "which one.",
                ).format(name=line.full_name),
            ), None
        if namesakes:
            match_id, matched_by = namesakes[0], "name"
    if match_id is not None and existing is Existing.SKIP:
        reason = (
            translate("Import", "Already there (same email address).")
            if matched_by == "email"
            else translate("Import", "Already there (same first and last name).")
        )
        return outcome(Action.SKIP, reason), None

    person = session.get(Person, match_id) if match_id is not None else Person()
    assert person is not None
    if match_id is None:
        person.first_name, person.last_name = data.first_name, data.last_name
        person.email = data.email
        session.add(person)
    else:
        person.first_name = data.first_name or person.first_name
        person.last_name = data.last_name or person.last_name
        person.email = data.email or person.email
    if data.job_title:
        person.job_title = data.job_title
    if data.birth_year is not None:
        person.birth_year = data.birth_year
    if data.hire_date is not None:
        person.hire_date = data.hire_date
    if line.department:
        person.department = _department(session, line.department, known)
    action = Action.CREATE if match_id is None else Action.UPDATE
    return outcome(action), person


def _department(session: OrmSession, name: str, known: _Known) -> Department:
    key = normalise_key(name) or ""
    found = known.departments.get(key)
    if isinstance(found, int):
        department = session.get(Department, found)
        assert department is not None
    elif found is None:
        department = Department(name=name)
        session.add(department)
        known.new_departments.append(department.name)
    else:
        department = found
    known.departments[key] = department
    return department


def _skill(session: OrmSession, name: str, known: _Known) -> Skill:
    key = normalise_key(name) or ""
    found = known.skills.get(key)
    if isinstance(found, Skill):
        return found
    if found is not None:
        skill = session.get(Skill, found)
        assert skill is not None
    else:
        if known.imported_category is None:
            category_name = translate("Import", "Imported")
            category = session.scalar(
                select(SkillCategory).where(SkillCategory.name_key == normalise_key(category_name))
            )
            if category is None:
                positions = session.scalars(select(SkillCategory.position)).all()
                category = SkillCategory(name=category_name, position=max(positions, default=0) + 1)
                session.add(category)
            known.imported_category = category
        skill = Skill(name=name, category=known.imported_category)
        session.add(skill)
        session.flush()
        known.new_skills.append(name)
    known.skills[key] = skill
    return skill


def _name_problems(line: StaffLine) -> list[str]:
    """Department and skill names the database cannot hold, refused before anything is written."""
    found = []
    if line.department and (problem := name_problem(line.department)):
        found.append(f"{translate('Import', 'Department')}: {problem}")
    for mention in line.skills:
        if problem := name_problem(mention.name):
            found.append(
                translate("Import", "Skill “{start}…”: {problem}").format(
                    start=mention.name[:40], problem=problem
                )
            )
    return found


def _skills(session: OrmSession, line: StaffLine, person: Person, known: _Known) -> None:
    wanted: dict[int, SkillMention] = {}
    for mention in line.skills:
        skill = _skill(session, mention.name, known)
        old = wanted.get(skill.id, SkillMention(skill.name))
        wanted[skill.id] = SkillMention(
            skill.name,
            mention.level if mention.level is not None else old.level,
            mention.target if mention.target is not None else old.target,
            old.can_teach or mention.can_teach,
            old.wants_to_learn or mention.wants_to_learn,
        )
    for skill_id, mention in wanted.items():
        row = session.get(PersonSkill, (person.id, skill_id)) if person.id in known.emails else None
        if row is None:
            row = PersonSkill(person_id=person.id, skill_id=skill_id, level=0)
            session.add(row)
        if mention.level is not None:
            row.level = mention.level
        elif mention.can_teach and row.level < 3:
            row.level = 3  # someone who can teach a skill has at least an advanced level
        if mention.target is not None:
            row.target_level = mention.target
        row.can_teach = row.can_teach or mention.can_teach
        row.wants_to_learn = row.wants_to_learn or mention.wants_to_learn


def _file_people(written: list[tuple[StaffLine, Person, list[str]]]) -> dict[str, set[int]]:
    """The imported people by email and by both orders of their name, for finding managers."""
    index: dict[str, set[int]] = {}
    for _, person, _ in written:
        keys = {
            person.email_key or "",
            _name_key(person.first_name, person.last_name),
            _name_key(person.last_name, person.first_name),
        }
        for key in keys - {""}:
            index.setdefault(key, set()).add(person.id)
    return index


def _manager(
    line: StaffLine,
    person: Person,
    known: _Known,
    in_file: dict[str, set[int]],
    warnings: list[str],
) -> None:
    if not line.manager:
        return
    email_key, folded = normalise_key(line.manager) or "", fold(line.manager)
    candidates = set(in_file.get(email_key, set()) | in_file.get(folded, set()))
    if not candidates:
        if email_key in known.by_email:
            candidates.add(known.by_email[email_key])
        else:
            candidates.update(known.by_name.get(folded, []))
            candidates.update(known.by_name.get(" ".join(reversed(folded.split(" ", 1))), []))
    candidates.discard(person.id)
    if len(candidates) == 1:
        person.manager_id = candidates.pop()
    elif not candidates:
        warnings.append(
            translate("Import", "Manager “{manager}” not found: left empty.").format(
                manager=line.manager
            )
        )
    else:
        warnings.append(
            translate(
                "Import", "Several people match the manager “{manager}”: give their email address."
            ).format(manager=line.manager)
        )
