"""Icons from resources/icons/, tinted with the palette so they suit light and dark themes."""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mentorat_desktop.config import resource_path

ACCENT = "#1F6F8B"
ACCENT_ON_DARK = "#6CC0DD"  # the same hue, light enough to read on a dark palette
SIZES = (16, 24, 32, 48, 64)


def _palette_colour() -> str:
    app = QGuiApplication.instance()
    if app is None:
        return "#202020"
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


def accent() -> str:
    """The accent colour that reads on the current palette's background."""
    if QGuiApplication.instance() is None:
        return ACCENT
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return ACCENT_ON_DARK if window.lightnessF() < 0.5 else ACCENT


@cache
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def _pixmap(svg_text: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def icon(name: str, colour: str | QColor | None = None) -> QIcon:
    """A Lucide icon drawn in ``colour`` (the palette's text colour by default)."""
    tint = colour.name() if isinstance(colour, QColor) else (colour or _palette_colour())
    return QIcon(_drawn(name, tint))  # a copy: QIcon is implicitly shared


@lru_cache(maxsize=256)
def _drawn(name: str, tint: str) -> QIcon:
    """Drawn once per name and colour: the to-do list drew five pixmaps per line per refresh."""
    text = _svg(name).replace("currentColor", tint)
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_pixmap(text, size))
    return result


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon from its pre-rendered sizes (packaging/make_icons.py), crisp at
    16 px where the full drawing would blur."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        path = resource_path("icons", "app", f"mentorat-{size}.png")
        result.addFile(str(path), QSize(size, size))
    return result
