"""PySide6 reads the source of each module imported after it, and linecache would keep it:
the start's finder empties that cache at each import (mentorat_desktop/source_lines.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = """
import linecache, sys
import shiboken6  # from here on, PySide6 reads each new module's source
if sys.argv[1] == "forget":
    from mentorat_desktop.source_lines import forget_source_lines_at_imports

    forget_source_lines_at_imports()
    forget_source_lines_at_imports()  # once only, however often asked
    assert sum(finder.__name__ == "ForgetSourceLines" for finder in sys.meta_path
               if isinstance(finder, type)) == 1
import sqlalchemy.orm
print(sum("sqlalchemy" in name for name in linecache.cache))
"""


def cached_sqlalchemy_files(mode: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(PROBE), mode],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def test_pyside6_leaves_every_later_module_in_linecache() -> None:
    assert cached_sqlalchemy_files("keep") > 100  # why the finder exists


def test_the_finder_keeps_no_module_source_after_the_imports() -> None:
    assert cached_sqlalchemy_files("forget") <= 1  # at most the last one read


def test_a_traceback_still_shows_its_source_lines(tmp_path: Path) -> None:
    (tmp_path / "faulty.py").write_text("def fail():\n    raise ValueError('the line shown')\n")
    code = textwrap.dedent(
        f"""
        import sys, traceback
        from mentorat_desktop.source_lines import forget_source_lines_at_imports

        forget_source_lines_at_imports()
        import shiboken6
        sys.path.insert(0, {str(tmp_path)!r})
        import faulty
        import json.tool  # one more import after it: the cache is emptied again
        try:
            faulty.fail()
        except ValueError:
            traceback.print_exc()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert "raise ValueError('the line shown')" in result.stderr
