"""The layers' import rules (CONVENTIONS.md), checked on every module's imports.

- nothing outside ui/ imports QtWidgets or QtGui;
- services/, io/, db/, demo/ and documents/ reach Qt only through i18n (documents keep their
  own translator in documents/language.py);
- io/ never imports services/;
- matching/ imports neither db/ nor Qt nor services/.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "mentorat_desktop"
# Exceptions to the rules, module by module, each with its reason: none today (the
# single-instance lock, once a QLockFile, is plain Python in services/safety/instance_lock.py).
KNOWN: dict[str, set[str]] = {}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _modules() -> dict[str, set[str]]:
    return {
        str(path.relative_to(PACKAGE)): _imports(path) for path in sorted(PACKAGE.rglob("*.py"))
    }


def _breaks(rule, allowed=lambda rel, name: False) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        f"{rel} imports {name}"
        for rel, names in _modules().items()
        for name in sorted(names)
        if rule(rel, name) and name not in KNOWN.get(rel, set()) and not allowed(rel, name)
    ]


def _top(rel: str) -> str:
    return rel.split("/", 1)[0]


def test_no_widgets_outside_ui() -> None:
    def rule(rel: str, name: str) -> bool:
        return _top(rel) != "ui" and name.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))

    assert not _breaks(rule)


def test_lower_layers_reach_qt_only_through_i18n() -> None:
    layers = {"services", "io", "db", "demo", "documents"}

    def rule(rel: str, name: str) -> bool:
        return _top(rel) in layers and name.startswith("PySide6")

    def allowed(rel: str, name: str) -> bool:
        return rel == "documents/language.py" and name.startswith("PySide6.QtCore")

    assert not _breaks(rule, allowed)


def test_io_holds_codecs_only() -> None:
    def rule(rel: str, name: str) -> bool:
        return _top(rel) == "io" and name.startswith(
            ("mentorat_desktop.services", "mentorat_desktop.ui", "mentorat_desktop.cli")
        )

    assert not _breaks(rule)


def test_matching_is_pure() -> None:
    def rule(rel: str, name: str) -> bool:
        return _top(rel) == "matching" and name.startswith(
            ("PySide6", "sqlalchemy", "mentorat_desktop.db", "mentorat_desktop.services")
        )

    assert not _breaks(rule)


def test_nothing_below_ui_imports_ui() -> None:
    def rule(rel: str, name: str) -> bool:
        return _top(rel) in {"services", "io", "db", "demo", "documents", "matching"} and (
            name.startswith("mentorat_desktop.ui")
        )

    assert not _breaks(rule)
