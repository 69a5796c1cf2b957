"""The "send by email" entries of the views: a session's invitation or feedback request, a
pair's series of invitations, a programme's certificates. Each opens the mail dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.services.mail import MailKind
from mentorat_desktop.ui.icons import icon

if TYPE_CHECKING:
    from mentorat_desktop.services.sessions.session_list import SessionRow
    from mentorat_desktop.ui.views.base import BaseView


class MailEntry(QObject):
    def __init__(self, view: BaseView) -> None:
        super().__init__(view)
        self.view = view

    def session_actions(self, menu: QMenu) -> tuple[QAction, QAction]:
        """Send the invitation of a session and ask for feedback on a held one."""
        invite = menu.addAction(icon("mail"), self.tr("Send the &invitation…"))
        invite.setToolTip(self.tr("A calendar invitation by email, with the agenda"))
        feedback = menu.addAction(icon("send"), self.tr("Ask for &feedback…"))
        feedback.setToolTip(self.tr("The feedback form by email, after a held session"))
        return invite, feedback

    def pair_sessions(self, pair_id: int, held: bool) -> tuple[int, ...]:
        from mentorat_desktop.services.sessions.session_list import (
            PAST,
            UPCOMING,
            SessionFilter,
            list_sessions,
        )

        quick = PAST if held else UPCOMING
        rows = list_sessions(self.view.database, SessionFilter(quick=quick, pair_id=pair_id))
        return tuple(r.id for r in rows if (r.status is SessionStatus.HELD) == held)

    def send_for_session(self, row: SessionRow | None, kind: MailKind) -> None:
        if row is None:
            return
        held = kind is MailKind.FEEDBACK
        self.open(
            kind,
            row.programme_id,
            session_ids=(row.id,),
            pair_session_ids=self.pair_sessions(row.pair_id, held),
        )

    def offer_update(self, row: SessionRow) -> None:
        """After a move or a cancellation: the people invited to this session are told only
        when the coordinator sends it, so offer to, when an invitation went before."""
        from mentorat_desktop.errors import ServiceError
        from mentorat_desktop.services.mail import MailRequest
        from mentorat_desktop.services.mail.compose import preview_mail

        request = MailRequest(MailKind.INVITATIONS, row.programme_id, session_ids=(row.id,))
        try:
            preview = preview_mail(self.view.database, request)
        except ServiceError:  # only a suggestion: the change itself is saved
            return
        if not any(message.note for message in preview.messages):
            return  # never invited: nothing to update
        answer = QMessageBox.question(
            self.view,
            self.tr("Tell the participants"),
            self.tr("The participants were invited to this session. Send them the change now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.send_for_session(row, MailKind.INVITATIONS)

    def send_for_pair(self, programme_id: int | None, pair_id: int | None) -> None:
        if programme_id is None:
            return
        pair_sessions = self.pair_sessions(pair_id, False) if pair_id is not None else ()
        self.open(MailKind.INVITATIONS, programme_id, pair_session_ids=pair_sessions)

    def open(
        self,
        kind: MailKind,
        programme_id: int | None,
        *,
        session_ids: tuple[int, ...] = (),
        pair_session_ids: tuple[int, ...] = (),
    ) -> None:
        from mentorat_desktop.ui.dialogs.mail_dialog import send_by_email

        send_by_email(
            self.view,
            self.view.database,
            self.view.report,
            kind,
            programme_id,
            session_ids=session_ids,
            pair_session_ids=pair_session_ids,
        )
