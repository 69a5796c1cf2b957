"""`mentorat backup`, `mentorat restore FILE` and `mentorat archive export|import FILE`."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from mentorat_desktop.cli.arguments import fail, flag, path_argument
from mentorat_desktop.cli.guard import writes_target
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser(
        "backup", help=translate("CLI", "back up the database (into backups/ or a folder)")
    )
    path_argument(
        backup,
        "--to",
        translate("CLI", "FOLDER"),
        translate("CLI", "a folder of your choice, such as a USB key"),
        dest="folder",
    )
    flag(
        backup,
        "--password",
        translate("CLI", "encrypt the copy (AES-256 ZIP); the password is asked for"),
    )
    restore = commands.add_parser(
        "restore", help=translate("CLI", "replace the database with a backup")
    )
    path_argument(restore, "file", translate("CLI", "FILE"), translate("CLI", "backup"))
    flag(restore, "--yes", translate("CLI", "do not ask for confirmation"))
    archive = commands.add_parser(
        "archive", help=translate("CLI", "export or import all data as a ZIP of CSV files")
    )
    actions = archive.add_subparsers(
        dest="archive_action", required=True, metavar=translate("CLI", "ACTION")
    )
    for name, text in (
        ("export", translate("CLI", "write every table into a ZIP archive")),
        ("import", translate("CLI", "load an archive into an empty database")),
    ):
        action = actions.add_parser(name, help=text)
        path_argument(action, "file", translate("CLI", "FILE"), translate("CLI", "ZIP archive"))
        if name == "export":
            flag(
                action,
                "--with-notes",
                translate(
                    "CLI",
                    "include the confidential journal notes (left out by default); the archive "
                    "is then encrypted with a password, which is asked for",
                ),
            )
    backup.set_defaults(handler=run_backup)
    restore.set_defaults(handler=run_restore, writes=writes_target)
    archive.set_defaults(
        handler=run_archive,
        writes=lambda args, target: target if args.archive_action == "import" else None,
    )


def _read_password(prompt: str, *, confirm: bool) -> str:
    """From the terminal without echo; from standard input when it is not a terminal."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("CLI", "Again: ")) != password:
        raise ServiceError(translate("CLI", "The two passwords differ."))
    return password


def _sqlite_file(target: str) -> Path | None:
    from mentorat_desktop.db.engine import sqlite_path, to_url

    path = sqlite_path(to_url(target))
    if path is None:
        print(
            translate(
                "CLI",
                "A server database is backed up by its administrator. "
                "“mentorat archive export FILE” writes a copy of all the data.",
            ),
            file=sys.stderr,
        )
    return path


def run_backup(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.services.safety.backup import create_backup

    path = _sqlite_file(target)
    if path is None:
        return 2
    try:
        password = (
            _read_password(translate("CLI", "Password: "), confirm=True) if args.password else None
        )
        backup = create_backup(
            path, folder=Path(args.folder) if args.folder else None, password=password
        )
    except ServiceError as exc:
        return fail(exc.message)
    print(translate("CLI", "Backup written: {path}").format(path=backup.path))
    return 0


def run_restore(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.services.safety.restore import (
        PasswordNeededError,
        inspect_backup,
        restore_backup,
    )

    path = _sqlite_file(target)
    if path is None:
        return 2
    backup, password = Path(args.file), None  # the lock is held by cli.guard
    try:
        try:
            summary = inspect_backup(backup)
        except PasswordNeededError:
            password = _read_password(translate("CLI", "Password of the backup: "), confirm=False)
            summary = inspect_backup(backup, password)
        print(translate("CLI", "Backup taken: {date}").format(date=f"{summary.taken_at:%c}"))
        people, pairs, sessions = summary.people, summary.pairs, summary.sessions
        print(
            translate("CLI", "It holds {people}, {pairs}, {sessions}.").format(
                people=translate("CLI", "%n people", None, people),
                pairs=translate("CLI", "%n pairs", None, pairs),
                sessions=translate("CLI", "%n sessions", None, sessions),
            )
        )
        if summary.upgrade_needed:
            print(translate("CLI", "It comes from an older version and will be upgraded."))
        if not args.yes:
            answer = input(
                translate("CLI", "Replace the data in {path} with it? [y/N] ").format(path=path)
            )
            if answer.strip().casefold() not in {"y", "yes", "o", "oui"}:
                print(translate("CLI", "Nothing was changed."))
                return 1
        outcome = restore_backup(path, backup, password)
    except ServiceError as exc:
        return fail(exc.message)
    except EOFError:
        return fail(translate("CLI", "No answer: nothing was changed (use --yes)."), 1)
    print(translate("CLI", "Restored into {path}.").format(path=path))
    if outcome.safety_copy:
        print(
            translate("CLI", "The previous data was kept in {path}").format(
                path=outcome.safety_copy
            )
        )
    if outcome.damaged_copy:
        print(
            translate("CLI", "The damaged file was kept as {path}").format(
                path=outcome.damaged_copy
            )
        )
    return 0


def run_archive(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.services.safety.archive import (
        ArchivePasswordNeeded,
        export_archive,
        import_archive,
    )

    file = Path(args.file)
    try:
        database = open_database(target, reading=args.archive_action == "export")
        try:
            if args.archive_action == "export":
                password = None
                if args.with_notes:
                    password = _read_password(translate("CLI", "Password: "), confirm=True)
                report = export_archive(database, file, notes_password=password)
                if password is None:
                    print(
                        translate(
                            "CLI",
                            "The confidential journal notes were left out "
                            "(--with-notes includes them, encrypted).",
                        )
                    )
            else:
                try:
                    report = import_archive(database, file)
                except ArchivePasswordNeeded:
                    password = _read_password(
                        translate("CLI", "Password of the archive: "), confirm=False
                    )
                    report = import_archive(database, file, password=password)
        finally:
            database.close()
    except ServiceError as exc:
        return fail(exc.message)
    for name, count in report.tables:
        print(f"{name:24} {count:>8}")
    rows = report.rows
    done = (
        translate("CLI", "%n rows exported to {path} (schema {revision}).", None, rows)
        if args.archive_action == "export"
        else translate("CLI", "%n rows imported from {path} (schema {revision}).", None, rows)
    )
    print(done.format(path=file, revision=report.revision))
    return 0
