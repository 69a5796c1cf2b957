"""A process killed in the middle of an edit leaves the database exactly as it was before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from mentorat_desktop.db.database import integrity_report, open_database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.services.safety.backup import create_backup
from mentorat_desktop.services.safety.transfer import compare

WRITER = """
import sys
from pathlib import Path
from sqlalchemy import text
from mentorat_desktop.db.database import open_database

database = open_database(sys.argv[1])
with database.transaction() as session:
    session.execute(text("UPDATE person SET last_name = 'Overwritten', job_title = ''"))
    session.execute(text("DELETE FROM agenda_item"))
    for n in range(6000):
        session.execute(
            text(
                "INSERT INTO person (first_name, last_name, job_title, created_at, version_id) "
                "VALUES (:first, 'Crash', :title, '2026-01-01 00:00:00', 1)"
            ),
            {"first": f"P{n}", "title": "x" * 1500},
        )
    Path(sys.argv[2]).write_text("in the middle of the transaction")
    sys.stdin.read()  # killed here, never committed
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_writer_leaves_an_intact_unchanged_database(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mentorat.sqlite3"
    database = open_database(str(path))
    load_demo(database, "small", seed=4, today=date(2026, 11, 27))
    before = create_backup(path, folder=tmp_path / "before").path
    database.close()
    wal = path.with_name(path.name + "-wal")
    marker = tmp_path / "ready"

    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(marker)],
        stdin=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        qtbot.waitUntil(marker.exists, timeout=120_000)
        # 9 MB of new rows do not fit SQLite's page cache: uncommitted pages are in the WAL.
        assert wal.stat().st_size > 2_000_000
        os.kill(writer.pid, signal.SIGKILL)
        assert writer.wait(timeout=30) == -signal.SIGKILL
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()

    after = open_database(str(path))
    snapshot = open_database(str(before), migrate=False)
    try:
        assert integrity_report(after) == "ok"
        with after.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        differences = [t for t in compare(snapshot, after) if not t.identical]
        assert differences == []
    finally:
        after.close()
        snapshot.close()
