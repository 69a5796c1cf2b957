"""Why a file or folder could not be used, in the user's language.

The operating system's own text (``strerror``) is in the system's language on Windows and
usually in English elsewhere, and it is terse ("[Errno 13] Permission denied"); the usual
cases get a sentence of ours instead, the rest keep the system's text.
"""

from __future__ import annotations

import errno

from mentorat_desktop.i18n import translate

_SHARING_VIOLATION = 32  # Windows: the file is open in another program (Excel, a PDF reader)
_LOCK_VIOLATION = 33


def os_reason(exc: OSError) -> str:
    """A short translated reason for ``exc``, to follow "Cannot write “…”: "."""
    if getattr(exc, "winerror", None) in (_SHARING_VIOLATION, _LOCK_VIOLATION):
        return translate("Files", "it is open in another program; close it and try again")
    reasons = {
        errno.ENOENT: translate("Files", "it does not exist (any more)"),
        errno.EACCES: translate("Files", "you are not allowed to use it"),
        errno.EPERM: translate("Files", "you are not allowed to use it"),
        errno.ENOSPC: translate("Files", "the disk is full"),
        errno.EROFS: translate("Files", "the disk is read-only"),
        errno.EISDIR: translate("Files", "it is a folder"),
        errno.ENOTDIR: translate("Files", "part of the path is not a folder"),
        errno.ENAMETOOLONG: translate("Files", "the name is too long"),
        errno.EEXIST: translate("Files", "something of that name is already there"),
    }
    found = reasons.get(exc.errno or 0)
    return found if found is not None else str(exc.strerror or exc)
