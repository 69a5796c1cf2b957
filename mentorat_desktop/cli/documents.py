"""`mentorat export …` and `mentorat verify CODE`: documents from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from mentorat_desktop.db.database import open_database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.files import write_file
from mentorat_desktop.i18n import translate

ISSUING = {"certificate", "certificates"}


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = commands.add_parser(
        "export", help=translate("CLI", "write a document as PDF (charter, agenda, certificate…)")
    )
    export.add_argument(
        "kind",
        choices=["charter", "agenda", "agendas", "certificate", "certificates", "report"],
        help=translate("CLI", "which document"),
    )
    export.add_argument("--programme", help=translate("CLI", "programme name or id"))
    export.add_argument("--pair", type=int, help=translate("CLI", "pair id (charter of a pair)"))
    export.add_argument("--session", type=int, help=translate("CLI", "session id (agenda)"))
    export.add_argument("--person", help=translate("CLI", "person: name, email or id"))
    export.add_argument(
        "--from",
        dest="start",
        type=date.fromisoformat,
        help=translate("CLI", "first day (agendas)"),
    )
    export.add_argument(
        "--to", dest="end", type=date.fromisoformat, help=translate("CLI", "last day (agendas)")
    )
    export.add_argument(
        "--override",
        default="",
        metavar=translate("CLI", "REASON"),
        help=translate(
            "CLI", "issue a certificate although the criteria are not met, for this reason"
        ),
    )
    export.add_argument(
        "--out",
        required=True,
        metavar=translate("CLI", "PATH"),
        help=translate("CLI", "the PDF file (a folder for certificates)"),
    )
    verify = commands.add_parser(
        "verify", help=translate("CLI", "tell whose certificate a code is")
    )
    verify.add_argument("code", help=translate("CLI", "the code printed on the certificate"))
    export.set_defaults(  # a certificate is recorded when first printed
        handler=run_export,
        writes=lambda args, target: target if args.kind in ISSUING else None,
    )
    verify.set_defaults(handler=run_verify)


def _fail(message: str, code: int = 2) -> int:
    print(message, file=sys.stderr)
    return code


def run_export(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.services.documents import subjects
    from mentorat_desktop.services.documents.document_export import (
        DocumentKind,
        certificates_batch,
        render,
    )

    try:
        database = open_database(target, reading=args.kind not in ISSUING)
    except ServiceError as exc:
        return _fail(exc.message)
    try:
        programme_id = (
            subjects.find_programme(database, args.programme).id if args.programme else None
        )
        out = Path(args.out)
        if args.kind == "certificates":
            if programme_id is None:
                return _fail(translate("CLI", "Name the programme with --programme."))
            result = certificates_batch(
                database,
                programme_id,
                out,
                lambda percent, name: print(f"{percent:3d} % {name}") if name else None,
            )
            print(
                translate(
                    "CLI", "{count} certificates written to {folder}; all of them in {file}"
                ).format(count=len(result.files), folder=out, file=result.combined)
            )
            return 0
        person_id = subjects.find_person(database, args.person).id if args.person else None
        start = end = None
        if args.kind == "agendas":
            first = args.start or date.today()
            last = args.end or first + timedelta(days=6)
            start = datetime.combine(first, time(), UTC)
            end = datetime.combine(last + timedelta(days=1), time(), UTC)
        document = render(
            database,
            DocumentKind(args.kind),
            programme_id=programme_id,
            pair_id=args.pair,
            session_id=args.session,
            person_id=person_id,
            start=start,
            end=end,
            override_reason=args.override,
        )
        if out.is_dir():
            out = out / document.filename
        out.parent.mkdir(parents=True, exist_ok=True)
        write_file(out, document.pdf)
        print(translate("CLI", "{title} written to {path}").format(title=document.title, path=out))
        return 0
    except ServiceError as exc:
        return _fail(exc.message, 1)
    except OSError as exc:
        return _fail(
            translate("CLI", "Cannot use “{path}”: {reason}").format(
                path=exc.filename or args.out, reason=exc.strerror or exc
            ),
            1,
        )
    finally:
        database.close()


def run_verify(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.services.documents.certificates import verify

    try:
        database = open_database(target, reading=True)
    except ServiceError as exc:
        return _fail(exc.message)
    try:
        record = verify(database, args.code)
    finally:
        database.close()
    if record is None:
        return _fail(
            translate("CLI", "No certificate has the code {code}.").format(code=args.code), 1
        )
    print(
        translate(
            "CLI",
            "{code}: certificate of {person}, {role}, programme “{programme}”, issued on {date}; "
            "{sessions} sessions, {minutes} minutes.",
        ).format(
            code=record.code,
            person=record.person,
            role=record.role,
            programme=record.programme,
            date=record.issued_on.isoformat(),
            sessions=record.sessions,
            minutes=record.minutes,
        )
    )
    if record.override_reason:
        print(
            translate("CLI", "Issued by override: {reason}").format(reason=record.override_reason)
        )
    return 0
