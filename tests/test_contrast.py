"""Text and check boxes read well in the light and the dark palette (WCAG AA).

4.5:1 for text against what it is drawn on, 3:1 for a check box's outline against the
table cell it sits in: an unchecked box in the skills tables was once all but invisible.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from mentorat_desktop.ui.icons import ACCENT, ACCENT_ON_DARK
from mentorat_desktop.ui.theme import (
    DANGER,
    OK,
    WARNING,
    indicator_outline,
    status_colour,
    theme_palette,
)

Role = QPalette.ColorRole
TEXT_PAIRS = (
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula() -> None:
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_and_indicators_meet_wcag_aa(qapp, theme: str) -> None:  # type: ignore[no-untyped-def]
    palette = theme_palette(QStyleFactory.create("Fusion"), theme)
    low = []
    for text, ground in TEXT_PAIRS:
        ratio = contrast(palette.color(text), palette.color(ground))
        if ratio < 4.5:
            low.append(f"{text.name} on {ground.name}: {ratio:.2f}")
    for ground in (Role.Base, Role.AlternateBase):
        ratio = contrast(indicator_outline(palette), palette.color(ground))
        if ratio < 3:
            low.append(f"check box outline on {ground.name}: {ratio:.2f}")
    assert not low, low


def test_the_accent_reads_on_both_palettes(qapp) -> None:  # type: ignore[no-untyped-def]
    for theme, colour in (("light", ACCENT), ("dark", ACCENT_ON_DARK)):
        palette = theme_palette(QStyleFactory.create("Fusion"), theme)
        assert contrast(QColor(colour), palette.color(Role.Window)) >= 4.5, theme


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_status_words_read_on_both_palettes(qapp, theme: str) -> None:  # type: ignore[no-untyped-def]
    """ "En retard", "À l’arrêt", an error under a field: the status colour reads as text."""
    palette = theme_palette(QStyleFactory.create("Fusion"), theme)
    low = [
        f"{kind} on {ground.name}: {ratio:.2f}"
        for kind in (OK, WARNING, DANGER)
        for ground in (Role.Base, Role.AlternateBase, Role.Window)
        if (ratio := contrast(QColor(status_colour(kind, palette)), palette.color(ground))) < 4.5
    ]
    assert not low, low
