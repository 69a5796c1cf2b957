"""The wheel ships every sub-package, the migrations and the resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

from mentorat_desktop.config import resource_path

ROOT = Path(__file__).resolve().parent.parent


def test_every_sub_package_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "mentorat_desktop").rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"


def test_resources_are_found() -> None:
    assert resource_path("icons", "mentorat.svg").is_file()
    assert resource_path("icons", "LICENSE-lucide.txt").is_file()
    assert resource_path("translations", "mentorat_fr.qm").is_file()
