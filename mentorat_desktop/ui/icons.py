"""Icons from resources/icons/, tinted with the palette so they suit light and dark themes."""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from mentorat_desktop.config import resource_path

ACCENT = "#1F6F8B"
ACCENT_ON_DARK = "#6CC0DD"  # the same hue, light enough to read on a dark palette


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


def _pixmap(svg_text: str, side: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return pixmap


class TintedSvgEngine(QIconEngine):
    """Draws the tinted drawing at the size asked, when first asked, and keeps it: the shell
    drew every icon at five sizes before its first paint, for the one size it shows."""

    def __init__(self, svg_text: str) -> None:
        super().__init__()
        self.svg_text = svg_text
        self.drawn: dict[tuple[int, int], QPixmap] = {}  # (side in device pixels, mode)

    def _drawn(self, side: int, mode: QIcon.Mode) -> QPixmap:
        key = (side, mode.value)
        if key not in self.drawn:
            pixmap = _pixmap(self.svg_text, side)
            app = QApplication.instance()
            if mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected) and isinstance(
                app, QApplication
            ):  # as Qt's own icons: greyed or tinted by the style
                pixmap = app.style().generatedIconPixmap(mode, pixmap, QStyleOption())
            self.drawn[key] = pixmap
        return self.drawn[key]

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = max(1, round(min(size.width(), size.height()) * scale))
        pixmap = QPixmap(self._drawn(side, mode))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = min(rect.width(), rect.height())
        square = QRect(0, 0, side, side)
        square.moveCenter(rect.center())
        painter.drawPixmap(square, self.scaledPixmap(QSize(side, side), mode, state, scale))

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.svg_text)


def icon(name: str, colour: str | QColor | None = None) -> QIcon:
    """A Lucide icon drawn in ``colour`` (the palette's text colour by default)."""
    tint = colour.name() if isinstance(colour, QColor) else (colour or _palette_colour())
    return QIcon(_drawn(name, tint))  # a copy: QIcon is implicitly shared


@lru_cache(maxsize=256)
def _drawn(name: str, tint: str) -> QIcon:
    """One icon per name and colour, each size drawn once (the to-do list drew five pixmaps
    per line per refresh)."""
    return QIcon(TintedSvgEngine(_svg(name).replace("currentColor", tint)))


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon from its pre-rendered sizes (packaging/make_icons.py), crisp at
    16 px where the full drawing would blur."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        path = resource_path("icons", "app", f"mentorat-{size}.png")
        result.addFile(str(path), QSize(size, size))
    return result
