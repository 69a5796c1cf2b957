"""The shared look of every printed document: page, header, footer, type scale, colours.

One family (Noto Sans) in three sizes, the app's accent colour used sparingly, the
company's logo and name in the header, "page X of Y" in the footer.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Protocol
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

if TYPE_CHECKING:
    import PIL.Image

from mentorat_desktop.documents.fonts import BOLD, FAMILY, ITALIC, REGULAR, register_fonts

ACCENT = colors.HexColor("#1F6F8B")
ACCENT_LIGHT = colors.HexColor("#E6F1F5")
INK = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C9D3DA")

MARGIN = 20 * mm
HEADER_HEIGHT = 18 * mm
FOOTER_HEIGHT = 12 * mm
LOGO_BOX = (34 * mm, 14 * mm)


class Translate(Protocol):
    """A document's translator: ``translate(context, source)``, or with ``None, n`` for a
    "%n" text, whose plural form follows the document's language."""

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


def page_size(paper: str) -> tuple[float, float]:
    return LETTER if paper.lower() == "letter" else A4


def text(value: object) -> str:
    """Escape anything given to Paragraph markup, so `&`, `<` and `>` print as typed."""
    return escape(str(value), {'"': "&quot;"}).replace("\n", "<br/>")


@dataclass(frozen=True)
class Letterhead:
    """What every page shows of the company."""

    company_name: str = ""
    logo: bytes | None = None
    paper: str = "A4"
    language: str = "fr"


@dataclass
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    centred: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    name: ParagraphStyle
    bullet: ParagraphStyle
    subheading: ParagraphStyle
    quote: ParagraphStyle
    figure: ParagraphStyle
    extra: dict[str, ParagraphStyle] = field(default_factory=dict)


@cache
def styles() -> Styles:
    """The type scale, built once per process (a document asks for it many times)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=10, leading=14.5, textColor=INK, alignment=TA_LEFT
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=20, leading=25, spaceAfter=4
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=16, textColor=MUTED, spaceAfter=10
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=ParagraphStyle("body_spaced", parent=body, spaceAfter=5),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=11, textColor=MUTED),
        label=ParagraphStyle("label", parent=body, fontSize=8, leading=11, textColor=MUTED),
        centred=ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=9, leading=12),
        name=ParagraphStyle("name", parent=body, fontName=BOLD, fontSize=18, leading=23),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=12,
            bulletIndent=2,
            spaceAfter=3,
            bulletFontName=REGULAR,
        ),
        figure=ParagraphStyle("figure", parent=body, fontName=BOLD, fontSize=15, leading=19),
        quote=ParagraphStyle(
            "quote", parent=body, fontName=ITALIC, leftIndent=14, textColor=MUTED, spaceAfter=6
        ),
        subheading=ParagraphStyle(
            "subheading", parent=body, fontName=BOLD, spaceBefore=6, spaceAfter=2, keepWithNext=1
        ),
    )


def paragraph(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped)."""
    return Paragraph(text(value), style)


def markup(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose markup we wrote ourselves; callers escape every value they insert."""
    return Paragraph(value, style)


class Table(platypus.Table):
    """A table whose cells default to our font (ReportLab's default declares Helvetica)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle(platypus.TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]))


def _numbered_canvas(
    footer: Callable[[pdf_canvas.Canvas, int, int], None],
) -> type[pdf_canvas.Canvas]:
    """A canvas that knows the page count when it draws each footer ("page 2 of 5")."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR  # else ReportLab declares Helvetica
            kwargs.setdefault("initialFontSize", 10)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # private, so not in the stubs

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


LOGO_DPI = 300  # print resolution: more pixels only make every file bigger and slower


@lru_cache(maxsize=4)
def _logo_image(logo: bytes) -> ImageReader | None:
    """Decoded once for a whole batch of documents, and no larger than the logo box at
    300 dpi: every PDF compresses the logo's pixels again, so a 4,000-pixel logo would cost
    every certificate of a batch far more than its printed size needs."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(logo)) as source:
            image = source.convert("RGBA" if _has_alpha(source) else "RGB")
        box_w, box_h = (round(side / inch * LOGO_DPI) for side in LOGO_BOX)
        scale = min(box_w / image.width, box_h / image.height)
        if scale < 1:
            size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
            image = image.resize(size, Image.Resampling.LANCZOS)
        reader = ImageReader(image)
        reader.getSize()
    except Exception:  # an unreadable logo prints no logo rather than no document
        return None
    return reader


def _has_alpha(image: PIL.Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _draw_logo(canvas: pdf_canvas.Canvas, logo: bytes, x: float, top: float) -> None:
    image = _logo_image(logo)
    if image is None:
        return
    width, height = image.getSize()
    box_w, box_h = LOGO_BOX
    scale = min(box_w / width, box_h / height)
    canvas.drawImage(image, x, top - height * scale, width * scale, height * scale, mask="auto")


def build(
    story: Sequence[Flowable],
    letterhead: Letterhead,
    title: str,
    translate: Translate,
    *,
    author: str = "Mentorat",
) -> bytes:
    """Lay the story out on pages with the letterhead; return the PDF's bytes."""
    register_fonts()
    size = page_size(letterhead.paper)
    width, height = size
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=title,
        author=author,
        creator="Mentorat",
        lang=letterhead.language,
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER_HEIGHT,
        width - 2 * MARGIN,
        height - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def header(canvas: pdf_canvas.Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = height - MARGIN
        if letterhead.logo:
            _draw_logo(canvas, letterhead.logo, MARGIN, top)
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, top - 10, letterhead.company_name[:90])
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(
            MARGIN, top - HEADER_HEIGHT + 4 * mm, width - MARGIN, top - HEADER_HEIGHT + 4 * mm
        )
        canvas.restoreState()

    def footer(canvas: pdf_canvas.Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, MARGIN + 8 * mm, width - MARGIN, MARGIN + 8 * mm)
        canvas.drawString(MARGIN, MARGIN + 3 * mm, title[:100])
        canvas.drawRightString(
            width - MARGIN,
            MARGIN + 3 * mm,
            translate("Documents", "Page {number} of {total}").format(number=number, total=total),
        )
        canvas.restoreState()

    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=header)])
    document.build(list(story), canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()


__all__ = ["FAMILY"]
