"""`mentorat demo`, `mentorat check` and `mentorat transfer`: the database itself."""

from __future__ import annotations

import argparse
import sqlite3
from typing import TYPE_CHECKING

from mentorat_desktop.cli.arguments import database_value, fail, whole_number
from mentorat_desktop.cli.guard import writes_target
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate

if TYPE_CHECKING:  # the database layer is imported when a command runs
    from mentorat_desktop.db.database import Database
    from mentorat_desktop.demo import DemoSummary


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`demo`, `check` and `transfer`."""
    demo = commands.add_parser(
        "demo", help=translate("CLI", "fill an empty database with demo data")
    )
    demo.add_argument(
        "--size",
        choices=["small", "large"],
        default="small",
        help=translate("CLI", "small (about 40 people) or large (about 3,000, for benchmarks)"),
    )
    demo.add_argument(
        "--seed",
        type=whole_number,
        default=1,
        help=translate("CLI", "random seed (same seed, same data)"),
    )

    check = commands.add_parser(
        "check", help=translate("CLI", "print the database location, schema and integrity")
    )

    move = commands.add_parser(
        "transfer",
        help=translate("CLI", "copy all data into another, empty database (SQLite ⇄ PostgreSQL)"),
    )
    move.add_argument(
        "--from",
        dest="source",
        type=database_value,
        metavar=translate("CLI", "PATH_OR_URL"),
        help=translate("CLI", "where the data is (default: the current database)"),
    )
    move.add_argument(
        "--to",
        dest="destination",
        type=database_value,
        required=True,
        metavar=translate("CLI", "PATH_OR_URL"),
        help=translate("CLI", "the empty database to copy into"),
    )

    demo.set_defaults(handler=run_demo, writes=writes_target)
    check.set_defaults(handler=run_check)
    move.set_defaults(handler=run_transfer, writes=lambda args, _target: args.destination)


def run_demo(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.demo import load_demo

    try:
        database = open_database(target)
        try:
            summary = load_demo(database, args.size, seed=args.seed)
        finally:
            database.close()
    except ServiceError as exc:
        return fail(exc.message)
    print(translate("CLI", "Demo data loaded into {location}").format(location=database.location))
    print(demo_counts(summary))
    return 0


def demo_counts(summary: DemoSummary) -> str:
    """'12 people, 1 department, …' with each count's plural."""
    people, departments, skills = summary.people, summary.departments, summary.skills
    programmes, pairs, sessions = summary.programmes, summary.pairs, summary.sessions
    journals, certificates = summary.journals, summary.certificates
    return ", ".join(
        [
            translate("CLI", "%n people", None, people),
            translate("CLI", "%n departments", None, departments),
            translate("CLI", "%n skills", None, skills),
            translate("CLI", "%n programmes", None, programmes),
            translate("CLI", "%n pairs", None, pairs),
            translate("CLI", "%n sessions", None, sessions),
            translate("CLI", "%n journals", None, journals),
            translate("CLI", "%n certificates", None, certificates),
        ]
    )


def run_check(args: argparse.Namespace, target: str) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from mentorat_desktop.db.database import describe_database_error, open_database
    from mentorat_desktop.db.engine import shown_target, sqlite_path, to_url

    try:
        url = to_url(target)
    except (ValueError, OSError):
        return fail(
            translate("CLI", "“{target}” is neither a file path nor a database URL.").format(
                target=shown_target(target)
            )
        )
    path = sqlite_path(url)
    print(
        translate("CLI", "Database: {location}").format(location=path or url.render_as_string(True))
    )
    if path is not None and not path.exists():
        return fail(
            translate("CLI", "No database at this place yet: start Mentorat once to create it."), 1
        )
    try:
        database = open_database(target, migrate=False, reading=True)
    except ServiceError as exc:
        return fail(exc.message)
    try:
        return _check(database)
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:  # a server that does not answer
        return fail(describe_database_error(target, exc))
    finally:
        database.close()


def _check(database: Database) -> int:
    """The schema and integrity lines of `mentorat check`."""
    from mentorat_desktop.db.database import integrity_report
    from mentorat_desktop.db.migrate import (
        NotMentoratDatabaseError,
        SchemaTooNewError,
        check_schema,
        head_revision,
    )

    try:
        revision = check_schema(database.engine)
    except SchemaTooNewError as exc:
        return fail(
            translate(
                "CLI", "Schema revision: {revision} (newer than this version of Mentorat)"
            ).format(revision=exc.revision),
            1,
        )
    except NotMentoratDatabaseError:
        return fail(translate("CLI", "This is not a Mentorat database."), 1)
    head = head_revision()
    if revision == head:
        state = translate("CLI", "up to date")
    elif revision is None:
        state = translate("CLI", "empty, created at the next start")
    else:
        state = translate("CLI", "older, upgraded at the next start to {head}").format(head=head)
    print(
        translate("CLI", "Schema revision: {revision} ({state})").format(
            revision=revision, state=state
        )
    )
    try:
        report = integrity_report(database)
    except Exception as exc:  # a damaged file fails the check itself
        report = str(exc).splitlines()[0]
    print(translate("CLI", "Integrity: {report}").format(report=report))
    return 0 if report == "ok" else 1


def run_transfer(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.services.safety.transfer import transfer

    def report_progress(percent: int, table: str) -> None:
        if table:
            print(
                translate("CLI", "{percent}% copying {table}").format(percent=percent, table=table)
            )

    try:
        report = transfer(args.source or target, args.destination, report_progress)
    except ServiceError as exc:
        return fail(exc.message)
    for table in report.tables:
        state = translate("CLI", "identical") if table.identical else translate("CLI", "DIFFERENT")
        print(f"{table.name:24} {table.source_rows:>8} {table.destination_rows:>8}  {state}")
    if not report.ok:
        return fail(translate("CLI", "The copy differs from the source: do not use it."), 1)
    rows = report.rows
    print(
        translate(
            "CLI", "%n rows copied from {source} to {destination}, checked.", None, rows
        ).format(source=report.source, destination=report.destination)
    )
    return 0
