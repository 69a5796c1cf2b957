"""Refresh the .ts files from the source, fill the English one, and compile every .qm.

Run after changing user-visible strings:  python packaging/update_translations.py
Then translate the new French entries (type="unfinished") and run it again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "mentorat_desktop").rglob("*.py"))


def update_ts(ts_file: Path, files: list[str]) -> None:
    subprocess.run(
        [tool("lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(ts_file)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill_english(ts_file: Path) -> None:
    """English is the source language: each translation is its source, marked finished."""
    tree = ET.parse(ts_file)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is None or source is None:
            continue
        forms = translation.findall("numerusform")
        if forms:  # "%n people": the singular is written by hand ("%n person"), kept here
            translation.text = None
            for form in forms:
                form.text = form.text or source.text
        else:
            translation.text = source.text
        translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True
    )


def main() -> int:
    files = sources()
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"mentorat_{language}.ts"
        update_ts(ts_file, files)
        if language == "en":
            fill_english(ts_file)
        compile_qm(ts_file, ts_file.with_suffix(".qm"))
    unfinished = (
        (TRANSLATIONS / "mentorat_fr.ts").read_text(encoding="utf-8").count('type="unfinished"')
    )
    print(f"French entries left to translate: {unfinished}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
