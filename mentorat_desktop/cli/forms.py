"""`mentorat forms export|import`: the fillable PDF forms, out to a folder and back in.

Import prints, per file, what it would change (or why it is refused), then applies all the
forms in one transaction, or none: any refused form means nothing is written, exit 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.cli.arguments import (
    fail,
    file_path,
    flag,
    path_argument,
    record_id,
    text_value,
)
from mentorat_desktop.cli.guard import writes_target
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate

if TYPE_CHECKING:
    from mentorat_desktop.services.forms import FormReview

KINDS = ("skills", "feedback", "end")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    forms = commands.add_parser(
        "forms", help=translate("CLI", "fillable PDF forms: write them out, import them back")
    )
    actions = forms.add_subparsers(
        dest="forms_action", required=True, metavar=translate("CLI", "ACTION")
    )
    export = actions.add_parser(
        "export",
        help=translate("CLI", "write one form per participant (per side for feedback)"),
    )
    export.add_argument(
        "kind", choices=KINDS, metavar=translate("CLI", "KIND"), help="skills, feedback, end"
    )
    export.add_argument(
        "--programme",
        type=text_value,
        required=True,
        metavar=translate("CLI", "NAME"),
        help=translate("CLI", "the programme (case and accents ignored)"),
    )
    export.add_argument(
        "--session",
        type=record_id,
        metavar=translate("CLI", "ID"),
        help=translate("CLI", "the session a feedback form is about"),
    )
    path_argument(
        export,
        "--out",
        translate("CLI", "FOLDER"),
        translate("CLI", "the folder to write the forms into"),
        required=True,
    )
    returned = actions.add_parser(
        "import", help=translate("CLI", "import returned forms (files or folders of PDFs)")
    )
    returned.add_argument(
        "files",
        nargs="+",
        type=file_path,
        metavar=translate("CLI", "FILE_OR_FOLDER"),
        help=translate("CLI", "returned PDF forms, or folders holding them"),
    )
    flag(returned, "--dry-run", translate("CLI", "show what would change, change nothing"))
    export.set_defaults(handler=run_export, writes=writes_target)
    returned.set_defaults(
        handler=run_import, writes=lambda args, target: None if args.dry_run else target
    )


def run_export(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.services.documents.subjects import find_programme
    from mentorat_desktop.services.forms import FormKind, FormRequest
    from mentorat_desktop.services.forms.build import export_forms

    try:
        database = open_database(target)
        try:
            request = FormRequest(
                FormKind(args.kind), find_programme(database, args.programme).id, args.session
            )
            written = export_forms(database, request, Path(args.out))
        finally:
            database.close()
    except ServiceError as exc:
        return fail(exc.message)
    for path in written:
        print(path)
    count = len(written)  # a plain name: lupdate reads no call among a text's arguments
    print(translate("CLI", "%n forms written to {folder}", None, count).format(folder=args.out))
    return 0


def run_import(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.services.forms.returned import (
        apply_returned_forms,
        expand,
        review_returned_forms,
    )

    paths = [Path(p) for p in args.files]
    missing = [p for p in paths if not p.exists()]
    if missing:
        return fail(translate("CLI", "No file at {path}.").format(path=missing[0]))
    if not expand(paths):
        return fail(translate("CLI", "No PDF file in {path}.").format(path=paths[0]))
    try:
        database = open_database(target, reading=args.dry_run)
        try:
            reviews = review_returned_forms(database, paths)
            _print_reviews(reviews)
            refused = sum(1 for r in reviews if not r.accepted)
            if refused:
                return fail(
                    translate("CLI", "%n forms refused: nothing was imported.", None, refused),
                    1,
                )
            if args.dry_run:
                print(translate("CLI", "Dry run: nothing was imported."))
                return 0
            applied = apply_returned_forms(database, paths)
        finally:
            database.close()
    except ServiceError as exc:
        return fail(exc.message)
    count = applied.applied
    print(translate("CLI", "%n forms imported.", None, count))
    return 0


def _print_reviews(reviews: Sequence[FormReview]) -> None:
    conflict = translate("CLI", "conflict")
    for review in reviews:
        name = Path(review.path).name
        if review.problem:
            print(
                translate("CLI", "{file}: refused: {problem}").format(
                    file=name, problem=review.problem
                )
            )
            continue
        print(f"{name}: {review.person_name} · {review.subject}")
        if not review.changes:
            print("  " + translate("CLI", "nothing new"))
        for change in review.changes:
            line = f"  {change.label}: {change.current or '–'} → {change.new}"
            print(f"{line} ({conflict})" if change.conflict else line)
