"""Replaces pyinstaller-hooks-contrib's hook, which names `psycopg_binary._uuid` whatever the
release: psycopg_binary 3.3.9's wheels (Linux and win_amd64) have no such module, and the
build warned `Hidden import "psycopg_binary._uuid" not found!`. Named only when the target's
package holds it; a user hook takes precedence over the contributed one."""

import importlib.machinery
import importlib.util
from pathlib import Path


def _has_module(package: str, name: str) -> bool:
    # find_spec of the top-level package only: importing psycopg_binary without psycopg
    # first raises, so its submodules are looked for as files.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return False
    suffixes = importlib.machinery.all_suffixes()
    return any(
        (Path(folder) / f"{name}{suffix}").is_file()
        for folder in spec.submodule_search_locations
        for suffix in suffixes
    )


hiddenimports = [
    f"psycopg_binary.{name}" for name in ("_uuid",) if _has_module("psycopg_binary", name)
]
