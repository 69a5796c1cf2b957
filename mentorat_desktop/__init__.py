"""Mentorat: run a reverse-mentoring programme from one desktop PC."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Mentorat"

try:
    __version__ = version("mentorat-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
