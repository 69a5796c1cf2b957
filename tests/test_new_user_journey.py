"""A new user's first afternoon, in French, from an empty database, as the office manager
would go: the first start (company name), six colleagues and their skills, the catalogue, a
programme with everyone in it, the matcher, the whole programme planned, a past session held
and its journal, the charter, an agenda and the certificates, a few edits undone and redone,
the guide (F1) on every view. At each step: is the next thing to do there, enabled, and does
the screen and the database show what she did?"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import func, select

from mentorat_desktop.db.enums import PairStatus, ProgrammeStatus, SessionStatus
from mentorat_desktop.db.models import (
    Certificate,
    Journal,
    Pair,
    Person,
    PersonSkill,
    Programme,
    Session,
    Skill,
)
from mentorat_desktop.services.settings import get_settings
from mentorat_desktop.ui.app import Launch
from mentorat_desktop.ui.dialogs.first_start_dialog import FirstStartDialog
from mentorat_desktop.ui.main_window import MainWindow
from tests.conftest import type_text
from tests.documents_helpers import pdf_text
from tests.test_lifecycle_journey import click, drive, french, type_date  # noqa: F401  (a fixture)
from tests.test_ui_startup import when_shown

CTRL = Qt.KeyboardModifier.ControlModifier

# (first name, last name, birth year, skill → (level, can teach, wants to learn))
STAFF = [
    (
        "Éloïse",
        "Lefèvre",
        2000,
        {"Assistants IA": (4, True, False), "Négociation": (0, False, True)},
    ),
    ("Zoë", "Brontë-Laurent", 1999, {"Réseaux sociaux": (4, True, False)}),
    ("Noé", "Garnier", 2002, {"Assistants IA": (3, True, False), "Négociation": (1, False, True)}),
    (
        "Bernard",
        "Dupont & Fils",
        1965,
        {"Assistants IA": (0, False, True), "Négociation": (4, True, False)},
    ),
    ("Françoise", "N’Diaye", 1968, {"Réseaux sociaux": (0, False, True)}),
    ("Gérard", "Lemaître", 1962, {"Assistants IA": (1, False, True)}),
]
SKILLS = {
    "Numérique": ["Assistants IA", "Réseaux sociaux", "Recherche d’information en ligne"],
    "Métier": ["Négociation"],
}


def _names(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def _first_start(qtbot, target: str) -> tuple[Launch, MainWindow]:  # type: ignore[no-untyped-def]
    shell = MainWindow()
    qtbot.addWidget(shell)
    launch = Launch(shell, target, demo=False, language="fr")
    shell.show()
    qtbot.waitExposed(shell)

    def set_up(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.empty_button.isEnabled() and dialog.demo_button.isEnabled()
        type_text(dialog.company_name, "Atelier Lumière & Cie")
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)

    answering = when_shown(FirstStartDialog, set_up)
    qtbot.waitUntil(lambda: launch.started, timeout=5_000)
    qtbot.waitUntil(lambda: shell.attached, timeout=30_000)
    answering.stop()
    assert launch.window is shell and launch.database is not None
    assert shell.windowTitle() == "Atelier Lumière & Cie — Mentorat"
    assert get_settings(launch.database).company_name == "Atelier Lumière & Cie"
    return launch, shell


def _catalogue(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The catalogue is empty on an empty database: the skills are made in the Skills view."""
    view = window.views["skills"]
    assert window.stack.currentWidget() is view
    view.tabs.setCurrentIndex(1)  # the matrix first: it says why it is empty, and leads back
    assert view.matrix_empty.isVisible() and not view.matrix_table.isVisible()
    click(qtbot, view.catalogue_tab_button)
    assert view.tabs.currentIndex() == 0 and view.catalogue_empty.isVisible()
    assert view.new_category_button.isEnabled()
    for category, names in SKILLS.items():
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, c=category, **k: (c, True))
        click(qtbot, view.new_category_button)
        for name in names:
            assert view.new_skill_button.isEnabled()  # the new category is selected
            monkeypatch.setattr(QInputDialog, "getText", lambda *a, n=name, **k: (n, True))
            click(qtbot, view.new_skill_button)
    assert not view.catalogue_error.isVisible(), view.catalogue_error.text()
    with window.database.reading() as session:
        assert sorted(session.scalars(select(Skill.name))) == [
            "Assistants IA",
            "Négociation",
            "Recherche d’information en ligne",
            "Réseaux sociaux",
        ]


def _staff(qtbot, window: MainWindow, monkeypatch) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog
    from mentorat_desktop.ui.models.person_skills_model import COL_LEARN, COL_LEVEL, COL_TEACH

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    staff = window.views["staff"]
    assert window.stack.currentWidget() is staff
    assert staff.empty_state.isVisible() and staff.empty_add_button.isVisible()
    for index, (first, last, born, _skills) in enumerate(STAFF):

        def add(dialog, first=first, last=last, born=born) -> None:  # type: ignore[no-untyped-def]
            type_text(dialog.first_name, first)
            type_text(dialog.last_name, last)
            dialog.birth_year.setValue(born)
            click(qtbot, dialog.save_button)

        drive(monkeypatch, PersonDialog, add)
        click(qtbot, staff.empty_add_button if index == 0 else staff.new_button)
    assert sorted(_names(staff)) == sorted(f"{f} {n}" for f, n, _b, _s in STAFF)
    assert not staff.empty_state.isVisible()
    with window.database.reading() as session:
        ids = {p.first_name: p.id for p in session.scalars(select(Person))}
        assert session.scalar(select(Person.last_name).where(Person.first_name == "Bernard")) == (
            "Dupont & Fils"
        )
    # Her first person's skills: the catalogue is empty, the pane says so and leads there.
    detail = staff.detail
    staff.select_person(ids["Éloïse"])
    assert not detail.add_skill_button.isEnabled() and not detail.add_skill_combo.isEnabled()
    assert detail.empty_catalogue.isVisible()
    assert "catalogue des compétences est vide" in detail.empty_catalogue.text()
    assert detail.skills_view_button.text() == "Aller aux compétences"
    click(qtbot, detail.skills_view_button)
    _catalogue(qtbot, window, monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # back to Staff: the new skills are offered
    assert window.stack.currentWidget() is staff
    assert detail.add_skill_combo.count() == 4 and not detail.empty_catalogue.isVisible()
    # Each person's skills, from the detail pane: the skill chosen, added, its level typed,
    # can teach / wants to learn ticked.
    for first, _last, _born, owned in STAFF:
        staff.select_person(ids[first])
        assert detail.add_skill_button.isEnabled()
        for name, (level, teach, learn) in owned.items():
            combo = detail.add_skill_combo
            combo.setCurrentIndex(
                next(i for i in range(combo.count()) if combo.itemText(i).startswith(name))
            )
            click(qtbot, detail.add_skill_button)
            qtbot.waitUntil(lambda n=name: any(r.skill_name == n for r in detail.skills_model.rows))
            row = next(i for i, r in enumerate(detail.skills_model.rows) if r.skill_name == name)
            model = detail.skills_model
            assert model.setData(model.index(row, COL_LEVEL), level, Qt.ItemDataRole.EditRole)
            qtbot.waitUntil(lambda n=name, lv=level: _level(detail, n) == lv)
            for column, wanted in ((COL_TEACH, teach), (COL_LEARN, learn)):
                if wanted:
                    row = next(i for i, r in enumerate(model.rows) if r.skill_name == name)
                    model.setData(
                        model.index(row, column),
                        Qt.CheckState.Checked,
                        Qt.ItemDataRole.CheckStateRole,
                    )
                    qtbot.wait(10)
        assert not detail.skill_error.isVisible(), detail.skill_error.text()
    with window.database.reading() as session:
        rows = session.execute(
            select(
                Person.first_name,
                Skill.name,
                PersonSkill.level,
                PersonSkill.can_teach,
                PersonSkill.wants_to_learn,
            )
            .join(PersonSkill, PersonSkill.person_id == Person.id)
            .join(Skill, Skill.id == PersonSkill.skill_id)
        ).all()
    assert {(f, s): (lv, t, w) for f, s, lv, t, w in rows} == {
        (first, name): value for first, _l, _b, owned in STAFF for name, value in owned.items()
    }
    return ids


def _level(detail, name: str) -> int | None:  # type: ignore[no-untyped-def]
    return next((r.level for r in detail.skills_model.rows if r.skill_name == name), None)


def _skills_view(window: MainWindow) -> None:
    window.show_view("skills")
    view = window.views["skills"]
    view.tabs.setCurrentIndex(0)
    assert view.catalogue_proxy.rowCount() == 2
    texts = []
    for row in range(view.catalogue_proxy.rowCount()):
        parent = view.catalogue_proxy.index(row, 0)
        texts.append(parent.data())
        for child in range(view.catalogue_proxy.rowCount(parent)):
            texts.append(view.catalogue_proxy.index(child, 0, parent).data())
    assert any("Assistants IA" in t for t in texts), texts
    view.tabs.setCurrentIndex(1)  # the people × skills matrix: every title shown whole
    assert view.matrix_table.isVisible() and not view.matrix_empty.isVisible()
    header = view.matrix_table.horizontalHeader()
    assert header.count() == 4 and view.matrix_model.rowCount() == len(STAFF)
    for section in range(header.count()):
        title = view.matrix_model.headerData(section, Qt.Orientation.Horizontal, 0)
        widest = max(header.fontMetrics().horizontalAdvance(line) for line in title.split("\n"))
        assert header.sectionSize(section) >= widest, title


def _programme_and_pairs(qtbot, window: MainWindow, monkeypatch) -> int:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.match_dialog import MatchDialog
    from mentorat_desktop.ui.dialogs.participants_dialog import ParticipantsDialog
    from mentorat_desktop.ui.dialogs.programme_dialog import ProgrammeDialog

    window.show_view("pairs")
    pairs_view = window.views["pairs"]
    assert pairs_view.new_programme_button.isEnabled()
    start = date.today() - timedelta(days=28)

    def fill_programme(dialog) -> None:  # type: ignore[no-untyped-def]
        type_text(dialog.name, "Mentorat inversé – Cohorte d’hiver")
        type_date(qtbot, dialog.start_date, start)
        type_date(qtbot, dialog.end_date, start + timedelta(days=182))
        click(qtbot, dialog.save_button)

    drive(monkeypatch, ProgrammeDialog, fill_programme)
    click(qtbot, pairs_view.new_programme_button)
    with window.database.reading() as session:
        programme_id = session.scalars(select(Programme.id)).one()
    assert "Cohorte d’hiver" in pairs_view.programme_combo.currentText()

    def choose_everyone(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.proxy.rowCount() == len(STAFF)
        click(qtbot, dialog.tick_shown)  # « Cocher les affichés », no filter: everyone
        assert len(dialog.chosen_ids()) == len(STAFF)
        click(qtbot, dialog.button_box.button(dialog.button_box.StandardButton.Save))

    drive(monkeypatch, ParticipantsDialog, choose_everyone)
    click(qtbot, pairs_view.participants_button)
    click(qtbot, pairs_view.start_button)
    with window.database.reading() as session:
        assert session.get(Programme, programme_id).status is ProgrammeStatus.RUNNING

    def run_and_accept(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.waitUntil(lambda: bool(dialog.model.rows), timeout=20_000)
        assert all(p.explanation and p.score > 0 for p in dialog.model.rows)
        dialog.create_as.setCurrentIndex(1)  # active at once: their sessions come next
        click(qtbot, dialog.accept_all_button)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
        return dialog.result()

    monkeypatch.setattr(MatchDialog, "exec", run_and_accept)
    assert pairs_view.suggest_button.isEnabled()
    click(qtbot, pairs_view.suggest_button)
    with window.database.reading() as session:
        made = session.scalars(select(Pair)).all()
        assert len(made) >= 3 and {p.status for p in made} == {PairStatus.ACTIVE}
        mentees = [p.mentee_id for p in made]
        assert len(mentees) == len(set(mentees))  # one pair per mentee
    assert pairs_view.proxy.rowCount() == len(made)
    assert pairs_view.plan_programme_button.isEnabled()  # the next step is there
    return programme_id


def _sessions(qtbot, window: MainWindow, monkeypatch) -> int:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog
    from mentorat_desktop.ui.dialogs.plan_programme_dialog import PlanProgrammeDialog

    window.show_view("sessions")
    view = window.views["sessions"]
    assert view.programme_button.isEnabled()

    def plan(dialog) -> None:  # type: ignore[no-untyped-def]
        with window.database.reading() as session:
            assert dialog.table.rowCount() == session.scalar(select(func.count()).select_from(Pair))
        assert dialog.plan_button.isEnabled()
        click(qtbot, dialog.plan_button)
        # Saved off the UI thread: the dialog closes when it is done.
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)

    seen = drive(monkeypatch, PlanProgrammeDialog, plan)
    click(qtbot, view.programme_button)
    assert seen and seen[0].created
    with window.database.reading() as session:
        planned = session.execute(
            select(Session.id, Session.starts_at).order_by(Session.starts_at)
        ).all()
    assert len(planned) >= 3 * 6, len(planned)
    assert view.model.session_count() == len(planned)
    assert all(when > datetime.now(UTC) for _sid, when in planned)  # from today on

    # Last week's meeting took place before anything was planned: one session, in the past.
    from mentorat_desktop.ui.dialogs.plan_sessions_dialog import PlanSessionsDialog

    with window.database.reading() as session:
        pair_id = session.scalars(select(Pair.id).order_by(Pair.id)).first()
    last_week = date.today() - timedelta(days=7)

    def plan_one(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.pair.setCurrentIndex(dialog.pair.findData(pair_id))
        type_date(qtbot, dialog.first_day, last_week)
        dialog.for_count.setChecked(True)
        dialog.count.setValue(1)
        dialog.update_preview()
        assert "1 séance" in dialog.preview_label.text(), dialog.preview_label.text()
        click(qtbot, dialog.plan_button)

    drive(monkeypatch, PlanSessionsDialog, plan_one)
    click(qtbot, view.plan_button)
    with window.database.reading() as session:
        past = session.scalars(
            select(Session.id).where(Session.starts_at < datetime.now(UTC))
        ).all()
    assert len(past) == 1

    def journal(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.status.setCurrentIndex(dialog.status.findData("held"))
        assert not dialog.error.isVisible(), dialog.error.text()
        type_text(dialog.summary, "Premiers pas avec l’assistant : rédiger un courriel « propre »")
        dialog.done(QDialog.DialogCode.Accepted)

    drive(monkeypatch, JournalDialog, journal)
    view.set_quick_filter("to_journal")
    assert view.select_session(past[0])
    click(qtbot, view.journal_button)
    with window.database.reading() as session:
        held = session.get(Session, past[0])
        assert held.status is SessionStatus.HELD
        summary = session.scalar(select(Journal.summary).where(Journal.session_id == past[0]))
    assert summary and summary.startswith("Premiers pas")
    return past[0]


def _documents(qtbot, window: MainWindow, programme_id: int, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.show_view("documents")
    documents = window.views["documents"]

    def shown(kind: str) -> None:
        documents.kind.setCurrentIndex(documents.kind.findData(kind))
        qtbot.waitUntil(
            lambda: documents.rendered is not None and documents.print_button.isEnabled(),
            timeout=30_000,
        )
        assert not documents.error.isVisible(), documents.error.text()
        assert documents.preview.page_count() >= 1

    shown("charter")
    documents.programme.setCurrentIndex(documents.programme.findData(programme_id))
    documents.kind.setCurrentIndex(documents.kind.findData("agenda"))
    assert documents.session.count() >= 3 * 6  # the sessions to come, the first chosen
    documents.session.setCurrentIndex(0)
    shown("agenda")
    assert documents.session.currentData() is not None
    first_mentor = documents.session.currentText().split(" — ", 1)[1].split(" · ")[0]
    qtbot.waitUntil(lambda: first_mentor in pdf_text(documents.rendered.pdf), timeout=20_000)
    target = tmp_path / "ordre du jour"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    click(qtbot, documents.save_button)
    assert target.with_suffix(".pdf").exists()

    from mentorat_desktop.ui.dialogs.certificates_dialog import CertificatesDialog

    documents.kind.setCurrentIndex(documents.kind.findData("certificates"))
    documents.programme.setCurrentIndex(documents.programme.findData(programme_id))
    folder = tmp_path / "attestations"

    def review(dialog) -> None:  # type: ignore[no-untyped-def]
        assert len(dialog.people) == len(STAFF)
        # One held session of six: nobody meets the criteria, each override needs a reason.
        for person in dialog.people:
            type_text(dialog.reasons[person.person_id], "Participation à la cohorte pilote")
        click(qtbot, dialog.write_button)

    drive(monkeypatch, CertificatesDialog, review)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    assert documents.batch_button.isEnabled()
    click(qtbot, documents.batch_button)
    qtbot.waitUntil(
        lambda: documents.batch_result is not None or documents.error.isVisible(), timeout=60_000
    )
    assert not documents.error.isVisible(), documents.error.text()
    with window.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == len(STAFF)
    assert len(list(folder.glob("*.pdf"))) == len(STAFF) + 1


def _undo_redo(qtbot, window: MainWindow, held: int) -> None:
    """The certificates, written to files, stay; the edits before them undo and redo."""
    menu = window.edit_menu
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    menu.refresh()
    assert menu.undo_action.isEnabled()
    # The "&" of "Dupont & Fils" shows as itself, not as a shortcut letter.
    assert menu.undo_action.text() == (
        "&Annuler\u00a0: compte rendu d’une séance d’Éloïse Lefèvre et Bernard Dupont && Fils"
    ), menu.undo_action.text()
    assert menu.undo_action.toolTip().endswith("Bernard Dupont & Fils")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the journal's text goes
    assert window.statusBar().currentMessage().startswith("Annulé\u00a0: compte rendu")
    with window.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Journal)) == 0
        assert session.get(Session, held).status is SessionStatus.HELD  # a step of its own
    menu.refresh()
    assert menu.undo_action.isEnabled(), "the status change is the step before"
    menu.undo_action.trigger()  # « Tenue » set back to « Prévue »
    with window.database.reading() as session:
        assert session.get(Session, held).status is SessionStatus.PLANNED
    menu.refresh()
    assert "séance" in menu.undo_action.text(), menu.undo_action.text()
    menu.undo_action.trigger()  # last week's session, planned by hand
    with window.database.reading() as session:
        assert session.get(Session, held) is None
    menu.refresh()
    assert menu.redo_action.isEnabled() and menu.redo_action.text().startswith("&Rétablir")
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    menu.refresh()
    menu.redo_action.trigger()
    menu.refresh()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    with window.database.reading() as session:
        assert session.get(Session, held).status is SessionStatus.HELD
        assert session.scalar(select(Journal.summary).where(Journal.session_id == held))
        assert session.scalar(select(func.count()).select_from(Certificate)) == len(STAFF)
    menu.refresh()
    assert not menu.redo_action.isEnabled()
    window.show_view("sessions")  # hidden during the undos: told, and up to date when shown
    sessions = window.views["sessions"]
    sessions.set_quick_filter("all")
    assert sessions.model.session_count() == session_total(window)
    assert sessions.select_session(held)


def session_total(window: MainWindow) -> int:
    with window.database.reading() as session:
        return session.scalar(select(func.count()).select_from(Session)) or 0


def _help_everywhere(qtbot, window: MainWindow) -> None:
    from mentorat_desktop.ui.help.help_window import HelpWindow

    for key in ("dashboard", "staff", "skills", "pairs", "sessions", "documents"):
        window.show_view(key)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        (help_window,) = window.findChildren(HelpWindow)
        qtbot.waitUntil(help_window.isVisible)
        assert help_window.language == "fr" and help_window.current_page() == key
        help_window.close()


@pytest.mark.usefixtures("french")
def test_a_new_user_from_the_first_start_to_the_certificates(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    launch, window = _first_start(qtbot, str(tmp_path / "mentorat.sqlite3"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _staff(qtbot, window, monkeypatch)
    _skills_view(window)
    programme_id = _programme_and_pairs(qtbot, window, monkeypatch)
    held = _sessions(qtbot, window, monkeypatch)
    _documents(qtbot, window, programme_id, tmp_path, monkeypatch)
    _undo_redo(qtbot, window, held)
    _help_everywhere(qtbot, window)
    assert launch.finish(0) == 0


@pytest.mark.usefixtures("french")
def test_plan_the_programme_says_when_no_pair_is_active_yet(qtbot, sqlite_database) -> None:  # type: ignore[no-untyped-def]
    """The matcher creates proposed pairs by default: planning then finds no active pair, and
    must not say they all have sessions already."""
    from mentorat_desktop.services.programmes import pairs
    from mentorat_desktop.services.programmes.participants import set_participants
    from mentorat_desktop.services.programmes.programmes import ProgrammeInput, create_programme
    from mentorat_desktop.services.staff import people
    from mentorat_desktop.services.staff.people import PersonInput
    from mentorat_desktop.ui.dialogs.plan_programme_dialog import PlanProgrammeDialog

    zoe = people.create_person(sqlite_database, PersonInput("Zoë", "Brontë")).id
    bernard = people.create_person(sqlite_database, PersonInput("Bernard", "Dupont & Fils")).id
    start = date.today() + timedelta(days=7)
    programme = create_programme(
        sqlite_database, ProgrammeInput("Cohorte d’hiver", start, start + timedelta(days=180))
    )
    set_participants(sqlite_database, programme.id, {zoe, bernard})
    pairs.create_pair(sqlite_database, programme.id, zoe, bernard)  # proposed
    dialog = PlanProgrammeDialog(sqlite_database, programme.id)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.plan_button.isEnabled()
    assert "n’a encore aucun binôme actif" in dialog.hint.text(), dialog.hint.text()
    assert "déjà des séances" not in dialog.hint.text()
