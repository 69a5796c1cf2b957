"""The participants' journey, the forms that come back: the questionnaire in the welcome pack,
both sides' feedback (pdf.js and pypdf) and the end questionnaire."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import Journal, Session, Skill
from mentorat_desktop.ui.main_window import MainWindow
from tests.forms_helpers import fill_with_pypdf
from tests.journey_helpers import LEARNED, attachments, drafts, send, shot
from tests.readers import engines
from tests.test_lifecycle_journey import click, drive
from tests.test_ui_forms import drop
from tests.test_ui_mail import mail_dialog


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
        "Questionnaire de compétences — Bernard Dupont.pdf",
    }, set(files)
    charter = PdfReader(io.BytesIO(files["Charte — Cohorte d’hiver.pdf"]))
    assert "Cohorte d’hiver" in charter.pages[0].extract_text()
    questionnaire = files["Questionnaire de compétences — Bernard Dupont.pdf"]
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
    assert title == "Bilan de fin de programme — Bernard Dupont.pdf", title
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
