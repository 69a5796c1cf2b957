"""The forms drawn by the engines of the readers participants use, and what they save.

Each engine that fills (pdf.js, PDFium, pypdf, MuPDF) is drawn by each engine that displays
(pdf.js for Firefox, PDFium for Chrome and Edge, Poppler for Evince and Okular): what was
filled shows, and the appearances each saves spell the French text with the form's fonts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorat_desktop.documents.forms import fields as f
from mentorat_desktop.services.forms import FormKind
from tests.forms_helpers import make_world
from tests.readers import engines
from tests.readers.cases import (
    ACTIONS,
    FILLERS,
    LEARNED,
    QUOTE,
    RENDERERS,
    Values,
    all_forms,
    filled_feedback,
    keep,
    known_defect,
    mentor_feedback,
    need,
    page_height,
)

# --- what each engine draws -----------------------------------------------------------------


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

    keep(after, f"{filler}-filled-{renderer}-drawn")
    assert_drawn(blank, before, after, values)


def test_firefox_prints_what_was_just_filled(sqlite_database, tmp_path) -> None:
    """Printing from Firefox before saving draws the values held in its form layer."""
    need(engines.missing_pdfjs())
    world = make_world(sqlite_database)
    blank = all_forms(sqlite_database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    values = mentor_feedback(world)

    before = engines.render_with_pdfjs(blank, tmp_path / "blank")
    printed = engines.render_with_pdfjs(blank, tmp_path / "printed", values)

    keep(printed, "pdf.js-printed")
    assert_drawn(blank, before, printed, values)


def assert_drawn(blank: Path, before: list[Path], after: list[Path], values: Values) -> None:
    height = page_height(blank)

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


# --- what each engine writes when it saves ---------------------------------------------------

HOST_FONTS = known_defect(
    "PDFium's own rule (CFX_Font::GetCharSetFromUnicode, CPDF_BAFontMap): a character of "
    "U+2000-206F (’ — “ ” …) typed in a field is drawn with a Chinese system font (SimSun on "
    "Windows, named, not embedded), œ with 'Arial Unicode MS', whatever font the field "
    "names (an embedded Noto Sans was tried too): odd in Chrome, garbled in Poppler; the "
    "values import right. Nothing in the form can change it."
)


@pytest.mark.parametrize("filler", list(FILLERS))
def test_saved_appearances_spell_the_french_text(sqlite_database, tmp_path, filler) -> None:
    """What each engine drew into the file reads back letter for letter (PDFium decodes it)."""
    need(engines.missing_pdfium())
    _, filled = filled_feedback(sqlite_database, tmp_path, filler)

    text = engines.appearance_text(filled)

    for expected in (LEARNED, QUOTE, *ACTIONS):
        assert expected in text


@pytest.mark.parametrize(
    "filler", [pytest.param(n, marks=HOST_FONTS) if n == "PDFium" else n for n in FILLERS]
)
def test_saved_appearances_use_only_the_forms_fonts(sqlite_database, tmp_path, filler) -> None:
    _, filled = filled_feedback(sqlite_database, tmp_path, filler)

    fonts = engines.appearance_fonts(filled)

    assert fonts <= {"Helvetica", "ZapfDingbats"}, fonts


@pytest.mark.parametrize("filler", ["PDFium", "pypdf"])
def test_chrome_keeps_the_border_of_a_text_field_it_filled(
    sqlite_database, tmp_path, filler
) -> None:
    """PDFium reads /BS /W as a whole number: the fields' border, once 0.8 pt, was redrawn
    as none in a text field filled in Chrome or Edge, or in any field of a file that asks
    for new appearances (pypdf); it is 1 pt (issue #19)."""
    need(engines.missing_pdfium())
    blank, filled = filled_feedback(sqlite_database, tmp_path, filler)
    before = engines.render_with_pdfium(blank, tmp_path / "blank")
    after = engines.render_with_pdfium(filled, tmp_path / "drawn")
    height = page_height(blank)
    (box,) = [w for w in engines.widgets(blank) if w.name == f.QUOTE]
    left, _, right, top = box.rect
    edge = (left, top - 1.5, right, top + 0.5)  # the top border only: no text there

    def ink(pages: list[Path]) -> int:
        return engines.dark_pixels(engines.region(pages[0], edge, height), threshold=200)

    assert ink(after) >= ink(before) * 0.8


@pytest.mark.parametrize("renderer", list(RENDERERS))
@pytest.mark.parametrize("filler", ["pdf.js", "PDFium"])
def test_a_target_level_picked_in_a_browser_shows(
    sqlite_database, tmp_path, filler, renderer
) -> None:
    """The skills questionnaire's choice list: the level picked replaces the "-" drawn."""
    missing_filler, fill = FILLERS[filler]
    missing_renderer, render = RENDERERS[renderer]
    need(missing_filler())
    need(missing_renderer())
    world = make_world(sqlite_database)
    blank = all_forms(sqlite_database, world, tmp_path)[(FormKind.SKILLS, world.mentee)]
    filled = fill(blank, {f.target(world.excel): "4"}, tmp_path / "filled.pdf")

    before = render(blank, tmp_path / "blank")
    after = render(filled, tmp_path / "drawn")

    keep(after, f"{filler}-skills-{renderer}-drawn")
    (box,) = [w for w in engines.widgets(blank) if w.name == f.target(world.excel)]
    left, bottom, right, top = box.rect
    inner = (left + 2, bottom + 2, right - 2, top - 2)
    height = page_height(blank)

    drawn = [engines.region(pages[box.page], inner, height) for pages in (before, after)]
    assert engines.differing_pixels(*drawn, threshold=48) > 10
