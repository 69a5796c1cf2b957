"""`mentorat import-staff` and `mentorat export-staff`: the import engine of the app, printed."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from mentorat_desktop.cli.arguments import fail, flag, path_argument, text_value
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    staff_in = commands.add_parser(
        "import-staff",
        help=translate("CLI", "import people from a CSV or XLSX file (all rows or none)"),
    )
    path_argument(
        staff_in, "file", translate("CLI", "FILE"), translate("CLI", "the CSV or XLSX file")
    )
    flag(
        staff_in,
        "--dry-run",
        translate("CLI", "check the file and print what would happen, without writing"),
    )
    existing = staff_in.add_mutually_exclusive_group()
    flag(
        existing,
        "--update",
        translate("CLI", "update people already there (same email, else same name)"),
    )
    flag(
        existing,
        "--skip-existing",
        translate("CLI", "leave people already there unchanged (the default)"),
    )
    flag(
        staff_in,
        "--skip-invalid",
        translate("CLI", "import the valid rows even when some rows are rejected"),
    )
    staff_in.add_argument(
        "--sheet",
        type=text_value,
        metavar=translate("CLI", "NAME"),
        help=translate("CLI", "the sheet to read in a workbook with several sheets"),
    )
    staff_out = commands.add_parser(
        "export-staff", help=translate("CLI", "save the staff list and skills matrix (XLSX or CSV)")
    )
    path_argument(
        staff_out,
        "file",
        translate("CLI", "FILE"),
        translate("CLI", "a .xlsx or .csv file to write"),
    )
    flag(
        staff_out,
        "--matrix",
        translate("CLI", "with a .csv file, write the skills matrix instead of the staff list"),
    )
    staff_in.set_defaults(
        handler=run_import_staff, writes=lambda args, target: None if args.dry_run else target
    )
    staff_out.set_defaults(handler=run_export_staff)


def run_import_staff(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.io.staff_columns import (
        known_skill_headers,
        require_name_column,
        staff_sheet,
    )
    from mentorat_desktop.io.tables import SheetChoiceNeeded, read_grid
    from mentorat_desktop.services.staff.skills import list_skills
    from mentorat_desktop.services.staff.staff_import import Action, Existing, run_import

    path = Path(args.file)
    if not path.is_file():
        return fail(translate("CLI", "No file at {path}.").format(path=path))
    if not os.access(path, os.R_OK):
        return fail(translate("CLI", "Cannot read {path}: permission denied.").format(path=path))
    try:
        database = open_database(target, reading=args.dry_run)
    except ServiceError as exc:
        return fail(exc.message)
    try:
        grid = read_grid(path, args.sheet)
        known = known_skill_headers((s.category_name, s.name) for s in list_skills(database))
        sheet = staff_sheet(grid, path.name, known)
        require_name_column(sheet)
        existing = Existing.UPDATE if args.update else Existing.SKIP
        summary = run_import(
            database, sheet, existing, dry_run=args.dry_run, skip_invalid=args.skip_invalid
        )
    except SheetChoiceNeeded as exc:
        hint = translate("CLI", "Name it with --sheet NAME.")
        return fail(f"{exc.message} {hint}")
    except ServiceError as exc:
        return fail(exc.message)
    finally:
        database.close()
    for row in summary.rows:
        if row.action is Action.REJECT:
            for reason in row.reasons:
                print(
                    translate("CLI", "line {line}: rejected: {reason}").format(
                        line=row.line, reason=reason
                    ),
                    file=sys.stderr,
                )
        elif row.action is Action.SKIP:
            print(
                translate("CLI", "line {line}: skipped: {reason}").format(
                    line=row.line, reason=" ".join(row.reasons)
                )
            )
        for warning in row.warnings:
            print(
                translate("CLI", "line {line}: note: {reason}").format(
                    line=row.line, reason=warning
                )
            )
    counts = {action: summary.count(action) for action in Action}
    created, updated = counts[Action.CREATE], counts[Action.UPDATE]
    skipped, rejected = counts[Action.SKIP], counts[Action.REJECT]
    if summary.written:
        text = translate("CLI", "{created}, {updated}, {skipped}, {rejected}.").format(
            created=translate("CLI", "%n created", None, created),
            updated=translate("CLI", "%n updated", None, updated),
            skipped=translate("CLI", "%n skipped", None, skipped),
            rejected=translate("CLI", "%n rejected", None, rejected),
        )
    else:
        text = translate(
            "CLI", "Would create {created}, update {updated} and skip {skipped}; {rejected}."
        ).format(
            created=created,
            updated=updated,
            skipped=skipped,
            rejected=translate("CLI", "%n rejected", None, rejected),
        )
    print(text)
    if summary.new_departments:
        print(
            translate("CLI", "New departments: {names}").format(
                names=", ".join(summary.new_departments)
            )
        )
    if summary.new_skills:
        print(translate("CLI", "New skills: {names}").format(names=", ".join(summary.new_skills)))
    if args.dry_run:
        print(translate("CLI", "Dry run: nothing was written."))
    elif not summary.written:
        print(
            translate(
                "CLI",
                "Nothing was written: fix the rejected rows, or use --skip-invalid "
                "to import the others.",
            ),
            file=sys.stderr,
        )
    return 1 if counts[Action.REJECT] else 0


def run_export_staff(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.services.staff.staff_export import export_staff

    path = Path(args.file)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        return fail(translate("CLI", "Name a .xlsx or .csv file."))
    try:
        database = open_database(target, reading=True)
        try:
            summary = export_staff(database, path, matrix=args.matrix)
        finally:
            database.close()
    except ServiceError as exc:
        return fail(exc.message)
    people, skills = summary.people, summary.skills
    print(
        translate("CLI", "{people} and {skills} written to {path}").format(
            people=translate("CLI", "%n people", None, people),
            skills=translate("CLI", "%n skills", None, skills),
            path=path,
        )
    )
    return 0
