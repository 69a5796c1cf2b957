"""Every path the app uses, in one place: data folder, default database, resources; and
the per-computer preferences (QSettings), which only this module reads and writes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_data_path

from mentorat_desktop import APP_NAME

DATABASE_ENV = "MENTORAT_DATABASE"
DEFAULT_DATABASE_NAME = "mentorat.sqlite3"
LOG_FILE_NAME = "mentorat.log"


def data_dir() -> Path:
    """The user's data folder for Mentorat (not created here)."""
    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DATABASE_NAME


def log_path() -> Path:
    """The app's log: in the data folder, where a windowed start (no console) can write."""
    return data_dir() / LOG_FILE_NAME


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a frozen bundle, an installed wheel or the source tree."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "resources")  # installed wheel
    candidates.append(package_dir.parent / "resources")  # source tree / editable install
    for root in candidates:
        if root.is_dir():
            return root.joinpath(*parts)
    return candidates[-1].joinpath(*parts)


def database_target(
    cli_value: str | None, saved_server: Callable[[], str | None] | None = None
) -> str:
    """The database to open: option, else environment, else the saved shared server, else
    the default file."""
    if cli_value:
        return cli_value
    env_value = os.environ.get(DATABASE_ENV, "").strip()
    if env_value:
        return env_value
    server_target = saved_server() if saved_server else None
    if server_target:
        return server_target
    return str(default_database_path())


def read_preferences(group: str) -> dict[str, str]:
    """This computer's saved preferences of one group, as text (QSettings stores text)."""
    from PySide6.QtCore import QSettings

    settings = QSettings()
    settings.beginGroup(group)
    try:
        return {key: str(settings.value(key)) for key in settings.childKeys()}
    finally:
        settings.endGroup()


def write_preferences(group: str, values: dict[str, object]) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings()
    settings.beginGroup(group)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()
