"""The forms dialogs on demo data, for `mentorat screenshots` and the fit checks: the export
on the latest held session, and the import showing an accepted, a conflicting and a refused
form (examples made here: the demo has no returned PDF)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QWidget

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.forms import FieldChange, FormKind, FormReview
from mentorat_desktop.services.sessions import session_list as sl
from mentorat_desktop.ui.qt_dates import to_qdate


def sample_reviews(database: Database) -> list[FormReview]:
    past = sl.list_sessions(database, sl.SessionFilter(sl.PAST), datetime.now(UTC), limit=50)
    held = next((row for row in past if row.status is SessionStatus.HELD), None)
    mentor = held.mentor_name if held else "Léa Martin"
    mentee = held.mentee_name if held else "Bernard Dupont"
    subject = translate("FormsSamples", "session of {when}, {mentor} → {mentee}").format(
        when=QLocale().toString(to_qdate(held.starts_at.date()), QLocale.FormatType.ShortFormat)
        if held
        else "17/03/2026",
        mentor=mentor,
        mentee=mentee,
    )
    return [
        FormReview(
            "mentor.pdf",
            FormKind.FEEDBACK,
            mentor,
            subject,
            (
                FieldChange(translate("FormsSamples", "Rating by the mentor"), "", "4"),
                FieldChange(
                    translate("FormsSamples", "Pairing fit"),
                    "",
                    translate("FormsSamples", "Good fit"),
                ),
            ),
        ),
        FormReview(
            "mentee.pdf",
            FormKind.FEEDBACK,
            mentee,
            subject,
            (
                FieldChange(
                    translate("FormsSamples", "What was learned"),
                    translate("FormsSamples", "Shortcuts"),
                    translate("FormsSamples", "Pivot tables"),
                    conflict=True,
                ),
                FieldChange(translate("FormsSamples", "Rating by the mentee"), "", "5"),
            ),
        ),
        FormReview(
            "scan.pdf",
            None,
            "",
            "",
            (),
            translate("FormsSamples", "This file is not a Mentorat form: it has no form fields."),
        ),
    ]


def forms_dialogs(database: Database, parent: QWidget) -> list[tuple[QDialog, str]]:
    from mentorat_desktop.ui.dialogs.forms_export_dialog import FormsExportDialog
    from mentorat_desktop.ui.dialogs.returned_forms_dialog import ReturnedFormsDialog

    export = FormsExportDialog(database, parent, kind=FormKind.FEEDBACK)
    returned = ReturnedFormsDialog(database, parent)
    returned.show_reviews(sample_reviews(database))
    return [(export, "forms-export-dialog"), (returned, "returned-forms-dialog")]
