"""`mentorat mail KIND --programme NAME [--session ID] (--drafts DIR | --send)`.

Prepares the messages as the app's Send button does (same preview, same outbox, nothing
sent twice), then writes them as `.eml` drafts in DIR or sends them through the SMTP server
of the mail settings (its password from the system keyring). Prints who gets what, who has
no address and what failed; exit 1 when a message failed, 2 on bad input.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from mentorat_desktop.cli.arguments import fail, flag, path_argument, record_id, text_value
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate

KINDS = ("invitations", "welcome", "feedback", "end", "certificates")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "mail",
        help=translate("CLI", "send the participants their invitations, forms or certificates"),
        description=translate(
            "CLI",
            "Prepare the messages of a programme and send them through the mail server of the "
            "app's Settings › Email (--send), or write them as drafts your mail program opens "
            "(--drafts). A message already sent is not sent again.",
        ),
    )
    parser.add_argument(
        "kind",
        choices=KINDS,
        metavar=translate("CLI", "KIND"),
        help=translate("CLI", "invitations, welcome, feedback, end or certificates"),
    )
    parser.add_argument(
        "--programme",
        type=text_value,
        required=True,
        metavar=translate("CLI", "NAME"),
        help=translate("CLI", "the programme (its name, case and accents ignored, or its number)"),
    )
    parser.add_argument(
        "--session",
        type=record_id,
        action="append",
        default=[],
        metavar=translate("CLI", "ID"),
        help=translate("CLI", "only this session (may be given more than once)"),
    )
    flag(parser, "--resend", translate("CLI", "also send again what was already sent"))
    how = parser.add_mutually_exclusive_group(required=True)
    path_argument(
        how,
        "--drafts",
        translate("CLI", "FOLDER"),
        translate("CLI", "write .eml drafts into this folder"),
    )
    flag(how, "--send", translate("CLI", "send through the mail server of Settings › Email"))
    parser.set_defaults(handler=run_mail)


def run_mail(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.services.documents.subjects import find_programme
    from mentorat_desktop.services.mail import MailKind, MailRequest, Transport
    from mentorat_desktop.services.mail.compose import preview_mail
    from mentorat_desktop.services.mail.delivery import deliver
    from mentorat_desktop.services.mail.outbox import queue_mail
    from mentorat_desktop.services.mail.settings import get_mail_settings

    try:
        database = open_database(target)
    except ServiceError as exc:
        return fail(exc.message)
    try:
        if args.drafts and Path(args.drafts).exists() and not Path(args.drafts).is_dir():
            return fail(
                translate("CLI", "“{path}” is a file: give a folder for the drafts.").format(
                    path=args.drafts
                )
            )
        settings = get_mail_settings(database)
        if not args.drafts and not settings.smtp_host:
            return fail(
                translate(
                    "CLI",
                    "No mail server is set: enter it in the app's Settings › Email, or use "
                    "--drafts FOLDER.",
                )
            )
        programme = find_programme(database, args.programme)
        request = MailRequest(
            MailKind(args.kind), programme.id, tuple(args.session), resend=args.resend
        )
        preview = preview_mail(database, request)
        for message in preview.messages:
            note = f" ({message.note})" if message.note else ""
            print(
                f"→ {message.recipient_name} <{message.recipient_email}>: {message.subject}{note}"
            )
        for name in preview.without_email:
            print(translate("CLI", "No email address, nothing sent: {name}").format(name=name))
        for note in preview.notes:
            print(note)
        skipped = preview.already_sent  # lupdate finds a "%n" text only with a plain name
        if skipped:
            print(
                translate(
                    "CLI", "%n messages already sent and unchanged: not sent again", None, skipped
                )
            )
        if args.drafts:
            settings = replace(settings, transport=Transport.DRAFTS, drafts_folder=args.drafts)
        else:
            settings = replace(settings, transport=Transport.SMTP)
        ids = queue_mail(database, request)  # also withdraws what a cancellation voids
        report = deliver(database, ids, settings=settings)
    except ServiceError as exc:
        return fail(exc.message)
    finally:
        database.close()
    drafted, sent, failed = report.drafted, report.sent, report.failed
    if args.drafts:
        print(
            translate("CLI", "%n drafts written to {folder}", None, drafted).format(
                folder=args.drafts
            )
        )
    else:
        print(translate("CLI", "%n messages sent", None, sent))
    for error in report.errors:
        print(error, file=sys.stderr)
    if failed:
        return fail(
            translate(
                "CLI", "%n messages failed; they stay in the outbox for a retry.", None, failed
            ),
            1,
        )
    return 0
