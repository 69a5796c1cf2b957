"""The participants' loop, in French, from an empty database, as the office manager goes:
the organisation, the mail settings (drafts), four colleagues with their addresses (one
without), their skills, a programme, its pairs and all their sessions; the welcome pack as
drafts (the charter and the questionnaire open, the questionnaire's fields are there), a
questionnaire returned and imported into the skills; the invitations, an update after a
move, a cancellation; a session held, its feedback asked, both sides' forms filled (pdf.js
and pypdf) and imported into the journal; the programme closed, the end questionnaires,
the certificates written and sent; the outbox shows all of it."""

from __future__ import annotations

import io
import os
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import icalendar
import pytest
import vobject
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)
from sqlalchemy import select

from mentorat_desktop.db.enums import PairStatus, ProgrammeStatus, SessionStatus
from mentorat_desktop.db.models import Journal, Pair, Person, Programme, Session, Skill
from mentorat_desktop.io.email_message import read_message
from mentorat_desktop.services.mail import Transport
from mentorat_desktop.services.mail.settings import get_mail_settings
from mentorat_desktop.ui.main_window import MainWindow
from tests.conftest import type_text
from tests.forms_helpers import fill_with_pypdf
from tests.readers import engines
from tests.test_lifecycle_journey import click, drive, french, type_date  # noqa: F401 (fixture)
from tests.test_new_user_journey import _first_start
from tests.test_ui_forms import drop
from tests.test_ui_mail import mail_dialog, with_modal

# first name, last name, birth year, address, skill → (level, can teach, wants to learn)
STAFF = [
    ("Éloïse", "Lefèvre", 2000, "eloise.lefevre@atelier.fr", {"Assistants IA": (4, True, False)}),
    ("Noé", "Garnier", 2002, "noe.garnier@atelier.fr", {"Réseaux sociaux": (4, True, False)}),
    ("Bernard", "Dupont", 1965, "bernard.dupont@atelier.fr", {"Assistants IA": (0, False, True)}),
    ("Françoise", "N’Diaye", 1968, "", {"Réseaux sociaux": (0, False, True)}),
]
SKILLS = ["Assistants IA", "Réseaux sociaux"]
LEARNED = "Rédiger un courriel « propre » avec l’assistant, ça change tout"


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """With MENTORAT_SHOTS=FOLDER, the dialog at 1024×700 into FOLDER, to look at."""
    folder = os.environ.get("MENTORAT_SHOTS")
    if folder:
        widget.resize(1024, 700)
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def drafts(folder: Path) -> dict[str, EmailMessage]:
    return {p.name: read_message(p.read_bytes()) for p in sorted(folder.glob("*.eml"))}


def attachments(message: EmailMessage) -> dict[str, bytes]:
    return {
        part.get_filename(): part.get_content()
        for part in message.walk()
        if part.get_filename() is not None
    }


def calendars(message: EmailMessage) -> list[bytes]:
    return [
        part.get_payload(decode=True)
        for part in message.walk()
        if part.get_content_type() == "text/calendar"
    ]


def _mail_settings(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    def settings(dialog) -> None:  # type: ignore[no-untyped-def]
        page = dialog.mail_page
        assert dialog.tabs.currentWidget() is page
        page.drafts_choice.setChecked(True)
        type_text(page.sender_name, "Hélène Martin, RH")
        type_text(page.sender_email, "helene.martin@atelier.fr")
        page.drafts_folder.setText(str(folder))
        shot(dialog, "settings-mail")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), [e.text() for e in page.errors.values()]

    with_modal(qtbot, settings, lambda: window.open_settings(mail=True))
    saved = get_mail_settings(window.database)
    assert saved.transport is Transport.DRAFTS
    assert saved.sender_email == "helene.martin@atelier.fr"


def _staff_and_skills(qtbot, window: MainWindow, monkeypatch) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog
    from mentorat_desktop.ui.models.person_skills_model import COL_LEARN, COL_LEVEL, COL_TEACH

    window.show_view("staff")
    staff = window.views["staff"]
    for index, (first, last, born, email, _skills) in enumerate(STAFF):

        def add(dialog, first=first, last=last, born=born, email=email) -> None:  # type: ignore[no-untyped-def]
            type_text(dialog.first_name, first)
            type_text(dialog.last_name, last)
            type_text(dialog.email, email)
            dialog.birth_year.setValue(born)
            click(qtbot, dialog.save_button)

        drive(monkeypatch, PersonDialog, add)
        click(qtbot, staff.empty_add_button if index == 0 else staff.new_button)
    with window.database.reading() as session:
        ids = {p.first_name: p.id for p in session.scalars(select(Person))}
        assert session.get(Person, ids["Françoise"]).email in (None, "")
    assert len(ids) == 4

    window.show_view("skills")
    view = window.views["skills"]
    view.tabs.setCurrentIndex(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Numérique", True))
    click(qtbot, view.new_category_button)
    for name in SKILLS:
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, n=name, **k: (n, True))
        click(qtbot, view.new_skill_button)

    window.show_view("staff")
    detail = staff.detail
    model = detail.skills_model
    for first, _last, _born, _email, owned in STAFF:
        staff.select_person(ids[first])
        for name, (level, teach, learn) in owned.items():
            combo = detail.add_skill_combo
            combo.setCurrentIndex(
                next(i for i in range(combo.count()) if combo.itemText(i).startswith(name))
            )
            click(qtbot, detail.add_skill_button)
            qtbot.waitUntil(lambda n=name: any(r.skill_name == n for r in model.rows))

            def row(n: str = name) -> int:
                return next(i for i, r in enumerate(model.rows) if r.skill_name == n)

            assert model.setData(model.index(row(), COL_LEVEL), level, Qt.ItemDataRole.EditRole)
            qtbot.waitUntil(lambda n=name, lv=level: model.rows[row(n)].level == lv)
            for column, wanted in ((COL_TEACH, teach), (COL_LEARN, learn)):
                if wanted:
                    model.setData(
                        model.index(row(), column),
                        Qt.CheckState.Checked,
                        Qt.ItemDataRole.CheckStateRole,
                    )
                    qtbot.wait(10)
        assert not detail.skill_error.isVisible(), detail.skill_error.text()
    return ids


def _programme_pairs_sessions(qtbot, window: MainWindow, monkeypatch, ids) -> int:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.match_dialog import MatchDialog
    from mentorat_desktop.ui.dialogs.participants_dialog import ParticipantsDialog
    from mentorat_desktop.ui.dialogs.plan_programme_dialog import PlanProgrammeDialog
    from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog
    from mentorat_desktop.ui.dialogs.programme_dialog import ProgrammeDialog

    window.show_view("pairs")
    pairs_view = window.views["pairs"]
    start = date.today() - timedelta(days=21)

    def fill_programme(dialog) -> None:  # type: ignore[no-untyped-def]
        type_text(dialog.name, "Cohorte d’hiver")
        type_date(qtbot, dialog.start_date, start)
        type_date(qtbot, dialog.end_date, start + timedelta(days=120))
        click(qtbot, dialog.save_button)

    drive(monkeypatch, ProgrammeDialog, fill_programme)
    click(qtbot, pairs_view.new_programme_button)
    with window.database.reading() as session:
        programme_id = session.scalars(select(Programme.id)).one()

    def everyone(dialog) -> None:  # type: ignore[no-untyped-def]
        click(qtbot, dialog.tick_shown)
        assert len(dialog.chosen_ids()) == 4
        click(qtbot, dialog.button_box.button(dialog.button_box.StandardButton.Save))

    drive(monkeypatch, ParticipantsDialog, everyone)
    click(qtbot, pairs_view.participants_button)
    click(qtbot, pairs_view.start_button)

    def accept_all(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.waitUntil(lambda: bool(dialog.model.rows), timeout=20_000)
        dialog.create_as.setCurrentIndex(1)  # active at once
        click(qtbot, dialog.accept_all_button)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
        return dialog.result()

    monkeypatch.setattr(MatchDialog, "exec", accept_all)
    click(qtbot, pairs_view.suggest_button)
    with window.database.reading() as session:
        made = {(p.mentor_id, p.mentee_id) for p in session.scalars(select(Pair))}
    assert made == {(ids["Éloïse"], ids["Bernard"]), (ids["Noé"], ids["Françoise"])}, made

    window.show_view("sessions")
    view = window.views["sessions"]

    def plan_all(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.table.rowCount() == 2
        click(qtbot, dialog.plan_button)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)

    drive(monkeypatch, PlanProgrammeDialog, plan_all)
    click(qtbot, view.programme_button)

    # Last week's first meeting of Éloïse and Bernard, planned afterwards, in the past.
    with window.database.reading() as session:
        pair_id = session.scalar(select(Pair.id).where(Pair.mentee_id == ids["Bernard"]))

    def plan_one(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.pair.setCurrentIndex(dialog.pair.findData(pair_id))
        type_date(qtbot, dialog.first_day, date.today() - timedelta(days=7))
        dialog.for_count.setChecked(True)
        dialog.count.setValue(1)
        click(qtbot, dialog.plan_button)

    drive(monkeypatch, PlanSessionsDialog, plan_one)
    click(qtbot, view.plan_button)
    with window.database.reading() as session:
        statuses = set(session.scalars(select(Session.status)))
        total = len(session.scalars(select(Session.id)).all())
    assert statuses == {SessionStatus.PLANNED} and total >= 2 * 4
    return programme_id


def send(qtbot, window: MainWindow, action, rows: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Open the send dialog from ``action`` (or a function), check it lists ``rows``
    messages, prepare the drafts; the names of the new drafts."""
    folder = Path(get_mail_settings(window.database).drafts_folder)
    before = set(p.name for p in folder.glob("*.eml"))
    action.trigger() if hasattr(action, "trigger") else action()
    dialog = mail_dialog(qtbot, window)
    qtbot.waitUntil(lambda: len(dialog.model.rows) == rows, timeout=10_000)
    label = "Préparer 1 brouillon" if rows == 1 else f"Préparer {rows} brouillons"
    assert dialog.send_button.text() == label, dialog.send_button.text()
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.delivered is not None, timeout=60_000)
    assert dialog.delivered.report.drafted == rows, dialog.summary.text()
    shot(dialog, f"sent-{len(before)}")
    dialog.close()
    return sorted(set(p.name for p in folder.glob("*.eml")) - before)


def _welcome(qtbot, window: MainWindow, monkeypatch, folder: Path, ids, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.returned_forms_dialog import ReturnedFormsDialog

    window.mail_menu.welcome_action.trigger()
    dialog = mail_dialog(qtbot, window)
    assert dialog.kind.currentText() == "Bienvenue dans le programme"
    assert "Cohorte d’hiver" in dialog.programme.currentText()
    assert dialog.missing.text().startswith(
        "Pas d’adresse, donc pas de message pour : Françoise N’Diaye. Ajoutez son adresse"
    ), dialog.missing.text()
    shot(dialog, "mail-welcome")
    dialog.close()
    made = send(qtbot, window, window.mail_menu.welcome_action, 3)
    assert len(made) == 3
    messages = drafts(folder)
    bernard = next(m for name, m in messages.items() if "bernard.dupont" in m["To"])
    assert bernard["X-Unsent"] == "1" and "helene.martin@atelier.fr" in bernard["From"]
    files = attachments(bernard)
    assert set(files) == {
        "Charte — Cohorte d’hiver.pdf",
        "Questionnaire de compétences - Bernard Dupont.pdf",
    }, set(files)
    charter = PdfReader(io.BytesIO(files["Charte — Cohorte d’hiver.pdf"]))
    assert "Cohorte d’hiver" in charter.pages[0].extract_text()
    questionnaire = files["Questionnaire de compétences - Bernard Dupont.pdf"]
    fields = PdfReader(io.BytesIO(questionnaire)).get_fields() or {}
    with window.database.reading() as session:
        skill_ids = {s.name: s.id for s in session.scalars(select(Skill))}
    for skill_id in skill_ids.values():
        assert f"level_{skill_id}" in fields, sorted(fields)

    # Bernard sends it back: level 1 in AI assistants today, and he wants to learn social media.
    returned = tmp_path / "retour Bernard.pdf"
    values = {f"level_{skill_ids['Assistants IA']}": "/l1"}
    learn = [
        n for n in fields if n.startswith("learn") and n.endswith(str(skill_ids["Réseaux sociaux"]))
    ]
    values |= {name: "/Yes" for name in learn}
    fill_with_pypdf(questionnaire, values, returned)
    seen: list[str] = []

    def import_it(dialog) -> None:  # type: ignore[no-untyped-def]
        drop(dialog, returned)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20_000)
        (form,) = dialog.form_rows()
        text = dialog.model.data(form)
        # What she typed in Staff (level 0) differs from his answer: a conflict, unticked.
        assert text.startswith("Conflit — Bernard Dupont — Questionnaire"), text
        under = [
            " | ".join(
                str(dialog.model.index(r, c, form).data())
                for c in range(dialog.model.columnCount(form))
            )
            for r in range(dialog.model.rowCount(form))
        ]
        assert under[0] == "Assistants IA : niveau | 0 | 1 | Conflit", under
        assert not dialog.apply_button.isEnabled()
        assert dialog.status.text() == (
            "1 formulaire accepté, 0 refusé. 1 formulaire en conflit : cochez-le pour qu’il"
            " remplace ce qui est enregistré."
        ), dialog.status.text()
        shot(dialog, "returned-conflict")
        dialog.model.setData(form, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        click(qtbot, dialog.apply_button)
        qtbot.waitUntil(lambda: dialog.applied is not None, timeout=20_000)
        seen.append(dialog.status.text())
        dialog.reject()

    drive(monkeypatch, ReturnedFormsDialog, import_it)
    window.returned_forms_action.trigger()
    assert seen and seen[0].startswith("1 formulaire appliqué"), seen
    window.show_view("staff")
    staff = window.views["staff"]
    staff.select_person(ids["Bernard"])
    rows = {r.skill_name: r for r in staff.detail.skills_model.rows}
    assert rows["Assistants IA"].level == 1, rows
    if learn:
        assert rows["Réseaux sociaux"].wants_to_learn, rows


def _ics(message: EmailMessage) -> tuple[icalendar.Calendar, object]:
    (data, *_more) = calendars(message)
    return icalendar.Calendar.from_ical(data), vobject.readOne(data.decode())


def _invitations(qtbot, window: MainWindow, monkeypatch, folder: Path, ids) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.move_session_dialog import MoveSessionDialog

    now = datetime.now(UTC)
    with window.database.reading() as session:
        upcoming = session.scalars(
            select(Session.id).where(Session.starts_at > now).order_by(Session.starts_at)
        ).all()
    window.mail_menu.invitations_action.trigger()
    dialog = mail_dialog(qtbot, window)
    assert dialog.kind.currentText().startswith("Invitation"), dialog.kind.currentText()
    assert "Françoise N’Diaye" in dialog.missing.text(), dialog.missing.text()
    rows = len(dialog.model.rows)
    shot(dialog, "mail-invitations")
    dialog.close()
    # Both sides of Éloïse–Bernard's sessions, Noé for his (Françoise has no address).
    assert rows == 3 * len(upcoming) // 2, (rows, len(upcoming))
    made = send(qtbot, window, window.mail_menu.invitations_action, rows)
    first = {}
    for name in made:
        message = drafts(folder)[name]
        calendar, card = _ics(message)
        assert calendar["METHOD"] == "REQUEST" and card.method.value == "REQUEST"
        (event,) = calendar.walk("VEVENT")
        assert "helene.martin@atelier.fr" in str(event["ORGANIZER"])
        attendees = event.get("ATTENDEE")
        attendees = attendees if isinstance(attendees, list) else [attendees]
        addresses = sorted(str(a).removeprefix("mailto:").lower() for a in attendees)
        if "bernard" in message["To"] or "eloise" in message["To"]:
            assert addresses == ["bernard.dupont@atelier.fr", "eloise.lefevre@atelier.fr"]
        else:
            assert addresses == ["noe.garnier@atelier.fr"], addresses
        assert card.vevent.uid.value == str(event["UID"])
        assert "invitation.ics" in attachments(message)
        first[str(event["UID"])] = int(event.get("SEQUENCE", 0))
    assert len(first) == len(upcoming)

    # Éloïse and Bernard move their next session by a day: the update goes, SEQUENCE higher.
    window.show_view("sessions")
    view = window.views["sessions"]
    view.set_quick_filter("upcoming")
    moved = upcoming[0]
    assert view.select_session(moved)

    def move(dialog) -> None:  # type: ignore[no-untyped-def]
        type_date(qtbot, dialog.day, dialog.day.date().toPython() + timedelta(days=1))
        click(
            qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        )

    drive(monkeypatch, MoveSessionDialog, move)
    asked: list[str] = []

    def question(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    # Saved, then she is offered to tell them: yes opens the update, ready to go.
    count = 2 if moved in _bernard_sessions(window, ids) else 1
    update = send(qtbot, window, lambda: click(qtbot, view.move_button), count)
    assert asked == [
        "Les participants ont été invités à cette séance. Leur envoyer le changement maintenant ?"
    ], asked
    for name in update:
        calendar, _card = _ics(drafts(folder)[name])
        (event,) = calendar.walk("VEVENT")
        assert calendar["METHOD"] == "REQUEST"
        assert int(event["SEQUENCE"]) > first[str(event["UID"])]

    # The one after is cancelled: the cancellation goes.
    cancelled = upcoming[1]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Congés", True))
    assert view.select_session(cancelled)
    count = 2 if cancelled in _bernard_sessions(window, ids) else 1
    gone = send(qtbot, window, view.cancel_action, count)
    assert len(asked) == 2
    with window.database.reading() as session:
        assert session.get(Session, cancelled).status is SessionStatus.CANCELLED
    for name in gone:
        calendar, card = _ics(drafts(folder)[name])
        assert calendar["METHOD"] == "CANCEL" and card.method.value == "CANCEL"


def _feedback(qtbot, window: MainWindow, monkeypatch, folder: Path, ids, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.documents.forms import fields as f
    from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog
    from mentorat_desktop.ui.dialogs.returned_forms_dialog import ReturnedFormsDialog

    with window.database.reading() as session:
        (past,) = session.scalars(
            select(Session.id).where(Session.starts_at < datetime.now(UTC))
        ).all()
        ai = session.scalar(select(Skill.id).where(Skill.name == "Assistants IA"))
    window.show_view("sessions")
    view = window.views["sessions"]
    view.set_quick_filter("to_journal")
    assert view.select_session(past)
    assert not view.feedback_action.isEnabled()  # not held yet

    def held(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.status.setCurrentIndex(dialog.status.findData("held"))
        assert not dialog.error.isVisible(), dialog.error.text()
        dialog.done(QDialog.DialogCode.Accepted)

    drive(monkeypatch, JournalDialog, held)
    click(qtbot, view.journal_button)
    with window.database.reading() as session:
        assert session.get(Session, past).status is SessionStatus.HELD
    view.set_quick_filter("past")
    assert view.select_session(past)
    assert view.feedback_action.isEnabled()
    made = send(qtbot, window, view.feedback_action, 2)
    forms: dict[str, Path] = {}
    for name in made:
        message = drafts(folder)[name]
        (title, pdf), *_rest = [
            (t, b) for t, b in attachments(message).items() if t.endswith(".pdf")
        ]
        assert title.startswith("Retour de séance"), title
        who = "Éloïse" if "eloise" in message["To"] else "Bernard"
        forms[who] = tmp_path / f"reçu {who}.pdf"
        forms[who].write_bytes(pdf)
    # Éloïse fills hers in Firefox (pdf.js), Bernard with another program (pypdf).
    filled = {}
    if engines.missing_pdfjs() is None:
        filled["Éloïse"] = engines.fill_with_pdfjs(
            forms["Éloïse"],
            {
                f.HELD: f.HELD_YES,
                f.RATING: "v5",
                f.LEARNED: LEARNED,
                f.worked(ai): True,
                f.FIT: "good",
            },
            tmp_path / "Éloïse rempli.pdf",
        )
    else:
        filled["Éloïse"] = fill_with_pypdf(
            forms["Éloïse"].read_bytes(),
            {f.HELD: "/yes", f.RATING: "/v5", f.LEARNED: LEARNED, f.FIT: "/good"},
            tmp_path / "Éloïse rempli.pdf",
        )
    filled["Bernard"] = fill_with_pypdf(
        forms["Bernard"].read_bytes(),
        {f.HELD: "/yes", f.RATING: "/v4", f.LEARNED: "Les invites, pas à pas", f.FIT: "/good"},
        tmp_path / "Bernard rempli.pdf",
    )
    seen: list[str] = []

    def import_them(dialog) -> None:  # type: ignore[no-untyped-def]
        drop(dialog, *filled.values())
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=20_000)
        texts = [dialog.model.data(index) for index in dialog.form_rows()]
        assert all(t.startswith("Accepté — ") and "Retour de séance" in t for t in texts), texts
        assert dialog.apply_button.text() == "&Appliquer 2 formulaires"
        click(qtbot, dialog.apply_button)
        qtbot.waitUntil(lambda: dialog.applied is not None, timeout=20_000)
        seen.append(dialog.status.text())
        dialog.reject()

    drive(monkeypatch, ReturnedFormsDialog, import_them)
    view.returned_forms_action.trigger()
    assert seen and seen[0].startswith("2 formulaires appliqués"), seen
    with window.database.reading() as session:
        journal = session.scalars(select(Journal).where(Journal.session_id == past)).one()
        assert "courriel « propre »" in journal.learned and "pas à pas" in journal.learned
    view.set_quick_filter("past")
    assert view.select_session(past)
    row = view.selected_row()
    assert row is not None and row.has_journal
    shown: list[tuple[str, object, object, object]] = []

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        shown.append(
            (
                dialog.learned.toPlainText(),
                dialog.mentor_rating.currentData(),
                dialog.mentee_rating.currentData(),
                dialog.mentor_fit.currentData(),
            )
        )
        shot(dialog, "journal")
        dialog.done(QDialog.DialogCode.Rejected)

    drive(monkeypatch, JournalDialog, look)
    click(qtbot, view.journal_button)
    ((learned, mentor_rating, mentee_rating, fit),) = shown
    assert "courriel « propre »" in learned and "pas à pas" in learned, learned
    assert (mentor_rating, mentee_rating) == (5, 4), shown
    assert fit is not None, shown


def _closing(
    qtbot, window: MainWindow, monkeypatch, folder: Path, programme_id: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.certificates_dialog import CertificatesDialog
    from mentorat_desktop.ui.dialogs.close_programme_dialog import CloseProgrammeDialog
    from mentorat_desktop.ui.dialogs.outbox_dialog import OutboxDialog
    from mentorat_desktop.ui.models.outbox_model import COL_STATUS

    window.show_view("pairs")
    pairs_view = window.views["pairs"]

    def close(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.ending_box is not None
        dialog.end_status.setCurrentIndex(dialog.end_status.findData("completed"))
        shot(dialog, "close-programme")
        click(qtbot, dialog.close_button)

    closing = drive(monkeypatch, CloseProgrammeDialog, close)
    click(qtbot, pairs_view.close_button)
    assert closing[0].result() == QDialog.DialogCode.Accepted, closing[0].error.text()
    with window.database.reading() as session:
        assert session.get(Programme, programme_id).status is ProgrammeStatus.CLOSED
        assert set(session.scalars(select(Pair.status))) == {PairStatus.COMPLETED}

    made = send(qtbot, window, window.mail_menu.end_action, 3)
    _end_form_back(qtbot, window, monkeypatch, folder, made, tmp_path)

    window.show_view("documents")
    documents = window.views["documents"]
    documents.kind.setCurrentIndex(documents.kind.findData("certificates"))
    documents.programme.setCurrentIndex(documents.programme.findData(programme_id))

    def review(dialog) -> None:  # type: ignore[no-untyped-def]
        for person in dialog.people:
            if not person.eligible:
                type_text(dialog.reasons[person.person_id], "Participation à la cohorte")
        click(qtbot, dialog.write_button)

    drive(monkeypatch, CertificatesDialog, review)
    certificates = tmp_path / "attestations"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(certificates))
    click(qtbot, documents.batch_button)
    qtbot.waitUntil(
        lambda: documents.batch_result is not None or documents.error.isVisible(), timeout=60_000
    )
    assert not documents.error.isVisible(), documents.error.text()
    made = send(qtbot, window, window.mail_menu.certificates_action, 3)
    for name in made:
        files = attachments(drafts(folder)[name])
        assert any(t.endswith(".pdf") for t in files), files

    outbox = OutboxDialog(window.database, window)
    qtbot.addWidget(outbox)
    total = len(list(folder.glob("*.eml")))
    assert outbox.model.rowCount() == total
    statuses = {outbox.proxy.index(r, COL_STATUS).data() for r in range(total)}
    assert statuses == {"Brouillon prêt"}, statuses
    shot(outbox, "outbox")
    outbox.close()


def _end_form_back(
    qtbot, window: MainWindow, monkeypatch, folder: Path, made, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Bernard answers the end questionnaire after the close: level 3 reached in AI assistants."""
    from mentorat_desktop.db.enums import AssessmentKind
    from mentorat_desktop.db.models import SkillAssessment
    from mentorat_desktop.documents.forms import fields as f
    from mentorat_desktop.ui.dialogs.returned_forms_dialog import ReturnedFormsDialog

    (message,) = [drafts(folder)[n] for n in made if "bernard" in drafts(folder)[n]["To"]]
    ((title, pdf),) = [(t, b) for t, b in attachments(message).items() if t.endswith(".pdf")]
    assert title == "Fin de programme - Bernard Dupont.pdf", title
    with window.database.reading() as session:
        ai = session.scalar(select(Skill.id).where(Skill.name == "Assistants IA"))
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    assert f.reached(ai) in fields, sorted(fields)
    returned = fill_with_pypdf(
        pdf,
        {f.reached(ai): "/l3", f.RATING: "/v5", f.QUOTE: "J’ose enfin demander à l’assistant"},
        tmp_path / "fin Bernard.pdf",
    )
    seen: list[str] = []

    def import_it(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.add_paths([returned])
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20_000)
        (form,) = dialog.form_rows()
        text = dialog.model.data(form)
        under = [
            " | ".join(
                str(dialog.model.index(r, c, form).data())
                for c in range(dialog.model.columnCount(form))
            )
            for r in range(dialog.model.rowCount(form))
        ]
        seen.append(text)
        seen.extend(under)
        seen.append(dialog.status.text())
        if text.startswith("Conflit"):
            dialog.model.setData(form, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        if dialog.apply_button.isEnabled():
            click(qtbot, dialog.apply_button)
            qtbot.waitUntil(lambda: dialog.applied is not None, timeout=20_000)
            seen.append(dialog.status.text())
        dialog.reject()

    drive(monkeypatch, ReturnedFormsDialog, import_it)
    window.returned_forms_action.trigger()
    # The close recorded an end level already (his start level, 1): his answer conflicts.
    assert seen[:2] == [
        "Conflit — Bernard Dupont — Bilan de fin de programme — Cohorte d’hiver",
        "Assistants IA : niveau atteint | 1 | 3 | Conflit",
    ], seen
    assert seen[-1] == "1 formulaire appliqué, 3 valeurs enregistrées.", seen
    with window.database.reading() as session:
        levels = session.scalars(
            select(SkillAssessment.level).where(
                SkillAssessment.kind == AssessmentKind.END, SkillAssessment.skill_id == ai
            )
        ).all()
    assert levels == [3]


def _bernard_sessions(window: MainWindow, ids) -> set[int]:  # type: ignore[no-untyped-def]
    with window.database.reading() as session:
        return set(
            session.scalars(select(Session.id).join(Pair).where(Pair.mentee_id == ids["Bernard"]))
        )


@pytest.mark.usefixtures("french")
def test_the_participants_loop_from_an_empty_database(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    launch, window = _first_start(qtbot, str(tmp_path / "mentorat.sqlite3"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    outbox_folder = tmp_path / "Brouillons Mentorat"
    outbox_folder.mkdir()
    _mail_settings(qtbot, window, outbox_folder)
    ids = _staff_and_skills(qtbot, window, monkeypatch)
    programme_id = _programme_pairs_sessions(qtbot, window, monkeypatch, ids)
    _welcome(qtbot, window, monkeypatch, outbox_folder, ids, tmp_path)
    _invitations(qtbot, window, monkeypatch, outbox_folder, ids)
    _feedback(qtbot, window, monkeypatch, outbox_folder, ids, tmp_path)
    _closing(qtbot, window, monkeypatch, outbox_folder, programme_id, tmp_path)
    assert launch.finish(0) == 0


@pytest.mark.usefixtures("french")
def test_without_a_sender_address_the_send_dialog_leads_to_the_settings(  # type: ignore[no-untyped-def]
    qtbot, sqlite_database, tmp_path: Path
) -> None:
    from mentorat_desktop.services.mail import MailKind
    from mentorat_desktop.ui.dialogs.mail_dialog import MailDialog
    from tests.forms_helpers import make_world

    make_world(sqlite_database)
    dialog = MailDialog(sqlite_database, MailKind.WELCOME)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.how.text() == (
        "Votre adresse n’est pas encore saisie : indiquez-la d’abord dans Paramètres du courriel…"
    )
    assert dialog.settings_button.text() == "Paramètres du co&urriel…"
    folder = tmp_path / "Brouillons"

    def fill(settings) -> None:  # type: ignore[no-untyped-def]
        page = settings.mail_page
        assert settings.tabs.currentWidget() is page
        page.drafts_choice.setChecked(True)
        type_text(page.sender_email, "helene.martin@atelier.fr")
        page.drafts_folder.setText(str(folder))
        qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, fill, lambda: click(qtbot, dialog.settings_button))
    assert dialog.how.text().startswith("Préparés comme brouillons")
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.send_button.isEnabled())
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.delivered is not None, timeout=30_000)
    assert dialog.delivered.report.drafted == 2, dialog.error.text()


@pytest.mark.usefixtures("french")
def test_a_session_never_invited_is_moved_and_cancelled_without_a_question(  # type: ignore[no-untyped-def]
    qtbot, sqlite_database, monkeypatch
) -> None:
    from mentorat_desktop.ui.dialogs.move_session_dialog import MoveSessionDialog
    from tests.forms_helpers import make_world

    world = make_world(sqlite_database)
    window = MainWindow(sqlite_database)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Congés", True))
    window.show_view("sessions")
    view = window.views["sessions"]
    view.set_quick_filter("upcoming")
    assert view.select_session(world.future_session)

    def move(dialog) -> None:  # type: ignore[no-untyped-def]
        type_date(qtbot, dialog.day, dialog.day.date().toPython() + timedelta(days=1))
        buttons = dialog.findChild(QDialogButtonBox)
        click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Save))

    drive(monkeypatch, MoveSessionDialog, move)
    click(qtbot, view.move_button)
    assert view.select_session(world.future_session)
    view.cancel_action.trigger()
    with sqlite_database.reading() as session:
        assert session.get(Session, world.future_session).status is SessionStatus.CANCELLED
    assert asked == []
