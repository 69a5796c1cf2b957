"""Session feedback forms: built, filled by pypdf and by MuPDF, reviewed, applied once."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorat_desktop.db.enums import ActionOwner, PairingFit, SessionStatus
from mentorat_desktop.db.models import Journal, JournalSkill, Session
from mentorat_desktop.errors import NotFoundError, ValidationError
from mentorat_desktop.services.forms import FormKind, FormRequest
from mentorat_desktop.services.forms.build import build_forms, export_forms
from mentorat_desktop.services.forms.returned import apply_returned_forms, review_returned_forms
from mentorat_desktop.services.sessions.sessions import set_status
from tests.forms_helpers import fill_with_pymupdf, fill_with_pypdf, make_world

LEARNED = "Les tableaux croisés : l’œil « neuf » sur mes données, ça change tout"


def feedback(world, session_id=None):  # type: ignore[no-untyped-def]
    return FormRequest(FormKind.FEEDBACK, world.programme, session_id or world.past_session)


def test_one_form_per_side_with_its_hidden_identifier(sqlite_database) -> None:
    world = make_world(sqlite_database)

    forms = build_forms(sqlite_database, feedback(world))

    assert [(f.person_id, f.session_id) for f in forms] == [
        (world.mentor, world.past_session),
        (world.mentee, world.past_session),
    ]
    assert forms[0].filename.startswith("Retour de séance — Léa N’Diaye")
    assert forms[0].filename.endswith(".pdf") and forms[0].email == "lea@example.fr"
    fields = PdfReader(io.BytesIO(forms[0].pdf)).get_fields() or {}
    assert {"held", "rating", "learned", "actions", "quote", "fit", f"worked_{world.excel}"} <= set(
        fields
    )
    identifier = str(fields["mentorat_form"]["/V"])
    assert identifier.startswith("MF1|") and "|f|" in identifier
    assert int(fields["mentorat_form"]["/Ff"]) & 1  # read-only


def test_feedback_needs_a_session_that_was_not_cancelled(sqlite_database) -> None:
    world = make_world(sqlite_database)
    with pytest.raises(ValidationError) as caught:
        build_forms(sqlite_database, FormRequest(FormKind.FEEDBACK, world.programme))
    assert caught.value.field == "session_id"
    set_status(sqlite_database, world.later_session, None, SessionStatus.CANCELLED, "Grève")
    with pytest.raises(ValidationError):
        build_forms(sqlite_database, feedback(world, world.later_session))
    with pytest.raises(NotFoundError):
        build_forms(sqlite_database, FormRequest(FormKind.FEEDBACK, 999))


def test_both_sides_filled_by_two_engines_land_in_the_journal(database, tmp_path) -> None:
    world = make_world(database)
    mentor_form, mentee_form = build_forms(database, feedback(world))
    mentor = fill_with_pypdf(
        mentor_form.pdf,
        {
            "held": "/yes",
            "rating": "/v4",
            "learned": LEARNED,
            f"worked_{world.excel}": "/Yes",
            "actions": "Publier un premier post\nRevoir la macro « Ventes »",
            "quote": "Une heure qui vaut une formation",
            "fit": "/good",
        },
        tmp_path / "mentor.pdf",
    )
    mentee = fill_with_pymupdf(
        mentee_form.pdf,
        {"held": "yes", "rating": "v5", "fit": "unsure", "learned": "Négocier sans céder"},
        tmp_path / "mentee.pdf",
    )

    reviews = review_returned_forms(database, [tmp_path])

    assert [r.problem for r in reviews] == [None, None]
    by_person = {r.person_name: r for r in reviews}
    lea = by_person["Léa N’Diaye"]
    assert lea.kind is FormKind.FEEDBACK and "Léa N’Diaye → Bernard Dupont-Lefèvre" in lea.subject
    labels = {c.label: c for c in lea.changes}
    assert labels["Session"].new == "held" and labels["Session"].current == "planned"
    assert labels["Mentor’s rating"].new == "4"
    assert labels["What was learned"].new == f"Mentor : {LEARNED}"  # who wrote it
    assert labels["Skills worked"].new == "Excel avancé"
    assert not any(c.conflict for c in lea.changes)

    applied = apply_returned_forms(database, [mentor, mentee])

    assert applied.applied == 2 and applied.values_written > 5
    with database.reading() as s:
        row = s.get(Session, world.past_session)
        assert row is not None and row.status is SessionStatus.HELD
        journal = row.journal
        assert journal is not None
        assert (journal.mentor_rating, journal.mentee_rating) == (4, 5)
        assert (journal.mentor_fit, journal.mentee_fit) == (PairingFit.GOOD, PairingFit.UNSURE)
        assert journal.learned == f"Mentor : {LEARNED}\nMentoré : Négocier sans céder"
        assert journal.shared_quote == "Une heure qui vaut une formation"
        assert [(a.text, a.owner) for a in sorted(journal.action_items, key=lambda a: a.id)] == [
            ("Publier un premier post", ActionOwner.MENTOR),
            ("Revoir la macro « Ventes »", ActionOwner.MENTOR),
        ]
        assert [j.skill_id for j in s.query(JournalSkill).all()] == [world.excel]

    again = review_returned_forms(database, [mentor])
    assert again[0].problem is not None and "already imported" in again[0].problem
    with pytest.raises(ValidationError):
        apply_returned_forms(database, [mentor])


def test_recorded_values_and_disagreeing_sides_show_as_conflicts(database, tmp_path) -> None:
    world = make_world(database)
    with database.transaction() as s:
        s.add(
            Journal(
                session_id=world.past_session,
                mentor_rating=2,
                learned="Déjà écrit",
                confidential_notes="Secret",
            )
        )
    mentor_form, mentee_form = build_forms(database, feedback(world))
    mentor = fill_with_pypdf(
        mentor_form.pdf,
        {"held": "/yes", "rating": "/v5", "learned": "Autre chose"},
        tmp_path / "a.pdf",
    )
    mentee = fill_with_pypdf(mentee_form.pdf, {"held": "/no"}, tmp_path / "b.pdf")

    lea, bernard = review_returned_forms(database, [mentor, mentee])

    conflicts = {c.label for c in lea.changes if c.conflict}
    assert conflicts == {"Session", "Mentor’s rating", "What was learned"}
    assert [c.conflict for c in bernard.changes] == [True]
    apply_returned_forms(database, [mentor, mentee])
    with database.reading() as s:
        row = s.get(Session, world.past_session)
        assert row is not None and row.status is SessionStatus.HELD  # "yes" wins
        assert row.journal is not None and row.journal.learned == "Déjà écrit\nMentor : Autre chose"
        assert row.journal.confidential_notes == "Secret"  # never on a form, never lost


def test_a_session_still_to_come_cannot_be_held(sqlite_database, tmp_path) -> None:
    world = make_world(sqlite_database)
    form = build_forms(sqlite_database, feedback(world, world.future_session))[0]
    path = fill_with_pypdf(form.pdf, {"held": "/yes", "rating": "/v3"}, tmp_path / "f.pdf")

    (review,) = review_returned_forms(sqlite_database, [path])

    assert review.problem is not None and "not taken place yet" in review.problem


def test_export_writes_one_file_per_side_and_refuses_a_file_as_folder(
    sqlite_database, tmp_path: Path
) -> None:
    world = make_world(sqlite_database)
    written = export_forms(sqlite_database, feedback(world), tmp_path / "forms")
    assert len(written) == 2 and all(p.read_bytes().startswith(b"%PDF") for p in written)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ValidationError):
        export_forms(sqlite_database, feedback(world), blocker)


def test_no_it_did_not_take_place_marks_it_missed_and_keeps_notes(database, tmp_path) -> None:
    world = make_world(database)
    with database.transaction() as s:
        s.add(Journal(session_id=world.later_session, confidential_notes="Tendu"))
    mentee_form = build_forms(database, feedback(world, world.later_session))[1]
    path = fill_with_pypdf(mentee_form.pdf, {"held": "/no", "rating": "/v2"}, tmp_path / "n.pdf")

    (review,) = review_returned_forms(database, [path])

    assert [(c.label, c.new) for c in review.changes] == [("Session", "missed")]
    apply_returned_forms(database, [path])
    with database.reading() as s:
        row = s.get(Session, world.later_session)
        assert row is not None and row.status is SessionStatus.MISSED
        assert row.journal is not None and row.journal.confidential_notes == "Tendu"
        assert row.journal.mentee_rating is None


def test_a_reader_that_sets_only_the_buttons_appearance_is_read(sqlite_database, tmp_path) -> None:
    """Some readers switch the widget (/AS) of a radio button and leave the field's /V."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject

    world = make_world(sqlite_database)
    form = build_forms(sqlite_database, feedback(world))[0]
    path = fill_with_pypdf(form.pdf, {"held": "/yes", "rating": "/v3"}, tmp_path / "m.pdf")
    writer = PdfWriter(clone_from=PdfReader(path))
    for annotation in writer.pages[0]["/Annots"]:
        widget = annotation.get_object()
        parent = widget.get("/Parent")
        if parent is not None and parent.get_object().get("/T") == "rating":
            parent.get_object()[NameObject("/V")] = NameObject("/Off")
    with path.open("wb") as handle:
        writer.write(handle)

    (review,) = review_returned_forms(sqlite_database, [path])

    assert ("Mentor’s rating", "3") in [(c.label, c.new) for c in review.changes]


def test_export_into_a_place_that_cannot_be_made_says_so(sqlite_database, tmp_path) -> None:
    from mentorat_desktop.errors import ServiceError

    world = make_world(sqlite_database)
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(ServiceError) as caught:
        export_forms(sqlite_database, feedback(world), tmp_path / "a-file" / "forms")
    assert "Cannot write into" in caught.value.message


def test_a_session_still_to_come_cannot_be_missed_either(sqlite_database, tmp_path) -> None:
    world = make_world(sqlite_database)
    form = build_forms(sqlite_database, feedback(world, world.future_session))[1]
    path = fill_with_pypdf(form.pdf, {"held": "/no"}, tmp_path / "f.pdf")

    (review,) = review_returned_forms(sqlite_database, [path])

    assert review.problem is not None and "not taken place yet" in review.problem
