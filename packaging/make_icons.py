"""Render the application icon from its SVG sources into PNG sizes, ICO and ICNS.

    .venv/bin/pip install -e ".[build]" && .venv/bin/python packaging/make_icons.py

The outputs are committed under resources/icons/app/ so a build needs neither Pillow nor
this script. mentorat-small.svg is drawn on a 16-pixel grid for the sizes where the full
drawing would blur; mentorat.svg serves every larger size.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
OUT = ICONS / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 24
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def source_for(size: int) -> Path:
    return ICONS / ("mentorat-small.svg" if size <= SMALL_UP_TO else "mentorat.svg")


def render(svg: Path, size: int) -> Image.Image:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: render(source_for(size), size) for size in SIZES}
    for size, image in images.items():
        image.save(OUT / f"mentorat-{size}.png", optimize=True)
    largest_ico = images[ICO_SIZES[-1]]
    largest_ico.save(
        OUT / "mentorat.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES[:-1]],
    )
    images[ICNS_SIZES[-1]].save(
        OUT / "mentorat.icns", append_images=[images[s] for s in ICNS_SIZES[:-1]]
    )
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
