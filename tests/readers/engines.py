"""The PDF engines inside the readers participants use, driven as those readers drive them.

- pdf.js (Firefox): ``pdfjs.mjs`` beside this file, under Node, with the pdf.js that
  ``npm ci`` installs in ``node_modules`` here (``.ci/run`` does it).
- PDFium (Chrome, Edge): pypdfium2, forms drawn (``init_forms``); filled by clicking and
  typing through PDFium's form-filling calls, as the viewer of Chrome does.
- Poppler (Evince, Okular, and many print paths): ``pdftoppm``.

Each says why it is missing in ``missing_*`` so that a test can skip with that reason.
"""

from __future__ import annotations

import ctypes
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
PDFJS_SCRIPT = HERE / "pdfjs.mjs"
PDFJS_PACKAGE = HERE / "node_modules" / "pdfjs-dist" / "package.json"
DPI = 100
Values = dict[str, str | bool]


# --- pdf.js -------------------------------------------------------------------------------


def missing_pdfjs() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed: pdf.js (Firefox's engine) cannot run"
    if not PDFJS_PACKAGE.exists():
        return "pdf.js is not installed: run `npm ci --prefix tests/readers`"
    return None


def pdfjs_version() -> str:
    return str(json.loads(PDFJS_PACKAGE.read_text())["version"])


def _node(*args: str) -> Any:
    done = subprocess.run(
        ["node", str(PDFJS_SCRIPT), *args], capture_output=True, text=True, timeout=120
    )
    if done.returncode != 0:
        raise AssertionError(f"pdf.js failed: {done.stderr.strip()}")
    return json.loads(done.stdout)


def pdfjs_fields(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every field pdf.js sees: name -> its widgets (type, exportValue, items, tooltip…)."""
    found: dict[str, list[dict[str, Any]]] = _node("fields", str(path))
    return found


def fill_with_pdfjs(source: Path, values: Values, target: Path) -> Path:
    """Fill as Firefox's form layer does (per widget, in its annotation storage) and save."""
    _node("fill", str(source), str(target), json.dumps(values))
    return target


def render_with_pdfjs(path: Path, prefix: Path, values: Values | None = None) -> list[Path]:
    """Pages as pdf.js draws them (with ``values``: as Firefox prints them after filling)."""
    args = ["render", str(path), str(prefix)] + ([json.dumps(values)] if values else [])
    return [Path(p) for p in _node(*args)["pages"]]


# --- PDFium -------------------------------------------------------------------------------


def missing_pdfium() -> str | None:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return "pypdfium2 is not installed (pip install -e '.[test]'): PDFium cannot run"
    return None


def render_with_pdfium(path: Path, prefix: Path) -> list[Path]:
    """Pages as Chrome and Edge draw them: PDFium with its form layer on."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    document.init_forms()
    written = []
    try:
        for number, page in enumerate(document, start=1):
            bitmap = page.render(scale=DPI / 72, may_draw_forms=True)
            out = Path(f"{prefix}-{number}.png")
            bitmap.to_pil().save(out)
            written.append(out)
    finally:
        document.close()
    return written


@dataclass(frozen=True)
class Widget:
    name: str
    page: int  # from 0
    rect: tuple[float, float, float, float]
    on_state: str | None  # a button's state other than Off


def widgets(path: Path) -> list[Widget]:
    """Every widget of the form, with its field's name (pypdf reads the structure)."""
    from pypdf import PdfReader

    found = []
    for number, page in enumerate(PdfReader(path).pages):
        for annotation in page.get("/Annots") or ():
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Widget":
                continue
            field = annotation if "/T" in annotation else annotation["/Parent"].get_object()
            on = None
            if (annotation.get("/FT") or field.get("/FT")) == "/Btn":
                states = (annotation.get("/AP") or {}).get("/N", {}).keys()
                on = next((s[1:] for s in states if s != "/Off"), None)
            rect = tuple(float(v) for v in annotation["/Rect"])
            found.append(Widget(str(field["/T"]), number, rect, on))  # type: ignore[arg-type]
    return found


def _wide(text: str) -> Any:
    import pypdfium2.raw as raw

    buffer = ctypes.create_string_buffer(text.encode("utf-16-le") + b"\0\0")
    return ctypes.cast(buffer, raw.FPDF_WIDESTRING), buffer


def fill_with_pdfium(
    source: Path, values: Values, target: Path, *, incremental: bool = False
) -> Path:
    """Fill as a person does in Chrome or Edge: click each box, type each text, pick each
    choice, through PDFium's form-filling calls; then save, whole or as an incremental
    update (the file as it was, with the changes appended). A check box given True is
    clicked, which toggles it, as a person's click does; False leaves it alone."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    shapes = widgets(source)
    document = pdfium.PdfDocument(str(source))
    document.init_forms()
    assert document.formenv is not None
    form = document.formenv.raw
    pages = [document[n] for n in range(len(document))]
    try:
        for name, wanted in values.items():
            mine = [w for w in shapes if w.name == name]
            if not mine:
                raise AssertionError(f"no field {name}")
            if mine[0].on_state is not None:  # a check box, or a radio group's buttons
                if wanted is not False:
                    button = mine[0] if wanted is True else _with_state(mine, str(wanted))
                    _click(form, pages[button.page].raw, button)
                continue
            widget = mine[0]
            page = pages[widget.page].raw
            _click(form, page, widget)
            options = _options(source, name)
            if options:
                raw.FORM_SetIndexSelected(form, page, options.index(str(wanted)), True)
            else:
                raw.FORM_SelectAllText(form, page)
                text, keep = _wide(str(wanted))
                raw.FORM_ReplaceSelection(form, page, text)
                del keep
            raw.FORM_ForceToKillFocus(form)
        raw.FORM_ForceToKillFocus(form)
        document.save(str(target), flags=raw.FPDF_INCREMENTAL if incremental else 0)
    finally:
        for page in pages:
            page.close()
        document.close()
    return target


def _with_state(mine: list[Widget], state: str) -> Widget:
    for widget in mine:
        if widget.on_state == state:
            return widget
    raise AssertionError(f"no button {mine[0].name}={state}")


def _click(form: Any, page: Any, widget: Widget) -> None:
    import pypdfium2.raw as raw

    left, bottom, right, top = widget.rect
    x, y = (left + right) / 2, (bottom + top) / 2
    raw.FORM_OnMouseMove(form, page, 0, x, y)
    raw.FORM_OnLButtonDown(form, page, 0, x, y)
    raw.FORM_OnLButtonUp(form, page, 0, x, y)


def _options(path: Path, name: str) -> list[str]:
    from pypdf import PdfReader

    field = (PdfReader(path).get_fields() or {}).get(name) or {}
    if field.get("/FT") != "/Ch":
        return []
    return [str(o[0] if isinstance(o, list) else o) for o in field.get("/Opt") or ()]


def appearance_text(path: Path) -> str:
    """The text the saved appearances of the fields draw, as PDFium decodes it.

    Flattening makes each widget's appearance part of the page, so PDFium's text layer reads
    it through the font's encoding: a letter the appearance cannot draw is missing here."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(str(path))
    texts = []
    try:
        for page in document:
            raw.FPDFPage_Flatten(page.raw, raw.FLAT_PRINT)
        document_bytes = _saved(document)
    finally:
        document.close()
    flattened = pdfium.PdfDocument(document_bytes)
    try:
        for page in flattened:
            texts.append(page.get_textpage().get_text_range())
    finally:
        flattened.close()
    return "\n".join(texts)


def _saved(document: Any) -> bytes:
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- Poppler -------------------------------------------------------------------------------


def missing_poppler() -> str | None:
    return None if shutil.which("pdftoppm") else "pdftoppm (poppler-utils) is not installed"


def render_with_poppler(path: Path, prefix: Path) -> list[Path]:
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", str(path), str(prefix)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sorted(prefix.parent.glob(f"{prefix.name}-*.png"))


# --- comparing renders ---------------------------------------------------------------------


def region(png: Path, rect: tuple[float, float, float, float], page_height: float) -> Any:
    """The pixels of a PDF rectangle (points, origin bottom left) in a page rendered at DPI."""
    from PIL import Image

    image = Image.open(png).convert("L")
    scale = DPI / 72
    left, bottom, right, top = rect
    box = (
        round(left * scale),
        round((page_height - top) * scale),
        round(right * scale),
        round((page_height - bottom) * scale),
    )
    return image.crop(box)


def differing_pixels(a: Any, b: Any, threshold: int = 64) -> int:
    """How many pixels of two same-sized greyscale crops differ clearly."""
    from PIL import ImageChops

    return sum(ImageChops.difference(a, b).histogram()[threshold + 1 :])


def dark_pixels(image: Any, threshold: int = 128) -> int:
    """How many pixels of a greyscale crop are darker than ``threshold``."""
    return sum(image.histogram()[:threshold])


def appearance_fonts(path: Path) -> set[str]:
    """The fonts the text fields' saved appearances draw with, by their base name."""
    from pypdf import PdfReader

    found = set()
    for page in PdfReader(path).pages:
        for annotation in page.get("/Annots") or ():
            annotation = annotation.get_object()
            appearance = (annotation.get("/AP") or {}).get("/N")
            if appearance is None or annotation.get("/FT") != "/Tx":
                continue
            appearance = appearance.get_object()
            fonts = (appearance.get("/Resources") or {}).get("/Font") or {}
            for font in fonts.values():
                found.add(str(font.get_object().get("/BaseFont", "")).lstrip("/"))
    return found


# --- macOS Preview (documentation only) ------------------------------------------------------


def save_radios_as_preview_does(source: Path, choices: dict[str, str], target: Path) -> Path:
    """A radio choice saved the way Apple's developer forum (thread 735073, "PDF forms with
    Radio Buttons Do Not Properly Save", macOS 12 and later) says Preview saves it: the
    chosen button's widget loses its /Parent and gets the field's /T, /FT and /V merged
    into it, while the parent field is left as it was. Preview itself cannot run here."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        for annotation in page.get("/Annots") or ():
            widget = annotation.get_object()
            parent = widget.get("/Parent")
            if parent is None or str(parent.get_object()["/T"]) not in choices:
                continue
            name = str(parent.get_object()["/T"])
            state = next(s for s in widget["/AP"]["/N"] if s != "/Off")
            if state[1:] != choices[name]:
                continue
            del widget["/Parent"]
            widget[NameObject("/T")] = TextStringObject(name)
            widget[NameObject("/FT")] = NameObject("/Btn")
            widget[NameObject("/V")] = NameObject(state)
            widget[NameObject("/AS")] = NameObject(state)
    with target.open("wb") as handle:
        writer.write(handle)
    return target
