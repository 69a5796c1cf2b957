"""`mentorat export …` and `mentorat verify CODE`: documents from the command line."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.cli.arguments import calendar_day, fail, path_argument, record_id, text_value
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import fill, translate
from mentorat_desktop.os_errors import os_reason

if TYPE_CHECKING:
    from mentorat_desktop.db.database import Database

ISSUING = {"certificate", "certificates"}


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export", help=translate("CLI", "write a document as PDF (charter, agenda, certificate…)")
    )
    export.add_argument(
        "kind",
        choices=["charter", "agenda", "agendas", "certificate", "certificates", "report"],
        help=translate("CLI", "which document"),
    )
    export.add_argument(
        "--programme", type=text_value, help=translate("CLI", "programme name or id")
    )
    export.add_argument(
        "--pair", type=record_id, help=translate("CLI", "pair id (charter of a pair)")
    )
    export.add_argument("--session", type=record_id, help=translate("CLI", "session id (agenda)"))
    export.add_argument(
        "--person", type=text_value, help=translate("CLI", "person: name, email or id")
    )
    export.add_argument(
        "--from",
        dest="start",
        type=calendar_day,
        help=translate("CLI", "first day (agendas)"),
    )
    export.add_argument(
        "--to", dest="end", type=calendar_day, help=translate("CLI", "last day (agendas)")
    )
    export.add_argument(
        "--override",
        default="",
        type=text_value,
        metavar=translate("CLI", "REASON"),
        help=translate(
            "CLI", "issue a certificate although the criteria are not met, for this reason"
        ),
    )
    path_argument(
        export,
        "--out",
        translate("CLI", "PATH"),
        translate("CLI", "the PDF file (a folder for certificates)"),
        required=True,
    )
    verify = commands.add_parser(
        "verify", help=translate("CLI", "tell whose certificate a code is")
    )
    verify.add_argument(
        "code",
        nargs="+",
        type=text_value,
        help=translate("CLI", "the code printed on the certificate, or the text its QR code holds"),
    )
    export.set_defaults(  # a certificate is recorded when first printed
        handler=run_export,
        writes=lambda args, target: target if args.kind in ISSUING else None,
    )
    verify.set_defaults(handler=run_verify)


def run_export(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.files import write_file
    from mentorat_desktop.services.documents import subjects
    from mentorat_desktop.services.documents.document_export import certificates_batch, render
    from mentorat_desktop.services.documents.document_kinds import DocumentKind

    try:
        database = open_database(target, reading=args.kind not in ISSUING)
    except ServiceError as exc:
        return fail(exc.message)
    try:
        programme_id = (
            subjects.find_programme(database, args.programme).id if args.programme else None
        )
        out = Path(args.out)
        if args.kind == "certificates":
            if programme_id is None:
                return fail(translate("CLI", "Name the programme with --programme."))
            overrides = _print_who_gets_one(database, programme_id, args.override)
            result = certificates_batch(
                database,
                programme_id,
                out,
                lambda percent, name: print(f"{percent:3d} % {name}") if name else None,
                overrides=overrides,
            )
            written = len(result.files)
            print(
                translate(
                    "CLI",
                    "%n certificates written to {folder}; all of them in {file}",
                    None,
                    written,
                ).format(folder=out, file=result.combined)
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
        return fail(exc.message, 1)
    except OSError as exc:
        return fail(
            translate("CLI", "Cannot use “{path}”: {reason}").format(
                path=exc.filename or args.out, reason=os_reason(exc)
            ),
            1,
        )
    finally:
        database.close()


def _print_who_gets_one(database: Database, programme_id: int, override: str) -> dict[int, str]:
    """Who gets a certificate, and for each who does not, what is missing; as the app shows.

    With --override, those who miss a criterion get one for that reason.
    """
    from mentorat_desktop.services.documents.certificates import eligibility

    overrides: dict[int, str] = {}
    for person in eligibility(database, programme_id):
        sessions = person.sessions  # lupdate reads a count given by name
        held = translate("CLI", "%n held sessions", None, sessions)
        if person.eligible or person.certificate_code:
            line = translate("CLI", "✔ {name}: certificate ({held})")
        elif override.strip():
            overrides[person.person_id] = override
            line = translate("CLI", "✔ {name}: certificate by override ({missing})")
        else:
            line = translate("CLI", "✘ {name}: no certificate, missing: {missing}")
        print(line.format(name=person.name, held=held, missing=person.reason))
    return overrides


def run_verify(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.i18n import format_short_date
    from mentorat_desktop.services.documents.certificates import role_label, verify

    try:
        database = open_database(target, reading=True)
    except ServiceError as exc:
        return fail(exc.message)
    try:
        code = " ".join(args.code)  # "MNT ABCD EFGH" typed without quotes
        record = verify(database, code)
    finally:
        database.close()
    if record is None:
        return fail(translate("CLI", "No certificate has the code {code}.").format(code=code), 1)
    sessions, minutes = record.sessions, record.minutes  # lupdate reads counts given by name
    figures = ", ".join(
        (
            translate("CLI", "%n sessions", None, sessions),
            translate("CLI", "%n minutes", None, minutes),
        )
    )
    print(
        fill(
            translate(
                "CLI",
                "{code}: certificate of {person}, {role}, programme “{programme}”, issued on "
                "{date}; {figures}.",
            ),
            code=record.code,
            person=record.person,
            role=role_label(record.role),
            programme=record.programme,
            date=format_short_date(record.issued_on),
            figures=figures,
        )
    )
    if record.override_reason:
        print(
            translate("CLI", "Issued by override: {reason}").format(reason=record.override_reason)
        )
    return 0
