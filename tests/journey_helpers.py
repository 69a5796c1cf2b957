"""The participants' journey, its first steps and its helpers: the organisation's mail
settings, the staff and their skills, the programme, its pairs and sessions; the drafts read."""

from __future__ import annotations

import os
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

import icalendar
import vobject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog
from sqlalchemy import select

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import Pair, Person, Programme, Session
from mentorat_desktop.io.email_message import read_message
from mentorat_desktop.services.mail import Transport
from mentorat_desktop.services.mail.settings import get_mail_settings
from mentorat_desktop.ui.main_window import MainWindow
from tests.conftest import type_text
from tests.test_lifecycle_journey import click, drive, type_date
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


def _ics(message: EmailMessage) -> tuple[icalendar.Calendar, object]:
    (data, *_more) = calendars(message)
    return icalendar.Calendar.from_ical(data), vobject.readOne(data.decode())


def _bernard_sessions(window: MainWindow, ids) -> set[int]:  # type: ignore[no-untyped-def]
    with window.database.reading() as session:
        return set(
            session.scalars(select(Session.id).join(Pair).where(Pair.mentee_id == ids["Bernard"]))
        )
