"""Files holding personal data (PDFs, exports, certificate batches) are the owner's alone.

On Linux and macOS a new file is created 0600, as the database, the backups and the .ics
already are (a home folder is often readable by others); Windows keeps the profile's ACLs.
The file is created before anything is written, so it is never readable by others, even
for a moment, and a missing folder is reported before a writer (openpyxl) starts.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

OWNER_ONLY = 0o600


def create_private(path: Path) -> None:
    """Create (or empty) ``path`` readable and writable by its owner only."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
    try:
        if sys.platform != "win32":
            os.fchmod(handle, OWNER_ONLY)  # an existing file keeps its mode otherwise
    finally:
        os.close(handle)
