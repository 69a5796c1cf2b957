"""`mentorat export-ics`: sessions as an iCalendar file for Outlook, Google or Thunderbird."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentorat_desktop.cli.arguments import calendar_day, path_argument, record_id, text_value
from mentorat_desktop.i18n import translate


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export-ics",
        help=translate("CLI", "save sessions as an iCalendar (.ics) file"),
        description=translate(
            "CLI",
            "Save sessions as an .ics file. Without options: every session from today on. "
            "Importing the file again updates the same events.",
        ),
    )
    parser.add_argument(
        "--programme",
        type=text_value,
        metavar=translate("CLI", "NAME"),
        help=translate("CLI", "only this programme (case and accents ignored)"),
    )
    parser.add_argument(
        "--pair",
        type=record_id,
        metavar=translate("CLI", "ID"),
        help=translate("CLI", "only this pair: all its sessions unless --from is given"),
    )
    parser.add_argument(
        "--from",
        dest="from_day",
        type=calendar_day,
        metavar=translate("CLI", "DATE"),
        help=translate("CLI", "sessions from this day on (YYYY-MM-DD; default: today)"),
    )
    path_argument(
        parser,
        "--out",
        translate("CLI", "FILE"),
        translate("CLI", "the .ics file to write"),
        required=True,
    )
    parser.set_defaults(handler=run_export_ics)


def run_export_ics(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.errors import ServiceError
    from mentorat_desktop.services.sessions.calendar_export import ExportSelection, export_ics

    selection = ExportSelection(
        pair_id=args.pair, programme_name=args.programme, from_day=args.from_day
    )
    try:
        database = open_database(target, reading=True)
        try:
            count = export_ics(database, selection, Path(args.out))
        finally:
            database.close()
    except ServiceError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    print(translate("CLI", "%n sessions written to {path}", None, count).format(path=args.out))
    return 0
