"""Writing a file so that a full disk or a crash never leaves half of it behind.

Everything goes to a hidden temporary file beside the target, renamed onto it only once it
is complete; on any failure the temporary file is removed (an export of names and e-mails
must not linger as ``.mentorat-xyz`` on a USB key).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed onto it when the block succeeds."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
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
