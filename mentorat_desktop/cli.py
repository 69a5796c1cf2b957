"""The command line: `mentorat` opens the window; sub-commands work without one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from mentorat_desktop import __version__
from mentorat_desktop.config import database_target

translate = QCoreApplication.translate

GUI_COMMANDS = {None, "screenshots"}
SELF_TEST_OPTION = "--self-test"
OPTIONS_WITH_VALUE = {"--database", "--lang"}


def _argparse_strings() -> dict[str, str]:
    """argparse's own words ("usage:", "options"…), listed here so Qt's lupdate finds them."""
    return {
        "usage: ": translate("argparse", "usage: "),
        "positional arguments": translate("argparse", "positional arguments"),
        "options": translate("argparse", "options"),
        "show this help message and exit": translate("argparse", "show this help message and exit"),
        "show program's version number and exit": translate(
            "argparse", "show program's version number and exit"
        ),
        "%(prog)s: error: %(message)s\n": translate("argparse", "%(prog)s: error: %(message)s\n"),
        "unrecognized arguments: %s": translate("argparse", "unrecognized arguments: %s"),
        "the following arguments are required: %s": translate(
            "argparse", "the following arguments are required: %s"
        ),
        "argument %(argument_name)s: %(message)s": translate(
            "argparse", "argument %(argument_name)s: %(message)s"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "argparse", "invalid %(type)s value: %(value)r"
        ),
        "expected one argument": translate("argparse", "expected one argument"),
    }


def _translate_argparse() -> None:
    strings = _argparse_strings()
    argparse._ = lambda text: strings.get(text, text)  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    _translate_argparse()
    parser = argparse.ArgumentParser(
        prog="mentorat",
        description=translate(
            "CLI", "Run a reverse-mentoring programme. Without a command, opens the app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"mentorat {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--database",
        metavar=translate("CLI", "PATH_OR_URL"),
        help=translate(
            "CLI",
            "database file or SQLAlchemy URL (default: MENTORAT_DATABASE, else the data folder)",
        ),
    )
    parser.add_argument(
        "--lang", choices=["fr", "en"], help=translate("CLI", "language of the interface")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("CLI", "open the app on a fresh demo database in a temporary folder"),
    )
    parser.add_argument(
        SELF_TEST_OPTION,
        action="store_true",
        help=translate(
            "CLI", "check this installation (database, demo data, documents, views) and exit"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("CLI", "COMMAND"))

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
        "--seed", type=int, default=1, help=translate("CLI", "random seed (same seed, same data)")
    )

    commands.add_parser(
        "check", help=translate("CLI", "print the database location, schema and integrity")
    )

    move = commands.add_parser(
        "transfer",
        help=translate("CLI", "copy all data into another, empty database (SQLite ⇄ PostgreSQL)"),
    )
    move.add_argument(
        "--from",
        dest="source",
        metavar=translate("CLI", "PATH_OR_URL"),
        help=translate("CLI", "where the data is (default: the current database)"),
    )
    move.add_argument(
        "--to",
        dest="destination",
        required=True,
        metavar=translate("CLI", "PATH_OR_URL"),
        help=translate("CLI", "the empty database to copy into"),
    )

    from mentorat_desktop.document_commands import add_document_commands

    add_document_commands(commands)

    from mentorat_desktop.data_commands import add_data_commands

    add_data_commands(commands)

    from mentorat_desktop.match_command import add_match_command

    add_match_command(commands)

    from mentorat_desktop.calendar_command import add_calendar_command

    add_calendar_command(commands)

    shots = commands.add_parser(
        "screenshots", help=translate("CLI", "save every view as a PNG picture")
    )
    shots.add_argument(
        "--out",
        required=True,
        metavar=translate("CLI", "FOLDER"),
        help=translate("CLI", "where to save"),
    )
    shots.add_argument(
        "--theme",
        choices=["light", "dark"],
        default="light",
        help=translate("CLI", "light or dark palette"),
    )
    from mentorat_desktop.staff_commands import add_staff_commands

    add_staff_commands(commands)
    return parser


def command_of(argv: Sequence[str]) -> str | None:
    """The sub-command named in argv, found before parsing (to pick the Qt application type)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in OPTIONS_WITH_VALUE:
            skip = True
        elif arg in ("-h", "--help", "--version") or not arg.startswith("-"):
            return arg
    return None


def _language_in(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _start_qt(argv: Sequence[str]) -> QCoreApplication:
    from mentorat_desktop.app import gui_application, set_application_identity
    from mentorat_desktop.i18n import choose_language, install_translators

    command = command_of(argv)
    self_test = SELF_TEST_OPTION in argv
    if command == "screenshots" or self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if command in GUI_COMMANDS or self_test:
        app: QCoreApplication = gui_application([sys.argv[0] if sys.argv else "mentorat"])
    else:
        app = QCoreApplication.instance() or QCoreApplication(
            [sys.argv[0] if sys.argv else "mentorat"]
        )
        set_application_identity(app)
    install_translators(app, choose_language(_language_in(argv)))
    return app


def _saved_server_target() -> str | None:
    from mentorat_desktop.services.server import saved_server_target

    return saved_server_target()


def _never_fail_on_output() -> None:
    """Output sent to a file or a pipe on Windows is in the ANSI code page (cp1252), which
    has no "⇄" or "Ł": replace such a character rather than stop the command."""
    for stream in (sys.stdout, sys.stderr):
        utf8 = (getattr(stream, "encoding", "") or "").lower().replace("-", "") == "utf8"
        if stream is not None and hasattr(stream, "reconfigure") and not utf8:
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_on_output()
    args_list = list(sys.argv[1:] if argv is None else argv)
    _start_qt(args_list)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.self_test:  # on a temporary database: never the user's
        from mentorat_desktop.selftest import run_self_test

        return run_self_test()
    target = database_target(args.database, _saved_server_target)
    if args.command is None:
        from mentorat_desktop.app import run_gui

        return run_gui(target, demo=args.demo, language=args.lang)
    from mentorat_desktop import commands
    from mentorat_desktop.calendar_command import run_export_ics
    from mentorat_desktop.data_commands import run_archive, run_backup, run_restore
    from mentorat_desktop.document_commands import run_export, run_verify
    from mentorat_desktop.match_command import run_match
    from mentorat_desktop.staff_commands import run_export_staff, run_import_staff

    handler = {
        "demo": commands.run_demo,
        "check": commands.run_check,
        "transfer": commands.run_transfer,
        "export": run_export,
        "verify": run_verify,
        "screenshots": commands.run_screenshots,
        "match": run_match,
        "export-ics": run_export_ics,
        "backup": run_backup,
        "restore": run_restore,
        "archive": run_archive,
        "import-staff": run_import_staff,
        "export-staff": run_export_staff,
    }[args.command]
    return handler(args, target)


def gui_main() -> int:
    """Entry point of the `mentorat-desktop` launcher."""
    return main()
