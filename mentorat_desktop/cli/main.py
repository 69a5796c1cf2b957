"""The command line: `mentorat` opens the window; sub-commands work without one.

Light to import: `--version` is answered before Qt is loaded, `--help` loads Qt's core only
(for the translations), and each command imports the database layer, Qt's widgets or the
documents when it runs (tests/test_cli_imports.py holds this).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

GUI_COMMANDS = {None, "screenshots"}
SELF_TEST_OPTION = "--self-test"
# The command groups, each a module of this package with an add_commands(commands).
COMMAND_MODULES = (
    "database",
    "documents",
    "data",
    "match",
    "calendar",
    "screenshots",
    "staff",
    "forms",
    "mail",
)
OPTIONS_WITH_VALUE = {"--database", "--lang"}


def _argparse_strings() -> dict[str, str]:
    """argparse's own words ("usage:", "options"…), listed here so Qt's lupdate finds them."""
    from mentorat_desktop.i18n import translate

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
    setattr(argparse, "_", lambda text: strings.get(text, text))  # noqa: B010 (argparse has no hook)


class _VersionAction(argparse._VersionAction):
    """argparse's --version, reading the version only when asked (importlib.metadata is slow
    to import, and a start of the window does not need it)."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        from mentorat_desktop import __version__

        self.version = f"mentorat {__version__}"
        super().__call__(parser, namespace, values, option_string)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The parser; without its sub-commands when none is named (the window's start: their
    modules need not be imported then, and the options are the same)."""
    from mentorat_desktop.cli.arguments import database_value
    from mentorat_desktop.i18n import translate

    _translate_argparse()
    parser = argparse.ArgumentParser(
        prog="mentorat",
        description=translate(
            "CLI", "Run a reverse-mentoring programme. Without a command, opens the app."
        ),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--database",
        type=database_value,
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
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar=translate("CLI", "COMMAND"))

    for name in COMMAND_MODULES:
        import_module(f"mentorat_desktop.cli.{name}").add_commands(commands)
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
    from PySide6.QtCore import QCoreApplication

    from mentorat_desktop.i18n import choose_language, install_translators
    from mentorat_desktop.ui.app import gui_application, set_application_identity

    command = command_of(argv)
    self_test = SELF_TEST_OPTION in argv
    if command == "screenshots" or self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if command in GUI_COMMANDS or self_test:
        app: QCoreApplication = gui_application(
            [sys.argv[0] if sys.argv else "mentorat"], wheel_guard=command is not None or self_test
        )  # the window's start installs the guard once its shell has painted
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


def _parse(args_list: list[str]) -> argparse.Namespace:
    """Without a command, the parser without its sub-commands; anything it does not know is
    parsed again by the whole one, whose error names the commands too."""
    if command_of(args_list) is None:
        args, unknown = build_parser(with_commands=False).parse_known_args(args_list)
        if not unknown:
            return args
    return build_parser().parse_args(args_list)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if command_of(args_list) == "--version" and sys.stdout is not None:  # at once, without Qt
        from mentorat_desktop import __version__

        _never_fail_on_output()
        print(f"mentorat {__version__}")
        return 0
    from mentorat_desktop.source_lines import forget_source_lines_at_imports

    forget_source_lines_at_imports()  # before Qt: 18 MiB less at a start
    from mentorat_desktop.app_log import attach_missing_streams

    # A windowed start has none: before anything may write. The window says what started
    # once its shell is shown.
    attach_missing_streams(announce=command_of(args_list) is not None)
    _never_fail_on_output()
    _start_qt(args_list)
    try:
        args = _parse(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.self_test:  # on a temporary database: never the user's
        from mentorat_desktop.cli.selftest import run_self_test

        return run_self_test()
    from mentorat_desktop.config import database_target

    target = database_target(args.database, _saved_server_target)
    if args.command is None:
        from mentorat_desktop.app_log import start_log
        from mentorat_desktop.ui.app import run_gui

        start_log(announce=False)  # the window's session logs to the data folder
        return run_gui(target, demo=args.demo, language=args.lang)
    from mentorat_desktop.cli.guard import run_command

    handler: Callable[[argparse.Namespace, str], int] = args.handler
    return run_command(handler, args, target)


def gui_main() -> int:
    """Entry point of the `mentorat-desktop` launcher."""
    return main()
