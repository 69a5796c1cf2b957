"""`mentorat screenshots`: every view and dialog saved as a PNG picture."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentorat_desktop.cli.arguments import path_argument
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate
from mentorat_desktop.os_errors import os_reason


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    shots = commands.add_parser(
        "screenshots", help=translate("CLI", "save every view as a PNG picture")
    )
    path_argument(
        shots, "--out", translate("CLI", "FOLDER"), translate("CLI", "where to save"), required=True
    )
    shots.add_argument(
        "--theme",
        choices=["light", "dark"],
        default="light",
        help=translate("CLI", "light or dark palette"),
    )
    shots.add_argument(
        "--size",
        choices=["1280x800", "1024x700"],
        default="1280x800",
        help=translate("CLI", "size of the main window, in pixels"),
    )
    shots.set_defaults(handler=run_screenshots)


def run_screenshots(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.ui.screenshots.capture import save_screenshots

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        print(
            translate("CLI", "“{path}” is a file: name a folder for the pictures.").format(
                path=out
            ),
            file=sys.stderr,
        )
        return 2
    try:
        width, height = (int(part) for part in args.size.split("x"))
        saved = save_screenshots(out, theme=args.theme, size=(width, height))
    except ServiceError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            translate("CLI", "Cannot write into “{path}”: {reason}").format(
                path=out, reason=os_reason(exc)
            ),
            file=sys.stderr,
        )
        return 2
    for path in saved:
        print(path)
    return 0
