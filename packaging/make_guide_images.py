"""Make the user guide's screenshots, small, from `mentorat screenshots`.

    QT_QPA_PLATFORM=offscreen mentorat --lang fr screenshots --out /tmp/shots-fr
    QT_QPA_PLATFORM=offscreen mentorat --lang en screenshots --out /tmp/shots-en
    python packaging/make_guide_images.py /tmp/shots-fr /tmp/shots-en

Each picture is reduced to 680 pixels wide and to a palette of 64 colours, so the guide's
eighteen pictures stay under a megabyte and a half.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

from mentorat_desktop.ui.help.guide import VIEW_PAGES

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "resources" / "guide" / "images"
SHOTS = (*VIEW_PAGES, "first-start-dialog", "backup-dialog", "match-dialog")
WIDTH = 680


def reduce(source: Path, target: Path) -> int:
    with Image.open(source) as picture:
        picture = picture.convert("RGB")
        if picture.width > WIDTH:
            height = round(picture.height * WIDTH / picture.width)
            picture = picture.resize((WIDTH, height), Image.Resampling.LANCZOS)
        picture.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)
    return target.stat().st_size


def main(folders: list[str]) -> int:
    IMAGES.mkdir(parents=True, exist_ok=True)
    total = 0
    for folder, language in zip(folders, ("fr", "en"), strict=False):
        for name in SHOTS:
            total += reduce(Path(folder) / f"{name}-light.png", IMAGES / f"{name}-{language}.png")
    print(f"{total / 1024:.0f} KiB in {IMAGES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
