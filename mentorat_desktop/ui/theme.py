"""Light and dark palettes for the screenshots and for testing both themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mentorat_desktop.ui.icons import ACCENT


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion with a light or dark palette, the accent used for selection only."""
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
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
    app.setPalette(palette)
