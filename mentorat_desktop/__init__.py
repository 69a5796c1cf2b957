"""Mentorat: run a reverse-mentoring programme from one desktop PC."""

APP_NAME = "Mentorat"


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata when first asked: importlib.metadata
    costs tens of milliseconds that a start (or `mentorat --help`) need not pay."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("mentorat-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.1.0"
    globals()["__version__"] = found
    return found
