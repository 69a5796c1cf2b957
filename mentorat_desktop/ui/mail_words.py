"""The words for the kinds of messages, shared by the mail dialogs and menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.services.mail import MailKind

translate = QCoreApplication.translate


def kind_label(kind: MailKind) -> str:
    """What the kind of message is called in a list or a combo box."""
    return {
        MailKind.INVITATIONS: translate("MailWords", "Session invitations"),
        MailKind.WELCOME: translate("MailWords", "Welcome to the programme"),
        MailKind.FEEDBACK: translate("MailWords", "Feedback request after a session"),
        MailKind.END: translate("MailWords", "End of the programme"),
        MailKind.CERTIFICATES: translate("MailWords", "Certificates"),
        MailKind.CANCELLATION: translate("MailWords", "Session cancellation"),
    }[kind]


def kind_help(kind: MailKind) -> str:
    """What goes with each kind of message, for tooltips."""
    return {
        MailKind.INVITATIONS: translate(
            "MailWords", "A calendar invitation per session, with its agenda attached"
        ),
        MailKind.WELCOME: translate(
            "MailWords", "The programme’s charter and the skills questionnaire attached"
        ),
        MailKind.FEEDBACK: translate(
            "MailWords", "After a held session, the feedback form to fill in and send back"
        ),
        MailKind.END: translate("MailWords", "The end-of-programme questionnaire attached"),
        MailKind.CERTIFICATES: translate("MailWords", "Each participant’s certificate attached"),
        MailKind.CANCELLATION: translate(
            "MailWords", "Goes with the invitations when a session is cancelled: nothing attached"
        ),
    }[kind]
