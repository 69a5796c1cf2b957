"""Cancel and progress of a long matcher search: in the matcher, and in the dialog, in French."""

from __future__ import annotations

import dataclasses
import random
import time
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from mentorat_desktop.db.database import Database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.matching import match
from mentorat_desktop.matching.watch import Cancelled, SearchState, Watch
from mentorat_desktop.services.programmes import match_text
from mentorat_desktop.services.programmes.pair_table import list_pairs
from mentorat_desktop.services.programmes.programmes import list_programmes
from mentorat_desktop.ui.dialogs import match_dialog
from mentorat_desktop.ui.dialogs.match_dialog import MatchDialog
from tests.test_matching import _random_problem


def _hard_problem():  # type: ignore[no-untyped-def]
    """Capacity 1 with couples used both ways: the search has Lagrangian steps to take."""
    problem = _random_problem(random.Random(4101), 60)
    return dataclasses.replace(problem, capacity=1)


def test_cancel_stops_the_search_and_watching_changes_nothing() -> None:
    problem = _hard_problem()
    with pytest.raises(Cancelled):
        match(problem, Watch(cancelled=lambda: True))
    states: list[SearchState] = []
    watched = match(problem, Watch(lambda: False, states.append, seconds=0))
    assert watched == match(problem)
    assert states and all(0 <= s.gap < 1 and s.best_total <= s.bound for s in states)


def test_still_searching_says_branches_and_gap() -> None:
    text = match_text.still_searching(SearchState(1234, 990, 1000))
    assert "1234" in text and "1.00" in text


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(QCoreApplication.instance(), "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def test_cancel_in_the_dialog_stops_a_long_search(
    qtbot, sqlite_database: Database, french, monkeypatch
) -> None:
    load_demo(sqlite_database, "small", today=date.today())
    draft = next(p.id for p in list_programmes(sqlite_database) if p.status == "draft")

    def endless(database, programme_id, options, watch):  # type: ignore[no-untyped-def]
        while True:  # a search that would take minutes: only Cancel ends it
            watch.nodes += 1
            watch.step(900, 1000)
            time.sleep(0.005)

    monkeypatch.setattr(match_dialog, "propose", endless)
    dialog = MatchDialog(sqlite_database, draft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            dialog.search_op is not None
            and dialog.search_op.dialog is not None
            and dialog.search_op.dialog.isVisible()
        ),
        timeout=10_000,
    )
    progress = dialog.search_op.dialog
    qtbot.waitUntil(lambda: "branches" in progress.labelText(), timeout=10_000)
    assert "Toujours en recherche" in progress.labelText()
    cancel = progress.findChild(QPushButton)
    with qtbot.waitSignal(dialog.finished_run, timeout=10_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert "Recherche arrêtée" in dialog.summary.text()
    assert dialog.run_button.isEnabled() and not dialog.error.isVisible()
    assert not list_pairs(sqlite_database, draft)


def test_the_command_line_says_it_is_still_searching(
    sqlite_target: str, monkeypatch, capsys
) -> None:
    from mentorat_desktop.cli import match as match_command
    from mentorat_desktop.cli.main import main
    from mentorat_desktop.db.database import open_database

    database = open_database(sqlite_target)
    load_demo(database, "small", today=date.today())
    draft = next(p.name for p in list_programmes(database) if p.status == "draft")
    database.close()
    monkeypatch.setattr(match_command, "SLOW_SECONDS", 0)
    assert main(["--lang", "en", "--database", sqlite_target, "match", "--programme", draft]) == 0
    out, err = capsys.readouterr()
    assert "Still searching:" in err and "branch" in err
    assert "Still searching" not in out and "pairs proposed" in out
