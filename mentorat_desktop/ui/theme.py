"""Light and dark palettes for the screenshots and for testing both themes, and check boxes
whose outline can be seen in both.

Fusion outlines a check box with the window colour darkened, which on a dark palette is the
colour of the box itself: an unchecked box in the skills tables was all but invisible. The
outline drawn here is mixed from the text and base colours, so it keeps WCAG's 3:1 for
indicators on any palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from mentorat_desktop.ui.icons import ACCENT

_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)
_TEXT_SHARE = 0.55  # of the text colour in an indicator's outline, the rest is the base's


def indicator_outline(palette: QPalette) -> QColor:
    """The outline of a check box: between the text and the base colour, readable on both."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)

    def mix(t: int, b: int) -> int:
        return round(_TEXT_SHARE * t + (1 - _TEXT_SHARE) * b)

    return QColor(
        mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue())
    )


class OutlinedIndicators(QProxyStyle):
    """The base style, with every check box and radio button outlined in `indicator_outline()`."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS:
            return
        painter.save()
        painter.setPen(indicator_outline(option.palette))
        painter.setBrush(QColor(0, 0, 0, 0))
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawEllipse(option.rect.adjusted(1, 1, -1, -1))
        else:
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


def outline_check_indicators(app: QApplication) -> None:
    """Under Fusion (Linux's usual style and the screenshots'), outline the check boxes."""
    style = app.style()
    if isinstance(style, OutlinedIndicators) or style.name().lower() != "fusion":
        return
    proxy = OutlinedIndicators("Fusion")
    proxy.setParent(app)
    app.setStyle(proxy)


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion with a light or dark palette, the accent used for selection only."""
    style = OutlinedIndicators("Fusion")
    style.setParent(app)
    app.setStyle(style)
    app.setPalette(theme_palette(style, theme))


def theme_palette(style: QStyle, theme: str) -> QPalette:
    """The light or dark palette of `apply_theme()`."""
    palette = style.standardPalette()
    if theme == "dark":
        colours = {
            QPalette.ColorRole.Window: "#202124",
            QPalette.ColorRole.WindowText: "#E8EAED",
            QPalette.ColorRole.Base: "#17181A",
            QPalette.ColorRole.AlternateBase: "#26282B",
            QPalette.ColorRole.Text: "#E8EAED",
            QPalette.ColorRole.Button: "#2A2C30",
            QPalette.ColorRole.ButtonText: "#E8EAED",
            QPalette.ColorRole.ToolTipBase: "#2A2C30",
            QPalette.ColorRole.ToolTipText: "#E8EAED",
            QPalette.ColorRole.PlaceholderText: "#9AA0A6",
            QPalette.ColorRole.Mid: "#3C4043",
            QPalette.ColorRole.Dark: "#111214",
            QPalette.ColorRole.Light: "#3C4043",
        }
        for role, colour in colours.items():
            palette.setColor(role, QColor(colour))
        disabled = QPalette.ColorGroup.Disabled
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(disabled, role, QColor("#6F7378"))
        palette.setColor(disabled, QPalette.ColorRole.Button, QColor("#232427"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    return palette


OK, WARNING, DANGER = "ok", "warning", "danger"
STATUS_ON_LIGHT = {OK: "#1E6B24", WARNING: "#8F4F00", DANGER: "#A52019"}
STATUS_ON_DARK = {OK: "#81C995", WARNING: "#F6B26B", DANGER: "#F28B82"}


def status_colour(kind: str, palette: QPalette | None = None) -> str:
    """The colour of a status word (on track, late, an error) that reads on the palette:
    the darker shade on a light palette, the lighter one on a dark palette (4.5:1 on both)."""
    palette = palette or QApplication.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    return (STATUS_ON_DARK if dark else STATUS_ON_LIGHT)[kind]
