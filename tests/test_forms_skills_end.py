"""Skills questionnaires and end-of-programme forms back into the profile and assessments."""

from __future__ import annotations

from sqlalchemy import select

from mentorat_desktop.db.enums import AssessmentKind
from mentorat_desktop.db.models import (
    Journal,
    PersonSkill,
    ProgrammeFeedback,
    ReturnedForm,
    SkillAssessment,
)
from mentorat_desktop.services import undo
from mentorat_desktop.services.forms import FormKind, FormRequest
from mentorat_desktop.services.forms.build import build_forms
from mentorat_desktop.services.forms.returned import apply_returned_forms, review_returned_forms
from tests.forms_helpers import fill_with_pymupdf, fill_with_pypdf, make_world


def test_skills_questionnaire_fills_the_profile_and_the_start_assessment(
    database, tmp_path
) -> None:
    world = make_world(database)
    with database.transaction() as s:
        s.add(PersonSkill(person_id=world.mentee, skill_id=world.excel, level=1))
    forms = build_forms(database, FormRequest(FormKind.SKILLS, world.programme))
    assert [f.person_name for f in forms] == ["Bernard Dupont-Lefèvre", "Léa N’Diaye", "Zoë Œuvray"]
    bernard = forms[0]
    path = fill_with_pypdf(
        bernard.pdf,
        {
            f"level_{world.excel}": "/l2",
            f"learn_{world.excel}": "/Yes",
            f"target_{world.excel}": "4",
            f"level_{world.negotiation}": "/l4",
            f"teach_{world.negotiation}": "/Yes",
        },
        tmp_path / "bernard.pdf",
    )
    zoe = fill_with_pymupdf(
        forms[2].pdf,
        {f"level_{world.canva}": "l3", f"teach_{world.canva}": True},
        tmp_path / "z.pdf",
    )

    reviews = review_returned_forms(database, [path, zoe])

    assert [r.problem for r in reviews] == [None, None]
    changes = {c.label: c for c in reviews[0].changes}
    assert changes["Excel avancé: level"].current == "1"
    assert changes["Excel avancé: level"].new == "2" and changes["Excel avancé: level"].conflict
    assert changes["Négociation: start assessment"].new == "4"
    assert not any(c.label.startswith("Canva") for c in reviews[0].changes)

    apply_returned_forms(database, [path, zoe])

    with database.reading() as s:
        profile = {
            (p.person_id, p.skill_id): (p.level, p.can_teach, p.wants_to_learn, p.target_level)
            for p in s.scalars(select(PersonSkill))
        }
        assert profile[(world.mentee, world.excel)] == (2, False, True, 4)
        assert profile[(world.mentee, world.negotiation)] == (4, True, False, None)
        assert profile[(world.outsider, world.canva)] == (3, True, False, None)
        starts = {
            (a.person_id, a.skill_id): a.level
            for a in s.scalars(select(SkillAssessment))
            if a.kind is AssessmentKind.START
        }
        assert starts == {
            (world.mentee, world.excel): 2,
            (world.mentee, world.negotiation): 4,
            (world.outsider, world.canva): 3,
        }


def test_end_form_records_the_end_assessment_rating_and_quote(database, tmp_path) -> None:
    world = make_world(database)
    forms = {
        f.person_id: f for f in build_forms(database, FormRequest(FormKind.END, world.programme))
    }
    assert set(forms) == {world.mentor, world.mentee}  # Zoë is in no pair
    path = fill_with_pypdf(
        forms[world.mentee].pdf,
        {
            f"reached_{world.excel}": "/l3",
            "rating": "/v5",
            "quote": "J’ose enfin les TCD « maison »",
        },
        tmp_path / "fin.pdf",
    )

    (review,) = review_returned_forms(database, [path])

    assert review.accepted and review.subject == "Cohorte 2026"
    assert {c.label: c.new for c in review.changes} == {
        "Excel avancé: level reached": "3",
        "Overall rating": "5",
        "Quote to share": "J’ose enfin les TCD « maison »",
    }
    apply_returned_forms(database, [path])
    with database.reading() as s:
        end = s.scalars(
            select(SkillAssessment).where(SkillAssessment.kind == AssessmentKind.END)
        ).one()
        assert (end.person_id, end.skill_id, end.level) == (world.mentee, world.excel, 3)
        feedback = s.get(ProgrammeFeedback, (world.mentee, world.programme))
        assert feedback is not None and (feedback.rating, feedback.quote) == (
            5,
            "J’ose enfin les TCD « maison »",
        )


def test_applying_is_one_undoable_step(database, tmp_path) -> None:
    world = make_world(database)
    stack = undo.stack_for(database)
    form = build_forms(
        database, FormRequest(FormKind.FEEDBACK, world.programme, world.past_session)
    )[0]
    path = fill_with_pypdf(form.pdf, {"held": "/yes", "rating": "/v4"}, tmp_path / "m.pdf")
    apply_returned_forms(database, [path])
    assert stack.undo_label() == "import of returned forms"

    undo.undo(database)

    with database.reading() as s:
        assert s.query(Journal).count() == 0 and s.query(ReturnedForm).count() == 0
    assert review_returned_forms(database, [path])[0].accepted  # can be imported again


def test_anonymising_a_person_clears_their_end_quote(sqlite_database, tmp_path) -> None:
    from mentorat_desktop.services.safety.privacy import anonymise_person

    world = make_world(sqlite_database)
    form = next(
        f
        for f in build_forms(sqlite_database, FormRequest(FormKind.END, world.programme))
        if f.person_id == world.mentee
    )
    path = fill_with_pypdf(
        form.pdf, {"rating": "/v4", "quote": "Bernard a adoré"}, tmp_path / "e.pdf"
    )
    apply_returned_forms(sqlite_database, [path])

    anonymise_person(sqlite_database, world.mentee, "Bernard Dupont-Lefèvre")

    with sqlite_database.reading() as s:
        feedback = s.get(ProgrammeFeedback, (world.mentee, world.programme))
        assert feedback is not None and (feedback.rating, feedback.quote) == (4, "")


def test_the_end_answers_are_in_the_persons_data_export(sqlite_database, tmp_path) -> None:
    from mentorat_desktop.documents.person_data_pdf import build_person_data_pdf
    from mentorat_desktop.services.safety.person_data import collect_person_data

    world = make_world(sqlite_database)
    form = next(
        f
        for f in build_forms(sqlite_database, FormRequest(FormKind.END, world.programme))
        if f.person_id == world.mentor
    )
    path = fill_with_pypdf(
        form.pdf, {"rating": "/v5", "quote": "Un vrai échange"}, tmp_path / "e.pdf"
    )
    apply_returned_forms(sqlite_database, [path])

    data = collect_person_data(sqlite_database, world.mentor)
    from mentorat_desktop.services.documents.programme_report import report_document

    assert "Un vrai échange" in report_document(sqlite_database, world.programme).quotes

    assert data["programme_feedback"] == [
        {"programme": "Cohorte 2026", "rating": 5, "quote": "Un vrai échange"}
    ]
    assert build_person_data_pdf(data).startswith(b"%PDF")


def test_a_large_catalogue_in_english_keeps_its_whole_identifier(sqlite_database, tmp_path) -> None:
    from mentorat_desktop.db.enums import Language
    from mentorat_desktop.db.models import Programme, Skill, SkillCategory

    world = make_world(sqlite_database)
    with sqlite_database.transaction() as s:
        category = SkillCategory(name="Extra", position=5)
        s.add_all(Skill(name=f"Skill {n:03}", category=category) for n in range(150))
        programme = s.get(Programme, world.programme)
        assert programme is not None
        programme.language = Language.ENGLISH
    form = build_forms(
        sqlite_database,
        FormRequest(FormKind.SKILLS, world.programme, person_ids=(world.outsider,)),
    )[0]
    assert form.filename == "Skills questionnaire — Zoë Œuvray.pdf"
    path = fill_with_pypdf(form.pdf, {f"level_{world.canva}": "/l1"}, tmp_path / "big.pdf")

    (review,) = review_returned_forms(sqlite_database, [path])

    assert review.accepted, review.problem


def test_a_line_without_a_level_keeps_the_level_and_records_no_assessment(
    sqlite_database, tmp_path
) -> None:
    """Issue #19: "wants to learn" and a target ticked, no level: the profile's level stays
    (none for a new skill), the flags and target are recorded, and no start assessment of 0.
    The recorded level of Excel is shown ticked on the form and comes back as her answer."""
    world = make_world(sqlite_database)
    with sqlite_database.transaction() as s:
        s.add(PersonSkill(person_id=world.mentee, skill_id=world.excel, level=2))
    bernard = build_forms(sqlite_database, FormRequest(FormKind.SKILLS, world.programme))[0]
    path = fill_with_pypdf(
        bernard.pdf,
        {
            f"learn_{world.excel}": "/Yes",
            f"target_{world.excel}": "4",
            f"learn_{world.negotiation}": "/Yes",
            f"target_{world.negotiation}": "3",
        },
        tmp_path / "bernard.pdf",
    )

    (review,) = review_returned_forms(sqlite_database, [path])

    assert review.problem is None
    assert {c.label: (c.current, c.new, c.conflict) for c in review.changes} == {
        "Excel avancé: wants to learn": ("no", "yes", False),
        "Excel avancé: target level": ("", "4", False),
        "Excel avancé: start assessment": ("", "2", False),  # the prefilled level, kept
        "Négociation: wants to learn": ("", "yes", False),
        "Négociation: target level": ("", "3", False),
    }
    apply_returned_forms(sqlite_database, [path])
    with sqlite_database.reading() as s:
        profile = {
            p.skill_id: (p.level, p.can_teach, p.wants_to_learn, p.target_level)
            for p in s.scalars(select(PersonSkill).where(PersonSkill.person_id == world.mentee))
        }
        assert profile == {world.excel: (2, False, True, 4), world.negotiation: (0, False, True, 3)}
        assessments = [(a.skill_id, a.level) for a in s.scalars(select(SkillAssessment))]
        assert assessments == [(world.excel, 2)]  # none of 0 for Négociation, left unanswered
