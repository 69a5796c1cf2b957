"""The files of a drop: local files and folders, and an attachment dragged out of Outlook.

Explorer and most mail programs drop file URLs. Outlook drops an attachment as its name in a
"FileGroupDescriptorW" list and its bytes in "FileContents" (Qt gives the first file's), so
that one is saved to a temporary folder and read from there like any file.
"""

from __future__ import annotations

import struct
import tempfile
from pathlib import Path

from PySide6.QtCore import QMimeData

from mentorat_desktop.files import write_file

WINDOWS_MIME = 'application/x-qt-windows-mime;value="{name}"'
DESCRIPTORS = WINDOWS_MIME.format(name="FileGroupDescriptorW")
CONTENTS = WINDOWS_MIME.format(name="FileContents")
DESCRIPTOR_SIZE = 592  # one FILEDESCRIPTORW
NAME_OFFSET = 72  # of cFileName (260 UTF-16 characters) inside it


def attachment_names(descriptors: bytes) -> list[str]:
    """The file names of a FileGroupDescriptorW block (empty when it is not one)."""
    if len(descriptors) < 4:
        return []
    (count,) = struct.unpack_from("<I", descriptors)
    names = []
    for index in range(count):
        start = 4 + index * DESCRIPTOR_SIZE + NAME_OFFSET
        raw = descriptors[start : start + 520]
        if len(raw) < 520:
            break
        name = raw.decode("utf-16-le", errors="replace").split("\0", 1)[0]
        names.append(Path(name.replace("\\", "/")).name)
    return [name for name in names if name]


def can_drop(mime: QMimeData) -> bool:
    return bool(local_paths(mime)) or (mime.hasFormat(DESCRIPTORS) and mime.hasFormat(CONTENTS))


def local_paths(mime: QMimeData) -> list[Path]:
    return [
        Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()
    ]


def dropped_paths(mime: QMimeData) -> tuple[list[Path], int]:
    """The files to read, and how many more Outlook attachments were dropped than could be
    taken (Qt hands over the contents of the first one only)."""
    paths = local_paths(mime)
    if paths or not (mime.hasFormat(DESCRIPTORS) and mime.hasFormat(CONTENTS)):
        return paths, 0
    names = attachment_names(bytes(mime.data(DESCRIPTORS).data()))
    contents = bytes(mime.data(CONTENTS).data())
    if not names or not contents:
        return [], 0
    target = Path(tempfile.mkdtemp(prefix="mentorat-forms-")) / names[0]
    write_file(target, contents)
    return [target], len(names) - 1
