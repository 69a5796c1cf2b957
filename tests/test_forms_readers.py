"""The forms in the engines of the readers participants use (issue #19).

Firefox is pdf.js, Chrome and Edge are PDFium, Evince and Okular are Poppler: each fills
(pdf.js and PDFium as their viewers do), saves, draws, and every value must come back
through review/apply. Acrobat and Preview cannot run here (README, "How the forms were
checked"). Engines that are missing skip with the reason; with MENTORAT_REQUIRE_READERS=1
(CI) a missing engine fails instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

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
from mentorat_desktop.services.forms import BuiltForm, FormKind, FormRequest
from mentorat_desktop.services.forms.build import build_forms
from mentorat_desktop.services.forms.returned import apply_returned_forms, review_returned_forms
from tests.forms_helpers import World, fill_with_pymupdf, fill_with_pypdf, make_world
from tests.readers import engines

LEARNED = "Les tableaux croisés : l’œil « neuf » sur mes données, ça change tout à fait"
ACTIONS = ("Publier un premier post", "Revoir la macro « Ventes » ç’est œuvré")
QUOTE = "Une heure qui vaut une formation — c’est dire"
END_QUOTE = "J’ose enfin les TCD « maison », merci Léa"
Values = engines.Values


def need(reason: str | None) -> None:
    if reason is None:
        return
    if os.environ.get("MENTORAT_REQUIRE_READERS") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def known_defect(reason: str) -> pytest.MarkDecorator:
    """A defect found and not fixed yet: its test must fail by an assertion (a missing engine
    still fails in CI), and starts failing the run once the defect is fixed."""
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)


def _pypdf(source: Path, values: Values, target: Path) -> Path:
    as_pypdf = {
        name: ("/Yes" if value else "/Off") if isinstance(value, bool) else value
        for name, value in values.items()
    }
    radios = {f.HELD, f.RATING, f.FIT} | {n for n in values if n.startswith(("level_", "reach"))}
    as_pypdf |= {n: f"/{v}" for n, v in values.items() if n in radios}
    return fill_with_pypdf(source.read_bytes(), as_pypdf, target)


def _pymupdf(source: Path, values: Values, target: Path) -> Path:
    return fill_with_pymupdf(source.read_bytes(), dict(values), target)


FILLERS: dict[str, tuple[Callable[[], str | None], Callable[[Path, Values, Path], Path]]] = {
    "pdf.js": (engines.missing_pdfjs, engines.fill_with_pdfjs),
    "PDFium": (engines.missing_pdfium, engines.fill_with_pdfium),
    "pypdf": (lambda: None, _pypdf),
    "MuPDF": (lambda: None, _pymupdf),
}
RENDERERS: dict[str, tuple[Callable[[], str | None], Callable[[Path, Path], list[Path]]]] = {
    "pdf.js": (engines.missing_pdfjs, engines.render_with_pdfjs),
    "PDFium": (engines.missing_pdfium, engines.render_with_pdfium),
    "Poppler": (engines.missing_poppler, engines.render_with_poppler),
}


def mentor_feedback(world: World) -> Values:
    return {
        f.HELD: f.HELD_YES,
        f.RATING: "v4",
        f.LEARNED: LEARNED,
        f.worked(world.excel): True,
        f.ACTIONS: "\n".join(ACTIONS),
        f.QUOTE: QUOTE,
        f.FIT: "good",
    }


def written(forms: list[BuiltForm], folder: Path) -> dict[tuple[FormKind, int], Path]:
    folder.mkdir(exist_ok=True)
    paths = {}
    for form in forms:
        path = folder / f"{form.kind}-{form.person_id}.pdf"
        path.write_bytes(form.pdf)
        paths[(form.kind, form.person_id)] = path
    return paths


def all_forms(database, world: World, folder: Path) -> dict[tuple[FormKind, int], Path]:  # type: ignore[no-untyped-def]
    forms = [
        *build_forms(database, FormRequest(FormKind.SKILLS, world.programme)),
        *build_forms(database, FormRequest(FormKind.FEEDBACK, world.programme, world.past_session)),
        *build_forms(database, FormRequest(FormKind.END, world.programme)),
    ]
    return written(forms, folder)


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
    shapes = {s.name: s for s in _shapes(path)}

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
        elif shape.kind == "choice":
            assert widgets[0]["items"] == list(shape.options) and widgets[0]["value"] == "-"
        else:
            assert widgets[0]["tooltip"], f"{name} has no tooltip in Firefox"
        if shape.kind == "text":
            assert widgets[0]["multiline"] == (name in (f.LEARNED, f.ACTIONS, f.QUOTE))


def _shapes(path: Path):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from mentorat_desktop.documents.forms.page import FieldShape

    kinds = {"/Tx": "text", "/Ch": "choice"}
    found = []
    for name, field in (PdfReader(path).get_fields() or {}).items():
        if name == "mentorat_form":
            continue
        kind = kinds.get(str(field["/FT"]))
        if kind is None:
            kind = "radio" if int(field.get("/Ff") or 0) & (1 << 15) else "check"
        states = tuple(str(s)[1:] for s in field.get("/_States_") or () if s != "/Off")
        options = tuple(str(o) for o in field.get("/Opt") or ())
        found.append(FieldShape(name, kind, states if kind == "radio" else options))
    return found


@known_defect(
    "defect: a radio group's tooltip (/TU) is its question and its FIRST option's "
    "caption, so a screen reader says 'La séance a-t-elle eu lieu ? Oui' on 'Non' too",
)
def test_radio_groups_are_named_by_their_question(sqlite_database, tmp_path) -> None:
    from pypdf import PdfReader

    world = make_world(sqlite_database)
    path = all_forms(sqlite_database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    group = (PdfReader(path).get_fields() or {})[f.HELD]
    assert str(group["/TU"]) == "La séance a-t-elle eu lieu ?"


@known_defect(
    "defect: radio buttons carry no /TU of their own (only their group does), and "
    "pdf.js reads a widget's own /TU only: in Firefox they have no tooltip nor spoken name",
)
def test_firefox_names_every_radio_button(sqlite_database, tmp_path) -> None:
    need(engines.missing_pdfjs())
    world = make_world(sqlite_database)
    path = all_forms(sqlite_database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    assert all(w["tooltip"] for w in engines.pdfjs_fields(path)[f.HELD])


# --- filled as the readers fill, every value comes back -------------------------------------


@pytest.mark.parametrize("engine", ["pdf.js", "PDFium"])
def test_forms_filled_in_firefox_and_chrome_come_back_whole(
    sqlite_database, tmp_path, engine
) -> None:
    missing, fill = FILLERS[engine]
    need(missing())
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
        "What was learned": LEARNED,
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
        assert journal.learned == f"{LEARNED}\nNégocier sans céder, ça s’apprend"
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


# --- what each engine draws -----------------------------------------------------------------


def _keep(pngs: list[Path], name: str) -> None:
    """With MENTORAT_READERS_OUT set, keep the pages drawn, to look at them."""
    out = os.environ.get("MENTORAT_READERS_OUT")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        for png in pngs:
            (Path(out) / f"{name}-{png.name.rsplit('-', 1)[-1]}").write_bytes(png.read_bytes())


POPPLER_REDRAWS = known_defect(
    "pypdf leaves NeedAppearances set: Poppler then redraws every radio button as an "
    "empty square and does not draw the chosen one (the value is imported all the same)",
)
PAIRS = [
    pytest.param(filler, renderer, marks=POPPLER_REDRAWS)
    if (filler, renderer) == ("pypdf", "Poppler")
    else (filler, renderer)
    for filler in FILLERS
    for renderer in RENDERERS
]


@pytest.mark.parametrize(("filler", "renderer"), PAIRS)
def test_what_was_filled_shows_in_every_engine(sqlite_database, tmp_path, filler, renderer) -> None:
    """Typed text darkens its box; the ticked box and the chosen button look different from
    their unticked siblings drawn on the same page; unticked siblings all look alike."""
    missing_filler, fill = FILLERS[filler]
    missing_renderer, render = RENDERERS[renderer]
    need(missing_filler())
    need(missing_renderer())
    world = make_world(sqlite_database)
    blank = all_forms(sqlite_database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    values = mentor_feedback(world)
    filled = fill(blank, values, tmp_path / "filled.pdf")

    before = render(blank, tmp_path / "blank")
    after = render(filled, tmp_path / "drawn")

    _keep(after, f"{filler}-filled-{renderer}-drawn")
    assert_drawn(blank, before, after, values)


def test_firefox_prints_what_was_just_filled(sqlite_database, tmp_path) -> None:
    """Printing from Firefox before saving draws the values held in its form layer."""
    need(engines.missing_pdfjs())
    world = make_world(sqlite_database)
    blank = all_forms(sqlite_database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    values = mentor_feedback(world)

    before = engines.render_with_pdfjs(blank, tmp_path / "blank")
    printed = engines.render_with_pdfjs(blank, tmp_path / "printed", values)

    _keep(printed, "pdf.js-printed")
    assert_drawn(blank, before, printed, values)


def assert_drawn(blank: Path, before: list[Path], after: list[Path], values: Values) -> None:
    height = _page_height(blank)

    def ink(pages: list[Path], widget: engines.Widget, inset: float = 0) -> int:
        left, bottom, right, top = widget.rect  # inset: inside the border, where text goes
        inner = (left + inset, bottom + inset, right - inset, top - inset)
        return engines.dark_pixels(engines.region(pages[widget.page], inner, height))

    shapes = [w for w in engines.widgets(blank) if w.name != "mentorat_form"]
    for name in (f.LEARNED, f.ACTIONS, f.QUOTE):
        (box,) = [w for w in shapes if w.name == name]
        assert ink(after, box, 2) > ink(before, box, 2) + 100, f"{name}: no text drawn"
    groups = {f.HELD: values[f.HELD], f.RATING: values[f.RATING], f.FIT: values[f.FIT]}
    for group, chosen in {**groups, "worked": "Yes"}.items():
        buttons = [w for w in shapes if w.name.startswith(group)]
        on = [w for w in buttons if w.on_state == chosen and values.get(w.name) in (chosen, True)]
        off = [ink(after, w) for w in buttons if w not in on]
        assert len(on) == 1 and off, group
        assert ink(after, on[0]) >= max(off) + 8, f"{group}: the choice is not drawn"
        assert max(off) - min(off) <= 6, f"{group}: buttons not chosen differ"


def _page_height(path: Path) -> float:
    from pypdf import PdfReader

    return float(PdfReader(path).pages[0].mediabox.height)


# --- what each engine writes when it saves ---------------------------------------------------

HOST_FONTS = known_defect(
    "PDFium draws ’, œ and — typed in a field with host fonts it names but does not "
    "embed (ChromeSansMM in GBK, ArialUnicodeMS): they show oddly spaced in Chrome, and "
    "Poppler garbles them; the values themselves are imported right",
)


def _filled_feedback(database, tmp_path: Path, filler: str) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    missing, fill = FILLERS[filler]
    need(missing())
    world = make_world(database)
    blank = all_forms(database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    return blank, fill(blank, mentor_feedback(world), tmp_path / "filled.pdf")


@pytest.mark.parametrize("filler", list(FILLERS))
def test_saved_appearances_spell_the_french_text(sqlite_database, tmp_path, filler) -> None:
    """What each engine drew into the file reads back letter for letter (PDFium decodes it)."""
    need(engines.missing_pdfium())
    _, filled = _filled_feedback(sqlite_database, tmp_path, filler)

    text = engines.appearance_text(filled)

    for expected in (LEARNED, QUOTE, *ACTIONS):
        assert expected in text


@pytest.mark.parametrize(
    "filler", [pytest.param(n, marks=HOST_FONTS) if n == "PDFium" else n for n in FILLERS]
)
def test_saved_appearances_use_only_the_forms_fonts(sqlite_database, tmp_path, filler) -> None:
    _, filled = _filled_feedback(sqlite_database, tmp_path, filler)

    fonts = engines.appearance_fonts(filled)

    assert fonts <= {"Helvetica", "ZapfDingbats"}, fonts


@known_defect(
    "defect: the fields' border is 0.8 pt and PDFium reads /BS /W as a whole number: a "
    "text field filled in Chrome or Edge is redrawn without its border (1 pt fixes it)",
)
def test_chrome_keeps_the_border_of_a_text_field_it_filled(sqlite_database, tmp_path) -> None:
    need(engines.missing_pdfium())
    blank, filled = _filled_feedback(sqlite_database, tmp_path, "PDFium")
    before = engines.render_with_pdfium(blank, tmp_path / "blank")
    after = engines.render_with_pdfium(filled, tmp_path / "drawn")
    height = _page_height(blank)
    (box,) = [w for w in engines.widgets(blank) if w.name == f.QUOTE]
    left, _, right, top = box.rect
    edge = (left, top - 1.5, right, top + 0.5)  # the top border only: no text there

    def ink(pages: list[Path]) -> int:
        return engines.dark_pixels(engines.region(pages[0], edge, height), threshold=200)

    assert ink(after) >= ink(before) * 0.8


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


@known_defect(
    "defect: Preview saves a radio choice with the field's /T, /FT and /V merged into the "
    "chosen widget (Apple forum thread 735073); reading.py then sees a check box where the "
    "radio group was and refuses the form as changed outside its fields"
)
def test_a_radio_choice_saved_by_preview_is_read(sqlite_database, tmp_path) -> None:
    world = make_world(sqlite_database)
    blank = all_forms(sqlite_database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    saved = engines.save_radios_as_preview_does(
        blank, {f.HELD: f.HELD_YES, f.RATING: "v4"}, tmp_path / "preview.pdf"
    )

    (review,) = review_returned_forms(sqlite_database, [saved])

    assert review.problem is None
    assert {c.label: c.new for c in review.changes}["Mentor’s rating"] == "4"
