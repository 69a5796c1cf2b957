"""The one file writer: a full disk or a crash never leaves half a file behind, and what
is written (PDFs, exports, certificate batches: personal data) is the owner's alone.

Everything goes to a hidden temporary file beside the target, renamed onto it only once it
is complete; on any failure the temporary file is removed (an export of names and e-mails
must not linger as ``.mentorat-xyz`` on a USB key). The temporary file is created 0600
before anything is written (``mkstemp``; made sure of with ``fchmod``), so on Linux and macOS
the file is never readable by others, even for a moment, as the database, the backups and
the .ics already are (a home folder is often readable by others); Windows keeps the
profile's ACLs. A missing folder fails before a writer (openpyxl) starts.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

OWNER_ONLY = 0o600


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed onto it when the block succeeds."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    try:
        if sys.platform != "win32":
            os.fchmod(handle, OWNER_ONLY)  # mkstemp already does; the rule is kept here, explicit
    finally:
        os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def write_file(path: Path, data: bytes) -> None:
    """``path`` holds ``data`` in full, or is left as it was."""
    with replacing(path) as temporary, temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
