"""What the reader checks share: the answers typed, the engines that fill and draw, the forms.

Engines that are missing skip their tests with the reason; with MENTORAT_REQUIRE_READERS=1
(CI) a missing engine fails instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from mentorat_desktop.documents.forms import fields as f
from mentorat_desktop.services.forms import BuiltForm, FormKind, FormRequest
from mentorat_desktop.services.forms.build import build_forms
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


def shapes_of(path: Path):  # type: ignore[no-untyped-def]
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


def keep(pngs: list[Path], name: str) -> None:
    """With MENTORAT_READERS_OUT set, keep the pages drawn, to look at them."""
    out = os.environ.get("MENTORAT_READERS_OUT")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        for png in pngs:
            (Path(out) / f"{name}-{png.name.rsplit('-', 1)[-1]}").write_bytes(png.read_bytes())


def page_height(path: Path) -> float:
    from pypdf import PdfReader

    return float(PdfReader(path).pages[0].mediabox.height)


def filled_feedback(database, tmp_path: Path, filler: str) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    missing, fill = FILLERS[filler]
    need(missing())
    world = make_world(database)
    blank = all_forms(database, world, tmp_path)[(FormKind.FEEDBACK, world.mentor)]
    return blank, fill(blank, mentor_feedback(world), tmp_path / "filled.pdf")
