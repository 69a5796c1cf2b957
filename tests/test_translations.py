"""Every user-visible string is translated, and the shipped .qm files are current."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "packaging" / "update_translations.py"
)
assert _spec is not None and _spec.loader is not None
tools = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tools)
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts_file)
    found = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_no_unfinished_or_empty_translation(language: str) -> None:
    ts_file = TRANSLATIONS / f"mentorat_{language}.ts"
    problems = []
    for context, source, message in _messages(ts_file):
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is unfinished")
        elif message.get("numerus") == "yes":  # singular and plural both written
            if len(forms) < 2 or not all((f.text or "").strip() for f in forms):
                problems.append(f"{context}: {source!r} lacks a plural form")
        elif not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_placeholders_identical(language: str) -> None:
    ts_file = TRANSLATIONS / f"mentorat_{language}.ts"
    problems = []
    for context, source, message in _messages(ts_file):
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        texts = [f.text or "" for f in forms] or [message.findtext("translation") or ""]
        for translated in texts:  # each plural form has the same placeholders
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translated)):
                problems.append(f"{context}: {source!r} -> {translated!r}")
    assert not problems, "\n".join(problems)


def test_every_source_string_is_in_the_ts_files(tmp_path: Path) -> None:
    """A string added to the code but not to the translations fails here."""
    for language in tools.LANGUAGES:
        shipped = TRANSLATIONS / f"mentorat_{language}.ts"
        copy = tmp_path / shipped.name
        shutil.copyfile(shipped, copy)
        tools.update_ts(copy, tools.sources())
        before = {(c, s) for c, s, _ in _messages(shipped)}
        after = {(c, s) for c, s, _ in _messages(copy)}
        missing = sorted(after - before)
        assert not missing, f"run packaging/update_translations.py; new strings: {missing[:10]}"


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_qm_is_not_stale(tmp_path: Path, language: str) -> None:
    ts_file = TRANSLATIONS / f"mentorat_{language}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [tools.tool("lrelease"), str(ts_file), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), (
        "run packaging/update_translations.py"
    )
