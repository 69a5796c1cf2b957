"""The reasons a file could not be used are ours, in the user's language."""

from __future__ import annotations

import errno

import pytest

from mentorat_desktop.os_errors import os_reason


@pytest.mark.parametrize(
    ("number", "english"),
    [
        (errno.ENOENT, "it does not exist (any more)"),
        (errno.EACCES, "you are not allowed to use it"),
        (errno.ENOSPC, "the disk is full"),
        (errno.EISDIR, "it is a folder"),
    ],
)
def test_usual_errors_get_our_sentence(number: int, english: str) -> None:
    assert os_reason(OSError(number, "system text")) == english


def test_a_file_open_in_another_program_on_windows() -> None:
    exc = OSError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]
    assert "another program" in os_reason(exc)


def test_other_errors_keep_the_system_text() -> None:
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
