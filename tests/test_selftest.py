"""`mentorat --self-test`: what CI runs inside the bundle, run here from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from mentorat_desktop.cli.selftest import CHECKS, SelfTestRun, run_checks, run_self_test


def test_self_test_passes_and_leaves_the_user_data_alone(isolated_home: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mentorat_desktop", "--lang", "en", "--self-test"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name, _check in CHECKS:
        assert any(line.split()[:2] == ["ok", name] for line in lines), (name, result.stdout)
    assert "Self-test passed" in result.stdout
    assert "charter" in result.stdout and "certificate" in result.stdout
    # No database, settings or backups were written where the user's own would go.
    written = [p for p in isolated_home.rglob("*") if "Mentorat" in p.parts or "mentorat" in p.name]
    assert written == []


def _fine(run: SelfTestRun) -> str:
    return "fine"


def _broken(run: SelfTestRun) -> str:
    raise ValueError("the icon is missing")


def test_a_failing_check_is_reported_and_the_others_still_run(tmp_path: Path) -> None:
    checks = [("first", _fine), ("broken", _broken), ("last", _fine)]
    results = list(run_checks(SelfTestRun(tmp_path), checks))
    assert [(r.name, r.ok) for r in results] == [("first", True), ("broken", False), ("last", True)]
    assert results[1].detail.splitlines()[-1] == "ValueError: the icon is missing"
    assert "Traceback" in results[1].detail


def test_exit_status_and_output_name_the_failure(qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run_self_test([("first", _fine), ("broken", _broken)]) == 1
    out = capsys.readouterr().out
    assert "FAILED  broken" in out
    assert "ValueError: the icon is missing" in out
    assert out.rstrip().endswith("Self-test FAILED: broken")
    assert run_self_test([("first", _fine)]) == 0


def test_settings_are_kept_in_the_temporary_folder_then_restored(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = QSettings().fileName()
    seen = []

    def remember(run: SelfTestRun) -> str:
        seen.append(QSettings().fileName())
        return "ok"

    assert run_self_test([("settings", remember)]) == 0
    assert "mentorat-self-test-" in seen[0]
    assert QSettings().fileName() == before


def test_a_view_that_does_not_show_fails_the_views_check(  # type: ignore[no-untyped-def]
    qapp, sqlite_database, monkeypatch, tmp_path: Path
) -> None:
    from mentorat_desktop.ui.selftest_checks import check_views
    from mentorat_desktop.ui.views.base import BaseView

    monkeypatch.setattr(BaseView, "isVisible", lambda self: self.spec.key != "skills")
    run = SelfTestRun(tmp_path, database=sqlite_database)
    results = list(run_checks(run, [("views", check_views)]))
    assert not results[0].ok
    assert "the skills view does not show" in results[0].detail
