"""The forms in the engines of the readers participants use (issue #19).

Firefox is pdf.js, Chrome and Edge are PDFium, Evince and Okular are Poppler: each fills
(pdf.js and PDFium as their viewers do), saves, draws, and every value must come back
through review/apply. Acrobat and Preview cannot run here (README, "How the forms were
checked"). Engines that are missing skip with the reason; with MENTORAT_REQUIRE_READERS=1
(CI) a missing engine fails instead.
"""

from __future__ import annotations

import functools

import pytest
from sqlalchemy import select

from mentorat_desktop.db.enums import AssessmentKind, PairingFit, SessionStatus
from mentorat_desktop.db.models import (
    JournalSkill,
    PersonSkill,
    ProgrammeFeedback,
    Session,
    SkillAssessment,
)
from mentorat_desktop.documents.forms import fields as f
from mentorat_desktop.services.forms import FormKind
from mentorat_desktop.services.forms.returned import apply_returned_forms, review_returned_forms
from tests.forms_helpers import make_world
from tests.readers import engines
from tests.readers.cases import (
    ACTIONS,
    END_QUOTE,
    FILLERS,
    LEARNED,
    QUOTE,
    Values,
    all_forms,
    mentor_feedback,
    need,
    shapes_of,
)

# --- what pdf.js sees ------------------------------------------------------------------------

PDFJS_TYPES = {"text": "text", "check": "checkbox", "radio": "radiobutton", "choice": "combobox"}


@pytest.mark.parametrize("kind", list(FormKind))
def test_firefox_sees_every_field_with_its_kind_and_options(
    sqlite_database, tmp_path, kind
) -> None:
    need(engines.missing_pdfjs())
    from mentorat_desktop.services.forms.reading import read_form

    world = make_world(sqlite_database)
    path = next(p for (k, _), p in all_forms(sqlite_database, world, tmp_path).items() if k == kind)
    shapes = {s.name: s for s in shapes_of(path)}

    seen = engines.pdfjs_fields(path)

    identifier = seen.pop("mentorat_form")
    assert identifier[0]["hidden"] and not identifier[0]["editable"]
    assert identifier[0]["value"] == read_form(path).identifier
    assert set(seen) == set(shapes)
    for name, widgets in seen.items():
        shape = shapes[name]
        assert {w["type"] for w in widgets} == {PDFJS_TYPES[shape.kind]}, name
        assert all(w["editable"] and not w["hidden"] and w["hasAppearance"] for w in widgets)
        if shape.kind == "radio":
            assert sorted(w["exportValue"] for w in widgets) == sorted(shape.options), name
            tips = [w["tooltip"] for w in widgets]
            assert all(tips) and len(set(tips)) == len(tips), f"{name}: {tips}"
        elif shape.kind == "choice":
            assert widgets[0]["items"] == list(shape.options) and widgets[0]["value"] == "-"
        else:
            assert widgets[0]["tooltip"], f"{name} has no tooltip in Firefox"
        if shape.kind == "text":
            assert widgets[0]["multiline"] == (name in (f.LEARNED, f.ACTIONS, f.QUOTE))


def test_radio_groups_are_named_by_their_question(sqlite_database, tmp_path) -> None:
    """The group is its question, each button its question and its own caption (issue #19:
    the group used to carry the first button's caption, so "Non" was read as "Oui")."""
    from pypdf import PdfReader

    world = make_world(sqlite_database)
    path = all_forms(sqlite_database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    group = (PdfReader(path).get_fields() or {})[f.HELD]
    assert str(group["/TU"]) == "La séance a-t-elle eu lieu ?"
    buttons = {str(k.get_object()["/TU"]) for k in group["/Kids"]}
    assert buttons == {"La séance a-t-elle eu lieu ? Oui", "La séance a-t-elle eu lieu ? Non"}


def test_firefox_names_every_radio_button(sqlite_database, tmp_path) -> None:
    need(engines.missing_pdfjs())
    world = make_world(sqlite_database)
    forms = all_forms(sqlite_database, world, tmp_path)
    feedback = engines.pdfjs_fields(forms[(FormKind.FEEDBACK, world.mentor)])
    assert sorted(w["tooltip"] for w in feedback[f.HELD]) == [
        "La séance a-t-elle eu lieu ? Non",
        "La séance a-t-elle eu lieu ? Oui",
    ]
    skills = engines.pdfjs_fields(forms[(FormKind.SKILLS, world.mentee)])
    level = [w["tooltip"] for w in skills[f.level(world.excel)]]
    assert level[0] == "Excel avancé : niveau actuel 0 aucun", level


# --- filled as the readers fill, every value comes back -------------------------------------


@pytest.mark.parametrize("engine", ["pdf.js", "PDFium", "PDFium, saved incrementally"])
def test_forms_filled_in_firefox_and_chrome_come_back_whole(
    sqlite_database, tmp_path, engine
) -> None:
    missing, fill = FILLERS[engine.split(",")[0]]
    need(missing())
    if engine.endswith("incrementally"):
        fill = functools.partial(engines.fill_with_pdfium, incremental=True)
    world = make_world(sqlite_database)
    blank = all_forms(sqlite_database, world, tmp_path / "blank")
    back = tmp_path / "back"
    back.mkdir()
    answers: dict[tuple[FormKind, int], Values] = {
        (FormKind.FEEDBACK, world.mentor): mentor_feedback(world),
        (FormKind.FEEDBACK, world.mentee): {
            f.HELD: f.HELD_YES,
            f.RATING: "v5",
            f.FIT: "unsure",
            f.LEARNED: "Négocier sans céder, ça s’apprend",
        },
        (FormKind.SKILLS, world.mentee): {
            f.level(world.excel): "l2",
            f.learn(world.excel): True,
            f.target(world.excel): "4",
            f.level(world.negotiation): "l4",
            f.teach(world.negotiation): True,
        },
        (FormKind.END, world.mentee): {
            f.reached(world.excel): "l3",
            f.RATING: "v5",
            f.QUOTE: END_QUOTE,
        },
    }
    for (kind, person), values in answers.items():
        fill(blank[(kind, person)], values, back / f"{kind}-{person}.pdf")

    reviews = review_returned_forms(sqlite_database, [back])

    assert [(r.path, r.problem) for r in reviews if r.problem] == []
    assert len(reviews) == 4
    lea = next(r for r in reviews if r.kind is FormKind.FEEDBACK and "Léa" in r.person_name)
    assert {c.label: c.new for c in lea.changes} == {
        "Session": "held",
        "Mentor’s rating": "4",
        "Pairing fit (mentor)": "good fit",
        "What was learned": f"Mentor : {LEARNED}",
        "Quote to share": QUOTE,
        "Skills worked": "Excel avancé",
        "New actions": "; ".join(ACTIONS),
    }

    applied = apply_returned_forms(sqlite_database, [back])

    assert applied.applied == 4
    with sqlite_database.reading() as s:
        session = s.get(Session, world.past_session)
        assert session is not None and session.status is SessionStatus.HELD
        journal = session.journal
        assert journal is not None
        assert (journal.mentor_rating, journal.mentee_rating) == (4, 5)
        assert (journal.mentor_fit, journal.mentee_fit) == (PairingFit.GOOD, PairingFit.UNSURE)
        assert journal.learned == f"Mentor : {LEARNED}\nMentoré : Négocier sans céder, ça s’apprend"
        assert journal.shared_quote == QUOTE
        assert sorted(a.text for a in journal.action_items) == sorted(ACTIONS)
        worked = select(JournalSkill.skill_id).where(JournalSkill.journal_id == journal.id)
        assert list(s.scalars(worked)) == [world.excel]
        profile = {
            p.skill_id: (p.level, p.can_teach, p.wants_to_learn, p.target_level)
            for p in s.scalars(select(PersonSkill).where(PersonSkill.person_id == world.mentee))
        }
        assert profile == {
            world.excel: (2, False, True, 4),
            world.negotiation: (4, True, False, None),
        }
        ends = select(SkillAssessment).where(SkillAssessment.kind == AssessmentKind.END)
        assert [(a.person_id, a.skill_id, a.level) for a in s.scalars(ends)] == [
            (world.mentee, world.excel, 3)
        ]
        feedback = s.get(ProgrammeFeedback, (world.mentee, world.programme))
        assert feedback is not None and (feedback.rating, feedback.quote) == (5, END_QUOTE)


# --- Acrobat and Preview: what the files give them -------------------------------------------


@pytest.mark.parametrize("kind", list(FormKind))
def test_forms_are_plain_acroforms_drawn_in_advance(sqlite_database, tmp_path, kind) -> None:
    """No XFA (Chrome, Firefox and Preview have none), NeedAppearances unset (Acrobat would
    redraw every field on opening and ask to save an untouched form), and every widget
    carries its appearance, so every reader shows and prints the same blank form."""
    from pypdf import PdfReader

    world = make_world(sqlite_database)
    path = next(p for (k, _), p in all_forms(sqlite_database, world, tmp_path).items() if k == kind)
    reader = PdfReader(path)
    form = reader.trailer["/Root"]["/AcroForm"]

    assert "/XFA" not in form and not form.get("/NeedAppearances")
    for page in reader.pages:
        for annotation in page.get("/Annots") or ():
            widget = annotation.get_object()
            assert "/N" in widget["/AP"], widget.get("/T")


def test_a_radio_choice_saved_by_preview_is_read(sqlite_database, tmp_path) -> None:
    """Preview saves a radio choice with the field's /T, /FT and /V merged into the chosen
    widget (Apple forum thread 735073); the form was refused as changed outside its fields."""
    world = make_world(sqlite_database)
    blank = all_forms(sqlite_database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    saved = engines.save_radios_as_preview_does(
        blank, {f.HELD: f.HELD_YES, f.RATING: "v4"}, tmp_path / "preview.pdf"
    )

    (review,) = review_returned_forms(sqlite_database, [saved])

    assert review.problem is None
    changes = {c.label: c.new for c in review.changes}
    assert (changes["Session"], changes["Mentor’s rating"]) == ("held", "4")


@pytest.mark.parametrize("engine", ["pdf.js", "PDFium"])
def test_a_form_reopened_and_changed_keeps_the_last_answers(
    sqlite_database, tmp_path, engine
) -> None:
    """Saved, opened again, a box unticked, another rating and a text rewritten, saved again."""
    missing, fill = FILLERS[engine]
    need(missing())
    world = make_world(sqlite_database)
    blank = all_forms(sqlite_database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    first = fill(blank, mentor_feedback(world), tmp_path / "first.pdf")
    second = {f.RATING: "v2", f.worked(world.excel): False, f.QUOTE: "Finalement : « bof »"}
    if engine == "PDFium":  # a click toggles a check box: clicking the ticked one unticks it
        second[f.worked(world.excel)] = True
    again = fill(first, second, tmp_path / "again.pdf")

    (review,) = review_returned_forms(sqlite_database, [again])

    changes = {c.label: c.new for c in review.changes}
    assert review.problem is None and changes["Mentor’s rating"] == "2"
    assert changes["Quote to share"] == "Finalement : « bof »"
    assert "Skills worked" not in changes
