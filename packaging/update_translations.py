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


def _plural_forms(ts_file: Path) -> dict[tuple[str, str], list[str]]:
    """The plural forms already written, by (context, source)."""
    found: dict[tuple[str, str], list[str]] = {}
    if not ts_file.exists():
        return found
    for context in ET.parse(ts_file).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            if forms and translation is not None and translation.get("type") != "unfinished":
                found[(name, message.findtext("source") or "")] = [f.text or "" for f in forms]
    return found


def _mark_plurals(ts_file: Path, written: dict[tuple[str, str], list[str]]) -> None:
    """Every "%n" message is a plural one, with its forms kept.

    Qt looks a count above one up among a message's plural forms, so a "%n" message stored
    as a plain one shows in English for 2 and more; and lupdate of PySide6 6.11 stores the
    messages of Python code as plain ones. So this marks them, and keeps what was written."""
    tree = ET.parse(ts_file)
    forms_needed = 2  # French and English: singular, plural
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if "%n" not in source or translation is None:
                continue
            if message.get("numerus") == "yes" and translation.findall("numerusform"):
                continue
            message.set("numerus", "yes")
            kept = written.get((name, source))
            plain = (translation.text or "").strip()
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            if kept:
                texts = kept
                translation.attrib.pop("type", None)
            else:
                texts = [""] * forms_needed
                translation.set("type", "unfinished")
                if plain:  # a translation written as a plain one: its plural, to be checked
                    texts = [plain] * forms_needed
            for text in texts:
                ET.SubElement(translation, "numerusform").text = text
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def update_ts(ts_file: Path, files: list[str]) -> None:
    written = _plural_forms(ts_file)
    subprocess.run(
        [tool("lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(ts_file)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    _mark_plurals(ts_file, written)


def fill_english(ts_file: Path) -> None:
    """English is the source language: each translation is its source, marked finished."""
    tree = ET.parse(ts_file)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is None or source is None:
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":  # keep the singular written by hand, if any
            translation.text = None
            for form in forms or [ET.SubElement(translation, "numerusform")]:
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
