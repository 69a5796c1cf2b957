"""The page of a fillable form: the documents' letterhead, a cursor down the page, fields.

Forms are drawn straight on a canvas rather than with Platypus: a field needs its absolute
place on the page, and a question must never be split from its answer box by a page break
(``room`` moves a whole question to the next page).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.acroform import PDFFromString
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfgen import canvas as pdf_canvas

from mentorat_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from mentorat_desktop.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    INK,
    MARGIN,
    MUTED,
    RULE,
    Letterhead,
    Translate,
    _draw_logo,
    page_size,
)

IDENTIFIER_FIELD = "mentorat_form"
FIELD_FONT = "Helvetica"  # see the package's docstring: fields name a standard-14 font
WHITE = Color(1, 1, 1)


@dataclass(frozen=True)
class FieldShape:
    """What a returned form must still have: a field's name, kind and options."""

    name: str
    kind: str  # "text", "check", "radio", "choice"
    options: tuple[str, ...] = ()


def layout_digest(shapes: Iterable[FieldShape]) -> str:
    """A short digest of a form's fields, the same whoever lists them and in what order."""
    lines = sorted(f"{s.name}:{s.kind}:{','.join(sorted(s.options))}" for s in shapes)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def _reuse_button_appearances(form: Any) -> None:
    """Draw each look of a button (state, colours, size) once per form: ReportLab computes
    it again for every widget, then keeps one copy of identical ones. The questionnaire
    of a 20-skill catalogue has 840 such looks and a dozen different ones."""
    original = form.checkboxAP
    made: dict[str, Any] = {}

    def appearance(*args: Any, **kwargs: Any) -> Any:
        key = repr((args, sorted(kwargs.items())))
        if key not in made:
            made[key] = original(*args, **kwargs)
        return made[key]

    form.checkboxAP = appearance


@dataclass
class FormPage:
    letterhead: Letterhead
    title: str
    translate: Translate
    shapes: list[FieldShape] = field(default_factory=list)

    def __post_init__(self) -> None:
        register_fonts()
        self.buffer = io.BytesIO()
        self.size = page_size(self.letterhead.paper)
        self.canvas = pdf_canvas.Canvas(
            self.buffer,
            pagesize=self.size,
            initialFontName=REGULAR,  # type: ignore[arg-type]  # the stubs say float
            initialFontSize=10,
            lang=self.letterhead.language,  # screen readers read it in the right language
        )
        self.canvas.setTitle(self.title)
        self.canvas.setAuthor("Mentorat")
        self.canvas.setCreator("Mentorat")
        self.width = self.size[0] - 2 * MARGIN
        _reuse_button_appearances(self.canvas.acroForm)
        self.page = 1
        self._radios: dict[str, tuple[str, ...]] = {}
        self._start_page()

    # --- pages ---------------------------------------------------------------------------

    def _start_page(self) -> None:
        c = self.canvas
        width, height = self.size
        top = height - MARGIN
        if self.letterhead.logo:
            _draw_logo(c, self.letterhead.logo, MARGIN, top)
        c.setFont(BOLD, 9)
        c.setFillColor(MUTED)
        c.drawRightString(width - MARGIN, top - 10, self.letterhead.company_name[:90])
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.2)
        rule = top - HEADER_HEIGHT + 4 * mm
        c.line(MARGIN, rule, width - MARGIN, rule)
        c.setFont(REGULAR, 8)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, MARGIN + 8 * mm, width - MARGIN, MARGIN + 8 * mm)
        c.drawString(MARGIN, MARGIN + 3 * mm, self.title[:100])
        page = self.translate("Forms", "Page {number}").format(number=self.page)
        c.drawRightString(width - MARGIN, MARGIN + 3 * mm, page)
        self.y = top - HEADER_HEIGHT
        self.bottom = MARGIN + FOOTER_HEIGHT

    def room(self, height: float) -> None:
        """Go on to a new page unless ``height`` points still fit on this one."""
        if self.y - height < self.bottom:
            self.canvas.showPage()
            self.page += 1
            self._start_page()

    # --- text ----------------------------------------------------------------------------

    def lines(
        self, text: str, size: float, width: float | None = None, font: str = REGULAR
    ) -> list[str]:
        found: list[str] = []
        for paragraph in text.splitlines() or [""]:
            found.extend(simpleSplit(paragraph, font, size, width or self.width) or [""])
        return found

    def text(
        self,
        text: str,
        *,
        size: float = 10,
        font: str = REGULAR,
        colour: Color = INK,
        after: float = 4,
        x: float = MARGIN,
        width: float | None = None,
    ) -> None:
        lines = self.lines(text, size, width, font)
        leading = size * 1.35
        self.room(leading * len(lines))
        self.canvas.setFont(font, size)
        self.canvas.setFillColor(colour)
        for line in lines:
            self.y -= leading
            self.canvas.drawString(x, self.y + size * 0.25, line)
        self.y -= after

    def title_block(self, title: str, subtitle: str) -> None:
        self.text(title, size=18, font=BOLD, after=2)
        self.text(subtitle, size=11, colour=MUTED, after=6)

    def heading(self, text: str) -> None:
        self.room(60)  # never alone at the foot of a page
        self.y -= 6
        self.text(text, size=12, font=BOLD, colour=ACCENT, after=3)

    def note(self, text: str) -> None:
        self.text(text, size=8.5, colour=MUTED, after=6)

    def caption(self, text: str, x: float, y: float, size: float = 9) -> None:
        self.canvas.setFont(REGULAR, size)
        self.canvas.setFillColor(INK)
        self.canvas.drawString(x, y, text)

    # --- fields --------------------------------------------------------------------------

    def _style(self) -> dict[str, object]:
        return {
            "fillColor": WHITE,
            "borderColor": ACCENT,
            "textColor": INK,
            "borderWidth": 1,  # PDFium reads the width as a whole number: 0.8 would be 0
        }

    def text_box(self, name: str, label: str, *, lines: int = 1) -> None:
        """A question and the box that answers it (several lines: a multi-line field)."""
        height = 16 + 12 * (lines - 1) + 4
        label_lines = self.lines(label, 10)
        self.room(height + 14 * len(label_lines) + 6)
        self.text(label, after=2)
        self.y -= height
        self.canvas.acroForm.textfield(
            name=name,
            tooltip=label,
            value="",
            x=round(MARGIN),
            y=round(self.y),
            width=round(self.width),
            height=height,
            fontName=FIELD_FONT,
            fontSize=10,
            fieldFlags="multiline" if lines > 1 else "",
            maxlen=4000 if lines > 1 else 300,
            **self._style(),  # type: ignore[arg-type]
        )
        self.shapes.append(FieldShape(name, "text"))
        self.y -= 8

    def radio(
        self,
        name: str,
        value: str,
        x: float,
        y: float,
        tooltip: str,
        size: float = 12,
        *,
        button_tooltip: str = "",
        selected: bool = False,
    ) -> None:
        """A radio button; ``tooltip`` names its group (ReportLab keeps the first button's),
        ``button_tooltip`` the button itself, which is all pdf.js (Firefox) reads."""
        form: Any = self.canvas.acroForm
        form.radio(
            name=name,
            value=value,
            selected=selected,
            buttonStyle="circle",
            shape="circle",
            x=round(x),
            y=round(y),
            size=round(size),
            tooltip=tooltip,
            fieldFlags="noToggleToOff radio",
            **self._style(),
        )
        if button_tooltip:
            widget = form._radios[name].kids[-1]
            document: Any = form.canv._doc
            document.idToObject[widget.name]["TU"] = PDFString(button_tooltip)
        self._radios[name] = (*self._radios.get(name, ()), value)

    def check(
        self,
        name: str,
        x: float,
        y: float,
        tooltip: str,
        size: float = 12,
        *,
        checked: bool = False,
    ) -> None:
        self.canvas.acroForm.checkbox(
            name=name,
            checked=checked,
            buttonStyle="check",
            shape="square",
            x=round(x),
            y=round(y),
            size=round(size),
            tooltip=tooltip,
            fieldFlags="",
            **self._style(),  # type: ignore[arg-type]
        )
        self.shapes.append(FieldShape(name, "check"))

    def choice(
        self,
        name: str,
        options: Sequence[str],
        x: float,
        y: float,
        width: float,
        tooltip: str,
        *,
        value: str | None = None,
    ) -> None:
        self.canvas.acroForm.choice(
            name=name,
            value=value if value is not None and value in options else options[0],
            options=list(options),
            x=round(x),
            y=round(y),
            width=round(width),
            height=14,
            tooltip=tooltip,
            fontName=FIELD_FONT,
            fontSize=9,
            fieldFlags="combo",
            **self._style(),  # type: ignore[arg-type]
        )
        self.shapes.append(FieldShape(name, "choice", tuple(options)))

    def radio_row(self, name: str, label: str, options: Sequence[tuple[str, str]]) -> None:
        """A question answered by one of a few options, each a button and its caption."""
        label_lines = self.lines(label, 10)
        self.room(14 * len(label_lines) + 26)
        self.text(label, after=2)
        self.y -= 16
        x = MARGIN
        for value, caption in options:
            self.radio(name, value, x, self.y, label, button_tooltip=f"{label} {caption}")
            self.caption(caption, x + 16, self.y + 3)
            x += 16 + self.canvas.stringWidth(caption, REGULAR, 9) + 18
        self.y -= 10

    def check_row(self, name: str, caption: str) -> None:
        self.room(18)
        self.y -= 14
        self.check(name, MARGIN, self.y, caption)
        self.caption(caption, MARGIN + 18, self.y + 3)
        self.y -= 4

    # --- the end -------------------------------------------------------------------------

    def finish(self, identify: Callable[[str], str]) -> bytes:
        """Add the hidden identifier (``identify`` gets the digest of the fields) and save."""
        shapes = [*self.shapes, *(FieldShape(n, "radio", v) for n, v in self._radios.items())]
        identifier = identify(layout_digest(shapes))
        self.canvas.acroForm.textfield(
            name=IDENTIFIER_FIELD,
            value=identifier,
            x=round(MARGIN),
            y=round(MARGIN),
            width=20,
            height=8,
            fontName=FIELD_FONT,
            fontSize=1,
            fieldFlags="readOnly",
            annotationFlags="hidden",
            maxlen=len(identifier),  # a whole catalogue's skill numbers make it long
        )
        self._resources()
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()

    def _resources(self) -> None:
        """The form's default resources name ZapfDingbats beside Helvetica: a reader that
        redraws the check marks and radio dots itself (NeedAppearances, set by some filling
        programs) finds the font they use. ReportLab lists only the text fields' font, and
        would write a second /Font key for a second font, so the dictionary is ours."""
        form: Any = self.canvas.acroForm
        form.makeFont(FIELD_FONT)
        zapf = form.getRefStr(
            PDFFromString("<< /BaseFont /ZapfDingbats /Subtype /Type1 /Name /ZaDb /Type /Font >>")
        )
        fonts = " ".join(
            f"/{name} {ref}" for name, ref in sorted({**form.fonts, "ZaDb": zapf}.items())
        )
        form.extras["DR"] = PDFFromString(
            f"<< /Encoding << /RLAFencoding {form.encRefStr} >> /Font << {fonts} >> >>"
        )


__all__ = ["ACCENT_LIGHT", "FieldShape", "FormPage", "layout_digest"]
